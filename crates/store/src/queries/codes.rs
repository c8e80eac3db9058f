//! [`CodeStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::store::{CodePurpose, CodeRecord, CodeStore, StoreResult};
use sqlx::Row;

use super::stored;
use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_codes {
    ($ty:ty) => {
        #[async_trait]
        impl CodeStore for $ty {
            async fn code_put(&self, c: &CodeRecord) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO verification_codes (owner, purpose, destination, code_mac, expires_at, attempts) \
                     VALUES ($1, $2, $3, $4, $5, 0) ON CONFLICT (owner, purpose) DO UPDATE SET \
                     destination = excluded.destination, code_mac = excluded.code_mac, \
                     expires_at = excluded.expires_at, attempts = 0",
                )
                .bind(&c.owner)
                .bind(c.purpose.as_str())
                .bind(&c.destination)
                .bind(&c.code_mac)
                .bind(c.expires_at)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(())
            }

            async fn code_get(&self, owner: &str, purpose: CodePurpose) -> StoreResult<Option<CodeRecord>> {
                let r = sqlx::query(
                    "SELECT owner, purpose, destination, code_mac, expires_at, attempts FROM verification_codes \
                     WHERE owner = $1 AND purpose = $2",
                )
                .bind(owner)
                .bind(purpose.as_str())
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?;
                let Some(r) = r else { return Ok(None) };
                Ok(Some(CodeRecord {
                    owner: r.try_get("owner").map_err(backend)?,
                    purpose: stored(
                        "code purpose",
                        r.try_get("purpose").map_err(backend)?,
                        CodePurpose::parse,
                    )?,
                    destination: r.try_get("destination").map_err(backend)?,
                    code_mac: r.try_get("code_mac").map_err(backend)?,
                    expires_at: r.try_get("expires_at").map_err(backend)?,
                    attempts: r.try_get("attempts").map_err(backend)?,
                }))
            }

            async fn code_consume(&self, owner: &str, purpose: CodePurpose, code_mac: &str, now: i64) -> StoreResult<bool> {
                let r = sqlx::query(
                    "DELETE FROM verification_codes WHERE owner = $1 AND purpose = $2 AND code_mac = $3 AND expires_at > $4",
                )
                .bind(owner)
                .bind(purpose.as_str())
                .bind(code_mac)
                .bind(now)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn code_fail(&self, owner: &str, purpose: CodePurpose) -> StoreResult<i64> {
                let n: Option<i64> = sqlx::query_scalar(
                    "UPDATE verification_codes SET attempts = attempts + 1 WHERE owner = $1 AND purpose = $2 RETURNING attempts",
                )
                .bind(owner)
                .bind(purpose.as_str())
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?;
                Ok(n.unwrap_or(0))
            }

            async fn code_delete(&self, owner: &str, purpose: CodePurpose) -> StoreResult<()> {
                sqlx::query("DELETE FROM verification_codes WHERE owner = $1 AND purpose = $2")
                    .bind(owner)
                    .bind(purpose.as_str())
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn code_delete_for(&self, purpose: CodePurpose, destination: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM verification_codes WHERE purpose = $1 AND destination = $2")
                    .bind(purpose.as_str())
                    .bind(destination)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn code_replace_for(&self, c: &CodeRecord) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // The delete is the first write (SQLite's write lock); PostgreSQL takes
                // turns on an advisory lock, so a parallel call sees this one's code.
                Self::take_turn_in(&mut tx, crate::directory_commits::CODES_TURN).await?;
                sqlx::query("DELETE FROM verification_codes WHERE purpose = $1 AND destination = $2")
                    .bind(c.purpose.as_str())
                    .bind(&c.destination)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                sqlx::query(
                    "INSERT INTO verification_codes (owner, purpose, destination, code_mac, expires_at, attempts) \
                     VALUES ($1, $2, $3, $4, $5, 0) ON CONFLICT (owner, purpose) DO UPDATE SET \
                     destination = excluded.destination, code_mac = excluded.code_mac, \
                     expires_at = excluded.expires_at, attempts = 0",
                )
                .bind(&c.owner)
                .bind(c.purpose.as_str())
                .bind(&c.destination)
                .bind(&c.code_mac)
                .bind(c.expires_at)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                tx.commit().await.map_err(backend)?;
                Ok(())
            }

            async fn captcha_use(&self, nonce: &str, expires_at: i64) -> StoreResult<bool> {
                let r = sqlx::query("INSERT INTO captcha_used (nonce, expires_at) VALUES ($1, $2) ON CONFLICT (nonce) DO NOTHING")
                    .bind(nonce)
                    .bind(expires_at)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }
        }
    };
}

impl_codes!(SqliteStore);
impl_codes!(PgStore);
