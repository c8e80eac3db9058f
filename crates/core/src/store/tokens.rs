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
    /// Row id, assigned by the store.
    pub id: i64,
    /// A label the creator chose, to tell tokens apart.
    pub name: String,
    /// The user whose rights the token acts with.
    pub owner_id: i64,
    /// The owner's username, read with the token.
    pub owner_username: String,
    /// What the token may do.
    pub scope: TokenScope,
    /// Lower-case hex SHA-256 of the token.
    pub token_hash: String,
    /// When it was created (Unix seconds).
    pub created_at: UnixSeconds,
    /// When it was last used (Unix seconds); `None` when never.
    pub last_used_at: Option<UnixSeconds>,
    /// When it was revoked (Unix seconds); `None` while it is valid.
    pub revoked_at: Option<UnixSeconds>,
}

/// A token to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApiToken {
    /// A label to tell tokens apart.
    pub name: String,
    /// The user whose rights the token acts with.
    pub owner_id: i64,
    /// What the token may do.
    pub scope: TokenScope,
    /// Lower-case hex SHA-256 of the token.
    pub token_hash: String,
    /// When it is created (Unix seconds).
    pub created_at: UnixSeconds,
}

/// Admin API tokens. A stored scope that no longer parses is
/// `Backend("stored token scope …")` wherever a token is read.
#[async_trait]
pub trait TokenStore: Send + Sync {
    /// `Conflict("token")` when the hash is taken; `NotFound` when the owner is gone.
    async fn api_token_create(&self, t: &NewApiToken) -> StoreResult<ApiTokenRecord>;
    /// The token with this id, revoked or not; `NotFound` when there is none.
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
