//! `audit_report` on both engines: the grouped counts the database computes equal those
//! counted one by one from the raw events (`audit_list`), as the reports page used to.
//! PostgreSQL as in `conformance.rs` (`LATCHKEY_TEST_PG_URL`, default
//! postgres://postgres@127.0.0.1:5432/postgres).
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use latchkey_core::audit::{AuditEvent, NewAuditEvent, Outcome, activity};
use latchkey_core::store::{AuditFilter, AuditReport, Store};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::sync::Arc;

const DAY: i64 = 86_400;
/// The first day of the period, as days since the epoch (2024-10-04).
const FIRST: i64 = 20_000;
/// The period: seven days.
const SINCE: i64 = FIRST * DAY;
const UNTIL: i64 = (FIRST + 7) * DAY;

const ACTIVITIES: [&str; 7] = [
    activity::SSPR_RESET,
    activity::SSPR_UNLOCK,
    activity::SSPR_FAILED_METHOD,
    activity::SSPR_SUBMITTED_PASSWORD,
    activity::SSPR_BLOCKED,
    activity::SIGN_IN,
    activity::CHANGE_PASSWORD,
];

/// The kinds of details events carry, reasons and methods or neither; the reason is the
/// first of `reason`, `rejected`, `method` that is a string.
fn details(k: u64) -> Value {
    match k % 14 {
        0 => json!({"method": "email"}),
        1 => json!({"method": "mobile", "reason": "destination did not match"}),
        2 => json!({"rejected": null, "method": "app"}),
        3 => json!({"rejected": "too short"}),
        4 => json!({"count": 3}),
        5 => json!({}),
        6 => json!({"reason": "", "method": "office"}),
        7 => json!({"reason": 5, "method": "questions"}),
        8 => json!(["method", "email"]),
        9 => json!("just text"),
        10 => json!({"method": {"kind": "email"}}),
        11 => json!({"reason": "Zeta", "error": "bad\u{0}byte"}),
        12 => json!({"reason": "alpha \u{e9}t\u{e9} \"quoted\""}),
        _ => json!({"method": "email", "error": "smtp: 550"}),
    }
}

/// A spread of events over eleven days around the period, its edges included, from a
/// fixed sequence so every run writes the same ones.
fn events() -> Vec<NewAuditEvent> {
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut out = Vec::new();
    for i in 0..700u64 {
        let time = match i {
            0 => SINCE,
            1 => SINCE - 1,
            2 => UNTIL - 1,
            3 => UNTIL,
            _ => (FIRST - 2) * DAY + i64::try_from(next() % (11 * DAY as u64)).expect("time"),
        };
        let a = ACTIVITIES[usize::try_from(next() % 7).expect("index")];
        let result = if next() % 3 == 0 {
            Outcome::Success
        } else {
            Outcome::Failure
        };
        out.push(NewAuditEvent {
            time,
            activity: a,
            actor: format!("user{}", i % 9),
            target: format!("user{}", i % 9),
            client_ip: "192.0.2.1".into(),
            result,
            correlation_id: format!("c{i}"),
            details: details(next()),
        });
    }
    // A tie that collations order differently ("Z" before "a" byte by byte): forty of
    // each, more than any random reason gets.
    for why in ["Zulu", "alpha"] {
        for i in 0..40 {
            out.push(NewAuditEvent {
                time: SINCE + 3600 * i,
                activity: activity::SSPR_FAILED_METHOD,
                actor: "tie".into(),
                target: "tie".into(),
                client_ip: String::new(),
                result: Outcome::Failure,
                correlation_id: String::new(),
                details: json!({"reason": why, "method": "email"}),
            });
        }
    }
    out
}

/// The reason the reports page read from an event's details.
fn reason(e: &AuditEvent) -> String {
    let why = e
        .details
        .get("reason")
        .and_then(|r| r.as_str())
        .or_else(|| e.details.get("rejected").and_then(|r| r.as_str()))
        .or_else(|| e.details.get("method").and_then(|r| r.as_str()))
        .unwrap_or("");
    if why.is_empty() {
        e.activity.clone()
    } else {
        format!("{}: {why}", e.activity)
    }
}

/// Every event of `since <= time < until`, read one by one.
async fn raw(s: &Arc<dyn Store>, since: i64, until: i64) -> Vec<AuditEvent> {
    let filter = AuditFilter {
        since: Some(since),
        until: Some(until),
        ..Default::default()
    };
    s.audit_list(&filter, 0, 100_000).await.expect("list").items
}

type DayKey = (i64, String, &'static str);

fn grouped_days(r: &AuditReport) -> BTreeMap<DayKey, u64> {
    let mut m = BTreeMap::new();
    for c in &r.per_day {
        assert!(c.count > 0, "no empty groups");
        let old = m.insert((c.day, c.activity.clone(), c.result.as_str()), c.count);
        assert!(old.is_none(), "one row per group: {c:?}");
    }
    m
}

fn counted_days(events: &[AuditEvent], activities: &[&str]) -> BTreeMap<DayKey, u64> {
    let mut m = BTreeMap::new();
    for e in events
        .iter()
        .filter(|e| activities.contains(&e.activity.as_str()))
    {
        *m.entry((e.time / DAY, e.activity.clone(), e.result.as_str()))
            .or_default() += 1;
    }
    m
}

fn counted_reasons(events: &[AuditEvent], top: usize) -> Vec<(String, u64)> {
    let mut m: BTreeMap<String, u64> = BTreeMap::new();
    for e in events.iter().filter(|e| e.result == Outcome::Failure) {
        *m.entry(reason(e)).or_default() += 1;
    }
    let mut v: Vec<(String, u64)> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(top);
    v
}

fn grouped_reasons(r: &AuditReport) -> Vec<(String, u64)> {
    r.failures.iter().map(|f| (f.label(), f.count)).collect()
}

async fn suite(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    let empty = s
        .audit_report(SINCE, UNTIL, &ACTIVITIES, 10)
        .await
        .expect("report of an empty log");
    assert_eq!(empty, AuditReport::default());
    for e in events() {
        s.audit_append(&e).await.expect("append");
    }

    // The period, then everything from its first day on (as the page asks).
    for (since, until) in [(SINCE, UNTIL), (SINCE, i64::MAX), (i64::MIN, i64::MAX)] {
        let events = raw(&s, since, until).await;
        assert!(events.len() > 300, "{since}..{until}: {}", events.len());
        let r = s
            .audit_report(since, until, &ACTIVITIES[..5], 1000)
            .await
            .expect("report");
        assert_eq!(
            grouped_days(&r),
            counted_days(&events, &ACTIVITIES[..5]),
            "{since}..{until}"
        );
        assert_eq!(
            grouped_reasons(&r),
            counted_reasons(&events, 1000),
            "{since}..{until}"
        );
    }

    let events = raw(&s, SINCE, UNTIL).await;
    let r = s
        .audit_report(SINCE, UNTIL, &ACTIVITIES, 3)
        .await
        .expect("report");
    assert_eq!(grouped_days(&r), counted_days(&events, &ACTIVITIES));
    assert_eq!(grouped_reasons(&r), counted_reasons(&events, 3));
    // The two seeded reasons lead, tied, "Z" before "a" whatever the database's collation.
    let lead: Vec<(String, u64)> = grouped_reasons(&r).into_iter().take(2).collect();
    let tied = |why: &str| (format!("{}: {why}", activity::SSPR_FAILED_METHOD), 40);
    assert_eq!(lead, [tied("Zulu"), tied("alpha")]);
    // Failures with a method and without one, of every activity.
    let all = s
        .audit_report(SINCE, UNTIL, &[], 1000)
        .await
        .expect("report");
    assert!(all.per_day.is_empty(), "no activities, no days");
    let has = |a: &str, why: &str| {
        all.failures
            .iter()
            .any(|f| f.activity == a && f.reason == why)
    };
    assert!(has(activity::SSPR_FAILED_METHOD, "email"), "{all:?}");
    assert!(
        has(activity::SIGN_IN, "app"),
        "`rejected: null` falls to the method"
    );
    assert!(has(activity::SIGN_IN, "too short"));
    assert!(
        has(activity::SIGN_IN, "questions"),
        "a reason that is no string"
    );
    assert!(
        has(activity::SIGN_IN, ""),
        "no method: the activity alone: {all:?}"
    );
    assert!(
        all.failures.iter().all(|f| f.reason != "office"),
        "an empty reason hides the method"
    );
    assert_eq!(
        all.failures.iter().map(|f| f.count).sum::<u64>(),
        events
            .iter()
            .filter(|e| e.result == Outcome::Failure)
            .count() as u64
    );
    let none = s
        .audit_report(SINCE, UNTIL, &ACTIVITIES, 0)
        .await
        .expect("report");
    assert!(none.failures.is_empty() && !none.per_day.is_empty());
    // Outside the log's days: nothing.
    let later = s
        .audit_report(UNTIL + 10 * DAY, i64::MAX, &ACTIVITIES, 10)
        .await
        .expect("report");
    assert_eq!(later, AuditReport::default());
}

#[tokio::test]
async fn grouped_counts_match_the_events_on_sqlite() {
    support::with_sqlite("report", suite).await;
}

#[tokio::test]
async fn grouped_counts_match_the_events_on_postgres() {
    support::with_postgres("report", suite).await;
}
