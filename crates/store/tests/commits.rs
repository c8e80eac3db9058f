//! The transactional operations ([`Commits`]) on both engines, under real concurrency:
//! many tasks at once on one pool, never sleeps. PostgreSQL as in `conformance.rs`
//! (`LATCHKEY_TEST_PG_URL`, default postgres://postgres@127.0.0.1:5432/postgres).
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use latchkey_core::audit::{NewAuditEvent, Outcome, verify_chain};
use latchkey_core::directory::{Email, Profile, Role, Username};
use latchkey_core::journey::{Journey, Stage};
use latchkey_core::store::{
    AttemptTake, AuditFilter, AuthMethodRecord, CodeDelivery, CodePurpose, CodeRecord,
    DeliveryAlert, DeliveryState, Effects, FlowRecord, MethodKind, NewDelivery, NewUser,
    PasswordChange, SessionRecord, Store,
};
use latchkey_store::PgStore;
use rand::Rng;
use std::sync::Arc;

fn new_user(name: &str) -> NewUser {
    NewUser {
        username: Username::parse(name).expect("valid username"),
        profile: Profile {
            first_name: "First".into(),
            last_name: name.into(),
            display_name: format!("First {name}"),
            email: Some(Email::parse("email", &format!("{name}@example.org")).expect("email")),
            alternate_email: None,
            mobile_phone: None,
            office_phone: None,
        },
        role: Role::User,
        enabled: true,
        password_hash: "old-hash".into(),
        must_change_password: false,
    }
}

fn audit(activity: &'static str, target: &str) -> NewAuditEvent {
    NewAuditEvent {
        time: 100,
        activity,
        actor: "test".into(),
        target: target.into(),
        client_ip: String::new(),
        result: Outcome::Success,
        correlation_id: String::new(),
        details: serde_json::json!({}),
    }
}

fn flow(id: &str, user: i64, generation: i64) -> FlowRecord {
    FlowRecord {
        id_hash: id.into(),
        correlation_id: id.into(),
        typed: "u".into(),
        user_id: Some(user),
        journey: Journey::start(false),
        questions: Vec::new(),
        version: 0,
        generation,
        created_at: 1,
        expires_at: 10_000,
    }
}

async fn attempts(s: &Arc<dyn Store>) {
    // Twenty takers at once, at most five: exactly five are taken, counted 1..=5.
    let hs = (0..20)
        .map(|_| {
            let s = Arc::clone(s);
            tokio::spawn(async move {
                s.attempt_take("user:1", "verify_fail", 0, 5, 100)
                    .await
                    .expect("take")
            })
        })
        .collect();
    let got = support::join(hs).await;
    let mut counts: Vec<i64> = got
        .iter()
        .filter_map(|t| match t {
            AttemptTake::Taken { count, .. } => Some(*count),
            AttemptTake::Refused => None,
        })
        .collect();
    counts.sort();
    assert_eq!(counts, vec![1, 2, 3, 4, 5], "{got:?}");
    // A refund gives one back.
    let Some(AttemptTake::Taken { id, .. }) = got
        .iter()
        .find(|t| matches!(t, AttemptTake::Taken { .. }))
        .copied()
    else {
        panic!("one was taken")
    };
    s.attempt_refund(id).await.expect("refund");
    assert!(matches!(
        s.attempt_take("user:1", "verify_fail", 0, 5, 100)
            .await
            .expect("take"),
        AttemptTake::Taken { count: 5, .. }
    ));
    // Another subject is not affected; a block refuses everything.
    assert!(matches!(
        s.attempt_take("user:2", "verify_fail", 0, 5, 100)
            .await
            .expect("take"),
        AttemptTake::Taken { count: 1, .. }
    ));
    let starts = support::join(
        (0..5)
            .map(|_| {
                let s = Arc::clone(s);
                tokio::spawn(
                    async move { s.sspr_block_start("user:2", 100, 500).await.expect("block") },
                )
            })
            .collect(),
    )
    .await;
    assert_eq!(
        starts.iter().filter(|b| **b).count(),
        1,
        "one request starts the block"
    );
    assert_eq!(
        s.attempt_take("user:2", "verify_fail", 0, 5, 101)
            .await
            .expect("take"),
        AttemptTake::Refused
    );
    // Once the block is over, a new one can start.
    assert!(s.sspr_block_start("user:2", 600, 900).await.expect("block"));
}

async fn password_commits(s: &Arc<dyn Store>) {
    let u = s.user_create(new_user("pia"), 1).await.expect("user");
    s.session_create(&SessionRecord {
        id_hash: "sess".into(),
        user_id: u.id,
        created_at: 1,
        last_seen_at: 1,
        expires_at: 10_000,
        access_pass: None,
    })
    .await
    .expect("session");
    let g0 = s.user_generation(u.id).await.expect("gen");
    let mut f = flow("pf", u.id, g0);
    f.journey.stage = Stage::NewPassword;
    s.flow_create(&f).await.expect("flow");
    let mut next = f.clone();
    next.journey.stage = Stage::Done;
    // Ten at once on the same journey version: exactly one writes anything.
    let hs = (0..10)
        .map(|i| {
            let s = Arc::clone(s);
            let change = PasswordChange {
                user_id: u.id,
                hash: format!("new-hash-{i}"),
                must_change: false,
                now: 200,
                flow: Some(next.clone()),
                clear_lockout: Some("pia".into()),
                clear_subject: Some(format!("user:{}", u.id)),
                expect_role: None,
                expect_generation: Some(g0),
            };
            tokio::spawn(async move {
                let effects = Effects {
                    audit: vec![audit("Reset password (self-service)", "pia")],
                    deliveries: vec![NewDelivery {
                        payload: format!("sealed-{i}"),
                        created_at: 200,
                        ..Default::default()
                    }],
                };
                s.password_commit(&change, &effects).await.expect("commit")
            })
        })
        .collect();
    let wins = support::join(hs).await;
    assert_eq!(wins.iter().filter(|w| **w).count(), 1, "{wins:?}");
    let events = s
        .audit_list(
            &AuditFilter {
                activity: Some("Reset password (self-service)".into()),
                ..Default::default()
            },
            0,
            100,
        )
        .await
        .expect("audit");
    assert_eq!(events.total, 1, "one change, one event");
    assert_eq!(s.delivery_pending().await.expect("pending"), 1);
    assert_ne!(s.user_password_hash(u.id).await.expect("hash"), "old-hash");
    assert_eq!(
        s.password_history(u.id, 10).await.expect("history"),
        vec!["old-hash".to_owned()]
    );
    assert!(s.session_get("sess").await.is_err(), "sessions ended");
    assert_eq!(s.user_generation(u.id).await.expect("gen"), g0 + 1);
    assert_eq!(
        s.flow_get("pf").await.expect("flow").journey.stage,
        Stage::Done
    );
    // Without a journey it always applies (an admin reset).
    let admin = PasswordChange {
        user_id: u.id,
        hash: "admin-set".into(),
        must_change: true,
        now: 300,
        flow: None,
        clear_lockout: None,
        clear_subject: None,
        expect_role: Some(Role::User),
        expect_generation: None,
    };
    // What the caller expected of the user no longer holds: nothing is written.
    for stale in [
        PasswordChange {
            expect_role: Some(Role::GlobalAdmin),
            ..admin.clone()
        },
        PasswordChange {
            expect_role: None,
            expect_generation: Some(g0),
            ..admin.clone()
        },
    ] {
        assert!(
            !s.password_commit(
                &stale,
                &Effects {
                    audit: vec![audit("Stale", "pia")],
                    deliveries: Vec::new(),
                }
            )
            .await
            .expect("commit"),
            "{stale:?}"
        );
    }
    assert!(
        s.user_password_hash(u.id)
            .await
            .expect("hash")
            .starts_with("new-hash-"),
        "the stale changes wrote nothing"
    );
    assert!(
        s.audit_list(
            &AuditFilter {
                activity: Some("Stale".into()),
                ..Default::default()
            },
            0,
            1
        )
        .await
        .expect("audit")
        .items
        .is_empty(),
        "no event for a change not made"
    );
    assert!(
        s.password_commit(&admin, &Effects::default())
            .await
            .expect("commit")
    );
    assert!(s.user_get(u.id).await.expect("user").must_change_password);
}

async fn generations(s: &Arc<dyn Store>) {
    let u = s.user_create(new_user("gus"), 1).await.expect("user");
    let g = |s: Arc<dyn Store>| async move { s.user_generation(u.id).await.expect("gen") };
    let g0 = g(Arc::clone(s)).await;
    // A display name alone changes nothing; a contact field does.
    let mut p = Profile {
        first_name: u.first_name.clone(),
        last_name: u.last_name.clone(),
        display_name: u.display_name.clone(),
        email: u.email.clone(),
        alternate_email: u.alternate_email.clone(),
        mobile_phone: u.mobile_phone.clone(),
        office_phone: u.office_phone.clone(),
    };
    p.display_name = "Gus G".into();
    s.user_update_profile(u.id, &p, 2).await.expect("profile");
    assert_eq!(g(Arc::clone(s)).await, g0);
    p.alternate_email = Some(Email::parse("e", "gus@home.example").expect("email"));
    s.user_update_profile(u.id, &p, 3).await.expect("profile");
    assert_eq!(g(Arc::clone(s)).await, g0 + 1);
    // Disable, then enable: each a step.
    s.user_set_enabled(u.id, false, 4).await.expect("disable");
    s.user_set_enabled(u.id, true, 5).await.expect("enable");
    assert_eq!(g(Arc::clone(s)).await, g0 + 3);
    s.user_set_enabled(u.id, true, 5).await.expect("no change");
    assert_eq!(g(Arc::clone(s)).await, g0 + 3);
    let id = s
        .method_add(&AuthMethodRecord {
            id: 0,
            user_id: u.id,
            kind: MethodKind::Email,
            value: "gus@home.example".into(),
            secret: String::new(),
            last_used_step: None,
            created_at: 6,
        })
        .await
        .expect("method");
    assert_eq!(g(Arc::clone(s)).await, g0 + 4);
    s.method_delete(u.id, id).await.expect("delete");
    assert_eq!(g(Arc::clone(s)).await, g0 + 5);
    s.answers_set(u.id, &[("q01".into(), "h".into())])
        .await
        .expect("answers");
    assert_eq!(g(Arc::clone(s)).await, g0 + 6);
    s.user_set_password(u.id, "x", false, 7).await.expect("pw");
    assert_eq!(g(Arc::clone(s)).await, g0 + 7);
    // A new code moves the generation and the journey with it; a stale journey can't.
    let f = flow("gf", u.id, g0 + 7);
    s.flow_create(&f).await.expect("flow");
    let code = CodeRecord {
        owner: "gf".into(),
        purpose: CodePurpose::Email,
        destination: "gus@home.example".into(),
        code_mac: "m".into(),
        expires_at: 500,
        attempts: 0,
    };
    let msg = NewDelivery {
        payload: "sealed".into(),
        created_at: 100,
        ..Default::default()
    };
    let (moved, _) = s
        .code_issue(&f, &code, &msg)
        .await
        .expect("issue")
        .expect("current");
    assert_eq!(moved.generation, g0 + 8);
    assert_eq!(moved.version, 1);
    assert_eq!(s.flow_get("gf").await.expect("flow"), moved);
    assert!(
        s.code_get("gf", CodePurpose::Email)
            .await
            .expect("code")
            .is_some()
    );
    assert!(
        s.code_issue(&f, &code, &msg)
            .await
            .expect("issue")
            .is_none(),
        "a stale journey issues nothing"
    );
    assert_eq!(
        g(Arc::clone(s)).await,
        g0 + 8,
        "a refused issue bumps nothing"
    );
}

async fn audit_never_drops(s: &Arc<dyn Store>) {
    let before = s.audit_chain(0, 100_000).await.expect("chain").len();
    let hs = (0..120)
        .map(|i| {
            let s = Arc::clone(s);
            tokio::spawn(async move { s.audit_append(&audit("Parallel", &format!("t{i}"))).await })
        })
        .collect();
    for r in support::join(hs).await {
        r.expect("every event is written, however busy the log");
    }
    let rows = s.audit_chain(0, 100_000).await.expect("chain");
    assert_eq!(rows.len(), before + 120);
    verify_chain(rows, String::new()).expect("the chain links every event");
}

async fn deliveries(s: &Arc<dyn Store>) {
    let n0 = s.delivery_pending().await.expect("pending");
    let effects = Effects {
        audit: Vec::new(),
        deliveries: (0..10)
            .map(|i| NewDelivery {
                payload: format!("p{i}"),
                created_at: 1000,
                ..Default::default()
            })
            .collect(),
    };
    s.effects_commit(&effects).await.expect("queue");
    // Two workers at once: disjoint batches, nothing taken twice.
    let hs = (0..2)
        .map(|_| {
            let s = Arc::clone(s);
            tokio::spawn(async move {
                s.delivery_claim(1000, 1060, 100, false)
                    .await
                    .expect("claim")
            })
        })
        .collect();
    let batches = support::join(hs).await;
    let mut ids: Vec<i64> = batches.iter().flatten().map(|d| d.id).collect();
    let total = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), total, "no message claimed twice");
    assert_eq!(total as i64, n0 + 10);
    assert!(
        s.delivery_claim(1010, 1070, 100, false)
            .await
            .expect("claim")
            .is_empty(),
        "leased"
    );
    // Retry later; done removes.
    s.delivery_retry(ids[0], 2000, "busy").await.expect("retry");
    for id in &ids[1..] {
        s.delivery_done(*id).await.expect("done");
    }
    assert!(
        s.delivery_claim(1100, 1160, 100, false)
            .await
            .expect("claim")
            .is_empty()
    );
    let again = s
        .delivery_claim(2000, 2060, 100, false)
        .await
        .expect("claim");
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 2);
    s.delivery_done(again[0].id).await.expect("done");
    assert_eq!(s.delivery_pending().await.expect("pending"), 0);
}

/// A code that can't be sent is given up with its code deleted and its counted attempt
/// given back, in one transaction; notices given up stay listed, can be queued again or
/// dismissed; the alert is written once, with the failure that reaches the threshold.
async fn dead_letters(s: &Arc<dyn Store>) {
    let taken = match s
        .attempt_take("user:dl", "validation", 0, 5, 3000)
        .await
        .expect("take")
    {
        AttemptTake::Taken { id, .. } => id,
        AttemptTake::Refused => panic!("refused"),
    };
    let code = CodeRecord {
        owner: "dl-owner".into(),
        purpose: CodePurpose::RegisterMobile,
        destination: "+15550100".into(),
        code_mac: "mac-1".into(),
        expires_at: 3300,
        attempts: 0,
    };
    let msg = NewDelivery {
        payload: "sealed-code".into(),
        created_at: 3000,
        what: "verification_code".into(),
        target: "dl".into(),
        channel: "sms".into(),
        code: Some(CodeDelivery {
            expires_at: 3005,
            owner: "dl-owner".into(),
            purpose: CodePurpose::RegisterMobile,
            code_mac: "mac-1".into(),
            refund_event: Some(taken),
        }),
    };
    let id = s
        .code_put_commit(
            &code,
            &[CodePurpose::Email, CodePurpose::RegisterMobile],
            &msg,
        )
        .await
        .expect("queue code");
    assert_eq!(
        s.delivery_state(id).await.expect("state"),
        DeliveryState::Queued
    );
    // Notices and codes are claimed apart.
    assert!(
        s.delivery_claim(3000, 3060, 10, false)
            .await
            .expect("claim")
            .iter()
            .all(|d| d.id != id)
    );
    let claimed = s.delivery_claim(3000, 3060, 10, true).await.expect("claim");
    assert_eq!(claimed.len(), 1);
    assert_eq!(claimed[0].expires_at, 3005);
    let before = s.audit_chain(0, 100_000).await.expect("chain").len();
    let alert = DeliveryAlert {
        threshold: 2,
        since: 0,
        effects: Effects {
            audit: vec![audit("Delivery failures reported to administrators", "")],
            deliveries: Vec::new(),
        },
    };
    assert!(
        s.delivery_fail(
            id,
            3004,
            "refused",
            &[audit("Verification code could not be sent", "dl")],
            Some(&alert)
        )
        .await
        .expect("fail")
    );
    assert!(
        !s.delivery_fail(id, 3004, "again", &[], None)
            .await
            .expect("fail"),
        "given up once"
    );
    assert_eq!(
        s.delivery_state(id).await.expect("state"),
        DeliveryState::Failed("refused".into())
    );
    assert!(
        s.code_get("dl-owner", CodePurpose::RegisterMobile)
            .await
            .expect("code")
            .is_none(),
        "the code is deleted with the failure"
    );
    assert_eq!(
        s.sspr_event_count("user:dl", "validation", 0)
            .await
            .expect("count"),
        0,
        "the counted send is given back"
    );
    // A sent message is not done twice, and done does not remove a failed one.
    s.delivery_done(id).await.expect("done");
    assert!(matches!(
        s.delivery_state(id).await.expect("state"),
        DeliveryState::Failed(_)
    ));
    // A notice: the second failure reaches the threshold and writes the alert, once.
    let effects = Effects {
        audit: Vec::new(),
        deliveries: vec![
            NewDelivery {
                payload: "n1".into(),
                created_at: 3000,
                what: "password_reset_notice".into(),
                target: "dl".into(),
                channel: "email".into(),
                code: None,
            },
            NewDelivery {
                payload: "n2".into(),
                created_at: 3000,
                ..Default::default()
            },
        ],
    };
    s.effects_commit(&effects).await.expect("queue");
    let notices = s
        .delivery_claim(3000, 3060, 10, false)
        .await
        .expect("claim");
    assert_eq!(notices.len(), 2);
    for n in &notices {
        assert!(
            s.delivery_fail(n.id, 3010, "550 no such mailbox", &[], Some(&alert))
                .await
                .expect("fail")
        );
    }
    let rows = s.audit_chain(0, 100_000).await.expect("chain");
    let alerts = rows[before..]
        .iter()
        .filter(|r| r.activity == "Delivery failures reported to administrators")
        .count();
    assert_eq!(
        alerts, 1,
        "the alert is written once, when the count reaches the threshold"
    );
    let (list, total) = s.delivery_failed(0, 10).await.expect("list");
    assert!(total >= 3);
    let first = list.iter().find(|f| f.id == notices[0].id).expect("listed");
    assert_eq!(first.what, "password_reset_notice");
    assert_eq!(first.last_error, "550 no such mailbox");
    assert!(!first.is_code);
    assert!(
        list.iter()
            .find(|f| f.id == id)
            .expect("code listed")
            .is_code
    );
    // A code is never sent again; a notice is, with its tries reset.
    assert!(
        !s.delivery_resend(id, 3100, &Effects::default())
            .await
            .expect("resend")
    );
    assert!(
        s.delivery_resend(notices[0].id, 3100, &Effects::default())
            .await
            .expect("resend")
    );
    let again = s
        .delivery_claim(3100, 3160, 10, false)
        .await
        .expect("claim");
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 1);
    s.delivery_done(again[0].id).await.expect("done");
    assert_eq!(
        s.delivery_state(again[0].id).await.expect("state"),
        DeliveryState::Sent
    );
    assert!(
        s.delivery_dismiss(notices[1].id, &Effects::default())
            .await
            .expect("dismiss")
    );
    assert!(
        !s.delivery_dismiss(notices[1].id, &Effects::default())
            .await
            .expect("dismiss")
    );
    assert_eq!(
        s.delivery_prune(3011).await.expect("prune"),
        1,
        "the code's row"
    );
    s.probe_write(3200).await.expect("the probe writes");
    // Six failures at once, threshold three: they count each other, one alert.
    let effects = Effects {
        audit: Vec::new(),
        deliveries: (0..6)
            .map(|i| NewDelivery {
                payload: format!("burst-{i}"),
                created_at: 4000,
                ..Default::default()
            })
            .collect(),
    };
    s.effects_commit(&effects).await.expect("queue");
    let burst = s
        .delivery_claim(4000, 4060, 10, false)
        .await
        .expect("claim");
    assert_eq!(burst.len(), 6);
    let before = s.audit_chain(0, 100_000).await.expect("chain").len();
    let alert = Arc::new(DeliveryAlert {
        threshold: 3,
        since: 3500,
        effects: Effects {
            audit: vec![audit("Delivery failures reported to administrators", "")],
            deliveries: Vec::new(),
        },
    });
    let hs = burst
        .iter()
        .map(|d| {
            let (s, alert, id) = (Arc::clone(s), Arc::clone(&alert), d.id);
            tokio::spawn(async move {
                s.delivery_fail(id, 4001, "timeout", &[], Some(&alert))
                    .await
                    .expect("fail")
            })
        })
        .collect();
    assert!(support::join(hs).await.into_iter().all(|given_up| given_up));
    let rows = s.audit_chain(0, 100_000).await.expect("chain");
    assert_eq!(
        rows[before..]
            .iter()
            .filter(|r| r.activity == "Delivery failures reported to administrators")
            .count(),
        1,
        "parallel failures alert once"
    );
}

async fn all(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    attempts(&s).await;
    password_commits(&s).await;
    generations(&s).await;
    audit_never_drops(&s).await;
    deliveries(&s).await;
    dead_letters(&s).await;
}

#[tokio::test]
async fn sqlite_commits() {
    support::with_sqlite("commits", all).await;
}

#[tokio::test]
async fn postgres_commits() {
    support::with_postgres("commits", all).await;
}

/// Several instances starting at the same moment on an empty PostgreSQL database: every
/// one migrates (or finds it done) without an error.
#[tokio::test]
async fn postgres_instances_start_at_once_on_an_empty_database() {
    let (admin_url, admin) = support::pg_admin().await;
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b.to_owned())
        .unwrap_or(admin_url.clone());
    for _ in 0..3 {
        let db = format!("latchkey_start_{}", rand::thread_rng().r#gen::<u32>());
        sqlx::query(&format!("CREATE DATABASE {db} TEMPLATE template0"))
            .execute(admin.pool())
            .await
            .expect("create database");
        let mut tasks = Vec::new();
        for _ in 0..4 {
            let url = format!("{base}/{db}");
            tasks.push(tokio::spawn(async move {
                let s = PgStore::open(&url, 2).await.expect("connect");
                let r = s.migrate().await;
                s.pool().close().await;
                r
            }));
        }
        for t in tasks {
            t.await.expect("task").expect("every instance migrates");
        }
        sqlx::query(&format!("DROP DATABASE {db} WITH (FORCE)"))
            .execute(admin.pool())
            .await
            .expect("drop database");
    }
}
