//! [`SessionStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::store::{Commits, Effects, SessionRecord, SessionStore, StoreResult};
use sqlx::Row;

use super::not_found;
use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_sessions {
    ($ty:ty) => {
        #[async_trait]
        impl SessionStore for $ty {
            async fn session_create(&self, s: &SessionRecord) -> StoreResult<()> {
                // One INSERT for sessions, in `Commits::session_commit`.
                self.session_commit(None, Some(s), None, &Effects::default()).await
            }

            async fn session_get(&self, id_hash: &str) -> StoreResult<SessionRecord> {
                let row = sqlx::query(
                    "SELECT id_hash, user_id, created_at, last_seen_at, expires_at, access_pass_id FROM sessions WHERE id_hash = $1",
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
                    access_pass: row.try_get("access_pass_id").map_err(backend)?,
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
