//! Requests by route, method and status class, with a latency histogram each: the
//! `latchkey_http_request_duration_seconds` family.
//!
//! The route is the pattern the router matched (`/admin/users/{id}`), never the path
//! itself: the label has as many values as the router has routes, plus `unmatched` for
//! every path no route matched (the 404 page) and `other` should a table of
//! [`ROUTE_SLOTS`] ever fill up. A request costs a short hash of the pattern, a probe of
//! a fixed table, and two atomic adds; no lock and no allocation once a route and
//! (method, class) pair has been seen.

use axum::http::Method;
use std::fmt::Write as _;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

use super::{escape, family};

/// The most routes the table tells apart; later ones are counted as `route="other"`.
pub const ROUTE_SLOTS: usize = 256;

/// The histogram's bucket upper bounds in microseconds: 1 ms to 10 s.
const BOUNDS_US: [u64; 13] = [
    1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000, 1_000_000, 2_500_000,
    5_000_000, 10_000_000,
];
/// [`BOUNDS_US`] as the `le` label shows them, in seconds, then `+Inf`.
const LE: [&str; 14] = [
    "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5",
    "10", "+Inf",
];
const METHODS: [&str; 8] = [
    "GET", "POST", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS", "other",
];
const CLASSES: [&str; 4] = ["2xx", "3xx", "4xx", "5xx"];

/// The status class label of `status`: `2xx`, `3xx`, `4xx`, or `5xx` for anything else
/// (5xx and the informational codes, which a finished response never has).
pub fn class_index(status: u16) -> usize {
    match status {
        200..=299 => 0,
        300..=399 => 1,
        400..=499 => 2,
        _ => 3,
    }
}

fn method_index(m: &Method) -> usize {
    match *m {
        Method::GET => 0,
        Method::POST => 1,
        Method::HEAD => 2,
        Method::PUT => 3,
        Method::PATCH => 4,
        Method::DELETE => 5,
        Method::OPTIONS => 6,
        _ => 7,
    }
}

/// One series of the histogram: non-cumulative bucket counts (the last one is `+Inf`)
/// and the sum of the durations in microseconds.
struct Cell {
    buckets: [AtomicU64; LE.len()],
    sum_us: AtomicU64,
}

impl Cell {
    fn new() -> Self {
        Self {
            buckets: std::array::from_fn(|_| AtomicU64::new(0)),
            sum_us: AtomicU64::new(0),
        }
    }
}

/// The series of one route pattern: one cell per (method, status class), made when first
/// used.
pub struct Route {
    name: Box<str>,
    cells: [OnceLock<Box<Cell>>; METHODS.len() * CLASSES.len()],
}

impl Route {
    fn new(name: &str) -> Self {
        Self {
            name: name.into(),
            cells: std::array::from_fn(|_| OnceLock::new()),
        }
    }

    /// Counts one response of this route: its method, status and the time it took.
    pub fn observe(&self, method: &Method, status: u16, took: Duration) {
        let cell = self.cells[method_index(method) * CLASSES.len() + class_index(status)]
            .get_or_init(|| Box::new(Cell::new()));
        let us = u64::try_from(took.as_micros()).unwrap_or(u64::MAX);
        let bucket = BOUNDS_US.partition_point(|b| *b < us);
        cell.buckets[bucket].fetch_add(1, Relaxed);
        cell.sum_us.fetch_add(us, Relaxed);
    }

    /// Responses counted for this route, all methods and classes together.
    pub fn count(&self) -> u64 {
        self.cells
            .iter()
            .filter_map(OnceLock::get)
            .flat_map(|c| c.buckets.iter())
            .map(|b| b.load(Relaxed))
            .sum()
    }

    fn render(&self, out: &mut String) {
        let route = escape(&self.name);
        for (i, cell) in self.cells.iter().enumerate() {
            let Some(cell) = cell.get() else { continue };
            let (method, class) = (METHODS[i / CLASSES.len()], CLASSES[i % CLASSES.len()]);
            let labels = format!("route=\"{route}\",method=\"{method}\",class=\"{class}\"");
            let mut cumulative = 0;
            for (le, b) in LE.iter().zip(&cell.buckets) {
                cumulative += b.load(Relaxed);
                let _ = writeln!(
                    out,
                    "latchkey_http_request_duration_seconds_bucket{{{labels},le=\"{le}\"}} {cumulative}"
                );
            }
            let sum = cell.sum_us.load(Relaxed) as f64 / 1e6;
            let _ = writeln!(
                out,
                "latchkey_http_request_duration_seconds_sum{{{labels}}} {sum}\n\
                 latchkey_http_request_duration_seconds_count{{{labels}}} {cumulative}"
            );
        }
    }
}

/// Every route's series: an open-addressing table of [`ROUTE_SLOTS`] slots, each taken
/// once (by the first request of its route) and never freed, so lookups need no lock.
pub struct HttpMetrics {
    slots: Box<[OnceLock<Route>]>,
    unmatched: Route,
    other: Route,
}

impl Default for HttpMetrics {
    fn default() -> Self {
        Self {
            slots: (0..ROUTE_SLOTS).map(|_| OnceLock::new()).collect(),
            unmatched: Route::new("unmatched"),
            other: Route::new("other"),
        }
    }
}

impl std::fmt::Debug for HttpMetrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpMetrics")
            .field(
                "routes",
                &self.slots.iter().filter(|s| s.get().is_some()).count(),
            )
            .finish_non_exhaustive()
    }
}

/// FNV-1a, 64 bits: enough to spread a few dozen short patterns over the table.
fn hash(s: &str) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h as usize
}

impl HttpMetrics {
    /// The series of the route pattern `matched` (from `axum::extract::MatchedPath`);
    /// `None` (no route matched) is `route="unmatched"`.
    pub fn route(&self, matched: Option<&str>) -> &Route {
        let Some(name) = matched else {
            return &self.unmatched;
        };
        let start = hash(name);
        for i in 0..ROUTE_SLOTS {
            let r =
                self.slots[(start.wrapping_add(i)) % ROUTE_SLOTS].get_or_init(|| Route::new(name));
            if *r.name == *name {
                return r;
            }
        }
        &self.other
    }

    /// The histogram family in the text format, routes in alphabetical order; only the
    /// (route, method, class) series that have counted something.
    pub fn render(&self, out: &mut String) {
        family(
            out,
            "latchkey_http_request_duration_seconds",
            "histogram",
            "Time from a request's arrival to its response, by route pattern, method and status class (the _count is the request count).",
        );
        let mut routes: Vec<&Route> = self.slots.iter().filter_map(OnceLock::get).collect();
        routes.sort_by(|a, b| a.name.cmp(&b.name));
        routes.push(&self.unmatched);
        routes.push(&self.other);
        for r in routes {
            r.render(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_cumulative_and_count_is_the_last() {
        let m = HttpMetrics::default();
        let r = m.route(Some("/reset"));
        r.observe(&Method::GET, 200, Duration::from_micros(500));
        r.observe(&Method::GET, 200, Duration::from_millis(3));
        r.observe(&Method::GET, 200, Duration::from_secs(30));
        r.observe(&Method::POST, 503, Duration::from_millis(1));
        let mut out = String::new();
        m.render(&mut out);
        let l = "route=\"/reset\",method=\"GET\",class=\"2xx\"";
        for (le, n) in [
            ("0.001", 1),
            ("0.0025", 1),
            ("0.005", 2),
            ("10", 2),
            ("+Inf", 3),
        ] {
            let line =
                format!("latchkey_http_request_duration_seconds_bucket{{{l},le=\"{le}\"}} {n}\n");
            assert!(out.contains(&line), "{line} in {out}");
        }
        assert!(out.contains(&format!(
            "latchkey_http_request_duration_seconds_count{{{l}}} 3\n"
        )));
        let sum: f64 = out
            .lines()
            .find_map(|x| {
                x.strip_prefix(&format!(
                    "latchkey_http_request_duration_seconds_sum{{{l}}} "
                ))
            })
            .and_then(|v| v.parse().ok())
            .unwrap_or_default();
        assert!((sum - 30.0035).abs() < 1e-9, "{sum}");
        // An exact bound falls in its own bucket (le is "less than or equal").
        assert!(out.contains(
            "latchkey_http_request_duration_seconds_bucket{route=\"/reset\",method=\"POST\",class=\"5xx\",le=\"0.001\"} 1\n"
        ));
        assert_eq!(r.count(), 4);
    }

    #[test]
    fn one_pattern_is_one_slot_and_a_full_table_counts_as_other() {
        let m = HttpMetrics::default();
        let a = m.route(Some("/a/{id}")) as *const Route;
        assert_eq!(a, m.route(Some("/a/{id}")) as *const Route);
        for i in 0..ROUTE_SLOTS {
            m.route(Some(&format!("/r{i}")));
        }
        assert_eq!(m.route(Some("/one-too-many")).name.as_ref(), "other");
        assert_eq!(m.route(Some("/a/{id}")).name.as_ref(), "/a/{id}");
        assert_eq!(m.route(None).name.as_ref(), "unmatched");
    }
}
