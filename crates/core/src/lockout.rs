//! Smart lockout for sign-in, in the manner of Entra's:
//!
//! * `threshold` failed sign-ins lock the name for `duration`; each further lockout
//!   doubles the duration (capped at `max_duration`);
//! * the first failure after a lockout has expired locks again at once;
//! * repeating one of the last three wrong passwords is not counted again;
//! * a successful sign-in or a password reset clears the state;
//! * after a quiet day the growth starts over.
//!
//! The state is keyed by the typed username, whether or not such a user exists, so the
//! lockout itself reveals nothing about which accounts are real.

use serde::{Deserialize, Serialize};

/// The smart lockout rules, from the `[lockout]` settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutPolicy {
    /// Failed sign-ins that lock the name (10 by default).
    pub threshold: u32,
    /// First lockout in seconds; it doubles on each repeat (60 by default).
    pub duration_secs: i64,
    /// Cap on the doubling, in seconds (3600 by default).
    pub max_duration_secs: i64,
}

impl Default for LockoutPolicy {
    fn default() -> Self {
        Self {
            threshold: 10,
            duration_secs: 60,
            max_duration_secs: 3600,
        }
    }
}

/// The stored lockout state of one sign-in name. `version` is for optimistic
/// concurrency: a store writes a new state only if the version it read is still current,
/// so parallel failures all count.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockoutState {
    /// Distinct wrong passwords counted since the last lockout or reset.
    pub failures: u32,
    /// Lockouts so far in this streak; the next lockout lasts
    /// `duration × 2^level`, capped at the maximum.
    pub level: u32,
    /// Until when sign-in is refused (Unix seconds); 0 or in the past when not locked.
    pub locked_until: i64,
    /// When the last counted failure happened (Unix seconds); after a quiet day the counts
    /// start over.
    pub last_failure_at: i64,
    /// Keyed fingerprints (HMAC, truncated) of the last three wrong passwords.
    pub recent: Vec<String>,
    /// Optimistic-concurrency version, bumped by the store on every write.
    pub version: i64,
}

const QUIET_RESET_SECS: i64 = 24 * 3600;

impl LockoutState {
    /// Whether sign-in is refused at `now` (Unix seconds).
    pub fn is_locked(&self, now: i64) -> bool {
        self.locked_until > now
    }

    /// Seconds until the lock lifts (0 when not locked).
    pub fn remaining(&self, now: i64) -> i64 {
        (self.locked_until - now).max(0)
    }

    /// The state after one more wrong password. Returns `None` when nothing changes
    /// (already locked, or a repeat of a recent wrong password).
    pub fn after_failure(
        &self,
        policy: &LockoutPolicy,
        now: i64,
        fingerprint: &str,
    ) -> Option<Self> {
        if self.is_locked(now) || self.recent.iter().any(|f| f == fingerprint) {
            return None;
        }
        let mut next = self.clone();
        if now - self.last_failure_at > QUIET_RESET_SECS {
            next.level = 0;
            next.failures = 0;
            next.recent.clear();
        }
        next.failures += 1;
        next.last_failure_at = now;
        next.recent.push(fingerprint.to_owned());
        if next.recent.len() > 3 {
            next.recent.remove(0);
        }
        let relock = next.level > 0 && self.locked_until <= now;
        if next.failures >= policy.threshold.max(1) || relock {
            let factor = 1i64 << next.level.min(20);
            next.locked_until = now
                + (policy.duration_secs * factor)
                    .min(policy.max_duration_secs.max(policy.duration_secs));
            next.level += 1;
            next.failures = 0;
        }
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fail(s: &LockoutState, p: &LockoutPolicy, now: i64, fp: &str) -> LockoutState {
        s.after_failure(p, now, fp).unwrap_or_else(|| s.clone())
    }

    #[test]
    fn ten_distinct_failures_lock_for_sixty_seconds_then_growing() {
        let p = LockoutPolicy::default();
        let mut s = LockoutState::default();
        for i in 0..9 {
            s = fail(&s, &p, 1000, &format!("pw{i}"));
            assert!(!s.is_locked(1000), "locked too early at {i}");
        }
        s = fail(&s, &p, 1000, "pw9");
        assert!(s.is_locked(1000));
        assert_eq!(s.remaining(1000), 60);
        // While locked nothing counts.
        assert_eq!(s.after_failure(&p, 1030, "other"), None);
        // The first failure after it expires locks again, for twice as long.
        s = fail(&s, &p, 1061, "again");
        assert_eq!(s.remaining(1061), 120);
        s = fail(&s, &p, 1061 + 121, "again2");
        assert_eq!(s.remaining(1061 + 121), 240);
    }

    #[test]
    fn the_same_wrong_password_counts_once() {
        let p = LockoutPolicy::default();
        let mut s = LockoutState::default();
        for _ in 0..50 {
            s = fail(&s, &p, 10, "same");
        }
        assert_eq!(s.failures, 1);
        assert!(!s.is_locked(10));
    }

    #[test]
    fn growth_is_capped_and_forgotten_after_a_quiet_day() {
        let p = LockoutPolicy {
            threshold: 1,
            duration_secs: 60,
            max_duration_secs: 3600,
        };
        let mut s = LockoutState::default();
        let mut now = 0;
        for i in 0..10 {
            s = fail(&s, &p, now, &format!("p{i}"));
            assert!(s.remaining(now) <= 3600);
            now = s.locked_until + 1;
        }
        assert_eq!(s.remaining(s.locked_until - 3600), 3600);
        let later = s.locked_until + QUIET_RESET_SECS + 1;
        s = fail(&s, &p, later, "fresh");
        assert_eq!(s.remaining(later), 60);
    }
}
