//! Time is injected so tests can move it forward instead of sleeping.

use std::sync::{Arc, Mutex};
use time::OffsetDateTime;

/// A point in time as seconds since the Unix epoch (1970-01-01T00:00:00Z), UTC, leap
/// seconds ignored: the one timestamp type stored in the database, passed to and returned
/// by the store, and written into audit events. Durations next to it (`idle_secs`, a
/// code's validity) are plain seconds too.
pub type UnixSeconds = i64;

/// A source of the current time, shared by the whole service ([`SystemClock`] in
/// production, [`ManualClock`] in tests).
pub trait Clock: Send + Sync + 'static {
    /// The current time, in UTC.
    fn now(&self) -> OffsetDateTime;

    /// Seconds since the Unix epoch, the unit stored in the database.
    fn unix(&self) -> UnixSeconds {
        self.now().unix_timestamp()
    }
}

/// The wall clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// A clock that only moves when told to. For tests.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<Mutex<OffsetDateTime>>);

impl ManualClock {
    /// A clock stopped at `start` until [`Self::advance`] moves it.
    pub fn new(start: OffsetDateTime) -> Self {
        Self(Arc::new(Mutex::new(start)))
    }

    /// Moves the clock forward by `by` (backward when negative); every clone moves with it.
    pub fn advance(&self, by: time::Duration) {
        let mut t = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *t += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> OffsetDateTime {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Formats a Unix timestamp as RFC 3339 in UTC, the one format we show and emit.
pub fn rfc3339(unix: UnixSeconds) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| unix.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_moves_only_when_told() {
        let c = ManualClock::new(OffsetDateTime::UNIX_EPOCH);
        assert_eq!(c.unix(), 0);
        c.advance(time::Duration::seconds(61));
        assert_eq!(c.unix(), 61);
        assert_eq!(rfc3339(61), "1970-01-01T00:01:01Z");
    }
}
