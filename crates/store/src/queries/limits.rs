//! [`LimitStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::store::{LimitStore, StoreResult};

use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_limits {
    ($ty:ty) => {
        #[async_trait]
        impl LimitStore for $ty {
            async fn sspr_event_add(&self, subject: &str, kind: &str, at: i64) -> StoreResult<()> {
                sqlx::query("INSERT INTO sspr_events (subject, kind, at) VALUES ($1, $2, $3)")
                    .bind(subject)
                    .bind(kind)
                    .bind(at)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn sspr_event_count(
                &self,
                subject: &str,
                kind: &str,
                since: i64,
            ) -> StoreResult<i64> {
                sqlx::query_scalar(
                    "SELECT COUNT(*) FROM sspr_events WHERE subject = $1 AND kind = $2 AND at > $3",
                )
                .bind(subject)
                .bind(kind)
                .bind(since)
                .fetch_one(&self.pool)
                .await
                .map_err(backend)
            }

            async fn sspr_event_oldest(
                &self,
                subject: &str,
                kind: &str,
                since: i64,
            ) -> StoreResult<Option<i64>> {
                sqlx::query_scalar(
                    "SELECT MIN(at) FROM sspr_events WHERE subject = $1 AND kind = $2 AND at >= $3",
                )
                .bind(subject)
                .bind(kind)
                .bind(since)
                .fetch_one(&self.pool)
                .await
                .map_err(backend)
            }

            async fn sspr_block_set(&self, subject: &str, until: i64) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO sspr_blocks (subject, until) VALUES ($1, $2) \
                     ON CONFLICT (subject) DO UPDATE SET until = excluded.until",
                )
                .bind(subject)
                .bind(until)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(())
            }

            async fn sspr_block_get(&self, subject: &str) -> StoreResult<Option<i64>> {
                sqlx::query_scalar("SELECT until FROM sspr_blocks WHERE subject = $1")
                    .bind(subject)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn sspr_clear(&self, subject: &str) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                sqlx::query("DELETE FROM sspr_events WHERE subject = $1")
                    .bind(subject)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                sqlx::query("DELETE FROM sspr_blocks WHERE subject = $1")
                    .bind(subject)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                tx.commit().await.map_err(backend)
            }

            async fn sspr_sweep(&self, now: i64, events_before: i64) -> StoreResult<u64> {
                let mut n = 0;
                for (sql, arg) in [
                    ("DELETE FROM reset_flows WHERE expires_at <= $1", now),
                    ("DELETE FROM verification_codes WHERE expires_at <= $1", now),
                    ("DELETE FROM captcha_used WHERE expires_at <= $1", now),
                    ("DELETE FROM sspr_blocks WHERE until <= $1", now),
                    ("DELETE FROM sspr_events WHERE at <= $1", events_before),
                    (
                        "DELETE FROM push_requests WHERE created_at <= $1",
                        events_before,
                    ),
                    // Temporary Access Passes a day past their end, once no session they
                    // opened is left (the audit log keeps their story).
                    (
                        "DELETE FROM access_passes WHERE expires_at <= $1 AND id NOT IN \
                         (SELECT access_pass_id FROM sessions WHERE access_pass_id IS NOT NULL)",
                        events_before,
                    ),
                ] {
                    n += sqlx::query(sql)
                        .bind(arg)
                        .execute(&self.pool)
                        .await
                        .map_err(backend)?
                        .rows_affected();
                }
                Ok(n)
            }
        }
    };
}

impl_limits!(SqliteStore);
impl_limits!(PgStore);
