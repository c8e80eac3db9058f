//! [`ManagerStore`] for both engines: whom each user reports to, each change one
//! transaction with its effects (see [`crate::commits`]).

use async_trait::async_trait;
use latchkey_core::store::{Effects, ManagerStore, StoreError, StoreResult};

use crate::queries::map_err;
use crate::{PgStore, SqliteStore, backend};

/// Sets a user's manager (`$1` the user, `$2` the manager, `$3` the time), for the
/// administrators' change and the directory sync alike.
pub(crate) const MANAGER_UPSERT: &str = "INSERT INTO user_managers (user_id, manager_id, \
     updated_at) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO UPDATE \
     SET manager_id = excluded.manager_id, updated_at = excluded.updated_at";

/// Removes a user's manager (`$1` the user).
pub(crate) const MANAGER_DELETE: &str = "DELETE FROM user_managers WHERE user_id = $1";

macro_rules! impl_managers {
    ($ty:ty) => {
        #[async_trait]
        impl ManagerStore for $ty {
            async fn manager_of(&self, user: i64) -> StoreResult<Option<i64>> {
                sqlx::query_scalar("SELECT manager_id FROM user_managers WHERE user_id = $1")
                    .bind(user)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn manager_set_commit(
                &self,
                user: i64,
                manager: Option<i64>,
                now: i64,
                effects: &Effects,
            ) -> StoreResult<()> {
                if manager == Some(user) {
                    return Err(StoreError::Refused("manager_self"));
                }
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // The account itself must still be there, with or without a manager.
                let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE id = $1")
                    .bind(user)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(backend)?;
                if exists.is_none() {
                    tx.rollback().await.map_err(backend)?;
                    return Err(StoreError::NotFound);
                }
                match manager {
                    Some(m) => {
                        sqlx::query(MANAGER_UPSERT)
                            .bind(user)
                            .bind(m)
                            .bind(now)
                            .execute(&mut *tx)
                            .await
                            // A foreign key: the manager's account is gone (NotFound).
                            .map_err(|e| map_err(e, "manager"))?;
                    }
                    None => {
                        sqlx::query(MANAGER_DELETE)
                            .bind(user)
                            .execute(&mut *tx)
                            .await
                            .map_err(backend)?;
                    }
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(())
            }
        }
    };
}

impl_managers!(SqliteStore);
impl_managers!(PgStore);
