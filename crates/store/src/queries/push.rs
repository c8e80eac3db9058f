//! [`PushStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::store::{Effects, PushRequest, PushStatus, PushStore, StoreResult};
use sqlx::Row;

use super::stored;
use crate::{PgStore, SqliteStore, backend};

const COLUMNS: &str = "id, user_id, subject, owner, number, client_ip, user_agent, created_at, \
     expires_at, status, answered_at, device_id, consumed_at, followed_up_at";

macro_rules! impl_push {
    ($ty:ty, $row:ty) => {
        impl $ty {
            fn push_from_row(r: &$row) -> StoreResult<PushRequest> {
                Ok(PushRequest {
                    id: r.try_get("id").map_err(backend)?,
                    user_id: r.try_get("user_id").map_err(backend)?,
                    subject: r.try_get("subject").map_err(backend)?,
                    owner: r.try_get("owner").map_err(backend)?,
                    number: r.try_get("number").map_err(backend)?,
                    client_ip: r.try_get("client_ip").map_err(backend)?,
                    user_agent: r.try_get("user_agent").map_err(backend)?,
                    created_at: r.try_get("created_at").map_err(backend)?,
                    expires_at: r.try_get("expires_at").map_err(backend)?,
                    status: stored(
                        "push request status",
                        r.try_get("status").map_err(backend)?,
                        PushStatus::parse,
                    )?,
                    answered_at: r.try_get("answered_at").map_err(backend)?,
                    device_id: r.try_get("device_id").map_err(backend)?,
                    consumed_at: r.try_get("consumed_at").map_err(backend)?,
                    followed_up_at: r.try_get("followed_up_at").map_err(backend)?,
                })
            }
        }

        #[async_trait]
        impl PushStore for $ty {
            async fn push_request_create(
                &self,
                r: &PushRequest,
                since: i64,
                max: i64,
            ) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // The subject's limits row is the lock (as for `attempt_take`): every
                // request for this subject waits here, so the count below is exact.
                sqlx::query(
                    "INSERT INTO sspr_blocks (subject, until) VALUES ($1, 0) \
                     ON CONFLICT (subject) DO UPDATE SET until = sspr_blocks.until",
                )
                .bind(&r.subject)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                let count: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM push_requests WHERE subject = $1 AND created_at >= $2",
                )
                .bind(&r.subject)
                .bind(since)
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?;
                if count >= max {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                }
                sqlx::query(
                    "INSERT INTO push_requests (id, user_id, subject, owner, number, client_ip, user_agent, \
                     created_at, expires_at, status, answered_at, device_id, consumed_at, followed_up_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
                )
                .bind(&r.id)
                .bind(r.user_id)
                .bind(&r.subject)
                .bind(&r.owner)
                .bind(r.number)
                .bind(&r.client_ip)
                .bind(&r.user_agent)
                .bind(r.created_at)
                .bind(r.expires_at)
                .bind(r.status.as_str())
                .bind(r.answered_at)
                .bind(r.device_id)
                .bind(r.consumed_at)
                .bind(r.followed_up_at)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }

            async fn push_request_get(&self, id: &str) -> StoreResult<Option<PushRequest>> {
                let r = sqlx::query(&format!("SELECT {COLUMNS} FROM push_requests WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(backend)?;
                r.as_ref().map(Self::push_from_row).transpose()
            }

            async fn push_request_latest(&self, owner: &str) -> StoreResult<Option<PushRequest>> {
                let r = sqlx::query(&format!(
                    "SELECT {COLUMNS} FROM push_requests WHERE owner = $1 \
                     ORDER BY created_at DESC, id DESC LIMIT 1"
                ))
                .bind(owner)
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?;
                r.as_ref().map(Self::push_from_row).transpose()
            }

            async fn push_request_answer(
                &self,
                id: &str,
                status: PushStatus,
                device_id: i64,
                at: i64,
                effects: &Effects,
            ) -> StoreResult<bool> {
                if status == PushStatus::Pending {
                    return Ok(false);
                }
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let r = sqlx::query(
                    "UPDATE push_requests SET status = $1, answered_at = $2, device_id = $3 \
                     WHERE id = $4 AND status = 'pending' AND expires_at > $2",
                )
                .bind(status.as_str())
                .bind(at)
                .bind(device_id)
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

            async fn push_request_consume(&self, id: &str, owner: &str, at: i64) -> StoreResult<bool> {
                let r = sqlx::query(
                    "UPDATE push_requests SET consumed_at = $1 \
                     WHERE id = $2 AND owner = $3 AND status <> 'pending' AND consumed_at IS NULL",
                )
                .bind(at)
                .bind(id)
                .bind(owner)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn push_request_followed_up(&self, id: &str, at: i64) -> StoreResult<bool> {
                let r = sqlx::query(
                    "UPDATE push_requests SET followed_up_at = $1 \
                     WHERE id = $2 AND status <> 'pending' AND followed_up_at IS NULL",
                )
                .bind(at)
                .bind(id)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn push_request_delete(&self, id: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM push_requests WHERE id = $1")
                    .bind(id)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn push_answered_count(
                &self,
                subject: &str,
                status: PushStatus,
                since: i64,
            ) -> StoreResult<i64> {
                sqlx::query_scalar(
                    "SELECT COUNT(*) FROM push_requests WHERE subject = $1 AND status = $2 AND answered_at >= $3",
                )
                .bind(subject)
                .bind(status.as_str())
                .bind(since)
                .fetch_one(&self.pool)
                .await
                .map_err(backend)
            }
        }
    };
}

impl_push!(SqliteStore, sqlx::sqlite::SqliteRow);
impl_push!(PgStore, sqlx::postgres::PgRow);
