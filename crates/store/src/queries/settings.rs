//! [`SettingStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::store::{SettingStore, StoreResult};

use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_settings {
    ($ty:ty) => {
        #[async_trait]
        impl SettingStore for $ty {
            async fn language_of(&self, user: i64) -> StoreResult<Option<String>> {
                sqlx::query_scalar("SELECT language FROM user_languages WHERE user_id = $1")
                    .bind(user)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn language_set(&self, user: i64, language: Option<&str>) -> StoreResult<()> {
                let q = match language {
                    Some(l) => sqlx::query(
                        "INSERT INTO user_languages (user_id, language) SELECT id, CAST($2 AS TEXT) FROM users WHERE id = $1 \
                         ON CONFLICT (user_id) DO UPDATE SET language = excluded.language",
                    )
                    .bind(user)
                    .bind(l),
                    None => sqlx::query("DELETE FROM user_languages WHERE user_id = $1").bind(user),
                };
                q.execute(&self.pool).await.map_err(backend)?;
                Ok(())
            }

            async fn setting_get(&self, name: &str) -> StoreResult<Option<String>> {
                sqlx::query_scalar("SELECT value FROM settings WHERE name = $1")
                    .bind(name)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn setting_put(&self, name: &str, value: &str) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                )
                .bind(name)
                .bind(value)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(())
            }

            async fn settings_put_many(&self, values: &[(&str, &str)]) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                for (name, value) in values {
                    sqlx::query(
                        "INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                    )
                    .bind(*name)
                    .bind(*value)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                }
                tx.commit().await.map_err(backend)
            }

            async fn setting_get_or_insert(&self, name: &str, value: &str) -> StoreResult<String> {
                sqlx::query("INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
                    .bind(name)
                    .bind(value)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                sqlx::query_scalar("SELECT value FROM settings WHERE name = $1")
                    .bind(name)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn setting_delete(&self, name: &str) -> StoreResult<bool> {
                let r = sqlx::query("DELETE FROM settings WHERE name = $1")
                    .bind(name)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(r.rows_affected() > 0)
            }
        }
    };
}

impl_settings!(SqliteStore);
impl_settings!(PgStore);
