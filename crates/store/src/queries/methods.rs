//! [`MethodStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::store::{AuthMethodRecord, MethodKind, MethodStore, StoreError, StoreResult};
use sqlx::Row;

use super::{map_err, not_found, stored};
use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_methods {
    ($ty:ty) => {
        #[async_trait]
        impl MethodStore for $ty {
            async fn methods_of(&self, user: i64) -> StoreResult<Vec<AuthMethodRecord>> {
                let rows = sqlx::query(
                    "SELECT id, user_id, kind, value, secret, last_used_step, created_at FROM auth_methods \
                     WHERE user_id = $1 ORDER BY id",
                )
                .bind(user)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter()
                    .map(|r| {
                        Ok(AuthMethodRecord {
                            id: r.try_get("id").map_err(backend)?,
                            user_id: r.try_get("user_id").map_err(backend)?,
                            kind: stored(
                                "method kind",
                                r.try_get("kind").map_err(backend)?,
                                MethodKind::parse,
                            )?,
                            value: r.try_get("value").map_err(backend)?,
                            secret: r.try_get("secret").map_err(backend)?,
                            last_used_step: r.try_get("last_used_step").map_err(backend)?,
                            created_at: r.try_get("created_at").map_err(backend)?,
                        })
                    })
                    .collect()
            }

            async fn method_add(&self, m: &AuthMethodRecord) -> StoreResult<i64> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::bump_generation(&mut tx, m.user_id).await?;
                let id = sqlx::query_scalar(
                    "INSERT INTO auth_methods (user_id, kind, value, secret, last_used_step, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(m.user_id)
                .bind(m.kind.as_str())
                .bind(&m.value)
                .bind(&m.secret)
                .bind(m.last_used_step)
                .bind(m.created_at)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| map_err(e, "method"))?;
                tx.commit().await.map_err(backend)?;
                Ok(id)
            }

            async fn method_delete(&self, user: i64, id: i64) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let r = sqlx::query("DELETE FROM auth_methods WHERE user_id = $1 AND id = $2")
                    .bind(user)
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                Self::bump_generation(&mut tx, user).await?;
                tx.commit().await.map_err(backend)
            }

            async fn method_use_step(&self, id: i64, step: i64) -> StoreResult<bool> {
                let r = sqlx::query(
                    "UPDATE auth_methods SET last_used_step = $1 \
                     WHERE id = $2 AND (last_used_step IS NULL OR last_used_step < $1)",
                )
                .bind(step)
                .bind(id)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn method_set_secret(&self, id: i64, secret: &str) -> StoreResult<bool> {
                let r = sqlx::query("UPDATE auth_methods SET secret = $1 WHERE id = $2")
                    .bind(secret)
                    .bind(id)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn method_advance_secret(
                &self,
                id: i64,
                secret: &str,
                counter: i64,
            ) -> StoreResult<bool> {
                // Compared and written in one statement: parallel journeys can't move the
                // counter backwards.
                let r = sqlx::query(
                    "UPDATE auth_methods SET secret = $1, last_used_step = $2 \
                     WHERE id = $3 AND (last_used_step IS NULL OR last_used_step <= $2)",
                )
                .bind(secret)
                .bind(counter)
                .bind(id)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn answers_set(&self, user: i64, answers: &[(String, String)]) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::bump_generation(&mut tx, user).await?;
                sqlx::query("DELETE FROM security_answers WHERE user_id = $1")
                    .bind(user)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                for (q, h) in answers {
                    sqlx::query("INSERT INTO security_answers (user_id, question, answer_hash) VALUES ($1, $2, $3)")
                        .bind(user)
                        .bind(q)
                        .bind(h)
                        .execute(&mut *tx)
                        .await
                        .map_err(|e| map_err(e, "question"))?;
                }
                tx.commit().await.map_err(backend)
            }

            async fn answers_of(&self, user: i64) -> StoreResult<Vec<(String, String)>> {
                let rows = sqlx::query("SELECT question, answer_hash FROM security_answers WHERE user_id = $1 ORDER BY question")
                    .bind(user)
                    .fetch_all(&self.pool)
                    .await
                    .map_err(backend)?;
                rows.iter()
                    .map(|r| Ok((r.try_get("question").map_err(backend)?, r.try_get("answer_hash").map_err(backend)?)))
                    .collect()
            }

            async fn user_set_confirmed(&self, user: i64, at: Option<i64>) -> StoreResult<()> {
                sqlx::query("UPDATE users SET methods_confirmed_at = $1 WHERE id = $2")
                    .bind(at)
                    .bind(user)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn user_confirmed_at(&self, user: i64) -> StoreResult<Option<i64>> {
                sqlx::query_scalar("SELECT methods_confirmed_at FROM users WHERE id = $1")
                    .bind(user)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)
            }
        }
    };
}

impl_methods!(SqliteStore);
impl_methods!(PgStore);
