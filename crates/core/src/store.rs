//! What Latchkey needs from storage. The storage crate implements this for SQLite and
//! PostgreSQL; one conformance suite holds both to the same behaviour.

use async_trait::async_trait;

use crate::audit::{AuditEvent, ChainRow, NewAuditEvent};
use crate::directory::{Group, Profile, Role, User, Username};
use crate::journey::Journey;
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
    /// "success" or "failure".
    pub result: Option<String>,
    /// Unix seconds, inclusive.
    pub since: Option<i64>,
    /// Unix seconds, exclusive.
    pub until: Option<i64>,
}

/// A registered verification method of a user (not security questions: those are answers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthMethodRecord {
    pub id: i64,
    pub user_id: i64,
    /// "email", "mobile", "office" or "app".
    pub kind: String,
    /// The address or E.164 number; for an app, its name.
    pub value: String,
    /// For an app: the sealed TOTP seed.
    pub secret: String,
    /// For an app: the last TOTP step accepted (a code is never accepted twice).
    pub last_used_step: Option<i64>,
    pub created_at: i64,
}

/// The server-side state of one reset journey. The browser holds only a random token;
/// this row is found by its SHA-256, so any instance can serve any step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowRecord {
    pub id_hash: String,
    /// Shared by every audit event of this journey.
    pub correlation_id: String,
    /// The username as typed (normalised).
    pub typed: String,
    /// The real user, when the name is a user who may reset and has registered. `None`
    /// walks the same pages with decoy methods.
    pub user_id: Option<i64>,
    /// Stage, intent and methods passed: the typed state machine of [`crate::journey`].
    pub journey: Journey,
    /// The question ids asked in this journey, fixed until answered.
    pub questions: Vec<String>,
    /// Optimistic concurrency: every write must name the version it read and bumps it, so
    /// each stage is consumed exactly once (see [`Store::flow_update`]).
    pub version: i64,
    /// The user's credential generation when the journey started or last sent a code.
    /// When the user's generation has moved on (a password, contact, method or account
    /// change, or a code sent by another journey), this journey and its codes are void.
    pub generation: i64,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
}

/// A one-time code waiting to be typed back. Only a keyed MAC of the code is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRecord {
    pub owner: String,
    pub purpose: String,
    pub destination: String,
    pub code_mac: String,
    pub expires_at: i64,
    pub attempts: i64,
}

/// An admin API token as stored: never the token itself, only its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiTokenRecord {
    pub id: i64,
    pub name: String,
    pub owner_id: i64,
    /// The owner's username, read with the token.
    pub owner_username: String,
    /// "read" or "write".
    pub scope: String,
    /// Lower-case hex SHA-256 of the token.
    pub token_hash: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// A token to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApiToken {
    pub name: String,
    pub owner_id: i64,
    pub scope: String,
    pub token_hash: String,
    pub created_at: i64,
}

/// A message to send once the operation that caused it has committed. The payload is
/// sealed by the caller (it may hold a report link), so the store never sees it in clear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDelivery {
    /// Sealed message, opaque to the store.
    pub payload: String,
    /// Unix seconds.
    pub created_at: i64,
}

/// A queued message claimed by a delivery worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryRecord {
    pub id: i64,
    pub payload: String,
    /// Tries so far, this one included.
    pub attempts: i64,
    /// Unix seconds.
    pub created_at: i64,
}

/// What an operation records beside its change: audit events and queued notices. A
/// commit writes them in the same transaction as the change: all or nothing.
#[derive(Debug, Clone, Default)]
pub struct Effects {
    pub audit: Vec<NewAuditEvent>,
    pub deliveries: Vec<NewDelivery>,
}

/// A password change as one transaction: the new hash (the old one goes to the history),
/// every session of the user ended, the credential generation bumped, and optionally a
/// journey stage consumed, the sign-in lockout and the self-service limits cleared.
#[derive(Debug, Clone)]
pub struct PasswordChange {
    pub user_id: i64,
    /// PHC string of the new hash.
    pub hash: String,
    pub must_change: bool,
    /// Unix seconds.
    pub now: i64,
    /// The journey's next state, written with compare-and-swap on its version: when the
    /// journey moved first, nothing at all is written.
    pub flow: Option<FlowRecord>,
    /// A sign-in lockout key to clear.
    pub clear_lockout: Option<String>,
    /// A self-service limit subject to clear.
    pub clear_subject: Option<String>,
}

/// The answer to [`Commits::attempt_take`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttemptTake {
    /// The attempt is recorded (row id, for a refund when it turns out right); the
    /// count includes it.
    Taken { id: i64, count: i64 },
    /// The limit was already reached (or the subject is blocked): nothing recorded, and
    /// no comparison may be made.
    Refused,
}

/// Operations that write a change together with its audit events and notices in one
/// transaction, and the counters that must be checked and taken atomically. Every
/// method is one transaction on both engines; a failure leaves nothing behind.
#[async_trait]
pub trait Commits: Send + Sync {
    /// See [`PasswordChange`]. Ok(false) when `flow` was given and its version moved:
    /// then nothing was written.
    async fn password_commit(
        &self,
        change: &PasswordChange,
        effects: &Effects,
    ) -> StoreResult<bool>;
    /// Writes a journey's next state (compare-and-swap on its version), optionally clears
    /// a sign-in lockout and a limit subject, and writes the effects. Ok(false), nothing
    /// written, when the journey moved first.
    async fn flow_commit(
        &self,
        flow: &FlowRecord,
        clear_lockout: Option<&str>,
        clear_subject: Option<&str>,
        effects: &Effects,
    ) -> StoreResult<bool>;
    /// Writes effects alone, in one transaction (audit events are never dropped because
    /// the log is busy: writers wait their turn on the chain's head).
    async fn effects_commit(&self, effects: &Effects) -> StoreResult<()>;
    /// A new code for a journey: bumps the user's credential generation (voiding every
    /// other journey and code), moves the journey to the new generation (compare-and-swap
    /// on its version) and stores the code. Returns the journey as stored, or `None`
    /// (nothing written) when it moved first.
    async fn code_issue(
        &self,
        flow: &FlowRecord,
        code: &CodeRecord,
    ) -> StoreResult<Option<FlowRecord>>;
    /// The user's credential generation: bumped by any password change, contact or
    /// method change, disable or enable, and a new reset code.
    async fn user_generation(&self, user: i64) -> StoreResult<i64>;
    /// Checks and takes one attempt of `kind` for `subject` atomically: refused when the
    /// subject is blocked at `at` or already has `max` events of that kind since `since`.
    /// Any number of parallel callers: at most `max` are ever taken.
    async fn attempt_take(
        &self,
        subject: &str,
        kind: &str,
        since: i64,
        max: i64,
        at: i64,
    ) -> StoreResult<AttemptTake>;
    /// Blocks self-service for `subject` until `until` unless it is already blocked at
    /// `now`. True only for the one call that started the block (it notifies the user).
    async fn sspr_block_start(&self, subject: &str, now: i64, until: i64) -> StoreResult<bool>;
    /// Gives back an attempt taken by [`Self::attempt_take`] (it turned out right).
    async fn attempt_refund(&self, id: i64) -> StoreResult<()>;
    /// Claims up to `limit` queued messages due at `now` for `lease_until` (Unix
    /// seconds): another worker, on any instance, will not take them before then.
    async fn delivery_claim(
        &self,
        now: i64,
        lease_until: i64,
        limit: i64,
    ) -> StoreResult<Vec<DeliveryRecord>>;
    /// Removes a message that was delivered or given up.
    async fn delivery_done(&self, id: i64) -> StoreResult<()>;
    /// Puts a message back for another try at `next_at`.
    async fn delivery_retry(&self, id: i64, next_at: i64) -> StoreResult<()>;
    /// How many messages are waiting (for `/metrics` and tests).
    async fn delivery_pending(&self) -> StoreResult<i64>;
}

#[async_trait]
pub trait Store: Commits + Send + Sync + 'static {
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
    /// Sets a new password hash and the must-change flag, and ends all of the user's
    /// sessions. The previous hash goes into the password history (the last 24 are kept).
    async fn user_set_password(
        &self,
        id: i64,
        hash: &str,
        must_change: bool,
        now: i64,
    ) -> StoreResult<()>;
    async fn user_delete(&self, id: i64) -> StoreResult<()>;
    /// The user's previous password hashes, newest first.
    async fn password_history(&self, id: i64, limit: i64) -> StoreResult<Vec<String>>;
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

    // Settings documents (policies)
    async fn setting_get(&self, name: &str) -> StoreResult<Option<String>>;
    async fn setting_put(&self, name: &str, value: &str) -> StoreResult<()>;
    /// Writes several settings at once, in one transaction: all or none.
    async fn settings_put_many(&self, values: &[(&str, &str)]) -> StoreResult<()>;
    /// Up to `limit` enabled users with `role`, for notifications.
    async fn users_with_role(&self, role: Role, limit: i64) -> StoreResult<Vec<User>>;

    // Registered methods
    async fn methods_of(&self, user: i64) -> StoreResult<Vec<AuthMethodRecord>>;
    async fn method_add(&self, m: &AuthMethodRecord) -> StoreResult<i64>;
    async fn method_delete(&self, user: i64, id: i64) -> StoreResult<()>;
    /// Records that TOTP step `step` was used, only if it is newer than the last one.
    /// False means the code was already used (a replay, perhaps a parallel one).
    async fn method_use_step(&self, id: i64, step: i64) -> StoreResult<bool>;
    /// Replaces the user's security answers (question, answer hash).
    async fn answers_set(&self, user: i64, answers: &[(String, String)]) -> StoreResult<()>;
    async fn answers_of(&self, user: i64) -> StoreResult<Vec<(String, String)>>;
    async fn user_set_confirmed(&self, user: i64, at: Option<i64>) -> StoreResult<()>;
    async fn user_confirmed_at(&self, user: i64) -> StoreResult<Option<i64>>;

    // Reset journeys
    async fn flow_create(&self, f: &FlowRecord) -> StoreResult<()>;
    async fn flow_get(&self, id_hash: &str) -> StoreResult<FlowRecord>;
    /// Writes the journey's new state only if the stored version still equals
    /// `f.version`, and bumps the stored version. False (nothing written) when another
    /// request moved the journey first, or it is gone.
    async fn flow_update(&self, f: &FlowRecord) -> StoreResult<bool>;
    async fn flow_delete(&self, id_hash: &str) -> StoreResult<()>;

    // One-time codes
    /// Stores a code for (owner, purpose), replacing any earlier one: a resend kills the old code.
    async fn code_put(&self, c: &CodeRecord) -> StoreResult<()>;
    async fn code_get(&self, owner: &str, purpose: &str) -> StoreResult<Option<CodeRecord>>;
    /// Consumes the code if it is still there, unexpired and has this MAC: true once, never twice.
    async fn code_consume(
        &self,
        owner: &str,
        purpose: &str,
        code_mac: &str,
        now: i64,
    ) -> StoreResult<bool>;
    /// Counts a wrong attempt; returns the attempts so far.
    async fn code_fail(&self, owner: &str, purpose: &str) -> StoreResult<i64>;
    async fn code_delete(&self, owner: &str, purpose: &str) -> StoreResult<()>;

    // Self-service limits, shared by every instance
    async fn sspr_event_add(&self, subject: &str, kind: &str, at: i64) -> StoreResult<()>;
    async fn sspr_event_count(&self, subject: &str, kind: &str, since: i64) -> StoreResult<i64>;
    async fn sspr_block_set(&self, subject: &str, until: i64) -> StoreResult<()>;
    async fn sspr_block_get(&self, subject: &str) -> StoreResult<Option<i64>>;
    /// Clears the counters and any block of a subject (after a successful reset).
    async fn sspr_clear(&self, subject: &str) -> StoreResult<()>;
    /// Marks a CAPTCHA as used; false when it already was (a replay).
    async fn captcha_use(&self, nonce: &str, expires_at: i64) -> StoreResult<bool>;
    /// Removes expired journeys, codes, CAPTCHA nonces and blocks, and limit events older than `events_before`.
    async fn sspr_sweep(&self, now: i64, events_before: i64) -> StoreResult<u64>;

    // Admin API tokens
    async fn api_token_create(&self, t: &NewApiToken) -> StoreResult<ApiTokenRecord>;
    async fn api_token_get(&self, id: i64) -> StoreResult<ApiTokenRecord>;
    /// The token with this hash, revoked or not.
    async fn api_token_by_hash(&self, token_hash: &str) -> StoreResult<ApiTokenRecord>;
    /// Every token, revoked ones too, oldest first.
    async fn api_token_list(&self) -> StoreResult<Vec<ApiTokenRecord>>;
    async fn api_token_touch(&self, id: i64, now: i64) -> StoreResult<()>;
    /// Revokes a token; revoking it again keeps the first time. `NotFound` when no such id.
    async fn api_token_revoke(&self, id: i64, now: i64) -> StoreResult<()>;

    // Audit
    async fn audit_append(&self, e: &NewAuditEvent) -> StoreResult<()>;
    async fn audit_list(
        &self,
        filter: &AuditFilter,
        offset: i64,
        limit: i64,
    ) -> StoreResult<Page<AuditEvent>>;
    /// Removes events older than `before` (retention); returns how many.
    async fn audit_delete_before(&self, before: i64) -> StoreResult<u64>;
    /// Up to `limit` events after `after_id`, oldest first, as stored: for verifying the chain.
    async fn audit_chain(&self, after_id: i64, limit: i64) -> StoreResult<Vec<ChainRow>>;
}
