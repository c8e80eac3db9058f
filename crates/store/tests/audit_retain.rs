//! Audit retention on both engines, as several instances run it at once (each instance's
//! sweeper applies `audit.retention_days`): removals racing each other, events whose time
//! is out of id order, and a log emptied entirely must all leave a chain that verifies
//! from its anchor. PostgreSQL as in `conformance.rs`.
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use latchkey_core::audit::{
    ANCHOR_SETTING, Anchor, NewAuditEvent, Outcome, activity, verify_chain,
};
use latchkey_core::store::Store;
use std::sync::Arc;

fn event(time: i64, activity: &'static str) -> NewAuditEvent {
    NewAuditEvent {
        time,
        activity,
        actor: format!("user{time}"),
        target: format!("user{time}"),
        client_ip: "192.0.2.1".into(),
        result: Outcome::Success,
        correlation_id: String::new(),
        details: serde_json::json!({"older_than_days": 1}),
    }
}

/// The anchor, and whether the chain verifies from it (how many events it checked).
async fn verified(s: &Arc<dyn Store>) -> (Anchor, Result<u64, String>) {
    let anchor: Anchor = match s.setting_get(ANCHOR_SETTING).await.expect("setting") {
        Some(j) => serde_json::from_str(&j).expect("anchor JSON"),
        None => Anchor::default(),
    };
    let rows = s
        .audit_chain(anchor.before_id, 100_000)
        .await
        .expect("chain");
    let checked = verify_chain(rows, anchor.hash.clone()).map_err(|b| format!("{b:?}"));
    (anchor, checked)
}

/// Events written at 1..=400, then sixteen sweeps at once with rising cut-offs, as
/// instances whose clocks differ a little would run them.
async fn racing(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    for t in 1..=400 {
        s.audit_append(&event(t, activity::SIGN_IN))
            .await
            .expect("append");
    }
    let tasks = (0..16)
        .map(|i| {
            let s = s.clone();
            tokio::spawn(async move {
                s.audit_retain(10 + i * 20, &event(10_000, activity::AUDIT_RETENTION))
                    .await
                    .expect("retain")
            })
        })
        .collect();
    let removed: u64 = support::join(tasks).await.into_iter().sum();
    assert_eq!(removed, 10 + 15 * 20 - 1, "each event removed once");
    let kept = s.audit_chain(0, 1).await.expect("chain");
    assert_eq!(
        kept[0].time,
        10 + 15 * 20,
        "everything before the latest cut-off is gone"
    );
    let (anchor, checked) = verified(&s).await;
    assert_eq!(anchor.before_id, kept[0].id - 1);
    let sweeps = s
        .audit_list(
            &latchkey_core::store::AuditFilter {
                activity: Some(activity::AUDIT_RETENTION.into()),
                ..Default::default()
            },
            0,
            100,
        )
        .await
        .expect("list");
    let noted: u64 = sweeps
        .items
        .iter()
        .map(|e| e.details["removed"].as_u64().expect("removed"))
        .sum();
    assert_eq!(
        noted, removed,
        "each sweep that removed something says how many, in the log"
    );
    assert_eq!(
        checked.expect("the chain verifies from its anchor"),
        (400 - removed) + sweeps.items.len() as u64
    );
}

/// A later id with an earlier time (its time was taken before it waited for its turn),
/// then a log swept empty and written to again.
async fn out_of_order_and_empty(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    for t in [100, 101, 50, 102, 103] {
        s.audit_append(&event(t, activity::SIGN_IN))
            .await
            .expect("append");
    }
    // Cut at 101: the events at 100 go; 50 sits after 101 in the chain and stays.
    let note = event(1, activity::AUDIT_RETENTION);
    assert_eq!(s.audit_retain(101, &note).await.expect("retain"), 1);
    let (_, checked) = verified(&s).await;
    assert_eq!(checked.expect("no hole inside the chain"), 5);
    // Everything goes (the retention notes too, whose time is 1), then a new event.
    assert_eq!(s.audit_retain(1_000, &note).await.expect("retain"), 5);
    assert_eq!(s.audit_retain(1_000, &note).await.expect("retain"), 1);
    s.audit_append(&event(2_000, activity::SIGN_IN))
        .await
        .expect("append");
    let (_, checked) = verified(&s).await;
    assert_eq!(checked.expect("a log swept empty verifies again"), 2);
    assert_eq!(
        s.audit_retain(1, &note).await.expect("nothing to remove"),
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_retention_keeps_the_chain_verifiable_on_sqlite() {
    support::with_sqlite("retain", racing).await;
    support::with_sqlite("retain", out_of_order_and_empty).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_retention_keeps_the_chain_verifiable_on_postgres() {
    support::with_postgres("retain", racing).await;
    support::with_postgres("retain", out_of_order_and_empty).await;
}
