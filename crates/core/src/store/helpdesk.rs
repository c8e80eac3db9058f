//! Helpdesk caller verifications (see [`crate::helpdesk`]), each change written with its
//! audit events and notices in one transaction.

use async_trait::async_trait;

use super::{Effects, StoreResult, UnixSeconds};
use crate::helpdesk::Verification;

/// Helpdesk caller verifications, each change one transaction on both engines.
#[async_trait]
pub trait HelpdeskStore: Send + Sync {
    /// Stores a new verification (its `id` and `version` are ignored) with `effects`.
    /// Returns the new id. `NotFound` when the agent or the caller is gone.
    async fn helpdesk_create_commit(&self, v: &Verification, effects: &Effects)
    -> StoreResult<i64>;
    /// Writes `v`'s state over the stored row only if the stored version is still
    /// `v.version` (compare-and-swap; the stored version becomes `v.version + 1`), with
    /// `effects`. Ok(false), nothing written, when another request changed it first.
    async fn helpdesk_update_commit(
        &self,
        v: &Verification,
        effects: &Effects,
    ) -> StoreResult<bool>;
    /// [`Self::helpdesk_update_commit`] that also pauses `subject` (an `sspr_blocks`
    /// row, as [`crate::store::Commits::sspr_block_start`] writes) until `until`, or
    /// later if it is paused longer already, in the same transaction: a manager's deny
    /// and the pause it starts are written together or not at all.
    async fn helpdesk_update_paused_commit(
        &self,
        v: &Verification,
        subject: &str,
        until: UnixSeconds,
        effects: &Effects,
    ) -> StoreResult<bool>;
    /// Closes verification `id` at `now` whatever its version (its challenge goes, its
    /// version is bumped, so a racing approval or answer finds it moved), with `effects`.
    /// Ok(false), nothing written, when it was closed already or doesn't exist.
    async fn helpdesk_close_commit(
        &self,
        id: i64,
        now: UnixSeconds,
        effects: &Effects,
    ) -> StoreResult<bool>;
    /// Verification `id`, if there is one.
    async fn helpdesk_get(&self, id: i64) -> StoreResult<Option<Verification>>;
    /// The newest verification of `user` by `agent`, if any.
    async fn helpdesk_latest(&self, agent: i64, user: i64) -> StoreResult<Option<Verification>>;
    /// Verifications whose approval was requested and whose window is still open at
    /// `now`, oldest first, at most `limit`.
    async fn helpdesk_awaiting_approval(
        &self,
        now: UnixSeconds,
        limit: i64,
    ) -> StoreResult<Vec<Verification>>;
    /// The newest verifications started by `agent` since `since`, newest first, at most
    /// `limit`.
    async fn helpdesk_of_agent(
        &self,
        agent: i64,
        since: UnixSeconds,
        limit: i64,
    ) -> StoreResult<Vec<Verification>>;
    /// Verifications whose manager `manager` may still answer at `now` (asked, not
    /// answered, and before the manager's deadline: started, or the manager asked, less
    /// than [`crate::helpdesk::PENDING_SECS`] ago, or verified with the window open —
    /// closed ones included, where only a deny still counts), oldest first, at most
    /// `limit`; see [`crate::helpdesk::Verification::awaits_manager`].
    async fn helpdesk_awaiting_manager(
        &self,
        manager: i64,
        now: UnixSeconds,
        limit: i64,
    ) -> StoreResult<Vec<Verification>>;
}
