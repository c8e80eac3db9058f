//! Self-service limits: counted events and blocks per subject, shared by every instance.

use async_trait::async_trait;

use super::{StoreResult, UnixSeconds};

/// Self-service limits. The atomic check-and-take is [`super::Commits::attempt_take`].
#[async_trait]
pub trait LimitStore: Send + Sync {
    /// Records one event of `kind` for `subject` at `at`.
    async fn sspr_event_add(&self, subject: &str, kind: &str, at: UnixSeconds) -> StoreResult<()>;
    /// Events of `kind` for `subject` strictly after `since`.
    async fn sspr_event_count(
        &self,
        subject: &str,
        kind: &str,
        since: UnixSeconds,
    ) -> StoreResult<i64>;
    /// The time of the oldest event of `kind` for `subject` at or after `since`, if any:
    /// when a rolling window's count first goes down (for `Retry-After`).
    async fn sspr_event_oldest(
        &self,
        subject: &str,
        kind: &str,
        since: UnixSeconds,
    ) -> StoreResult<Option<UnixSeconds>>;
    /// Blocks `subject` until `until`, replacing any earlier block.
    async fn sspr_block_set(&self, subject: &str, until: UnixSeconds) -> StoreResult<()>;
    /// Until when `subject` is blocked (possibly in the past); `None` when never blocked.
    async fn sspr_block_get(&self, subject: &str) -> StoreResult<Option<UnixSeconds>>;
    /// Clears the counters and any block of a subject (after a successful reset).
    async fn sspr_clear(&self, subject: &str) -> StoreResult<()>;
    /// Removes journeys, codes, CAPTCHA nonces and blocks expired at `now`, and limit
    /// events and requests to the Latchkey app at or before `events_before`, and
    /// Temporary Access Passes that ended by then with no session of theirs left; returns
    /// how many rows went.
    async fn sspr_sweep(&self, now: UnixSeconds, events_before: UnixSeconds) -> StoreResult<u64>;
}
