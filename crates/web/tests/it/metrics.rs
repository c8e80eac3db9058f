//! `/metrics`: per-route histograms labelled by the route pattern (never the path), the
//! journey and code counters, the scrape-time gauges, and the whole page as valid
//! Prometheus text.

use crate::harness::{ADMIN_PW, Client, TestApp, uuid_like};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::directory::Role;
use std::collections::{BTreeMap, BTreeSet};

/// `/metrics` as Prometheus on this machine reads it (a loopback peer; no token set).
async fn scrape(c: &mut Client) -> String {
    let peer = c
        .peer
        .replace(std::net::SocketAddr::from(([127, 0, 0, 1], 40_000)));
    let r = c.get("/metrics").await;
    c.peer = peer;
    assert_eq!(r.status, StatusCode::OK);
    r.body
}

/// The value of the sample `series` (name and labels exactly as written), if present.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
        .map(|v| v.parse().expect("a number"))
}

fn count_of(text: &str, route: &str, method: &str, class: &str) -> f64 {
    sample(
        text,
        &format!(
            "latchkey_http_request_duration_seconds_count{{route=\"{route}\",method=\"{method}\",class=\"{class}\"}}"
        ),
    )
    .unwrap_or(0.0)
}

/// Every value the `route` label has on the page.
fn routes(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|l| l.split_once("route=\"")?.1.split_once('"'))
        .map(|(r, _)| r.to_owned())
        .collect()
}

#[tokio::test]
async fn requests_are_counted_by_route_pattern_never_by_path() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let id = user(&app, "admin").await.id;
    let page = format!("/admin/users/{id}");
    assert_eq!(admin.get(&page).await.status, StatusCode::OK);
    // A "this wasn't me" link carries a secret in its path.
    let secret = format!("secret{}", uuid_like());
    admin.get(&format!("/report/{secret}")).await;
    let before = scrape(&mut admin).await;
    let pattern = "/admin/users/{id}";
    assert_eq!(count_of(&before, pattern, "GET", "2xx"), 1.0, "{before}");
    assert!(
        before.contains(&format!(
            "latchkey_http_request_duration_seconds_bucket{{route=\"{pattern}\",method=\"GET\",class=\"2xx\",le=\"+Inf\"}} 1\n"
        )),
        "{before}"
    );
    assert!(
        before.contains("route=\"/report/{token}\""),
        "the report link under its pattern: {before}"
    );
    assert!(
        !before.contains(&format!("\"{page}\"")),
        "no path with an id: {before}"
    );
    assert!(!before.contains(&secret), "the link's secret: {before}");
    // The sign-in POST is under its own method.
    assert_eq!(count_of(&before, "/", "POST", "3xx"), 1.0, "{before}");

    // Counts move; an unknown path (a page or an API one) adds no label value.
    admin.get(&page).await;
    let junk = uuid_like();
    let r = admin.get(&format!("/no-such-page-{junk}")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    admin.get(&format!("/api/v1/no-such-{junk}/{junk}")).await;
    let after = scrape(&mut admin).await;
    assert_eq!(count_of(&after, pattern, "GET", "2xx"), 2.0, "{after}");
    assert_eq!(
        count_of(&after, "unmatched", "GET", "4xx") - count_of(&before, "unmatched", "GET", "4xx"),
        2.0,
        "{after}"
    );
    assert!(!after.contains(&junk), "{after}");
    let new: Vec<String> = routes(&after)
        .difference(&routes(&before))
        .cloned()
        .collect();
    // The scrape itself is the only route seen since (the first scrape was counted after
    // its page was written).
    assert!(
        new.iter().all(|r| r == "/metrics" || r == "unmatched"),
        "{new:?}"
    );
    assert!(routes(&after).iter().all(|r| !r.contains(&junk)));
    // The status-class counters of before still add up.
    assert!(sample(&after, "latchkey_http_requests_total{class=\"4xx\"}").unwrap_or(0.0) >= 2.0);
}

#[tokio::test]
async fn journeys_and_codes_are_counted() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    let m = scrape(&mut c).await;
    assert_eq!(sample(&m, "latchkey_journeys_started_total"), Some(0.0));

    start(&mut c, "mias").await;
    pass_email(&app, &mut c, "mia@home.example").await;
    let r = choose_password(&mut c, "Brand-New-Secret-22").await;
    assert_eq!(r.location(), "/reset/done");
    // A name nobody has: its journey starts and fails at once (the person sees decoys).
    let mut other = app.client();
    start(&mut other, "nobody-here").await;

    let m = scrape(&mut c).await;
    for (series, want) in [
        ("latchkey_journeys_started_total", 2.0),
        ("latchkey_journeys_completed_total{intent=\"reset\"}", 1.0),
        ("latchkey_journeys_completed_total{intent=\"unlock\"}", 0.0),
        (
            "latchkey_journeys_failed_total{reason=\"unknown_user\"}",
            1.0,
        ),
        ("latchkey_journeys_failed_total{reason=\"blocked\"}", 0.0),
        (
            "latchkey_codes_total{channel=\"email\",result=\"sent\"}",
            1.0,
        ),
        ("latchkey_codes_total{channel=\"sms\",result=\"sent\"}", 0.0),
    ] {
        assert_eq!(sample(&m, series), Some(want), "{series} in {m}");
    }
    assert_eq!(
        count_of(&m, "/reset/verify/send", "POST", "3xx"),
        1.0,
        "{m}"
    );
    assert_eq!(count_of(&m, "/reset/password", "POST", "3xx"), 1.0, "{m}");
    // The code and the notices went through this instance's delivery worker.
    assert!(
        sample(
            &m,
            "latchkey_deliveries_total{kind=\"code\",result=\"sent\"}"
        ) >= Some(1.0),
        "{m}"
    );
}

#[tokio::test]
async fn a_journey_blocked_by_wrong_codes_fails_once() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    c.post(
        "/reset/verify/send",
        &[("channel", "email"), ("destination", "mia@home.example")],
    )
    .await;
    for i in 0..5 {
        c.post(
            "/reset/verify/check",
            &[("channel", "email"), ("code", &format!("1234567{i}"))],
        )
        .await;
    }
    // Blocked already: later tries don't count the journey again.
    let r = c
        .post(
            "/reset/verify/check",
            &[("channel", "email"), ("code", "00000000")],
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
    let m = scrape(&mut c).await;
    for (series, want) in [
        ("latchkey_journeys_failed_total{reason=\"blocked\"}", 1.0),
        ("latchkey_sspr_blocks_total{limit=\"verify_fail\"}", 1.0),
        ("latchkey_journeys_completed_total{intent=\"reset\"}", 0.0),
    ] {
        assert_eq!(sample(&m, series), Some(want), "{series} in {m}");
    }
}

/// One sample line: `name{labels} value`, labels in order.
struct Sample {
    name: String,
    labels: Vec<(String, String)>,
    value: f64,
}

fn is_name(s: &str, colon: bool) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || (colon && c == ':'))
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || (colon && c == ':'))
}

/// Parses a sample line of the text format (0.0.4), or says what is wrong with it.
fn parse_sample(line: &str) -> Result<Sample, String> {
    let (series, value) = line.rsplit_once(' ').ok_or("no value")?;
    let value = match value {
        "+Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        v => v.parse::<f64>().map_err(|e| format!("value {v}: {e}"))?,
    };
    let (name, mut rest) = match series.split_once('{') {
        Some((n, r)) => (n, r.strip_suffix('}').ok_or("labels not closed")?),
        None => (series, ""),
    };
    if !is_name(name, true) {
        return Err(format!("metric name {name:?}"));
    }
    let mut labels = Vec::new();
    while !rest.is_empty() {
        let (key, after) = rest.split_once("=\"").ok_or("label without =\"")?;
        if !is_name(key, false) {
            return Err(format!("label name {key:?}"));
        }
        // The value runs to the first unescaped quote.
        let mut value = String::new();
        let mut chars = after.char_indices();
        let end = loop {
            match chars.next().ok_or("label value not closed")? {
                (_, '\\') => match chars.next().ok_or("dangling escape")?.1 {
                    'n' => value.push('\n'),
                    c @ ('\\' | '"') => value.push(c),
                    c => return Err(format!("bad escape \\{c}")),
                },
                (i, '"') => break i,
                (_, c) => value.push(c),
            }
        };
        labels.push((key.to_owned(), value));
        rest = &after[end + 1..];
        rest = match rest.strip_prefix(',') {
            Some(r) => r,
            None if rest.is_empty() => rest,
            None => return Err(format!("after a label: {rest:?}")),
        };
    }
    Ok(Sample {
        name: name.to_owned(),
        labels,
        value,
    })
}

/// One histogram series: its buckets (`le`, cumulative count), `_sum` and `_count`.
type Histogram = (Vec<(f64, f64)>, Option<f64>, Option<f64>);

/// Checks a whole page: every line a `# HELP`/`# TYPE` comment or a sample of the family
/// typed last; no series twice; histograms with ascending `le`, cumulative buckets, a
/// `+Inf` bucket equal to `_count`, and a `_sum`. Returns the samples by family.
fn parse_exposition(text: &str) -> BTreeMap<String, Vec<Sample>> {
    let mut types: BTreeMap<String, String> = BTreeMap::new();
    let mut families: BTreeMap<String, Vec<Sample>> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    let mut current: Option<(String, String)> = None;
    assert!(text.ends_with('\n'), "the page ends with a newline");
    for line in text.lines() {
        assert!(!line.is_empty(), "no blank lines in {text}");
        if let Some(rest) = line.strip_prefix("# ") {
            let mut parts = rest.splitn(3, ' ');
            let (kw, name, arg) = (parts.next(), parts.next(), parts.next());
            let name = name.unwrap_or_else(|| panic!("comment without a name: {line}"));
            assert!(is_name(name, true), "{line}");
            match kw {
                Some("HELP") => assert!(arg.is_some_and(|h| !h.is_empty()), "{line}"),
                Some("TYPE") => {
                    let kind = arg.unwrap_or_default();
                    assert!(
                        matches!(
                            kind,
                            "counter" | "gauge" | "histogram" | "summary" | "untyped"
                        ),
                        "{line}"
                    );
                    assert!(
                        types.insert(name.to_owned(), kind.to_owned()).is_none(),
                        "a family typed twice: {line}"
                    );
                    current = Some((name.to_owned(), kind.to_owned()));
                }
                _ => panic!("unknown comment: {line}"),
            }
            continue;
        }
        let s = parse_sample(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        let (family, kind) = current
            .clone()
            .unwrap_or_else(|| panic!("a sample before any TYPE: {line}"));
        let ok = match kind.as_str() {
            "histogram" => [
                format!("{family}_bucket"),
                format!("{family}_sum"),
                format!("{family}_count"),
            ]
            .contains(&s.name),
            _ => s.name == family,
        };
        assert!(ok, "{line} is not of the family {family} ({kind})");
        if kind == "counter" || s.name.ends_with("_count") || s.name.ends_with("_bucket") {
            assert!(s.value >= 0.0 && s.value.fract() == 0.0, "{line}");
        }
        let mut names: Vec<&str> = s.labels.iter().map(|(k, _)| k.as_str()).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(n, names.len(), "a label twice: {line}");
        assert!(
            seen.insert(format!("{} {:?}", s.name, s.labels)),
            "a series twice: {line}"
        );
        families.entry(family).or_default().push(s);
    }
    for (family, kind) in &types {
        if kind != "histogram" {
            continue;
        }
        // Group by the labels other than `le`.
        let mut series: BTreeMap<Vec<(String, String)>, Histogram> = BTreeMap::new();
        for s in families.get(family).into_iter().flatten() {
            let rest: Vec<(String, String)> = s
                .labels
                .iter()
                .filter(|(k, _)| k != "le")
                .cloned()
                .collect();
            let e = series.entry(rest).or_default();
            if s.name.ends_with("_bucket") {
                let le = s
                    .labels
                    .iter()
                    .find(|(k, _)| k == "le")
                    .map(|(_, v)| {
                        if v == "+Inf" {
                            f64::INFINITY
                        } else {
                            v.parse().expect("le")
                        }
                    })
                    .expect("a bucket has le");
                e.0.push((le, s.value));
            } else if s.name.ends_with("_sum") {
                e.1 = Some(s.value);
            } else {
                e.2 = Some(s.value);
            }
        }
        for (labels, (buckets, sum, count)) in series {
            assert!(
                buckets
                    .windows(2)
                    .all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1),
                "{family} {labels:?}: le ascending, counts cumulative: {buckets:?}"
            );
            assert_eq!(
                buckets.last().map(|b| b.0),
                Some(f64::INFINITY),
                "{family} {labels:?}"
            );
            assert_eq!(
                buckets.last().map(|b| b.1),
                count,
                "{family} {labels:?}: +Inf = _count"
            );
            assert!(sum.is_some_and(|s| s >= 0.0), "{family} {labels:?}: a _sum");
        }
    }
    families
}

#[tokio::test]
async fn the_whole_page_is_prometheus_text() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    pass_email(&app, &mut c, "mia@home.example").await;
    c.get("/no-such-page").await;
    c.sign_in("admin", "wrong-password-1").await;
    c = c.at_address("127.0.0.1");
    c.get("/metrics").await;
    let r = c.get("/metrics").await;
    assert_eq!(
        r.headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some("text/plain; version=0.0.4")
    );
    let families = parse_exposition(&r.body);
    for family in [
        "latchkey_http_requests_total",
        "latchkey_http_request_duration_seconds",
        "latchkey_sign_ins_total",
        "latchkey_journeys_started_total",
        "latchkey_journeys_completed_total",
        "latchkey_journeys_failed_total",
        "latchkey_codes_total",
        "latchkey_hash_jobs_total",
        "latchkey_hash_overloaded_total",
        "latchkey_hash_queue_depth",
        "latchkey_hash_queue_capacity",
        "latchkey_rate_limited_total",
        "latchkey_rate_limit_blocks_total",
        "latchkey_sspr_blocks_total",
        "latchkey_texts_refused_total",
        "latchkey_telephony_spike_alerts_total",
        "latchkey_deliveries_total",
        "latchkey_delivery_queue_depth",
        "latchkey_db_pool_connections",
        "latchkey_db_pool_max_connections",
    ] {
        assert!(families.contains_key(family), "{family} in {}", r.body);
    }
    // The dashboard in docs/ charts only what the page has.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/grafana/latchkey.json"
    );
    let dashboard: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the dashboard")).expect("JSON");
    assert!(
        dashboard["templating"]["list"]
            .as_array()
            .expect("variables")
            .iter()
            .any(|v| v["type"] == "datasource" && v["query"] == "prometheus"),
        "a Prometheus data source variable"
    );
    let mut charted = 0;
    for panel in dashboard["panels"].as_array().expect("panels") {
        for target in panel["targets"].as_array().into_iter().flatten() {
            let expr = target["expr"].as_str().expect("expr");
            for (i, _) in expr.match_indices("latchkey_") {
                let name: String = expr[i..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                let family = ["_bucket", "_count", "_sum"]
                    .iter()
                    .find_map(|s| name.strip_suffix(s).filter(|f| families.contains_key(*f)))
                    .unwrap_or(&name);
                assert!(families.contains_key(family), "{name} in {expr}");
                charted += 1;
            }
        }
    }
    assert!(charted >= 20, "{charted}");
    // The gauges read at scrape time say something sensible.
    let max = sample(&r.body, "latchkey_db_pool_max_connections").expect("pool max");
    let open = sample(&r.body, "latchkey_db_pool_connections{state=\"in_use\"}").expect("in use")
        + sample(&r.body, "latchkey_db_pool_connections{state=\"idle\"}").expect("idle");
    assert!(max >= 1.0 && open <= max, "{}", r.body);
    assert!(sample(&r.body, "latchkey_hash_queue_capacity") >= Some(1.0));
    assert_eq!(sample(&r.body, "latchkey_delivery_queue_depth"), Some(0.0));
}

#[test]
fn the_parser_refuses_what_prometheus_refuses() {
    for bad in [
        "latchkey_x{route=\"/a\"} one",
        "latchkey_x{route=\"/a} 1",
        "latchkey_x{route=\"/a\"}",
        "9latchkey 1",
        "latchkey_x{ro-ute=\"/a\"} 1",
        "latchkey_x{route=\"/a\\q\"} 1",
    ] {
        assert!(parse_sample(bad).is_err(), "{bad}");
    }
    let s = parse_sample("latchkey_x{route=\"/a/{id}\",le=\"+Inf\"} 3").expect("ok");
    assert_eq!(s.labels[0].1, "/a/{id}");
    assert_eq!(s.value, 3.0);
}

#[tokio::test]
async fn a_code_the_provider_refuses_is_counted_as_failed() {
    let app = TestApp::with_failing_delivery().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    c.post(
        "/reset/verify/send",
        &[("channel", "email"), ("destination", "mia@home.example")],
    )
    .await;
    let m = scrape(&mut c).await;
    for (series, want) in [
        (
            "latchkey_codes_total{channel=\"email\",result=\"failed\"}",
            1.0,
        ),
        (
            "latchkey_codes_total{channel=\"email\",result=\"sent\"}",
            0.0,
        ),
        (
            "latchkey_deliveries_total{kind=\"code\",result=\"failed\"}",
            1.0,
        ),
        ("latchkey_journeys_failed_total{reason=\"blocked\"}", 0.0),
    ] {
        assert_eq!(sample(&m, series), Some(want), "{series} in {m}");
    }
}

#[tokio::test]
async fn an_expired_journey_fails_once_when_its_person_comes_back() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    app.clock.advance(time::Duration::minutes(16));
    c.get("/reset/verify").await;
    c.get("/reset/verify").await;
    let m = scrape(&mut c).await;
    assert_eq!(
        sample(&m, "latchkey_journeys_failed_total{reason=\"expired\"}"),
        Some(1.0),
        "{m}"
    );
}
