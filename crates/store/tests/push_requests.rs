//! Requests to the Latchkey app ([`PushStore`]) on both engines: the push-bombing limit
//! holds however many requests arrive at once, an answer is a compare-and-set (one of
//! many parallel answers wins, none after expiry), it commits with its audit event, and
//! a journey counts an answer once, its follow-up is marked done once, and of parallel
//! enrolment codes for one user one stays. PostgreSQL as in `conformance.rs`
//! (`LATCHKEY_TEST_PG_URL`, default postgres://postgres@127.0.0.1:5432/postgres).
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use latchkey_core::audit::{NewAuditEvent, Outcome};
use latchkey_core::directory::{Email, Profile, Role, Username};
use latchkey_core::store::{AuditFilter, Effects, NewUser, PushRequest, PushStatus, Store};
use std::sync::Arc;

fn request(id: &str, user_id: Option<i64>, subject: &str, owner: &str, at: i64) -> PushRequest {
    PushRequest {
        id: id.into(),
        user_id,
        subject: subject.into(),
        owner: owner.into(),
        number: 42,
        client_ip: "192.0.2.1".into(),
        user_agent: "Firefox on Linux".into(),
        created_at: at,
        expires_at: at + 300,
        status: PushStatus::Pending,
        answered_at: None,
        device_id: None,
        consumed_at: None,
        followed_up_at: None,
    }
}

fn answered(target: &str) -> Effects {
    Effects {
        audit: vec![NewAuditEvent {
            time: 100,
            activity: "App notification approved",
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

async fn all(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    let u = s
        .user_create(
            NewUser {
                username: Username::parse("pia").expect("name"),
                profile: Profile {
                    first_name: "Pia".into(),
                    last_name: "P".into(),
                    display_name: "Pia P".into(),
                    email: Some(Email::parse("email", "pia@example.org").expect("email")),
                    alternate_email: None,
                    mobile_phone: None,
                    office_phone: None,
                },
                role: Role::User,
                enabled: true,
                password_hash: "hash".into(),
                must_change_password: false,
            },
            100,
        )
        .await
        .expect("user");
    let subject = format!("user:{}", u.id);

    // Ten at once under a limit of three: exactly three are stored.
    let mut hs = Vec::new();
    for i in 0..10 {
        let s = s.clone();
        let r = request(&format!("r{i}"), Some(u.id), &subject, "journey-a", 100 + i);
        hs.push(tokio::spawn(async move {
            s.push_request_create(&r, 0, 3).await.expect("create")
        }));
    }
    let stored = support::join(hs).await.into_iter().filter(|b| *b).count();
    assert_eq!(stored, 3);
    // Another subject (a decoy's) counts on its own, without a user.
    let decoy = request("d1", None, "name:ghost", "journey-d", 100);
    assert!(s.push_request_create(&decoy, 0, 3).await.expect("decoy"));
    // Outside the window, the old ones no longer count.
    let later = request("late", Some(u.id), &subject, "journey-b", 1000);
    assert!(s.push_request_create(&later, 900, 3).await.expect("later"));

    let latest = s
        .push_request_latest("journey-b")
        .await
        .expect("latest")
        .expect("one");
    assert_eq!(latest, later);
    assert!(s.push_request_get("nope").await.expect("get").is_none());

    // Ten parallel answers: one wins, with its audit event.
    let mut hs = Vec::new();
    for d in 0..10 {
        let s = s.clone();
        hs.push(tokio::spawn(async move {
            s.push_request_answer("late", PushStatus::Approved, d, 1010, &answered("pia"))
                .await
                .expect("answer")
        }));
    }
    let won = support::join(hs).await.into_iter().filter(|b| *b).count();
    assert_eq!(won, 1);
    let events = s
        .audit_list(&AuditFilter::default(), 0, 50)
        .await
        .expect("audit")
        .items
        .into_iter()
        .filter(|e| e.activity == "App notification approved")
        .count();
    assert_eq!(events, 1);
    let got = s.push_request_get("late").await.expect("get").expect("row");
    assert_eq!(got.status, PushStatus::Approved);
    assert_eq!(got.answered_at, Some(1010));
    assert!(got.device_id.is_some());
    // A second answer of another kind can't overwrite it.
    assert!(
        !s.push_request_answer("late", PushStatus::Denied, 1, 1011, &Effects::default())
            .await
            .expect("again")
    );
    // Never after expiry, never to pending.
    assert!(
        !s.push_request_answer("d1", PushStatus::Approved, 1, 400, &Effects::default())
            .await
            .expect("expired")
    );
    assert!(
        !s.push_request_answer("d1", PushStatus::Pending, 1, 101, &Effects::default())
            .await
            .expect("pending")
    );

    // Consumed once, by its own journey only, and never while pending.
    assert!(
        !s.push_request_consume("late", "journey-a", 1020)
            .await
            .expect("other")
    );
    assert!(
        s.push_request_consume("late", "journey-b", 1020)
            .await
            .expect("mine")
    );
    assert!(
        !s.push_request_consume("late", "journey-b", 1021)
            .await
            .expect("twice")
    );
    assert!(
        !s.push_request_consume("d1", "journey-d", 1020)
            .await
            .expect("pending")
    );

    // Followed up once, and never while pending.
    assert!(
        !s.push_request_followed_up("d1", 1020)
            .await
            .expect("pending")
    );
    assert!(
        s.push_request_followed_up("late", 1020)
            .await
            .expect("first")
    );
    assert!(
        !s.push_request_followed_up("late", 1021)
            .await
            .expect("twice")
    );
    assert_eq!(
        s.push_request_get("late")
            .await
            .expect("get")
            .expect("row")
            .followed_up_at,
        Some(1020)
    );

    // Answers counted by status and time.
    let first = s
        .push_request_latest("journey-a")
        .await
        .expect("a")
        .expect("row");
    assert!(
        s.push_request_answer(&first.id, PushStatus::Denied, 1, 150, &Effects::default())
            .await
            .expect("deny")
    );
    assert_eq!(
        s.push_answered_count(&subject, PushStatus::Denied, 100)
            .await
            .expect("n"),
        1
    );
    assert_eq!(
        s.push_answered_count(&subject, PushStatus::Denied, 151)
            .await
            .expect("n"),
        0
    );
    assert_eq!(
        s.push_answered_count(&subject, PushStatus::Approved, 0)
            .await
            .expect("n"),
        1
    );

    // Deleted (never delivered): counts against nothing.
    s.push_request_delete("late").await.expect("delete");
    assert!(s.push_request_get("late").await.expect("get").is_none());
    // Swept with the day's limit events.
    s.sspr_sweep(2000, 2000).await.expect("sweep");
    assert!(s.push_request_get("d1").await.expect("get").is_none());
}

/// Parallel enrolment codes for one user ("Show a QR code" twice at once): one stays.
async fn one_enrolment_code(s: Arc<dyn Store>) {
    use latchkey_core::store::{CodePurpose, CodeRecord};
    s.migrate().await.expect("migrate");
    let owners: Vec<String> = (0..8).map(|i| format!("push:{i}")).collect();
    let mut tasks = Vec::new();
    for owner in &owners {
        let (s, owner) = (s.clone(), owner.clone());
        tasks.push(tokio::spawn(async move {
            s.code_replace_for(&CodeRecord {
                owner,
                purpose: CodePurpose::Push,
                destination: "7".into(),
                code_mac: "mac".into(),
                expires_at: 2000,
                attempts: 0,
            })
            .await
        }));
    }
    for t in tasks {
        t.await.expect("task").expect("replace");
    }
    let mut live = 0;
    for owner in &owners {
        if s.code_get(owner, CodePurpose::Push)
            .await
            .expect("get")
            .is_some()
        {
            live += 1;
        }
    }
    assert_eq!(live, 1);
}

#[tokio::test]
async fn sqlite_one_enrolment_code() {
    support::with_sqlite("push_codes", one_enrolment_code).await;
}

#[tokio::test]
async fn postgres_one_enrolment_code() {
    support::with_postgres("push_codes", one_enrolment_code).await;
}

#[tokio::test]
async fn sqlite_push_requests() {
    support::with_sqlite("push", all).await;
}

#[tokio::test]
async fn postgres_push_requests() {
    support::with_postgres("push", all).await;
}
