//! The delivery queue: codes and notices queued by the transaction that causes them, sent
//! by a worker, and kept as "failed" (the dead-letter list) when they can't be delivered.

use async_trait::async_trait;

use super::{CodePurpose, StoreResult, UnixSeconds};
use crate::audit::NewAuditEvent;
use crate::store::Effects;

/// A message to send once the operation that caused it has committed. The payload is
/// sealed by the caller (it may hold a code or a report link), so the store never sees it
/// in clear; `what`, `target` and `channel` are kept in clear for the administrators'
/// list of messages that couldn't be delivered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewDelivery {
    /// Sealed message, opaque to the store.
    pub payload: String,
    /// When it was queued (Unix seconds).
    pub created_at: UnixSeconds,
    /// The kind of message, e.g. `password_reset_notice`, `verification_code`.
    pub what: String,
    /// The username the message is about or addressed to ("" when none).
    pub target: String,
    /// `email`, `sms` or `voice`.
    pub channel: String,
    /// For a verification code, what to undo when it can't be sent in time.
    pub code: Option<CodeDelivery>,
}

/// What a queued verification code carries besides its message: the deadline a person
/// waits for it, the code to delete and the counted attempt to give back when it can't be
/// sent by then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeDelivery {
    /// After this (Unix seconds) the code is no longer sent: the person was told it
    /// couldn't be.
    pub expires_at: UnixSeconds,
    /// The code's owner (see [`super::CodeRecord::owner`]).
    pub owner: String,
    /// The code's purpose.
    pub purpose: CodePurpose,
    /// The code's MAC: only this code is deleted, never a newer one.
    pub code_mac: String,
    /// The self-service limit event the send was counted as, given back on failure.
    pub refund_event: Option<i64>,
}

/// A queued message claimed by a delivery worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryRecord {
    /// Row id, assigned by the store.
    pub id: i64,
    /// Sealed message, opaque to the store.
    pub payload: String,
    /// Tries so far, this one included.
    pub attempts: i64,
    /// When it was first queued (Unix seconds).
    pub created_at: UnixSeconds,
    /// For a verification code, the deadline after which it is no longer sent; 0 for a
    /// notice.
    pub expires_at: UnixSeconds,
}

/// Where a queued message stands, for a request waiting for its code to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliveryState {
    /// Waiting or being sent.
    Queued,
    /// Given up; the reason in words (for the log and the administrators' list).
    Failed(String),
    /// Delivered (the provider accepted it): delivered messages are not kept.
    Sent,
}

/// A message that couldn't be delivered, as administrators see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedDelivery {
    /// Row id.
    pub id: i64,
    /// The kind of message, e.g. `password_reset_notice`.
    pub what: String,
    /// The username it was about or addressed to.
    pub target: String,
    /// `email`, `sms` or `voice`.
    pub channel: String,
    /// When it was queued (Unix seconds).
    pub created_at: UnixSeconds,
    /// When it was given up (Unix seconds).
    pub finished_at: UnixSeconds,
    /// Tries made.
    pub attempts: i64,
    /// The provider's last answer, or why it was given up.
    pub last_error: String,
    /// True for a verification code, which is never sent again (it has expired).
    pub is_code: bool,
}

/// Administrators are alerted once failures pile up: written with the first failure that
/// makes the count of messages given up since `since` reach `threshold`, unless an alert
/// was already written since then (parallel failures are serialised: one alert).
#[derive(Debug, Clone, Default)]
pub struct DeliveryAlert {
    /// Failures (this one included) that trigger the alert.
    pub threshold: i64,
    /// Only failures given up at or after this time count (Unix seconds).
    pub since: UnixSeconds,
    /// The alert: its audit event and notices to administrators.
    pub effects: Effects,
}

/// The delivery queue's operations. Each is one transaction on both engines.
#[async_trait]
pub trait DeliveryCommits: Send + Sync {
    /// Claims up to `limit` queued messages due at `now` for `lease_until` (Unix
    /// seconds): another worker, on any instance, will not take them before then.
    /// `codes`: verification codes only (true) or notices only (false).
    async fn delivery_claim(
        &self,
        now: UnixSeconds,
        lease_until: UnixSeconds,
        limit: i64,
        codes: bool,
    ) -> StoreResult<Vec<DeliveryRecord>>;
    /// Removes a message the provider accepted. Does nothing when it was given up meanwhile.
    async fn delivery_done(&self, id: i64) -> StoreResult<()>;
    /// Puts a message back for another try at `next_at`, noting the provider's answer.
    async fn delivery_retry(&self, id: i64, next_at: UnixSeconds, error: &str) -> StoreResult<()>;
    /// Gives a queued message up, in one transaction: marks it failed with `error` at
    /// `now`; for a code, deletes that code and gives back its counted attempt; writes
    /// `audit`; and writes `alert`'s effects when this failure makes the count reach its
    /// threshold. Ok(false), nothing written, when it was no longer queued (sent or
    /// given up by someone else).
    async fn delivery_fail(
        &self,
        id: i64,
        now: UnixSeconds,
        error: &str,
        audit: &[NewAuditEvent],
        alert: Option<&DeliveryAlert>,
    ) -> StoreResult<bool>;
    /// Where message `id` stands.
    async fn delivery_state(&self, id: i64) -> StoreResult<DeliveryState>;
    /// How many messages are waiting (for `/metrics` and tests).
    async fn delivery_pending(&self) -> StoreResult<i64>;
    /// Messages given up at or after `since`, newest first, at most `limit`, and how many
    /// there are in all.
    async fn delivery_failed(
        &self,
        since: UnixSeconds,
        limit: i64,
    ) -> StoreResult<(Vec<FailedDelivery>, i64)>;
    /// Queues a failed notice again, due at `now`, with its tries reset. Ok(false) when
    /// it is not a failed notice (a code is never sent again).
    async fn delivery_resend(
        &self,
        id: i64,
        now: UnixSeconds,
        effects: &Effects,
    ) -> StoreResult<bool>;
    /// Removes a failed message from the list (a password expiry reminder's message keeps
    /// its failure for the reminder report). Ok(false) when it was not failed.
    async fn delivery_dismiss(&self, id: i64, effects: &Effects) -> StoreResult<bool>;
    /// Removes failed messages given up before `before` (reminders' messages keep their
    /// failure, as with [`Self::delivery_dismiss`]); returns how many.
    async fn delivery_prune(&self, before: UnixSeconds) -> StoreResult<u64>;
    /// Writes the readiness probe's row: fails when the database can't write (a full
    /// disk, a read-only standby).
    async fn probe_write(&self, now: UnixSeconds) -> StoreResult<()>;
}
