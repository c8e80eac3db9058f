//! [`SessionStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::store::{SessionRecord, SessionStore, StoreResult};
use sqlx::Row;

use super::{map_err, not_found};
use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_sessions {
    ($ty:ty) => {
        #[async_trait]
        impl SessionStore for $ty {
            async fn session_create(&self, s: &SessionRecord) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(&s.id_hash)
                .bind(s.user_id)
                .bind(s.created_at)
                .bind(s.last_seen_at)
                .bind(s.expires_at)
                .execute(&self.pool)
                .await
                .map_err(|e| map_err(e, "session"))?;
                Ok(())
            }

            async fn session_get(&self, id_hash: &str) -> StoreResult<SessionRecord> {
                let row = sqlx::query(
                    "SELECT id_hash, user_id, created_at, last_seen_at, expires_at FROM sessions WHERE id_hash = $1",
                )
                .bind(id_hash)
                .fetch_one(&self.pool)
                .await
                .map_err(not_found)?;
                Ok(SessionRecord {
                    id_hash: row.try_get("id_hash").map_err(backend)?,
                    user_id: row.try_get("user_id").map_err(backend)?,
                    created_at: row.try_get("created_at").map_err(backend)?,
                    last_seen_at: row.try_get("last_seen_at").map_err(backend)?,
                    expires_at: row.try_get("expires_at").map_err(backend)?,
                })
            }

            async fn session_touch(&self, id_hash: &str, now: i64) -> StoreResult<()> {
                sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
                    .bind(now)
                    .bind(id_hash)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn session_delete(&self, id_hash: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
                    .bind(id_hash)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn session_delete_expired(&self, now: i64, idle_secs: i64) -> StoreResult<u64> {
                let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
                    .bind(now)
                    .bind(now - idle_secs)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(r.rows_affected())
            }
        }
    };
}

impl_sessions!(SqliteStore);
impl_sessions!(PgStore);
