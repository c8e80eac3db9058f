//! Temporary Access Passes (see [`crate::access_pass`]), stored only as keyed MACs, each
//! change written with its audit events and notices in one transaction.

use async_trait::async_trait;

use super::{Effects, SessionRecord, StoreResult, UnixSeconds};

/// A Temporary Access Pass as stored: never the pass itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessPassRecord {
    /// Row id, assigned by the store.
    pub id: i64,
    /// Whose pass it is.
    pub user_id: i64,
    /// Lower-case hex HMAC-SHA-256 of the normalized pass with the server key.
    pub pass_mac: String,
    /// True: good for one sign-in.
    pub one_time: bool,
    /// Who issued it: the administrator's username, or `the command line`.
    pub issued_by: String,
    /// When it was issued (Unix seconds).
    pub created_at: UnixSeconds,
    /// When it stops working (Unix seconds).
    pub expires_at: UnixSeconds,
    /// When it was first used to sign in (Unix seconds).
    pub used_at: Option<UnixSeconds>,
    /// When it was revoked (Unix seconds): by an administrator, by a newer pass, or
    /// because the user registered a strong method.
    pub revoked_at: Option<UnixSeconds>,
}

impl AccessPassRecord {
    /// Whether the pass still opens a session at `now`: not revoked, not expired, and
    /// not a one-time pass already used.
    pub fn usable_at(&self, now: UnixSeconds) -> bool {
        self.revoked_at.is_none()
            && now < self.expires_at
            && !(self.one_time && self.used_at.is_some())
    }
}

/// Temporary Access Passes, each change one transaction on both engines. Disabling a user,
/// changing their role and setting their password also revoke their passes and end the
/// sessions those opened, in the same transaction.
#[async_trait]
pub trait AccessPassStore: Send + Sync {
    /// The user's newest pass that is usable at `now`, if any (issuing one revokes the
    /// others, so there is at most one).
    async fn access_pass_current(
        &self,
        user: i64,
        now: UnixSeconds,
    ) -> StoreResult<Option<AccessPassRecord>>;
    /// When the last session opened with one of the user's passes ends (Unix seconds):
    /// its absolute end, or sooner its idle end (`idle_secs` after its last request), if
    /// one is still open at `now` (also after its pass was used or revoked by a strong
    /// method).
    async fn access_pass_session_until(
        &self,
        user: i64,
        now: UnixSeconds,
        idle_secs: i64,
    ) -> StoreResult<Option<UnixSeconds>>;
    /// Stores `pass` (its `id`, `used_at` and `revoked_at` are ignored) only if the user
    /// still has `role` (its [`Role::as_str`](crate::directory::Role::as_str)) and is
    /// enabled, as the caller checked; revokes every other pass of the user at
    /// `pass.created_at` and ends every session opened with any of their passes; clears
    /// the sign-in lockout `clear_lockout` (an administrator has just verified the
    /// person); writes `effects`. Returns the new id. `NotFound` when the user is gone,
    /// `Refused("access_pass_target")` when their role or sign-in changed meanwhile.
    async fn access_pass_issue_commit(
        &self,
        pass: &AccessPassRecord,
        role: &str,
        clear_lockout: Option<&str>,
        effects: &Effects,
    ) -> StoreResult<i64>;
    /// Revokes the user's passes not yet revoked at `now`, ends every session opened with
    /// any of their passes (used, expired or revoked by a strong method alike), and writes
    /// `effects`, only if there was a usable pass or a session to end. Returns how many
    /// usable passes and sessions ended (0: nothing written).
    async fn access_pass_revoke_commit(
        &self,
        user: i64,
        now: UnixSeconds,
        effects: &Effects,
    ) -> StoreResult<u64>;
    /// Signs in with pass `id` at `now`: only if it is still usable then (a parallel
    /// sign-in may have used a one-time pass first), marks it used (the first use time
    /// is kept), ends the session `end` (by id hash) if any, starts `session` (whose
    /// `access_pass` should name the pass), clears the sign-in lockout of
    /// `clear_lockout`, and writes `effects`. Ok(false), nothing written, when the pass
    /// was no longer usable.
    async fn access_pass_redeem_commit(
        &self,
        id: i64,
        now: UnixSeconds,
        end: Option<&str>,
        session: &SessionRecord,
        clear_lockout: Option<&str>,
        effects: &Effects,
    ) -> StoreResult<bool>;
}
