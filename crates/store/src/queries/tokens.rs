//! [`TokenStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::store::{
    ApiTokenRecord, Effects, NewApiToken, StoreError, StoreResult, TokenCommits, TokenScope,
    TokenStore,
};
use sqlx::Row;

use super::{not_found, stored};
use crate::{PgStore, SqliteStore, backend};

pub(crate) const TOKEN_SELECT: &str = "SELECT t.id, t.name, t.owner_id, u.username AS owner_username, t.scope, \
     t.token_hash, t.created_at, t.last_used_at, t.revoked_at FROM api_tokens t JOIN users u ON u.id = t.owner_id";

pub(crate) fn token_from_row<R: Row>(row: &R) -> StoreResult<ApiTokenRecord>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> Option<i64>: sqlx::Decode<'a, R::Database>,
{
    Ok(ApiTokenRecord {
        id: row.try_get("id").map_err(backend)?,
        name: row.try_get("name").map_err(backend)?,
        owner_id: row.try_get("owner_id").map_err(backend)?,
        owner_username: row.try_get("owner_username").map_err(backend)?,
        scope: stored(
            "token scope",
            row.try_get("scope").map_err(backend)?,
            TokenScope::parse,
        )?,
        token_hash: row.try_get("token_hash").map_err(backend)?,
        created_at: row.try_get("created_at").map_err(backend)?,
        last_used_at: row.try_get("last_used_at").map_err(backend)?,
        revoked_at: row.try_get("revoked_at").map_err(backend)?,
    })
}

macro_rules! impl_tokens {
    ($ty:ty) => {
        #[async_trait]
        impl TokenStore for $ty {
            async fn api_token_create(&self, t: &NewApiToken) -> StoreResult<ApiTokenRecord> {
                // One INSERT for tokens, in `TokenCommits::api_token_create_commit`.
                self.api_token_create_commit(t, &|_| Effects::default())
                    .await
            }

            async fn api_token_get(&self, id: i64) -> StoreResult<ApiTokenRecord> {
                let row = sqlx::query(&format!("{TOKEN_SELECT} WHERE t.id = $1"))
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)?;
                token_from_row(&row)
            }

            async fn api_token_by_hash(&self, token_hash: &str) -> StoreResult<ApiTokenRecord> {
                let row = sqlx::query(&format!("{TOKEN_SELECT} WHERE t.token_hash = $1"))
                    .bind(token_hash)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)?;
                token_from_row(&row)
            }

            async fn api_token_list(&self) -> StoreResult<Vec<ApiTokenRecord>> {
                let rows = sqlx::query(&format!("{TOKEN_SELECT} ORDER BY t.id"))
                    .fetch_all(&self.pool)
                    .await
                    .map_err(backend)?;
                rows.iter().map(token_from_row).collect()
            }

            async fn api_token_touch(&self, id: i64, now: i64) -> StoreResult<()> {
                sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                    .bind(now)
                    .bind(id)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn api_token_revoke(&self, id: i64, now: i64) -> StoreResult<()> {
                let r = sqlx::query(
                    "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2",
                )
                .bind(now)
                .bind(id)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                if r.rows_affected() == 0 {
                    Err(StoreError::NotFound)
                } else {
                    Ok(())
                }
            }
        }
    };
}

impl_tokens!(SqliteStore);
impl_tokens!(PgStore);
