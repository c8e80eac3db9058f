//! Reset journeys: the server-side state of each self-service reset or unlock.

use async_trait::async_trait;

use super::{StoreResult, UnixSeconds};
use crate::journey::Journey;

/// The server-side state of one reset journey. The browser holds only a random token;
/// this row is found by its SHA-256, so any instance can serve any step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowRecord {
    /// Lower-case hex SHA-256 of the journey token the browser holds.
    pub id_hash: String,
    /// Shared by every audit event of this journey.
    pub correlation_id: String,
    /// The username as typed (normalised).
    pub typed: String,
    /// The real user, when the name is a user who may reset and has registered. `None`
    /// walks the same pages with decoy methods.
    pub user_id: Option<i64>,
    /// Stage, intent and methods passed: the typed state machine of [`crate::journey`].
    pub journey: Journey,
    /// The question ids asked in this journey, fixed until answered.
    pub questions: Vec<String>,
    /// Optimistic concurrency: every write must name the version it read and bumps it, so
    /// each stage is consumed exactly once (see [`JourneyStore::flow_update`]).
    pub version: i64,
    /// The user's credential generation when the journey started or last sent a code.
    /// When the user's generation has moved on (a password, contact, method or account
    /// change, or a code sent by another journey), this journey and its codes are void.
    pub generation: i64,
    /// When the journey started (Unix seconds).
    pub created_at: UnixSeconds,
    /// When the journey stops being accepted (Unix seconds); the sweep removes it after.
    pub expires_at: UnixSeconds,
}

/// Reset journeys. Expired ones are removed by [`super::LimitStore::sspr_sweep`].
#[async_trait]
pub trait JourneyStore: Send + Sync {
    /// `Conflict("flow")` when the id is taken.
    async fn flow_create(&self, f: &FlowRecord) -> StoreResult<()>;
    /// A stored stage that no longer parses is `Backend("stored journey stage …")`.
    async fn flow_get(&self, id_hash: &str) -> StoreResult<FlowRecord>;
    /// Writes the journey's new state (stage, intent, methods passed, questions,
    /// generation and end time) only if the stored version still equals
    /// `f.version`, and bumps the stored version. False (nothing written) when another
    /// request moved the journey first, or it is gone.
    async fn flow_update(&self, f: &FlowRecord) -> StoreResult<bool>;
    /// Ends a journey; nothing to remove is not an error.
    async fn flow_delete(&self, id_hash: &str) -> StoreResult<()>;
}
