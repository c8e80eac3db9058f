//! Audit retention on both engines, as several instances run it at once (each instance's
//! sweeper applies `audit.retention_days`): removals with different cut-offs racing each
//! other must leave the anchor exactly at the first event kept, or the log's verification
//! would report a broken chain that nobody broke. PostgreSQL as in `conformance.rs`.
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use latchkey_core::audit::{ANCHOR_SETTING, Anchor, NewAuditEvent, Outcome, activity};
use latchkey_core::store::Store;
use std::sync::Arc;

const EVENTS: i64 = 400;

async fn suite(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    for t in 1..=EVENTS {
        s.audit_append(&NewAuditEvent {
            time: t,
            activity: activity::SIGN_IN,
            actor: format!("user{t}"),
            target: format!("user{t}"),
            client_ip: "192.0.2.1".into(),
            result: Outcome::Success,
            correlation_id: String::new(),
            details: serde_json::json!({}),
        })
        .await
        .expect("append");
    }
    // Sixteen sweeps at once with rising cut-offs, as instances whose clocks differ a
    // little would run them; the one that removes least often finishes last.
    let tasks = (0..16)
        .map(|i| {
            let s = s.clone();
            tokio::spawn(async move { s.audit_retain(10 + i * 20).await.expect("retain") })
        })
        .collect();
    let removed: u64 = support::join(tasks).await.into_iter().sum();
    assert_eq!(removed, 10 + 15 * 20 - 1, "each event removed once");
    let first = s
        .audit_chain(0, 1)
        .await
        .expect("chain")
        .into_iter()
        .next()
        .expect("events kept");
    assert_eq!(
        first.time,
        10 + 15 * 20,
        "everything before the latest cut-off is gone"
    );
    let anchor: Anchor = serde_json::from_str(
        &s.setting_get(ANCHOR_SETTING)
            .await
            .expect("setting")
            .expect("an anchor was written"),
    )
    .expect("anchor JSON");
    assert_eq!(
        anchor,
        Anchor {
            before_id: first.id - 1,
            hash: first.prev_hash.clone(),
        },
        "the anchor is at the first event kept"
    );
    // Nothing older left: another sweep removes nothing and leaves the anchor alone.
    assert_eq!(s.audit_retain(10 + 15 * 20).await.expect("retain"), 0);
    assert_eq!(
        s.setting_get(ANCHOR_SETTING).await.expect("setting"),
        Some(serde_json::to_string(&anchor).expect("json"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_retention_leaves_the_anchor_at_the_first_event_kept_on_sqlite() {
    support::with_sqlite("retain", suite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_retention_leaves_the_anchor_at_the_first_event_kept_on_postgres() {
    support::with_postgres("retain", suite).await;
}
