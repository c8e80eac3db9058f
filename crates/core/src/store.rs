//! What Latchkey needs from storage. The storage crate implements this for SQLite and
//! PostgreSQL; one conformance suite holds both to the same behaviour.

use async_trait::async_trait;

use crate::audit::{AuditEvent, NewAuditEvent};
use crate::directory::{Group, Profile, Role, User, Username};
use crate::lockout::LockoutState;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A uniqueness rule was broken; the payload names it (e.g. `username`, `group_name`).
    #[error("already exists: {0}")]
    Conflict(&'static str),
    /// The change would break a rule of the directory (e.g. a group nesting cycle).
    #[error("refused: {0}")]
    Refused(&'static str),
    /// The storage engine failed; the message is for the log, never for a client.
    #[error("storage error: {0}")]
    Backend(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// A user to create. The password hash is already computed.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: Username,
    pub profile: Profile,
    pub role: Role,
    pub enabled: bool,
    pub password_hash: String,
    pub must_change_password: bool,
}

/// A page of results and the total count that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: i64,
}

/// A server-side sign-in session. The id is the SHA-256 of the cookie value, so a
/// leaked database does not hand out live cookies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    pub id_hash: String,
    pub user_id: i64,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

/// Direct members of a group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Members {
    pub users: Vec<User>,
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub activity: Option<String>,
    pub actor: Option<String>,
    pub target: Option<String>,
    pub correlation_id: Option<String>,
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Applies pending migrations. Idempotent.
    async fn migrate(&self) -> StoreResult<()>;
    /// Cheap round trip, for `/readyz`.
    async fn ping(&self) -> StoreResult<()>;
    /// Which engine this is ("sqlite" or "postgres"), for logs and metrics.
    fn engine(&self) -> &'static str;

    /// A named value shared by all instances, created once: returns the stored value,
    /// inserting `value` first when the name is new.
    async fn setting_get_or_insert(&self, name: &str, value: &str) -> StoreResult<String>;

    // Users
    async fn user_create(&self, user: NewUser, now: i64) -> StoreResult<User>;
    async fn user_get(&self, id: i64) -> StoreResult<User>;
    async fn user_by_username(&self, username: &Username) -> StoreResult<User>;
    /// The stored password hash of a user.
    async fn user_password_hash(&self, id: i64) -> StoreResult<String>;
    /// Users whose username or names contain `search` (case-insensitive), by username.
    async fn user_list(&self, search: &str, offset: i64, limit: i64) -> StoreResult<Page<User>>;
    async fn user_count(&self) -> StoreResult<i64>;
    async fn user_update_profile(&self, id: i64, profile: &Profile, now: i64) -> StoreResult<User>;
    async fn user_set_role(&self, id: i64, role: Role, now: i64) -> StoreResult<User>;
    async fn user_set_enabled(&self, id: i64, enabled: bool, now: i64) -> StoreResult<User>;
    /// Sets a new password hash and the must-change flag, and ends all of the user's sessions.
    async fn user_set_password(
        &self,
        id: i64,
        hash: &str,
        must_change: bool,
        now: i64,
    ) -> StoreResult<()>;
    async fn user_delete(&self, id: i64) -> StoreResult<()>;
    async fn count_by_role(&self, role: Role) -> StoreResult<i64>;

    // Groups
    async fn group_create(&self, name: &str, description: &str, now: i64) -> StoreResult<Group>;
    async fn group_get(&self, id: i64) -> StoreResult<Group>;
    async fn group_by_name(&self, name: &str) -> StoreResult<Group>;
    async fn group_list(&self) -> StoreResult<Vec<Group>>;
    async fn group_delete(&self, id: i64) -> StoreResult<()>;
    async fn group_add_user(&self, group: i64, user: i64) -> StoreResult<()>;
    async fn group_remove_user(&self, group: i64, user: i64) -> StoreResult<()>;
    /// Nests `child` in `parent`. Refused when it would make a cycle.
    async fn group_add_group(&self, parent: i64, child: i64) -> StoreResult<()>;
    async fn group_remove_group(&self, parent: i64, child: i64) -> StoreResult<()>;
    async fn group_members(&self, group: i64) -> StoreResult<Members>;
    /// Whether a user is in a group directly or through any depth of nesting.
    async fn is_member(&self, user: i64, group: i64) -> StoreResult<bool>;
    /// The groups a user belongs to directly.
    async fn groups_of_user(&self, user: i64) -> StoreResult<Vec<Group>>;

    // Sessions
    async fn session_create(&self, s: &SessionRecord) -> StoreResult<()>;
    async fn session_get(&self, id_hash: &str) -> StoreResult<SessionRecord>;
    async fn session_touch(&self, id_hash: &str, now: i64) -> StoreResult<()>;
    async fn session_delete(&self, id_hash: &str) -> StoreResult<()>;
    async fn session_delete_expired(&self, now: i64, idle_secs: i64) -> StoreResult<u64>;

    // Smart lockout
    async fn lockout_get(&self, key: &str) -> StoreResult<LockoutState>;
    /// Writes `next` only if the stored version still equals `expected_version`
    /// (0 = no row yet). Returns false when another writer got there first.
    async fn lockout_cas(
        &self,
        key: &str,
        expected_version: i64,
        next: &LockoutState,
    ) -> StoreResult<bool>;
    async fn lockout_clear(&self, key: &str) -> StoreResult<()>;

    // Audit
    async fn audit_append(&self, e: &NewAuditEvent) -> StoreResult<()>;
    async fn audit_list(
        &self,
        filter: &AuditFilter,
        offset: i64,
        limit: i64,
    ) -> StoreResult<Page<AuditEvent>>;
}
