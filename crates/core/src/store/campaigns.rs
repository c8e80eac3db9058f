//! Registration campaigns: the reminders sent (at most one per user per interval, however
//! many instances run the job), the daily coverage snapshots shown as a chart, and
//! contact details imported for many users at once.

use async_trait::async_trait;

use super::{Effects, NewDelivery, StoreResult, UnixSeconds};
use crate::directory::{Email, Phone};

/// A reminder to queue: for whom, and the message.
#[derive(Debug, Clone)]
pub struct CampaignReminder {
    /// The user reminded.
    pub user_id: i64,
    /// The message, sealed for the delivery worker.
    pub message: NewDelivery,
}

/// Registration coverage on one UTC day, as the job took it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoverageSnapshot {
    /// The day, in days since 1970-01-01 (UTC).
    pub day: i64,
    /// Users self-service applied to.
    pub in_scope: i64,
    /// Of those, users registered enough to reset.
    pub registered: i64,
}

/// New contact details for one user; `None` keeps the stored value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactPatch {
    /// Whose contacts change.
    pub user_id: i64,
    /// Primary email address.
    pub email: Option<Email>,
    /// Alternate email address.
    pub alternate_email: Option<Email>,
    /// Mobile phone (E.164).
    pub mobile_phone: Option<Phone>,
    /// Office phone (E.164).
    pub office_phone: Option<Phone>,
}

/// Builds a run's effects from how many reminders it queued (known only inside the
/// transaction, after the other instances' reminders are seen).
pub type RunEffects<'a> = dyn Fn(usize) -> Effects + Send + Sync + 'a;

/// Campaign records, on both engines.
#[async_trait]
pub trait CampaignStore: Send + Sync {
    /// Queues every reminder of `reminders` whose user was not reminded after `since`,
    /// records it as sent at `now`, and writes `effects(queued)` when at least one was
    /// queued; one transaction. A user reminded after `since` (by another instance's run,
    /// at the same moment too) is skipped: each user gets at most one reminder per
    /// interval. A user deleted meanwhile is skipped. Returns the ids of the users
    /// reminded.
    async fn campaign_remind_commit(
        &self,
        reminders: &[CampaignReminder],
        now: UnixSeconds,
        since: UnixSeconds,
        effects: &RunEffects<'_>,
    ) -> StoreResult<Vec<i64>>;
    /// When each user was last reminded, for the users reminded after `since`.
    async fn campaign_reminded_since(&self, since: UnixSeconds) -> StoreResult<Vec<(i64, i64)>>;
    /// Stores the day's coverage unless that day has one already (another instance took
    /// it first). True when this one was stored.
    async fn coverage_snapshot_put(
        &self,
        s: &CoverageSnapshot,
        now: UnixSeconds,
    ) -> StoreResult<bool>;
    /// The snapshots from day `from` (days since 1970-01-01) on, oldest first.
    async fn coverage_history(&self, from: i64) -> StoreResult<Vec<CoverageSnapshot>>;
    /// Applies every patch at `now`, as a change of each user's profile is applied (a
    /// changed contact bumps the credential generation, voiding outstanding reset
    /// journeys and codes), and writes `effects`, in one transaction. `NotFound`, nothing
    /// written, when a user is gone; `Refused(IMPORT_ADMIN)`, nothing written, when one
    /// is an administrator by now (checked under the row's lock). Returns how many users'
    /// contacts changed.
    async fn contacts_import_commit(
        &self,
        patches: &[ContactPatch],
        now: UnixSeconds,
        effects: &Effects,
    ) -> StoreResult<u64>;
}

/// What [`CampaignStore::contacts_import_commit`] refuses with when an account in the
/// file became an administrator after the file was checked.
pub const IMPORT_ADMIN: &str = "an account in the file is an administrator now";
