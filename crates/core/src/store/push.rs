//! Requests sent to the Latchkey app (app notification with number matching): one row a
//! request, answered once by a signed answer of one of the user's devices, and counted
//! once by the reset journey that asked.

use async_trait::async_trait;

use super::{Effects, StoreResult, UnixSeconds};

/// Where a request to the app stands. Every state but [`PushStatus::Pending`] is final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PushStatus {
    /// Sent, not answered yet (`"pending"`).
    Pending,
    /// Approved with the right number (`"approved"`).
    Approved,
    /// Denied in the app (`"denied"`): the journey ends.
    Denied,
    /// "This wasn't me" in the app (`"reported"`): the account is blocked and the
    /// administrators told.
    Reported,
    /// Approved with another number than the page showed (`"wrong_number"`): the step
    /// failed.
    WrongNumber,
}

impl PushStatus {
    /// Every status.
    pub const ALL: [PushStatus; 5] = [
        PushStatus::Pending,
        PushStatus::Approved,
        PushStatus::Denied,
        PushStatus::Reported,
        PushStatus::WrongNumber,
    ];

    /// The stored and JSON form: `pending`, `approved`, `denied`, `reported`,
    /// `wrong_number`.
    pub fn as_str(self) -> &'static str {
        match self {
            PushStatus::Pending => "pending",
            PushStatus::Approved => "approved",
            PushStatus::Denied => "denied",
            PushStatus::Reported => "reported",
            PushStatus::WrongNumber => "wrong_number",
        }
    }

    /// The status a stored value names; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        PushStatus::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// One request for approval, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushRequest {
    /// 16 random bytes, base64url without padding: the only thing the push message carries.
    pub id: String,
    /// The user asked; `None` for a decoy journey (nothing is ever pushed for it).
    pub user_id: Option<i64>,
    /// The self-service limits' subject (`user:ID`, or `name:typed` for a decoy): the
    /// push-bombing limit counts under it.
    pub subject: String,
    /// The reset journey that asked (its id hash).
    pub owner: String,
    /// The two-digit number shown on the reset page, 10 to 99.
    pub number: i64,
    /// The address the reset page was asked from.
    pub client_ip: String,
    /// The asking browser, shortened ("Firefox on Linux").
    pub user_agent: String,
    /// When it was asked (Unix seconds).
    pub created_at: UnixSeconds,
    /// When it stops being answerable (Unix seconds): the code lifetime after creation.
    pub expires_at: UnixSeconds,
    /// Where it stands.
    pub status: PushStatus,
    /// When it was answered (Unix seconds), if it was.
    pub answered_at: Option<UnixSeconds>,
    /// The device (`auth_methods` id) that answered, if one did.
    pub device_id: Option<i64>,
    /// When the journey counted its answer (Unix seconds): an answer counts once.
    pub consumed_at: Option<UnixSeconds>,
    /// When what follows a deny, a wrong number or a report (the failure counted, the
    /// blocks, the alert) was done (Unix seconds): a retry of the same answer finishes it
    /// only while this is `None`, so a replay repeats nothing.
    pub followed_up_at: Option<UnixSeconds>,
}

/// Requests to the Latchkey app. Requests older than a day are removed with the
/// self-service events ([`super::LimitStore::sspr_sweep`]).
#[async_trait]
pub trait PushStore: Send + Sync {
    /// Stores `r` unless `max` requests of its subject were created at or after `since`:
    /// counted and inserted under the subject's lock, so parallel requests can't beat the
    /// limit. True when stored.
    async fn push_request_create(
        &self,
        r: &PushRequest,
        since: UnixSeconds,
        max: i64,
    ) -> StoreResult<bool>;
    /// The request with this id, if any.
    async fn push_request_get(&self, id: &str) -> StoreResult<Option<PushRequest>>;
    /// The journey `owner`'s latest request, if any.
    async fn push_request_latest(&self, owner: &str) -> StoreResult<Option<PushRequest>>;
    /// Answers a request: `status` (not pending) by `device_id` at `at`, only if it is
    /// still pending and unexpired at `at` (compare-and-set), with `effects` in the same
    /// transaction. True once, never twice.
    async fn push_request_answer(
        &self,
        id: &str,
        status: PushStatus,
        device_id: i64,
        at: UnixSeconds,
        effects: &Effects,
    ) -> StoreResult<bool>;
    /// Marks an answered request of `owner` as counted by its journey: true once, never
    /// twice, and never for a pending request.
    async fn push_request_consume(
        &self,
        id: &str,
        owner: &str,
        at: UnixSeconds,
    ) -> StoreResult<bool>;
    /// Marks the follow-up of an answered request done at `at`: true once, never twice,
    /// and never for a pending request.
    async fn push_request_followed_up(&self, id: &str, at: UnixSeconds) -> StoreResult<bool>;
    /// Removes a request (one no device could be sent): it counts against nothing.
    async fn push_request_delete(&self, id: &str) -> StoreResult<()>;
    /// How many requests of `subject` were answered with `status` at or after `since`.
    async fn push_answered_count(
        &self,
        subject: &str,
        status: PushStatus,
        since: UnixSeconds,
    ) -> StoreResult<i64>;
}
