//! More time for a journey, once: warned before the end and extended with one action
//! (WCAG 2.2.1, Timing Adjustable). Once, not ten times: a reset journey is a security
//! limit on how long a verification counts, the criterion's "essential" exception.

use super::*;

/// The last stretch of a journey, in seconds, in which the pages warn that it is ending.
pub const WARN_SECS: i64 = 2 * 60;

/// What asking for more time gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extended {
    /// The journey now ends at this Unix time, [`JOURNEY_SECS`] later than it did.
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

/// Extends the journey once, by [`JOURNEY_SECS`]. The same for a decoy's
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
    // 15 more minutes at the end, whenever asked: asking early wastes nothing.
    f.expires_at += JOURNEY_SECS;
    Ok(if state.store.flow_update(&f).await? {
        Extended::Until(f.expires_at)
    } else {
        Extended::Moved
    })
}
