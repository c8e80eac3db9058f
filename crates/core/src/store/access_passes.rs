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
    /// Who issued it: the administrator's username, or `cli`.
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

/// Temporary Access Passes, each change one transaction on both engines.
#[async_trait]
pub trait AccessPassStore: Send + Sync {
    /// The user's newest pass that is usable at `now`, if any (issuing one revokes the
    /// others, so there is at most one).
    async fn access_pass_current(
        &self,
        user: i64,
        now: UnixSeconds,
    ) -> StoreResult<Option<AccessPassRecord>>;
    /// Stores `pass` (its `id`, `used_at` and `revoked_at` are ignored), revokes every
    /// other pass of the user at `pass.created_at` and ends the sessions they opened, and
    /// writes `effects`. Returns the new id. `NotFound` when the user is gone.
    async fn access_pass_issue_commit(
        &self,
        pass: &AccessPassRecord,
        effects: &Effects,
    ) -> StoreResult<i64>;
    /// Revokes the user's passes not yet revoked at `now`, ends the sessions opened with
    /// them, and writes `effects`, only if there was one to revoke. Returns how many were
    /// revoked (0: nothing written).
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
