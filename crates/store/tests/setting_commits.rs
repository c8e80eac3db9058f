//! Settings changed with compare-and-swap ([`SettingCommits`]) on both engines, under
//! real concurrency: many read-modify-write changes at once on one pool, never sleeps.
//! Every change is stored with its audit event or refused with nothing written, so none is
//! ever lost. PostgreSQL as in `conformance.rs` (`LATCHKEY_TEST_PG_URL`, default
//! postgres://postgres@127.0.0.1:5432/postgres).
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use latchkey_core::audit::{NewAuditEvent, Outcome, verify_chain};
use latchkey_core::store::{AuditFilter, Effects, Store};
use std::sync::Arc;

fn effects(target: &str) -> Effects {
    Effects {
        audit: vec![NewAuditEvent {
            time: 100,
            activity: "Update policy",
            actor: "test".into(),
            target: target.into(),
            client_ip: String::new(),
            result: Outcome::Success,
            correlation_id: String::new(),
            details: serde_json::json!({}),
        }],
        deliveries: Vec::new(),
    }
}

async fn events(s: &Arc<dyn Store>, target: &str) -> i64 {
    s.audit_list(
        &AuditFilter {
            target: Some(target.into()),
            ..Default::default()
        },
        0,
        1,
    )
    .await
    .expect("audit")
    .total
}

/// Each rule of the swap, one at a time: absent, stale, current, several at once.
async fn swaps(s: &Arc<dyn Store>) {
    let fx = effects("swaps");
    // Expected absent: stored once, then refused.
    assert!(
        s.settings_cas_commit(&[("a", None, "1")], &fx)
            .await
            .expect("cas")
    );
    assert!(
        !s.settings_cas_commit(&[("a", None, "2")], &fx)
            .await
            .expect("cas")
    );
    assert_eq!(s.setting_get("a").await.expect("get").as_deref(), Some("1"));
    // Expected a value: only the one stored.
    assert!(
        !s.settings_cas_commit(&[("a", Some("0"), "2")], &fx)
            .await
            .expect("cas")
    );
    assert!(
        !s.settings_cas_commit(&[("b", Some("1"), "2")], &fx)
            .await
            .expect("cas")
    );
    assert_eq!(
        s.setting_get("b").await.expect("get"),
        None,
        "nothing created"
    );
    assert!(
        s.settings_cas_commit(&[("a", Some("1"), "2")], &fx)
            .await
            .expect("cas")
    );
    // Storing the same text again is a swap like any other.
    assert!(
        s.settings_cas_commit(&[("a", Some("2"), "2")], &fx)
            .await
            .expect("cas")
    );
    // Several: all or nothing, whatever their order.
    assert!(
        !s.settings_cas_commit(&[("b", None, "x"), ("a", Some("1"), "3")], &fx)
            .await
            .expect("cas")
    );
    assert_eq!(s.setting_get("a").await.expect("get").as_deref(), Some("2"));
    assert_eq!(s.setting_get("b").await.expect("get"), None, "rolled back");
    assert!(
        s.settings_cas_commit(&[("b", None, "x"), ("a", Some("2"), "3")], &fx)
            .await
            .expect("cas")
    );
    assert_eq!(s.setting_get("a").await.expect("get").as_deref(), Some("3"));
    assert_eq!(s.setting_get("b").await.expect("get").as_deref(), Some("x"));
    assert_eq!(
        events(s, "swaps").await,
        4,
        "one event per swap stored, none else"
    );
}

/// Many writers each read a counter and store it plus one, at once. Every "stored" is
/// an increment that is there at the end, with its event; a refusal writes nothing.
async fn counter_race(s: &Arc<dyn Store>, name: &'static str, retry: bool) {
    let tasks = 16;
    let hs: Vec<_> = (0..tasks)
        .map(|_| {
            let s = Arc::clone(s);
            tokio::spawn(async move {
                let mut stored = 0;
                loop {
                    let old = s.setting_get(name).await.expect("get");
                    let n: i64 = old.as_deref().map_or(0, |v| v.parse().expect("number"));
                    let new = (n + 1).to_string();
                    if s.settings_cas_commit(&[(name, old.as_deref(), &new)], &effects(name))
                        .await
                        .expect("cas never fails on contention")
                    {
                        stored += 1;
                        break;
                    }
                    if !retry {
                        break;
                    }
                }
                stored
            })
        })
        .collect();
    let mut stored = 0;
    for h in hs {
        stored += h.await.expect("task");
    }
    let n: i64 = s
        .setting_get(name)
        .await
        .expect("get")
        .map_or(0, |v| v.parse().expect("number"));
    assert_eq!(
        n, stored,
        "{name}: every change told it was stored is stored"
    );
    assert_eq!(
        events(s, name).await,
        stored,
        "{name}: one event per change"
    );
    if retry {
        assert_eq!(stored, tasks, "{name}: retried until each was stored");
    }
}

async fn all(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    swaps(&s).await;
    counter_race(&s, "once", false).await;
    counter_race(&s, "retried", true).await;
    let rows = s.audit_chain(0, 100_000).await.expect("chain");
    verify_chain(rows, String::new()).expect("the chain links every event");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_setting_commits() {
    support::with_sqlite("settings", all).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_setting_commits() {
    support::with_postgres("settings", all).await;
}
