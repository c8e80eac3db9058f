//! Whom each user reports to: the manager a helpdesk agent may ask to approve a caller
//! (see [`crate::helpdesk::ManagerApproval`]). Set by an administrator, or read from the
//! on-premises directory's `manager` attribute for synced accounts.

use async_trait::async_trait;

use super::{Effects, StoreResult, UnixSeconds};

/// Users' managers, on both engines.
#[async_trait]
pub trait ManagerStore: Send + Sync {
    /// The manager (user id) of `user`, if one is set.
    async fn manager_of(&self, user: i64) -> StoreResult<Option<i64>>;
    /// Sets (`Some`) or removes (`None`) the manager of `user` at `now`, with `effects`,
    /// in one transaction. `NotFound` when either account is gone;
    /// `Refused("manager_self")` when `manager` is `user`.
    async fn manager_set_commit(
        &self,
        user: i64,
        manager: Option<i64>,
        now: UnixSeconds,
        effects: &Effects,
    ) -> StoreResult<()>;
}
