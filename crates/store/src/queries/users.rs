//! [`UserStore`] for both engines. The changes run the SQL of `crate::directory_commits`
//! (its `*_in` helpers), written once for these methods and for the audited commits.

use async_trait::async_trait;
use latchkey_core::directory::{Profile, Role, User, Username};
use latchkey_core::store::{NewUser, Page, StoreResult, UserStore};

use super::{USER_COLUMNS, not_found, user_from_row};
use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_users {
    ($ty:ty) => {
        #[async_trait]
        impl UserStore for $ty {
            async fn user_create(&self, u: NewUser, now: i64) -> StoreResult<User> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let id = Self::user_insert_in(&mut tx, &u, now).await?;
                let created = Self::user_row_in(&mut tx, id).await?;
                tx.commit().await.map_err(backend)?;
                Ok(created)
            }

            async fn user_get(&self, id: i64) -> StoreResult<User> {
                let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)?;
                user_from_row(&row)
            }

            async fn user_by_username(&self, username: &Username) -> StoreResult<User> {
                let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users WHERE username = $1"))
                    .bind(username.as_str())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)?;
                user_from_row(&row)
            }

            async fn user_password_hash(&self, id: i64) -> StoreResult<String> {
                sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)
            }

            async fn user_list(&self, search: &str, offset: i64, limit: i64) -> StoreResult<Page<User>> {
                self.user_search(search, offset, limit).await
            }

            async fn user_count(&self) -> StoreResult<i64> {
                sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&self.pool).await.map_err(backend)
            }

            async fn user_update_profile(&self, id: i64, p: &Profile, now: i64) -> StoreResult<User> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::user_profile_in(&mut tx, id, p, now).await?;
                tx.commit().await.map_err(backend)?;
                self.user_get(id).await
            }

            async fn user_set_role(&self, id: i64, role: Role, now: i64) -> StoreResult<User> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::user_role_in(&mut tx, id, role, now).await?;
                tx.commit().await.map_err(backend)?;
                self.user_get(id).await
            }

            async fn user_set_enabled(&self, id: i64, enabled: bool, now: i64) -> StoreResult<User> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::user_enabled_in(&mut tx, id, enabled, now).await?;
                tx.commit().await.map_err(backend)?;
                self.user_get(id).await
            }

            async fn user_set_password(&self, id: i64, hash: &str, must_change: bool, now: i64) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::set_password_in(&mut tx, id, hash, must_change, now).await?;
                tx.commit().await.map_err(backend)
            }

            async fn user_delete(&self, id: i64) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::user_delete_in(&mut tx, id).await?;
                tx.commit().await.map_err(backend)
            }

            async fn password_history(&self, id: i64, limit: i64) -> StoreResult<Vec<String>> {
                sqlx::query_scalar("SELECT hash FROM password_history WHERE user_id = $1 ORDER BY id DESC LIMIT $2")
                    .bind(id)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn count_by_role(&self, role: Role) -> StoreResult<i64> {
                sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE role = $1 AND enabled = $2")
                    .bind(role.as_str())
                    .bind(true)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn users_with_role(&self, role: Role, limit: i64) -> StoreResult<Vec<User>> {
                let rows = sqlx::query(&format!(
                    "SELECT {USER_COLUMNS} FROM users WHERE role = $1 AND enabled = $2 ORDER BY username LIMIT $3"
                ))
                .bind(role.as_str())
                .bind(true)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter().map(user_from_row).collect()
            }
        }
    };
}

impl_users!(SqliteStore);
impl_users!(PgStore);
