//! The audit log: append-only, hash-chained events.

use async_trait::async_trait;

use super::{Page, StoreResult, UnixSeconds};
use crate::audit::{AuditEvent, ChainRow, NewAuditEvent, Outcome};

/// Which events [`AuditStore::audit_list`] returns; every field given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Exact activity name, one of [`crate::audit::activity`].
    pub activity: Option<String>,
    /// Exact actor.
    pub actor: Option<String>,
    /// Exact target.
    pub target: Option<String>,
    /// Exact correlation id (the request's `x-request-id`).
    pub correlation_id: Option<String>,
    /// Successes or failures only.
    pub result: Option<Outcome>,
    /// Inclusive.
    pub since: Option<UnixSeconds>,
    /// Exclusive.
    pub until: Option<UnixSeconds>,
}

/// How many events of one activity and result fell on one UTC day: one row of
/// [`AuditReport::per_day`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditDayCount {
    /// The UTC day, as days since the Unix epoch (`time / 86_400`, rounded toward zero).
    pub day: i64,
    /// The activity, one of those asked for.
    pub activity: String,
    /// Successes or failures.
    pub result: Outcome,
    /// How many events; never 0.
    pub count: u64,
}

/// One failure reason and how many failed events gave it: one row of
/// [`AuditReport::failures`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditReasonCount {
    /// The activity of the failed events.
    pub activity: String,
    /// The first of the details' `reason`, `rejected` and `method` that is a JSON string
    /// (it may be empty); empty when none is, or when the details are not a JSON object.
    pub reason: String,
    /// How many failed events; never 0.
    pub count: u64,
}

impl AuditReasonCount {
    /// How the reason is shown and ordered: `activity: reason`, or the activity alone when
    /// the reason is empty.
    pub fn label(&self) -> String {
        if self.reason.is_empty() {
            self.activity.clone()
        } else {
            format!("{}: {}", self.activity, self.reason)
        }
    }
}

/// Counts over the audit log, computed by the database (see [`AuditStore::audit_report`]):
/// their size depends on the days and activities asked for, never on the number of events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditReport {
    /// Events of the activities asked for, grouped by UTC day, activity and result; in no
    /// particular order, and only the groups that have events.
    pub per_day: Vec<AuditDayCount>,
    /// The most common failure reasons among every failed event of the period, any
    /// activity: by count, most first, then by [`AuditReasonCount::label`] in byte order;
    /// at most the number asked for.
    pub failures: Vec<AuditReasonCount>,
}

/// The audit log. Events written together with a change go through
/// [`super::Commits`]; this is the log on its own.
#[async_trait]
pub trait AuditStore: Send + Sync {
    /// Appends one event to the chain, in its own transaction.
    async fn audit_append(&self, e: &NewAuditEvent) -> StoreResult<()>;
    /// The events matching `filter`, newest first, and how many matched. A stored result
    /// that no longer parses is `Backend("stored audit result …")`.
    async fn audit_list(
        &self,
        filter: &AuditFilter,
        offset: i64,
        limit: i64,
    ) -> StoreResult<Page<AuditEvent>>;
    /// Grouped counts of the events with `since <= time < until`, for reports: per UTC
    /// day, activity and result for the given `activities` (none: no rows), and the `top`
    /// most common failure reasons of any activity (see [`AuditReport`]). Computed by the
    /// engine with `GROUP BY`, so memory does not grow with the log. A stored result that
    /// no longer parses is `Backend("stored audit result …")`.
    async fn audit_report(
        &self,
        since: UnixSeconds,
        until: UnixSeconds,
        activities: &[&str],
        top: u32,
    ) -> StoreResult<AuditReport>;
    /// Removes events older than `before` and nothing else: the anchor stays where it was,
    /// so verification then reports the chain broken (what tampering looks like). Returns
    /// how many. Retention uses [`AuditStore::audit_retain`].
    async fn audit_delete_before(&self, before: UnixSeconds) -> StoreResult<u64>;
    /// Retention: removes every event before the first one at or after `before` (by id,
    /// the chain's order, so no hole is left inside it), moves the
    /// [`crate::audit::Anchor`] (setting [`crate::audit::ANCHOR_SETTING`]) to the last one
    /// removed, and appends `event` with `"removed": n` added to its details (an object),
    /// all in one transaction taken by one instance at a time (a PostgreSQL advisory
    /// lock; SQLite's write lock). Nothing to remove: nothing written, 0. Returns how many
    /// were removed.
    async fn audit_retain(&self, before: UnixSeconds, event: &NewAuditEvent) -> StoreResult<u64>;
    /// Up to `limit` events after `after_id`, oldest first, as stored: for verifying the chain.
    async fn audit_chain(&self, after_id: i64, limit: i64) -> StoreResult<Vec<ChainRow>>;
}
