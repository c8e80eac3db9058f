//! Changes to what a user registered, each written with its audit events and queued
//! notices in one transaction: adding, replacing or removing a method, setting the
//! security answers, and confirming them.

use async_trait::async_trait;

use super::{AuthMethodRecord, CodeRecord, Effects, StoreResult, UnixSeconds};
use crate::audit::NewAuditEvent;

/// What changes in a user's registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MethodChange {
    /// Adds `method` (its `id` is ignored). An email address, a mobile or an office phone
    /// replaces the user's method of that kind, in the same transaction, so a user has at
    /// most one of each however many requests run at once; an authenticator app is added
    /// beside the others.
    Add(AuthMethodRecord),
    /// Removes the user's method with this id.
    Remove {
        /// Row id of the method, as in [`AuthMethodRecord::id`].
        id: i64,
    },
    /// Replaces the security answers (question, answer hash); empty removes them all.
    SetAnswers(Vec<(String, String)>),
    /// Removes every method and answer and forgets the confirmation, so the user must
    /// register again at next sign-in (an administrator's "require re-registration").
    RemoveAll,
}

/// What [`MethodCommits::method_commit`] refuses with (`StoreError::Refused`) when the
/// user has the most methods of the kind being added.
pub const METHOD_LIMIT: &str = "method limit reached";

/// A change to a user's registration as one transaction: the change, the user's
/// credential generation bumped (outstanding reset journeys and codes are void), the
/// operation's effects, and optionally the registration confirmed.
#[derive(Debug, Clone)]
pub struct MethodCommit {
    /// Whose registration changes.
    pub user_id: i64,
    /// What changes.
    pub change: MethodChange,
    /// A waiting code the change uses up, as it was read (an authenticator app's pending
    /// seed): when it is no longer there with the same destination (a parallel request
    /// used it, or a new one replaced it), nothing is written.
    pub consumes: Option<CodeRecord>,
    /// The registration is complete after the change: record it as confirmed at this time.
    pub confirm_at: Option<UnixSeconds>,
    /// Audit events written only when `confirm_at` is set and the user had never
    /// confirmed before (their first complete registration), after the effects' events.
    pub first_confirmation: Vec<NewAuditEvent>,
    /// A strong method is added: (when, until) — the user's Temporary Access Passes not
    /// yet revoked are revoked at `when`, and the sessions they opened end by `until` at
    /// the latest (the end of the step-up window, as after a sign-in), in the same
    /// transaction.
    pub revoke_access_passes: Option<(UnixSeconds, UnixSeconds)>,
}

/// Registration changes, each one transaction on both engines: a failure (or a refusal,
/// `Ok(false)`) leaves nothing behind, not the change, not its audit events, not its
/// notices.
#[async_trait]
pub trait MethodCommits: Send + Sync {
    /// Writes `commit` with `effects`. Ok(false), nothing written, when the method to
    /// remove or the code to use up is gone. `NotFound` when the user is gone.
    /// `Refused(`[`METHOD_LIMIT`]`)`, nothing written, when adding a method of a kind with
    /// a limit ([`crate::registration::max_of`]) and the user has that many already
    /// (counted inside the transaction, after the user's row is held).
    async fn method_commit(&self, commit: &MethodCommit, effects: &Effects) -> StoreResult<bool>;
    /// Records that the user confirmed their registration at `at`, with `effects`.
    /// `NotFound` when the user is gone.
    async fn confirm_commit(
        &self,
        user: i64,
        at: UnixSeconds,
        effects: &Effects,
    ) -> StoreResult<()>;
}
