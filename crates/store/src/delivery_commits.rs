//! [`DeliveryCommits`] for both engines: the delivery queue and its dead-letter list.

use async_trait::async_trait;
use latchkey_core::audit::NewAuditEvent;
use latchkey_core::store::{
    DeliveryAlert, DeliveryCommits, DeliveryRecord, DeliveryState, Effects, FailedDelivery,
    StoreResult,
};
use sqlx::Row;

use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_delivery_commits {
    ($ty:ty) => {
        #[async_trait]
        impl DeliveryCommits for $ty {
            async fn delivery_claim(
                &self,
                now: i64,
                lease_until: i64,
                limit: i64,
                codes: bool,
            ) -> StoreResult<Vec<DeliveryRecord>> {
                // The outer conditions are checked again on the row actually updated, so
                // two workers racing for one message: one gets it.
                let rows = sqlx::query(
                    "UPDATE deliveries SET claimed_until = $1, attempts = attempts + 1 \
                     WHERE state = 'queued' AND claimed_until <= $2 AND next_at <= $2 AND id IN \
                     (SELECT id FROM deliveries WHERE state = 'queued' AND claimed_until <= $2 \
                     AND next_at <= $2 AND (expires_at > 0) = $4 ORDER BY id LIMIT $3) \
                     RETURNING id, payload, attempts, created_at, expires_at",
                )
                .bind(lease_until)
                .bind(now)
                .bind(limit)
                .bind(codes)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                let mut out: Vec<DeliveryRecord> = rows
                    .iter()
                    .map(|r| {
                        Ok(DeliveryRecord {
                            id: r.try_get("id").map_err(backend)?,
                            payload: r.try_get("payload").map_err(backend)?,
                            attempts: r.try_get("attempts").map_err(backend)?,
                            created_at: r.try_get("created_at").map_err(backend)?,
                            expires_at: r.try_get("expires_at").map_err(backend)?,
                        })
                    })
                    .collect::<StoreResult<_>>()?;
                out.sort_by_key(|d| d.id);
                Ok(out)
            }

            async fn delivery_done(&self, id: i64) -> StoreResult<()> {
                sqlx::query("DELETE FROM deliveries WHERE id = $1 AND state = 'queued'")
                    .bind(id)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn delivery_retry(&self, id: i64, next_at: i64, error: &str) -> StoreResult<()> {
                sqlx::query(
                    "UPDATE deliveries SET next_at = $2, claimed_until = 0, last_error = $3 \
                     WHERE id = $1 AND state = 'queued'",
                )
                .bind(id)
                .bind(next_at)
                .bind(error)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(())
            }

            async fn delivery_fail(
                &self,
                id: i64,
                now: i64,
                error: &str,
                audit: &[NewAuditEvent],
                alert: Option<&DeliveryAlert>,
            ) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // The first statement writes (SQLite takes its write lock before reading).
                let row = sqlx::query(
                    "UPDATE deliveries SET state = 'failed', last_error = $2, finished_at = $3, \
                     claimed_until = 0 WHERE id = $1 AND state = 'queued' \
                     RETURNING refund_event, code_owner, code_purpose, code_mac",
                )
                .bind(id)
                .bind(error)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await
                .map_err(backend)?;
                let Some(row) = row else {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                };
                let refund: Option<i64> = row.try_get("refund_event").map_err(backend)?;
                if let Some(event) = refund {
                    sqlx::query("DELETE FROM sspr_events WHERE id = $1")
                        .bind(event)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                }
                let owner: Option<String> = row.try_get("code_owner").map_err(backend)?;
                let purpose: Option<String> = row.try_get("code_purpose").map_err(backend)?;
                let mac: Option<String> = row.try_get("code_mac").map_err(backend)?;
                if let (Some(owner), Some(purpose), Some(mac)) = (owner, purpose, mac) {
                    sqlx::query(
                        "DELETE FROM verification_codes WHERE owner = $1 AND purpose = $2 AND code_mac = $3",
                    )
                    .bind(owner)
                    .bind(purpose)
                    .bind(mac)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                }
                for e in audit {
                    Self::audit_in(&mut tx, e).await?;
                }
                if let Some(a) = alert {
                    // Parallel failures queue here, so each counts the ones before it.
                    let last: i64 = sqlx::query_scalar(
                        "UPDATE delivery_alerts SET last_at = last_at WHERE id = 1 RETURNING last_at",
                    )
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(backend)?;
                    let failed: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM deliveries WHERE state = 'failed' AND finished_at >= $1",
                    )
                    .bind(a.since)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(backend)?;
                    if failed >= a.threshold && last <= a.since {
                        Self::effects_in(&mut tx, &a.effects).await?;
                        sqlx::query("UPDATE delivery_alerts SET last_at = $1 WHERE id = 1")
                            .bind(now)
                            .execute(&mut *tx)
                            .await
                            .map_err(backend)?;
                    }
                }
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }

            async fn delivery_state(&self, id: i64) -> StoreResult<DeliveryState> {
                let row = sqlx::query("SELECT state, last_error FROM deliveries WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(backend)?;
                let Some(row) = row else {
                    return Ok(DeliveryState::Sent);
                };
                let state: String = row.try_get("state").map_err(backend)?;
                Ok(if state == "failed" {
                    DeliveryState::Failed(row.try_get("last_error").map_err(backend)?)
                } else {
                    DeliveryState::Queued
                })
            }

            async fn delivery_pending(&self) -> StoreResult<i64> {
                sqlx::query_scalar("SELECT COUNT(*) FROM deliveries WHERE state = 'queued'")
                    .fetch_one(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn delivery_failed(
                &self,
                since: i64,
                limit: i64,
            ) -> StoreResult<(Vec<FailedDelivery>, i64)> {
                let total: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM deliveries WHERE state = 'failed' AND finished_at >= $1",
                )
                .bind(since)
                .fetch_one(&self.pool)
                .await
                .map_err(backend)?;
                let rows = sqlx::query(
                    "SELECT id, what, target, channel, created_at, finished_at, attempts, last_error, \
                     code_owner FROM deliveries WHERE state = 'failed' AND finished_at >= $1 \
                     ORDER BY finished_at DESC, id DESC LIMIT $2",
                )
                .bind(since)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                let list = rows
                    .iter()
                    .map(|r| {
                        let owner: Option<String> = r.try_get("code_owner").map_err(backend)?;
                        Ok(FailedDelivery {
                            id: r.try_get("id").map_err(backend)?,
                            what: r.try_get("what").map_err(backend)?,
                            target: r.try_get("target").map_err(backend)?,
                            channel: r.try_get("channel").map_err(backend)?,
                            created_at: r.try_get("created_at").map_err(backend)?,
                            finished_at: r.try_get("finished_at").map_err(backend)?,
                            attempts: r.try_get("attempts").map_err(backend)?,
                            last_error: r.try_get("last_error").map_err(backend)?,
                            is_code: owner.is_some(),
                        })
                    })
                    .collect::<StoreResult<Vec<_>>>()?;
                Ok((list, total))
            }

            async fn delivery_resend(
                &self,
                id: i64,
                now: i64,
                effects: &Effects,
            ) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let r = sqlx::query(
                    "UPDATE deliveries SET state = 'queued', attempts = 0, next_at = $2, \
                     claimed_until = 0, finished_at = 0 \
                     WHERE id = $1 AND state = 'failed' AND code_owner IS NULL",
                )
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                if r.rows_affected() != 1 {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }

            async fn delivery_dismiss(&self, id: i64, effects: &Effects) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // A reminder's message keeps its failure once the row goes.
                sqlx::query(
                    "UPDATE expiry_reminder_deliveries SET failed_error = \
                     (SELECT COALESCE(d.last_error, '') FROM deliveries d \
                     WHERE d.id = $1 AND d.state = 'failed') \
                     WHERE delivery_id = $1 AND EXISTS \
                     (SELECT 1 FROM deliveries d WHERE d.id = $1 AND d.state = 'failed')",
                )
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                let r = sqlx::query("DELETE FROM deliveries WHERE id = $1 AND state = 'failed'")
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() != 1 {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }

            async fn delivery_prune(&self, before: i64) -> StoreResult<u64> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // A reminder's message keeps its failure once the row goes.
                sqlx::query(
                    "UPDATE expiry_reminder_deliveries SET failed_error = \
                     (SELECT COALESCE(d.last_error, '') FROM deliveries d \
                     WHERE d.id = expiry_reminder_deliveries.delivery_id) \
                     WHERE delivery_id IN \
                     (SELECT id FROM deliveries WHERE state = 'failed' AND finished_at < $1)",
                )
                .bind(before)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                let r = sqlx::query(
                    "DELETE FROM deliveries WHERE state = 'failed' AND finished_at < $1",
                )
                .bind(before)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                tx.commit().await.map_err(backend)?;
                Ok(r.rows_affected())
            }

            async fn probe_write(&self, now: i64) -> StoreResult<()> {
                self.file_probe().await?;
                sqlx::query(
                    "INSERT INTO health_probe (id, at) VALUES (1, $1) \
                     ON CONFLICT (id) DO UPDATE SET at = excluded.at",
                )
                .bind(now)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(())
            }
        }
    };
}

impl_delivery_commits!(SqliteStore);
impl_delivery_commits!(PgStore);

impl PgStore {
    /// Nothing beyond the row the probe writes: the server's own disk is its business.
    async fn file_probe(&self) -> StoreResult<()> {
        Ok(())
    }
}
