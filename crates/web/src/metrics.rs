//! A handful of counters in the Prometheus text format. Atomic adds, no locks.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// Counters since the process started, served at `GET /metrics`.
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
    /// Successful sign-ins.
    pub sign_in_success: AtomicU64,
    /// Sign-ins refused for a wrong username or password.
    pub sign_in_failure: AtomicU64,
    /// Sign-ins refused because the name was locked out.
    pub sign_in_locked: AtomicU64,
    /// Password operations refused because the hashing queue was full.
    pub hash_overloaded: AtomicU64,
    /// Password hash and verify jobs the hashing pool took.
    pub hash_jobs: AtomicU64,
    /// Requests refused by a rate limit of a client address or of the whole service.
    pub rate_limited: AtomicU64,
    /// Texts and calls refused by a telephony budget or a number's cool-down.
    pub texts_refused: AtomicU64,
    /// Alerts to the global administrators about a spike in texts and calls.
    pub telephony_spike_alerts: AtomicU64,
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

    /// The counters in the Prometheus text exposition format (version 0.0.4).
    pub fn render(&self) -> String {
        let g = |c: &AtomicU64| c.load(Relaxed);
        format!(
            "# HELP latchkey_http_requests_total HTTP responses by status class.\n\
             # TYPE latchkey_http_requests_total counter\n\
             latchkey_http_requests_total{{class=\"2xx\"}} {}\n\
             latchkey_http_requests_total{{class=\"3xx\"}} {}\n\
             latchkey_http_requests_total{{class=\"4xx\"}} {}\n\
             latchkey_http_requests_total{{class=\"5xx\"}} {}\n\
             # HELP latchkey_sign_ins_total Sign-in attempts by result.\n\
             # TYPE latchkey_sign_ins_total counter\n\
             latchkey_sign_ins_total{{result=\"success\"}} {}\n\
             latchkey_sign_ins_total{{result=\"failure\"}} {}\n\
             latchkey_sign_ins_total{{result=\"locked\"}} {}\n\
             # HELP latchkey_hash_overloaded_total Password operations refused because the hashing queue was full.\n\
             # TYPE latchkey_hash_overloaded_total counter\n\
             latchkey_hash_overloaded_total {}\n\
             # HELP latchkey_hash_jobs_total Password hash and verify jobs the hashing pool took.\n\
             # TYPE latchkey_hash_jobs_total counter\n\
             latchkey_hash_jobs_total {}\n\
             # HELP latchkey_rate_limited_total Requests refused by a rate limit of a client address or of the whole service.\n\
             # TYPE latchkey_rate_limited_total counter\n\
             latchkey_rate_limited_total {}\n\
             # HELP latchkey_texts_refused_total Texts and calls refused by a telephony budget or a number's cool-down.\n\
             # TYPE latchkey_texts_refused_total counter\n\
             latchkey_texts_refused_total {}\n\
             # HELP latchkey_telephony_spike_alerts_total Alerts to the global administrators about a spike in texts and calls.\n\
             # TYPE latchkey_telephony_spike_alerts_total counter\n\
             latchkey_telephony_spike_alerts_total {}\n",
            g(&self.requests_2xx),
            g(&self.requests_3xx),
            g(&self.requests_4xx),
            g(&self.requests_5xx),
            g(&self.sign_in_success),
            g(&self.sign_in_failure),
            g(&self.sign_in_locked),
            g(&self.hash_overloaded),
            g(&self.hash_jobs),
            g(&self.rate_limited),
            g(&self.texts_refused),
            g(&self.telephony_spike_alerts),
        )
    }
}
