//! [`UserStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::directory::{Email, Phone, Profile, Role, User, Username};
use latchkey_core::store::{NewUser, Page, StoreError, StoreResult, UserStore};

use super::{USER_COLUMNS, map_err, not_found, user_from_row};
use crate::{PgStore, SqliteStore, backend};

fn like_pattern(search: &str) -> String {
    let escaped: String = search
        .to_lowercase()
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("%{escaped}%")
}

macro_rules! impl_users {
    ($ty:ty) => {
        #[async_trait]
        impl UserStore for $ty {
            async fn user_create(&self, u: NewUser, now: i64) -> StoreResult<User> {
                let p = &u.profile;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO users (username, first_name, last_name, display_name, email, alternate_email, \
                     mobile_phone, office_phone, enabled, role, must_change_password, password_hash, \
                     password_changed_at, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $13) RETURNING id",
                )
                .bind(u.username.as_str())
                .bind(&p.first_name)
                .bind(&p.last_name)
                .bind(&p.display_name)
                .bind(p.email.as_ref().map(Email::as_str))
                .bind(p.alternate_email.as_ref().map(Email::as_str))
                .bind(p.mobile_phone.as_ref().map(Phone::as_str))
                .bind(p.office_phone.as_ref().map(Phone::as_str))
                .bind(u.enabled)
                .bind(u.role.as_str())
                .bind(u.must_change_password)
                .bind(&u.password_hash)
                .bind(now)
                .fetch_one(&self.pool)
                .await
                .map_err(|e| map_err(e, "username"))?;
                self.user_get(id).await
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
                let pattern = like_pattern(search.trim());
                let filter = "lower(username) LIKE $1 ESCAPE '\\' OR lower(display_name) LIKE $1 ESCAPE '\\' \
                              OR lower(first_name) LIKE $1 ESCAPE '\\' OR lower(last_name) LIKE $1 ESCAPE '\\'";
                let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM users WHERE {filter}"))
                    .bind(&pattern)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(backend)?;
                let rows = sqlx::query(&format!(
                    "SELECT {USER_COLUMNS} FROM users WHERE {filter} ORDER BY username LIMIT $2 OFFSET $3"
                ))
                .bind(&pattern)
                .bind(limit)
                .bind(offset)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                let items = rows.iter().map(user_from_row).collect::<StoreResult<Vec<_>>>()?;
                Ok(Page { items, total })
            }

            async fn user_count(&self) -> StoreResult<i64> {
                sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&self.pool).await.map_err(backend)
            }

            async fn user_update_profile(&self, id: i64, p: &Profile, now: i64) -> StoreResult<User> {
                let r = sqlx::query(
                    "UPDATE users SET credential_gen = credential_gen + CASE WHEN \
                     COALESCE(email, '') <> COALESCE($4, '') OR COALESCE(alternate_email, '') <> COALESCE($5, '') \
                     OR COALESCE(mobile_phone, '') <> COALESCE($6, '') OR COALESCE(office_phone, '') <> COALESCE($7, '') \
                     THEN 1 ELSE 0 END, \
                     first_name = $1, last_name = $2, display_name = $3, email = $4, \
                     alternate_email = $5, mobile_phone = $6, office_phone = $7, updated_at = $8 WHERE id = $9",
                )
                .bind(&p.first_name)
                .bind(&p.last_name)
                .bind(&p.display_name)
                .bind(p.email.as_ref().map(Email::as_str))
                .bind(p.alternate_email.as_ref().map(Email::as_str))
                .bind(p.mobile_phone.as_ref().map(Phone::as_str))
                .bind(p.office_phone.as_ref().map(Phone::as_str))
                .bind(now)
                .bind(id)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                self.user_get(id).await
            }

            async fn user_set_role(&self, id: i64, role: Role, now: i64) -> StoreResult<User> {
                let r = sqlx::query("UPDATE users SET role = $1, updated_at = $2 WHERE id = $3")
                    .bind(role.as_str())
                    .bind(now)
                    .bind(id)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                self.user_get(id).await
            }

            async fn user_set_enabled(&self, id: i64, enabled: bool, now: i64) -> StoreResult<User> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let r = sqlx::query(
                    "UPDATE users SET enabled = $1, updated_at = $2, \
                     credential_gen = credential_gen + CASE WHEN enabled = $1 THEN 0 ELSE 1 END WHERE id = $3",
                )
                    .bind(enabled)
                    .bind(now)
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                if !enabled {
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                        .bind(id)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                }
                tx.commit().await.map_err(backend)?;
                self.user_get(id).await
            }

            async fn user_set_password(&self, id: i64, hash: &str, must_change: bool, now: i64) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::set_password_in(&mut tx, id, hash, must_change, now).await?;
                tx.commit().await.map_err(backend)
            }

            async fn user_delete(&self, id: i64) -> StoreResult<()> {
                let r = sqlx::query("DELETE FROM users WHERE id = $1")
                    .bind(id)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
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
