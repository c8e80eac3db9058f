//! Admin API tokens made and revoked together with their audit events, in one
//! transaction.

use async_trait::async_trait;

use super::{ApiTokenRecord, Effects, NewApiToken, StoreResult, UnixSeconds};

/// Builds a token operation's effects from the token as stored (its id is known only
/// once it is written).
pub type TokenEffects<'a> = dyn Fn(&ApiTokenRecord) -> Effects + Send + Sync + 'a;

/// Token changes, each one transaction on both engines that starts with a write: the
/// change and its audit events, or nothing.
#[async_trait]
pub trait TokenCommits: Send + Sync {
    /// Stores a new token and `effects(record)`. `Conflict("token")` when the hash is
    /// already stored (never, for 256 random bits), `NotFound` when the owner is gone.
    async fn api_token_create_commit(
        &self,
        token: &NewApiToken,
        effects: &TokenEffects<'_>,
    ) -> StoreResult<ApiTokenRecord>;
    /// Revokes token `id` at `now` (Unix seconds; revoking again keeps the first time)
    /// and writes `effects(record)`. Returns the token as revoked; `NotFound` when there
    /// is no such token.
    async fn api_token_revoke_commit(
        &self,
        id: i64,
        now: UnixSeconds,
        effects: &TokenEffects<'_>,
    ) -> StoreResult<ApiTokenRecord>;
}
