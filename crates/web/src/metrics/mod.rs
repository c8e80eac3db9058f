//! The Prometheus metrics served at `GET /metrics`, in the text exposition format
//! (version 0.0.4). Counters are atomic adds, with no lock; every label has a fixed set
//! of values (route patterns, never paths; reasons, channels and results from the enums
//! below), so the number of series is bounded. Gauges that live elsewhere (the hashing
//! queue, the delivery queue, the database pool) are read when the page is scraped, as a
//! [`Scrape`].
//!
//! | metric | type | labels |
//! |---|---|---|
//! | `latchkey_http_requests_total` | counter | `class` |
//! | `latchkey_http_request_duration_seconds` | histogram | `route`, `method`, `class` |
//! | `latchkey_sign_ins_total` | counter | `result` |
//! | `latchkey_journeys_started_total` | counter | |
//! | `latchkey_journeys_completed_total` | counter | `intent` |
//! | `latchkey_journeys_failed_total` | counter | `reason` |
//! | `latchkey_codes_total` | counter | `channel`, `result` |
//! | `latchkey_self_service_events` (the audit log's totals; see [`events`]) | gauge | `event`, `result` |
//! | `latchkey_hash_jobs_total`, `latchkey_hash_overloaded_total` | counter | |
//! | `latchkey_hash_queue_depth`, `latchkey_hash_queue_capacity` | gauge | |
//! | `latchkey_rate_limited_total` | counter | |
//! | `latchkey_rate_limit_blocks_total` | counter | `limit`, `scope` |
//! | `latchkey_sspr_blocks_total` | counter | `limit` |
//! | `latchkey_texts_refused_total`, `latchkey_telephony_spike_alerts_total` | counter | |
//! | `latchkey_deliveries_total` | counter | `kind`, `result` |
//! | `latchkey_delivery_queue_depth` | gauge | |
//! | `latchkey_db_pool_connections` | gauge | `state` |
//! | `latchkey_db_pool_max_connections` | gauge | |

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

pub mod events;
pub mod http;

pub use http::HttpMetrics;

/// How a self-service journey failed: the `reason` of `latchkey_journeys_failed_total`.
/// Each journey counts at most once: the first four when it starts (it goes on as a
/// decoy, and nothing later counts), the others when it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JourneyFailure {
    /// Started for a name no account has.
    UnknownUser,
    /// Started for a disabled account.
    Disabled,
    /// Started for an account outside the self-service scope (group).
    OutOfScope,
    /// Started for an account without enough security info registered.
    NotRegistered,
    /// Self-service was blocked for the account on the way (too many failed checks or
    /// sends).
    Blocked,
    /// The 15 minutes ran out (seen when the person came back to it).
    Expired,
    /// The account, its security info or the policy changed under it (a newer code, an
    /// administrator's reset, a disable), so it ended.
    Invalidated,
    /// The password policy refused too many new passwords in it.
    TooManyPasswords,
}

impl JourneyFailure {
    /// Every reason, in the order they are shown.
    pub const ALL: [JourneyFailure; 8] = [
        JourneyFailure::UnknownUser,
        JourneyFailure::Disabled,
        JourneyFailure::OutOfScope,
        JourneyFailure::NotRegistered,
        JourneyFailure::Blocked,
        JourneyFailure::Expired,
        JourneyFailure::Invalidated,
        JourneyFailure::TooManyPasswords,
    ];

    /// The label value: `unknown_user`, `disabled`, `out_of_scope`, `not_registered`,
    /// `blocked`, `expired`, `invalidated` or `too_many_passwords`.
    pub fn as_str(self) -> &'static str {
        match self {
            JourneyFailure::UnknownUser => "unknown_user",
            JourneyFailure::Disabled => "disabled",
            JourneyFailure::OutOfScope => "out_of_scope",
            JourneyFailure::NotRegistered => "not_registered",
            JourneyFailure::Blocked => "blocked",
            JourneyFailure::Expired => "expired",
            JourneyFailure::Invalidated => "invalidated",
            JourneyFailure::TooManyPasswords => "too_many_passwords",
        }
    }
}

/// What a journey completed: the `intent` of `latchkey_journeys_completed_total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JourneyEnd {
    /// A new password was set.
    Reset,
    /// The account was unlocked.
    Unlock,
}

/// How a verification code went: the `result` of `latchkey_codes_total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeResult {
    /// The provider accepted it.
    Sent,
    /// Not handed to the provider: a telephony budget, a number's cool-down, the
    /// account's hourly provider calls, or a number that may not get texts or calls.
    Refused,
    /// The provider refused it or didn't accept it in time.
    Failed,
}

/// What the delivery worker handled: the `kind` of `latchkey_deliveries_total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryKind {
    /// A verification code (someone waits for it).
    Code,
    /// A notice or an alert.
    Notice,
}

/// How one try of a queued message went: the `result` of `latchkey_deliveries_total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryResult {
    /// The provider accepted it.
    Sent,
    /// A temporary failure; it will be tried again.
    Retried,
    /// Given up: it is on the administrators' Deliveries list.
    Failed,
}

const CHANNELS: [&str; 3] = ["email", "sms", "voice"];
const CODE_RESULTS: [&str; 3] = ["sent", "refused", "failed"];
const DELIVERY_KINDS: [&str; 2] = ["code", "notice"];
const DELIVERY_RESULTS: [&str; 3] = ["sent", "retried", "failed"];
/// The per-account self-service limits (see `sspr::limits`).
const ACCOUNT_LIMITS: [&str; 3] = ["verify_fail", "validation", "email_sent"];
/// The client-address and global limits (see `sspr::throttle`), and `other`.
const RATE_LIMITS: [&str; 7] = [
    "start",
    "start_without_proof",
    "send",
    "send_without_proof",
    "check",
    "help",
    "other",
];
const SCOPES: [&str; 2] = ["address", "everyone"];

/// The counters, since the process started. Share one per process (in the app state).
#[derive(Debug, Default)]
pub struct Metrics {
    /// Responses with a 2xx status.
    pub requests_2xx: AtomicU64,
    /// Responses with a 3xx status.
    pub requests_3xx: AtomicU64,
    /// Responses with a 4xx status.
    pub requests_4xx: AtomicU64,
    /// Responses with any other status (5xx, and anything below 200).
    pub requests_5xx: AtomicU64,
    /// Requests by route pattern, method and status class, with their latencies.
    pub http: HttpMetrics,
    /// Successful sign-ins.
    pub sign_in_success: AtomicU64,
    /// Sign-ins refused for a wrong username or password.
    pub sign_in_failure: AtomicU64,
    /// Sign-ins refused because the name was locked out.
    pub sign_in_locked: AtomicU64,
    /// Requests refused by a rate limit of a client address or of the whole service.
    pub rate_limited: AtomicU64,
    /// Texts and calls refused by a telephony budget or a number's cool-down.
    pub texts_refused: AtomicU64,
    /// Alerts to the global administrators about a spike in texts and calls.
    pub telephony_spike_alerts: AtomicU64,
    journeys_started: AtomicU64,
    journeys_completed: [AtomicU64; 2],
    journeys_failed: [AtomicU64; JourneyFailure::ALL.len()],
    codes: [AtomicU64; CHANNELS.len() * CODE_RESULTS.len()],
    deliveries: [AtomicU64; DELIVERY_KINDS.len() * DELIVERY_RESULTS.len()],
    sspr_blocks: [AtomicU64; ACCOUNT_LIMITS.len()],
    rate_limit_blocks: [AtomicU64; RATE_LIMITS.len() * SCOPES.len()],
    /// The last slow count of the self-service events, reused for a minute.
    pub events: events::EventCache,
}

/// What `/metrics` reads from elsewhere when it is scraped.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scrape {
    /// Hash and verify jobs the hashing pool took since start.
    pub hash_jobs: u64,
    /// Jobs the hashing pool refused because its queue was full, since start.
    pub hash_overloaded: u64,
    /// Jobs waiting in the hashing queue now.
    pub hash_queued: usize,
    /// The hashing queue's size (`password_hash.queue`).
    pub hash_queue_capacity: usize,
    /// Messages waiting in the delivery queue now; `None` when the database didn't say
    /// in time (the gauge is left out then).
    pub delivery_queue: Option<i64>,
    /// The database connection pool's use; `None` when the state has no handle on it.
    pub db_pool: Option<latchkey_store::PoolUse>,
    /// Self-service events counted from the audit log; `None` when the database didn't
    /// say in time (the family is left out then).
    pub self_service: Option<events::EventCounts>,
}

impl Metrics {
    /// Counts one response under its status class.
    pub fn count_status(&self, status: u16) {
        let c = match status {
            200..=299 => &self.requests_2xx,
            300..=399 => &self.requests_3xx,
            400..=499 => &self.requests_4xx,
            _ => &self.requests_5xx,
        };
        c.fetch_add(1, Relaxed);
    }

    /// Counts a self-service journey started (a decoy's too: it fails at once as
    /// [`JourneyFailure::UnknownUser`] or the like).
    pub fn journey_started(&self) {
        self.journeys_started.fetch_add(1, Relaxed);
    }

    /// Counts a journey that reached its end: a new password, or an unlocked account.
    pub fn journey_completed(&self, end: JourneyEnd) {
        let i = match end {
            JourneyEnd::Reset => 0,
            JourneyEnd::Unlock => 1,
        };
        self.journeys_completed[i].fetch_add(1, Relaxed);
    }

    /// Counts a journey that failed, and why.
    pub fn journey_failed(&self, why: JourneyFailure) {
        if let Some(i) = JourneyFailure::ALL.iter().position(|r| *r == why) {
            self.journeys_failed[i].fetch_add(1, Relaxed);
        }
    }

    /// Counts a verification code by `channel` (email, sms, voice) and how it went.
    pub fn code(&self, channel: latchkey_notify::Channel, result: CodeResult) {
        let c = match channel {
            latchkey_notify::Channel::Email => 0,
            latchkey_notify::Channel::Sms => 1,
            latchkey_notify::Channel::Voice => 2,
        };
        let r = match result {
            CodeResult::Sent => 0,
            CodeResult::Refused => 1,
            CodeResult::Failed => 2,
        };
        self.codes[c * CODE_RESULTS.len() + r].fetch_add(1, Relaxed);
    }

    /// Counts one try of a queued message by the delivery worker.
    pub fn delivery(&self, kind: DeliveryKind, result: DeliveryResult) {
        let k = match kind {
            DeliveryKind::Code => 0,
            DeliveryKind::Notice => 1,
        };
        let r = match result {
            DeliveryResult::Sent => 0,
            DeliveryResult::Retried => 1,
            DeliveryResult::Failed => 2,
        };
        self.deliveries[k * DELIVERY_RESULTS.len() + r].fetch_add(1, Relaxed);
    }

    /// Counts a block of self-service for an account by a per-account limit `kind`
    /// (`verify_fail`, `validation`, `email_sent`; anything else is not counted).
    pub fn sspr_block(&self, kind: &str) {
        if let Some(i) = ACCOUNT_LIMITS.iter().position(|k| *k == kind) {
            self.sspr_blocks[i].fetch_add(1, Relaxed);
        }
    }

    /// Counts a request refused by the client-address (`everyone` false) or global rate
    /// limit on `kind` (`start`, `send`, `check`, `help`, with or without proof); an
    /// unknown kind counts as `other`. Also counts `latchkey_rate_limited_total`.
    pub fn rate_limit_block(&self, kind: &str, everyone: bool) {
        let k = RATE_LIMITS
            .iter()
            .position(|x| *x == kind)
            .unwrap_or(RATE_LIMITS.len() - 1);
        self.rate_limit_blocks[k * SCOPES.len() + usize::from(everyone)].fetch_add(1, Relaxed);
        self.rate_limited.fetch_add(1, Relaxed);
    }

    /// Every metric in the text exposition format, with the gauges of `scrape`.
    pub fn render(&self, scrape: &Scrape) -> String {
        let g = |c: &AtomicU64| c.load(Relaxed);
        let mut out = String::with_capacity(16 * 1024);
        family(
            &mut out,
            "latchkey_http_requests_total",
            "counter",
            "HTTP responses by status class.",
        );
        for (class, c) in [
            ("2xx", &self.requests_2xx),
            ("3xx", &self.requests_3xx),
            ("4xx", &self.requests_4xx),
            ("5xx", &self.requests_5xx),
        ] {
            let _ = writeln!(
                out,
                "latchkey_http_requests_total{{class=\"{class}\"}} {}",
                g(c)
            );
        }
        self.http.render(&mut out);
        family(
            &mut out,
            "latchkey_sign_ins_total",
            "counter",
            "Sign-in attempts by result.",
        );
        for (result, c) in [
            ("success", &self.sign_in_success),
            ("failure", &self.sign_in_failure),
            ("locked", &self.sign_in_locked),
        ] {
            let _ = writeln!(
                out,
                "latchkey_sign_ins_total{{result=\"{result}\"}} {}",
                g(c)
            );
        }
        family(
            &mut out,
            "latchkey_journeys_started_total",
            "counter",
            "Self-service reset journeys started (names that can't reset too).",
        );
        let _ = writeln!(
            out,
            "latchkey_journeys_started_total {}",
            g(&self.journeys_started)
        );
        family(
            &mut out,
            "latchkey_journeys_completed_total",
            "counter",
            "Self-service journeys completed: a new password set (reset) or the account unlocked (unlock).",
        );
        for (intent, c) in ["reset", "unlock"].iter().zip(&self.journeys_completed) {
            let _ = writeln!(
                out,
                "latchkey_journeys_completed_total{{intent=\"{intent}\"}} {}",
                g(c)
            );
        }
        family(
            &mut out,
            "latchkey_journeys_failed_total",
            "counter",
            "Self-service journeys that failed, by reason.",
        );
        for (r, c) in JourneyFailure::ALL.iter().zip(&self.journeys_failed) {
            let _ = writeln!(
                out,
                "latchkey_journeys_failed_total{{reason=\"{}\"}} {}",
                r.as_str(),
                g(c)
            );
        }
        family(
            &mut out,
            "latchkey_codes_total",
            "counter",
            "Verification codes (reset and registration) by channel and result.",
        );
        for (i, c) in self.codes.iter().enumerate() {
            let _ = writeln!(
                out,
                "latchkey_codes_total{{channel=\"{}\",result=\"{}\"}} {}",
                CHANNELS[i / CODE_RESULTS.len()],
                CODE_RESULTS[i % CODE_RESULTS.len()],
                g(c)
            );
        }
        if let Some(e) = &scrape.self_service {
            e.render(&mut out);
        }
        self.render_capacity(&mut out, scrape);
        out
    }

    /// The hashing pool, the limits, the delivery queue and the database pool.
    fn render_capacity(&self, out: &mut String, scrape: &Scrape) {
        let g = |c: &AtomicU64| c.load(Relaxed);
        let mut one = |name: &str, kind: &str, help: &str, value: String| {
            family(out, name, kind, help);
            let _ = writeln!(out, "{name} {value}");
        };
        one(
            "latchkey_hash_overloaded_total",
            "counter",
            "Password operations refused because the hashing queue was full.",
            scrape.hash_overloaded.to_string(),
        );
        one(
            "latchkey_hash_jobs_total",
            "counter",
            "Password hash and verify jobs the hashing pool took.",
            scrape.hash_jobs.to_string(),
        );
        one(
            "latchkey_hash_queue_depth",
            "gauge",
            "Password hash and verify jobs waiting for a hashing worker.",
            scrape.hash_queued.to_string(),
        );
        one(
            "latchkey_hash_queue_capacity",
            "gauge",
            "Jobs the hashing queue holds before it refuses more (password_hash.queue).",
            scrape.hash_queue_capacity.to_string(),
        );
        one(
            "latchkey_rate_limited_total",
            "counter",
            "Requests refused by a rate limit of a client address or of the whole service.",
            g(&self.rate_limited).to_string(),
        );
        one(
            "latchkey_texts_refused_total",
            "counter",
            "Texts and calls refused by a telephony budget or a number's cool-down.",
            g(&self.texts_refused).to_string(),
        );
        one(
            "latchkey_telephony_spike_alerts_total",
            "counter",
            "Alerts to the global administrators about a spike in texts and calls.",
            g(&self.telephony_spike_alerts).to_string(),
        );
        if let Some(n) = scrape.delivery_queue {
            one(
                "latchkey_delivery_queue_depth",
                "gauge",
                "Codes and notices waiting in the delivery queue (every instance's).",
                n.to_string(),
            );
        }
        if let Some(p) = scrape.db_pool {
            one(
                "latchkey_db_pool_max_connections",
                "gauge",
                "The most connections the database pool opens (database.max_connections).",
                p.max.to_string(),
            );
            family(
                out,
                "latchkey_db_pool_connections",
                "gauge",
                "Open database connections: lent to an operation (in_use) or waiting in the pool (idle).",
            );
            let _ = writeln!(
                out,
                "latchkey_db_pool_connections{{state=\"in_use\"}} {}\n\
                 latchkey_db_pool_connections{{state=\"idle\"}} {}",
                p.open.saturating_sub(p.idle),
                p.idle
            );
        }
        family(
            out,
            "latchkey_rate_limit_blocks_total",
            "counter",
            "Requests refused by a rate limit, by the limit and its scope (one client address, or everyone).",
        );
        for (i, c) in self.rate_limit_blocks.iter().enumerate() {
            let _ = writeln!(
                out,
                "latchkey_rate_limit_blocks_total{{limit=\"{}\",scope=\"{}\"}} {}",
                RATE_LIMITS[i / SCOPES.len()],
                SCOPES[i % SCOPES.len()],
                g(c)
            );
        }
        family(
            out,
            "latchkey_sspr_blocks_total",
            "counter",
            "Accounts (and names) blocked from self-service for a day, by the limit crossed.",
        );
        for (limit, c) in ACCOUNT_LIMITS.iter().zip(&self.sspr_blocks) {
            let _ = writeln!(
                out,
                "latchkey_sspr_blocks_total{{limit=\"{limit}\"}} {}",
                g(c)
            );
        }
        family(
            out,
            "latchkey_deliveries_total",
            "counter",
            "Tries of queued codes and notices by this instance's delivery worker, by result (failed: given up).",
        );
        for (i, c) in self.deliveries.iter().enumerate() {
            let _ = writeln!(
                out,
                "latchkey_deliveries_total{{kind=\"{}\",result=\"{}\"}} {}",
                DELIVERY_KINDS[i / DELIVERY_RESULTS.len()],
                DELIVERY_RESULTS[i % DELIVERY_RESULTS.len()],
                g(c)
            );
        }
    }
}

/// Writes the `# HELP` and `# TYPE` lines of a metric family.
fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
}

/// A label value escaped for the text format: backslash, double quote and newline.
fn escape(v: &str) -> std::borrow::Cow<'_, str> {
    if v.contains(['\\', '"', '\n']) {
        v.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
            .into()
    } else {
        v.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped() {
        assert_eq!(escape("/a/{id}"), "/a/{id}");
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }

    #[test]
    fn every_labelled_counter_starts_at_zero_and_moves() {
        let m = Metrics::default();
        m.journey_failed(JourneyFailure::Expired);
        m.code(latchkey_notify::Channel::Sms, CodeResult::Refused);
        m.rate_limit_block("send_without_proof", true);
        m.rate_limit_block("something new", false);
        m.sspr_block("verify_fail");
        m.delivery(DeliveryKind::Notice, DeliveryResult::Retried);
        let out = m.render(&Scrape::default());
        for line in [
            "latchkey_journeys_failed_total{reason=\"expired\"} 1",
            "latchkey_journeys_failed_total{reason=\"blocked\"} 0",
            "latchkey_codes_total{channel=\"sms\",result=\"refused\"} 1",
            "latchkey_codes_total{channel=\"email\",result=\"sent\"} 0",
            "latchkey_rate_limit_blocks_total{limit=\"send_without_proof\",scope=\"everyone\"} 1",
            "latchkey_rate_limit_blocks_total{limit=\"other\",scope=\"address\"} 1",
            "latchkey_rate_limited_total 2",
            "latchkey_sspr_blocks_total{limit=\"verify_fail\"} 1",
            "latchkey_deliveries_total{kind=\"notice\",result=\"retried\"} 1",
        ] {
            assert!(out.contains(&format!("{line}\n")), "{line} in {out}");
        }
        // Gauges the scrape couldn't read are left out rather than shown as 0.
        assert!(!out.contains("latchkey_delivery_queue_depth"));
        assert!(!out.contains("latchkey_db_pool_connections"));
    }
}
