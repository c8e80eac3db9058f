//! Writing a directory sync: a [`crate::dirsync::SyncPlan`] as one transaction.

use std::collections::HashMap;

use async_trait::async_trait;

use super::{Effects, StoreResult, UnixSeconds};
use crate::dirsync::SyncPlan;

/// The setting that holds where the next delta sync of the directory `name` starts.
pub fn sync_cursor_key(name: &str) -> String {
    format!("directory.{name}.sync_cursor")
}

/// The password hash stored for accounts synced from a directory: not a PHC string, so
/// no password ever verifies against it (their passwords are checked by the directory).
pub const NO_LOCAL_PASSWORD: &str = "!directory";

/// Directory sync storage, on both engines.
#[async_trait]
pub trait SyncStore: Send + Sync {
    /// The direct members of every group synced from `directory`, by external ids:
    /// group id → (user ids, group ids), members from the same directory only.
    async fn synced_members(
        &self,
        directory: &str,
    ) -> StoreResult<HashMap<String, (Vec<String>, Vec<String>)>>;

    /// The manager of every account synced from `directory` that has one, by external
    /// ids: account id → manager id, or an empty string when the manager is not an
    /// account synced from `directory` (so a sync replaces it). For
    /// [`crate::dirsync::plan`].
    async fn synced_managers(&self, directory: &str) -> StoreResult<HashMap<String, String>>;

    /// Writes `plan` at `now` with `effects` in one transaction: accounts created
    /// (without a local password, [`NO_LOCAL_PASSWORD`]), updated (a changed contact or
    /// a disable bumps the credential generation; a disable ends the sessions), deleted
    /// (with their methods and sessions); groups created, renamed, deleted; the direct
    /// members of each changed group replaced; the managers of `plan.managers` set or
    /// removed once the accounts are created (a link to an account not there is passed
    /// over; a manager not there, or the account itself, removes the account's manager);
    /// and the cursor stored under [`sync_cursor_key`] of `plan.directory` — only if the
    /// stored cursor still equals `expected_cursor`, so of two instances syncing at once
    /// one writes and the other gets Ok(false) and nothing.
    async fn sync_commit(
        &self,
        plan: &SyncPlan,
        expected_cursor: Option<&str>,
        now: UnixSeconds,
        effects: &Effects,
    ) -> StoreResult<bool>;
}
