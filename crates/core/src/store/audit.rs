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
    /// Removes events older than `before` (retention); returns how many.
    async fn audit_delete_before(&self, before: UnixSeconds) -> StoreResult<u64>;
    /// Up to `limit` events after `after_id`, oldest first, as stored: for verifying the chain.
    async fn audit_chain(&self, after_id: i64, limit: i64) -> StoreResult<Vec<ChainRow>>;
}
