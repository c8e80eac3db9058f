//! Changes written with their audit events and queued notices in one transaction, and
//! the counters that must be checked and taken atomically.

use async_trait::async_trait;

use super::{CodeRecord, FlowRecord, NewDelivery, StoreResult, UnixSeconds};
use crate::audit::NewAuditEvent;

/// What an operation records beside its change: audit events and queued notices. A
/// commit writes them in the same transaction as the change: all or nothing.
#[derive(Debug, Clone, Default)]
pub struct Effects {
    /// Audit events to append to the chain, in order.
    pub audit: Vec<NewAuditEvent>,
    /// Messages to queue for the delivery worker.
    pub deliveries: Vec<NewDelivery>,
}

/// A password change as one transaction: the new hash (the old one goes to the history),
/// every session of the user ended, the credential generation bumped, and optionally a
/// journey stage consumed, the sign-in lockout and the self-service limits cleared.
#[derive(Debug, Clone)]
pub struct PasswordChange {
    /// Whose password changes.
    pub user_id: i64,
    /// PHC string of the new hash.
    pub hash: String,
    /// Whether the user must choose another password at the next sign-in.
    pub must_change: bool,
    /// When the change happens (Unix seconds): the new `password_changed_at`.
    pub now: UnixSeconds,
    /// The journey's next state, written with compare-and-swap on its version: when the
    /// journey moved first, nothing at all is written.
    pub flow: Option<FlowRecord>,
    /// A sign-in lockout key to clear.
    pub clear_lockout: Option<String>,
    /// A self-service limit subject to clear.
    pub clear_subject: Option<String>,
    /// The user's role when the caller checked its permission and built the notices:
    /// when it has changed since (a promotion racing an admin reset), nothing is written.
    pub expect_role: Option<crate::directory::Role>,
    /// The user's credential generation the caller (a reset journey) knows: when it has
    /// moved since (an admin reset, a disable, a newer code), nothing is written.
    pub expect_generation: Option<i64>,
}

/// The answer to [`Commits::attempt_take`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttemptTake {
    /// The attempt is recorded (row id, for a refund when it turns out right); the
    /// count includes it.
    Taken {
        /// Row id of the recorded attempt, for [`Commits::attempt_refund`].
        id: i64,
        /// Attempts of this kind for the subject in the window, this one included.
        count: i64,
    },
    /// The limit was already reached (or the subject is blocked): nothing recorded, and
    /// no comparison may be made.
    Refused,
}

/// Operations that write a change together with its audit events and notices in one
/// transaction, and the counters that must be checked and taken atomically. Every
/// method is one transaction on both engines; a failure leaves nothing behind.
#[async_trait]
pub trait Commits: Send + Sync {
    /// See [`PasswordChange`]. Ok(false), nothing written, when `flow` was given and its
    /// version moved, or the user's role or generation is not what the caller expected.
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
    /// Sessions with their audit events, in one transaction: ends the session
    /// `end` (SHA-256 hex of its cookie) when given, starts `start` when given, clears the
    /// sign-in lockout `clear_lockout` when given, and writes `effects` (sign-in,
    /// sign-out). `Conflict("session")` when the new session's id is taken.
    async fn session_commit(
        &self,
        end: Option<&str>,
        start: Option<&super::SessionRecord>,
        clear_lockout: Option<&str>,
        effects: &Effects,
    ) -> StoreResult<()>;
    /// Creates a reset journey with its audit events ("User submitted their user ID"),
    /// in one transaction. `Conflict("flow")` when its id is taken.
    async fn flow_create_commit(&self, flow: &FlowRecord, effects: &Effects) -> StoreResult<()>;
    /// A new code for a journey: bumps the user's credential generation (voiding every
    /// other journey and code), moves the journey to the new generation (compare-and-swap
    /// on its version), stores the code and queues its message. Returns the journey as
    /// stored and the message's delivery id, or `None` (nothing written) when it moved
    /// first.
    async fn code_issue(
        &self,
        flow: &FlowRecord,
        code: &CodeRecord,
        message: &NewDelivery,
    ) -> StoreResult<Option<(FlowRecord, i64)>>;
    /// A code outside a journey (registering an address or number): stores the code,
    /// deletes the codes of `void` for the same owner (one code waits at a time) and
    /// queues its message, in one transaction. Returns the delivery id.
    async fn code_put_commit(
        &self,
        code: &CodeRecord,
        void: &[super::CodePurpose],
        message: &NewDelivery,
    ) -> StoreResult<i64>;
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
        since: UnixSeconds,
        max: i64,
        at: UnixSeconds,
    ) -> StoreResult<AttemptTake>;
    /// Blocks self-service for `subject` until `until` unless it is already blocked at
    /// `now`. True only for the one call that started the block (it notifies the user).
    async fn sspr_block_start(
        &self,
        subject: &str,
        now: UnixSeconds,
        until: UnixSeconds,
    ) -> StoreResult<bool>;
    /// Gives back an attempt taken by [`Self::attempt_take`] (it turned out right).
    async fn attempt_refund(&self, id: i64) -> StoreResult<()>;
}
