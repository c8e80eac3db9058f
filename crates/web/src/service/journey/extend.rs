//! More time for a journey, once (WCAG 2.2.1, Timing Adjustable: warned before the end and
//! extended with one action).

use super::*;

/// The last stretch of a journey, in seconds, in which the pages warn that it is ending.
pub const WARN_SECS: i64 = 2 * 60;

/// What asking for more time gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extended {
    /// The journey now ends at this Unix time, [`JOURNEY_SECS`] from the request.
    Until(i64),
    /// It was extended before: once is all a journey gets.
    AlreadyExtended,
    /// The journey is finished, or another request moved it first; nothing changed.
    Moved,
}

/// Whether the journey may still be extended: it never was (it ends where it started to).
pub fn can_extend(l: &Loaded) -> bool {
    l.flow.journey.stage != Stage::Done && l.flow.expires_at - l.flow.created_at <= JOURNEY_SECS
}

/// Extends the journey once, to [`JOURNEY_SECS`] from now. The same for a decoy's
/// journey as for a real one, so the answer tells nothing about the name.
///
/// Errors: storage errors only.
pub async fn extend(state: &AppState, l: &Loaded) -> Result<Extended, ServiceError> {
    if l.flow.journey.stage == Stage::Done {
        return Ok(Extended::Moved);
    }
    if !can_extend(l) {
        return Ok(Extended::AlreadyExtended);
    }
    let mut f = l.flow.clone();
    // Never shorter than it was, and always marked as extended (longer than the first
    // stretch from its start), even when asked for at its very beginning.
    f.expires_at = (state.now() + JOURNEY_SECS).max(f.created_at + JOURNEY_SECS + 1);
    Ok(if state.store.flow_update(&f).await? {
        Extended::Until(f.expires_at)
    } else {
        Extended::Moved
    })
}
