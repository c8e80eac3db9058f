//! Portal sign-in sessions, kept server-side.

use async_trait::async_trait;

use super::{StoreResult, UnixSeconds};

/// A server-side sign-in session. The id is the SHA-256 of the cookie value, so a
/// leaked database does not hand out live cookies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// Lower-case hex SHA-256 of the session cookie's value.
    pub id_hash: String,
    /// Who is signed in.
    pub user_id: i64,
    /// When the session started (Unix seconds).
    pub created_at: UnixSeconds,
    /// When the last request came (Unix seconds), for the idle timeout.
    pub last_seen_at: UnixSeconds,
    /// When the session ends whatever the activity (Unix seconds): the absolute timeout.
    pub expires_at: UnixSeconds,
    /// The Temporary Access Pass the session was opened with, if any: such a session may
    /// only register security info (`/setup`).
    pub access_pass: Option<i64>,
}

/// Sign-in sessions, found by the hash of their cookie.
#[async_trait]
pub trait SessionStore: Send + Sync {
    /// `Conflict("session")` when the id is taken; `NotFound` when the user is gone.
    async fn session_create(&self, s: &SessionRecord) -> StoreResult<()>;
    /// The session with this id hash, expired or not; `NotFound` when there is none.
    async fn session_get(&self, id_hash: &str) -> StoreResult<SessionRecord>;
    /// Records activity at `now` (for the idle timeout).
    async fn session_touch(&self, id_hash: &str, now: UnixSeconds) -> StoreResult<()>;
    /// Ends a session (sign-out); nothing to end is not an error.
    async fn session_delete(&self, id_hash: &str) -> StoreResult<()>;
    /// Removes sessions expired at `now` or idle for `idle_secs` seconds; returns how many.
    async fn session_delete_expired(&self, now: UnixSeconds, idle_secs: i64) -> StoreResult<u64>;
}
