//! [`TokenCommits`] for both engines.

use async_trait::async_trait;
use latchkey_core::store::{
    ApiTokenRecord, NewApiToken, StoreError, StoreResult, TokenCommits, TokenEffects,
};

use crate::queries::map_err;
use crate::queries::tokens::{TOKEN_SELECT, token_from_row};
use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_token_commits {
    ($ty:ty) => {
        #[async_trait]
        impl TokenCommits for $ty {
            async fn api_token_create_commit(
                &self,
                t: &NewApiToken,
                effects: &TokenEffects<'_>,
            ) -> StoreResult<ApiTokenRecord> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO api_tokens (name, owner_id, scope, token_hash, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(&t.name)
                .bind(t.owner_id)
                .bind(t.scope.as_str())
                .bind(&t.token_hash)
                .bind(t.created_at)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| map_err(e, "token"))?;
                let row = sqlx::query(&format!("{TOKEN_SELECT} WHERE t.id = $1"))
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(backend)?;
                let saved = token_from_row(&row)?;
                Self::effects_in(&mut tx, &effects(&saved)).await?;
                tx.commit().await.map_err(backend)?;
                Ok(saved)
            }

            async fn api_token_revoke_commit(
                &self,
                id: i64,
                now: i64,
                effects: &TokenEffects<'_>,
            ) -> StoreResult<ApiTokenRecord> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let r = sqlx::query(
                    "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2",
                )
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                if r.rows_affected() == 0 {
                    tx.rollback().await.map_err(backend)?;
                    return Err(StoreError::NotFound);
                }
                let row = sqlx::query(&format!("{TOKEN_SELECT} WHERE t.id = $1"))
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(backend)?;
                let t = token_from_row(&row)?;
                Self::effects_in(&mut tx, &effects(&t)).await?;
                tx.commit().await.map_err(backend)?;
                Ok(t)
            }
        }
    };
}

impl_token_commits!(SqliteStore);
impl_token_commits!(PgStore);
