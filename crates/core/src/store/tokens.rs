//! Admin API tokens, stored only as hashes.

use async_trait::async_trait;

use super::{StoreResult, UnixSeconds};

/// What a token may do besides reading. Stored in `api_tokens.scope` as
/// [`TokenScope::as_str`], the same word the API, the portal and the CLI show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenScope {
    /// `GET` only (`"read"`).
    Read,
    /// Everything the owner's role allows (`"write"`).
    Write,
}

impl TokenScope {
    /// Both scopes, the narrower first.
    pub const ALL: [TokenScope; 2] = [TokenScope::Read, TokenScope::Write];

    /// The stored form: `"read"` or `"write"`.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenScope::Read => "read",
            TokenScope::Write => "write",
        }
    }

    /// The scope [`TokenScope::as_str`] names; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        TokenScope::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// An admin API token as stored: never the token itself, only its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiTokenRecord {
    pub id: i64,
    pub name: String,
    pub owner_id: i64,
    /// The owner's username, read with the token.
    pub owner_username: String,
    pub scope: TokenScope,
    /// Lower-case hex SHA-256 of the token.
    pub token_hash: String,
    pub created_at: UnixSeconds,
    pub last_used_at: Option<UnixSeconds>,
    pub revoked_at: Option<UnixSeconds>,
}

/// A token to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApiToken {
    pub name: String,
    pub owner_id: i64,
    pub scope: TokenScope,
    pub token_hash: String,
    pub created_at: UnixSeconds,
}

/// Admin API tokens. A stored scope that no longer parses is
/// `Backend("stored token scope …")` wherever a token is read.
#[async_trait]
pub trait TokenStore: Send + Sync {
    /// `Conflict("token")` when the hash is taken; `NotFound` when the owner is gone.
    async fn api_token_create(&self, t: &NewApiToken) -> StoreResult<ApiTokenRecord>;
    async fn api_token_get(&self, id: i64) -> StoreResult<ApiTokenRecord>;
    /// The token with this hash, revoked or not.
    async fn api_token_by_hash(&self, token_hash: &str) -> StoreResult<ApiTokenRecord>;
    /// Every token, revoked ones too, oldest first.
    async fn api_token_list(&self) -> StoreResult<Vec<ApiTokenRecord>>;
    /// Records a use at `now`.
    async fn api_token_touch(&self, id: i64, now: UnixSeconds) -> StoreResult<()>;
    /// Revokes a token at `now`; revoking it again keeps the first time. `NotFound` when
    /// no such id.
    async fn api_token_revoke(&self, id: i64, now: UnixSeconds) -> StoreResult<()>;
}
