//! [`LockoutStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::lockout::LockoutState;
use latchkey_core::store::{LockoutStore, StoreResult};
use sqlx::Row;

use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_lockout {
    ($ty:ty) => {
        #[async_trait]
        impl LockoutStore for $ty {
            async fn lockout_get(&self, key: &str) -> StoreResult<LockoutState> {
                let row = sqlx::query(
                    "SELECT failures, level, locked_until, last_failure_at, recent, version FROM lockouts WHERE key = $1",
                )
                .bind(key)
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?;
                let Some(row) = row else { return Ok(LockoutState::default()) };
                let recent: String = row.try_get("recent").map_err(backend)?;
                Ok(LockoutState {
                    failures: row.try_get::<i64, _>("failures").map_err(backend)?.try_into().unwrap_or(0),
                    level: row.try_get::<i64, _>("level").map_err(backend)?.try_into().unwrap_or(0),
                    locked_until: row.try_get("locked_until").map_err(backend)?,
                    last_failure_at: row.try_get("last_failure_at").map_err(backend)?,
                    recent: recent.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
                    version: row.try_get("version").map_err(backend)?,
                })
            }

            async fn lockout_cas(&self, key: &str, expected: i64, next: &LockoutState) -> StoreResult<bool> {
                let recent = next.recent.join(",");
                let r = if expected == 0 {
                    sqlx::query(
                        "INSERT INTO lockouts (key, failures, level, locked_until, last_failure_at, recent, version) \
                         VALUES ($1, $2, $3, $4, $5, $6, 1) ON CONFLICT (key) DO NOTHING",
                    )
                    .bind(key)
                    .bind(i64::from(next.failures))
                    .bind(i64::from(next.level))
                    .bind(next.locked_until)
                    .bind(next.last_failure_at)
                    .bind(&recent)
                    .execute(&self.pool)
                    .await
                } else {
                    sqlx::query(
                        "UPDATE lockouts SET failures = $2, level = $3, locked_until = $4, last_failure_at = $5, \
                         recent = $6, version = version + 1 WHERE key = $1 AND version = $7",
                    )
                    .bind(key)
                    .bind(i64::from(next.failures))
                    .bind(i64::from(next.level))
                    .bind(next.locked_until)
                    .bind(next.last_failure_at)
                    .bind(&recent)
                    .bind(expected)
                    .execute(&self.pool)
                    .await
                }
                .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn lockout_clear(&self, key: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM lockouts WHERE key = $1")
                    .bind(key)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }
        }
    };
}

impl_lockout!(SqliteStore);
impl_lockout!(PgStore);
