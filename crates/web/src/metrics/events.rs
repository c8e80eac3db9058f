//! `latchkey_self_service_events{event, result}`: registrations, help requests,
//! Temporary Access Passes and "this wasn't me" reports, counted from the audit log when
//! `/metrics` is scraped. These happen in many places (the setup pages, the reset journey,
//! the portal, the API); the audit log is where every one of them is written, with its
//! change, so counting it there misses none and counts each once, on every instance alike
//! (the numbers are the database's, not this process's). That makes them gauges, not
//! counters: audit retention removing old events lowers them.
//!
//! The count is one grouped query; when it took long (a large log), it is reused for a
//! minute rather than run on every scrape.

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::store::AuditReport;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The `event` label values and the audit activity each counts.
pub const EVENTS: [(&str, &str); 9] = [
    ("registered", activity::REGISTERED),
    ("method_registered", activity::REGISTERED_METHOD),
    ("method_removed", activity::REMOVED_METHOD),
    ("reconfirmed", activity::RECONFIRMED),
    ("help_requested", activity::SSPR_HELP),
    ("access_pass_issued", activity::ISSUE_ACCESS_PASS),
    ("access_pass_sign_in", activity::SIGN_IN_ACCESS_PASS),
    ("access_pass_revoked", activity::REVOKE_ACCESS_PASS),
    ("reported_not_me", activity::REPORTED_NOT_ME),
];

/// The audit activities of [`EVENTS`], for the query.
pub fn activities() -> Vec<&'static str> {
    EVENTS.iter().map(|(_, a)| *a).collect()
}

/// A count that took at least this long is reused for [`REUSE`].
const SLOW: Duration = Duration::from_millis(200);
/// How long a slow count is reused.
const REUSE: Duration = Duration::from_secs(60);

/// Per event of [`EVENTS`]: [succeeded, failed].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EventCounts(pub [[u64; 2]; EVENTS.len()]);

impl EventCounts {
    /// The counts of a report of the [`activities`] over the whole log.
    pub fn from_report(report: &AuditReport) -> Self {
        let mut c = Self::default();
        for row in &report.per_day {
            if let Some(i) = EVENTS.iter().position(|(_, a)| *a == row.activity) {
                let r = usize::from(row.result == Outcome::Failure);
                c.0[i][r] += row.count;
            }
        }
        c
    }

    /// Writes the family, with HELP and TYPE lines.
    pub fn render(&self, out: &mut String) {
        super::family(
            out,
            "latchkey_self_service_events",
            "gauge",
            "Self-service events by kind and result in the audit log (the database's totals, the same on \
             every instance: aggregate with max, not sum): registrations, help requests, Temporary Access \
             Passes, reports of changes people didn't make.",
        );
        for ((event, _), [ok, failed]) in EVENTS.iter().zip(&self.0) {
            for (result, n) in [("success", ok), ("failure", failed)] {
                let _ = writeln!(
                    out,
                    "latchkey_self_service_events{{event=\"{event}\",result=\"{result}\"}} {n}"
                );
            }
        }
    }
}

/// The last slow count and when it was made.
#[derive(Debug, Default)]
pub struct EventCache(Mutex<Option<(Instant, EventCounts)>>);

impl EventCache {
    /// A slow count made less than a minute ago, if any.
    pub fn fresh(&self) -> Option<EventCounts> {
        let guard = self.0.lock().ok()?;
        guard
            .as_ref()
            .filter(|(at, _)| at.elapsed() < REUSE)
            .map(|(_, c)| *c)
    }

    /// The last count however old, shown again when a new one timed out.
    pub fn last(&self) -> Option<EventCounts> {
        self.0.lock().ok()?.as_ref().map(|(_, c)| *c)
    }

    /// Notes that a count timed out: the last one (if any) is reused for a minute rather
    /// than running the query again on every scrape.
    pub fn timed_out(&self) {
        if let Ok(mut g) = self.0.lock()
            && let Some((at, _)) = g.as_mut()
        {
            *at = Instant::now();
        }
    }

    /// Notes a count that took `took`: kept for reuse when it was slow.
    pub fn remember(&self, counts: EventCounts, took: Duration) {
        if let Ok(mut g) = self.0.lock() {
            // A quick count is kept too (as the last one), but already stale.
            let at = if took >= SLOW {
                Instant::now()
            } else {
                Instant::now()
                    .checked_sub(REUSE)
                    .unwrap_or_else(Instant::now)
            };
            *g = Some((at, counts));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use latchkey_core::store::AuditDayCount;

    #[test]
    fn events_are_summed_over_days_by_result() {
        let row = |activity: &str, result, count| AuditDayCount {
            day: 1,
            activity: activity.into(),
            result,
            count,
        };
        let report = AuditReport {
            per_day: vec![
                row(activity::SSPR_HELP, Outcome::Success, 2),
                row(activity::SSPR_HELP, Outcome::Success, 3),
                row(activity::SIGN_IN_ACCESS_PASS, Outcome::Failure, 1),
                row(activity::SSPR_RESET, Outcome::Success, 9),
            ],
            failures: Vec::new(),
        };
        let mut out = String::new();
        EventCounts::from_report(&report).render(&mut out);
        for line in [
            "latchkey_self_service_events{event=\"help_requested\",result=\"success\"} 5",
            "latchkey_self_service_events{event=\"access_pass_sign_in\",result=\"failure\"} 1",
            "latchkey_self_service_events{event=\"registered\",result=\"success\"} 0",
        ] {
            assert!(out.contains(&format!("{line}\n")), "{line} in {out}");
        }
        assert!(out.starts_with("# HELP latchkey_self_service_events "));
    }
}
