//! Registration changes ([`MethodCommits`]) on both engines: each is one transaction with
//! its audit events and notices, a refusal or a failure leaves nothing behind, and many
//! at once keep one method of each contact kind. PostgreSQL as in `conformance.rs`
//! (`LATCHKEY_TEST_PG_URL`, default postgres://postgres@127.0.0.1:5432/postgres).
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use latchkey_core::audit::{NewAuditEvent, Outcome, verify_chain};
use latchkey_core::directory::{Email, Profile, Role, Username};
use latchkey_core::store::{
    AuditFilter, AuthMethodRecord, CodePurpose, CodeRecord, Effects, MethodChange, MethodCommit,
    MethodKind, NewDelivery, NewUser, Store, StoreError,
};
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
        password_hash: "hash".into(),
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

/// One audit event and one notice, as an operation commits them.
fn effects(activity: &'static str, target: &str) -> Effects {
    Effects {
        audit: vec![audit(activity, target)],
        deliveries: vec![NewDelivery {
            payload: "sealed".into(),
            created_at: 100,
            ..Default::default()
        }],
    }
}

fn method(user: i64, kind: MethodKind, value: &str) -> AuthMethodRecord {
    AuthMethodRecord {
        id: 0,
        user_id: user,
        kind,
        value: value.into(),
        secret: String::new(),
        last_used_step: None,
        created_at: 100,
    }
}

fn commit(user: i64, change: MethodChange) -> MethodCommit {
    MethodCommit {
        user_id: user,
        change,
        consumes: None,
        confirm_at: None,
        first_confirmation: Vec::new(),
        revoke_access_passes: None,
    }
}

async fn count(s: &Arc<dyn Store>, activity: &str, target: &str) -> i64 {
    s.audit_list(
        &AuditFilter {
            activity: Some(activity.into()),
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

/// Add, replace, remove, answers: each with its effects and a new credential generation.
async fn changes(s: &Arc<dyn Store>) {
    let u = s.user_create(new_user("ada"), 1).await.expect("user");
    let g0 = s.user_generation(u.id).await.expect("gen");
    let q0 = s.delivery_pending().await.expect("pending");
    let add = |v: &str| commit(u.id, MethodChange::Add(method(u.id, MethodKind::Email, v)));
    assert!(
        s.method_commit(&add("a@home.example"), &effects("Added", "ada"))
            .await
            .expect("add")
    );
    // A second email replaces the first.
    assert!(
        s.method_commit(&add("b@home.example"), &effects("Added", "ada"))
            .await
            .expect("replace")
    );
    let ms = s.methods_of(u.id).await.expect("methods");
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].value, "b@home.example");
    // Apps are added beside each other.
    for name in ["Phone", "Tablet"] {
        let app = commit(u.id, MethodChange::Add(method(u.id, MethodKind::App, name)));
        assert!(
            s.method_commit(&app, &Effects::default())
                .await
                .expect("app")
        );
    }
    let ms = s.methods_of(u.id).await.expect("methods");
    assert_eq!(ms.len(), 3);
    let tablet = ms.iter().find(|m| m.value == "Tablet").expect("tablet").id;
    let remove = commit(u.id, MethodChange::Remove { id: tablet });
    assert!(
        s.method_commit(&remove, &effects("Removed", "ada"))
            .await
            .expect("remove")
    );
    assert_eq!(s.methods_of(u.id).await.expect("methods").len(), 2);
    // Gone: nothing written, not even the effects.
    assert!(
        !s.method_commit(&remove, &effects("Removed", "ada"))
            .await
            .expect("remove again")
    );
    assert_eq!(count(s, "Removed", "ada").await, 1);
    let answers = commit(
        u.id,
        MethodChange::SetAnswers(vec![
            ("q01".into(), "h1".into()),
            ("q02".into(), "h2".into()),
        ]),
    );
    assert!(
        s.method_commit(&answers, &effects("Added", "ada"))
            .await
            .expect("answers")
    );
    assert_eq!(s.answers_of(u.id).await.expect("answers").len(), 2);
    assert_eq!(count(s, "Added", "ada").await, 3);
    assert_eq!(s.delivery_pending().await.expect("pending"), q0 + 4);
    assert_eq!(
        s.user_generation(u.id).await.expect("gen"),
        g0 + 6,
        "every change that was written moved the generation, the refused one did not"
    );
    let rows = s.audit_chain(0, 100_000).await.expect("chain");
    verify_chain(rows, String::new()).expect("the events are linked into the chain");
}

/// A change that fails half-way, or for a user who is gone, leaves nothing: not the
/// generation, not the earlier answers, not its audit event or notice.
async fn failures_leave_nothing(s: &Arc<dyn Store>) {
    let u = s.user_create(new_user("bea"), 1).await.expect("user");
    s.answers_set(u.id, &[("q01".into(), "old".into())])
        .await
        .expect("answers");
    let g0 = s.user_generation(u.id).await.expect("gen");
    let q0 = s.delivery_pending().await.expect("pending");
    // The same question twice: the second insert fails after the old answers were
    // deleted and the generation bumped, inside the transaction.
    let twice = commit(
        u.id,
        MethodChange::SetAnswers(vec![("q02".into(), "a".into()), ("q02".into(), "b".into())]),
    );
    let r = s.method_commit(&twice, &effects("Added", "bea")).await;
    assert!(matches!(r, Err(StoreError::Conflict("question"))), "{r:?}");
    assert_eq!(
        s.answers_of(u.id).await.expect("answers"),
        vec![("q01".to_owned(), "old".to_owned())]
    );
    assert_eq!(s.user_generation(u.id).await.expect("gen"), g0);
    assert_eq!(count(s, "Added", "bea").await, 0, "no audit event");
    assert_eq!(
        s.delivery_pending().await.expect("pending"),
        q0,
        "no notice"
    );
    // A user who is gone.
    let gone = commit(
        i64::MAX,
        MethodChange::Add(method(i64::MAX, MethodKind::Email, "x@example.org")),
    );
    let r = s.method_commit(&gone, &effects("Added", "nobody")).await;
    assert!(matches!(r, Err(StoreError::NotFound)), "{r:?}");
    assert_eq!(count(s, "Added", "nobody").await, 0);
    let r = s
        .confirm_commit(i64::MAX, 100, &effects("Confirmed", "nobody"))
        .await;
    assert!(matches!(r, Err(StoreError::NotFound)), "{r:?}");
    assert_eq!(count(s, "Confirmed", "nobody").await, 0);
    assert_eq!(s.delivery_pending().await.expect("pending"), q0);
}

/// A pending code is used up once: of ten commits at once, one writes.
async fn consumed_once(s: &Arc<dyn Store>) {
    let u = s.user_create(new_user("cal"), 1).await.expect("user");
    let pending = CodeRecord {
        owner: format!("setup:{}", u.id),
        purpose: CodePurpose::RegisterApp,
        destination: "sealed-seed".into(),
        code_mac: String::new(),
        expires_at: 10_000,
        attempts: 0,
    };
    s.code_put(&pending).await.expect("code");
    let hs = (0..10)
        .map(|_| {
            let s = Arc::clone(s);
            let mut c = commit(
                u.id,
                MethodChange::Add(method(u.id, MethodKind::App, "Phone")),
            );
            c.consumes = Some(pending.clone());
            tokio::spawn(async move {
                s.method_commit(&c, &effects("Added", "cal"))
                    .await
                    .expect("commit")
            })
        })
        .collect();
    let wins = support::join(hs).await;
    assert_eq!(wins.iter().filter(|w| **w).count(), 1, "{wins:?}");
    assert_eq!(s.methods_of(u.id).await.expect("methods").len(), 1);
    assert_eq!(count(s, "Added", "cal").await, 1);
    assert!(
        s.code_get(&pending.owner, CodePurpose::RegisterApp)
            .await
            .expect("code")
            .is_none()
    );
    // A seed replaced meanwhile (another destination) is not used up by an old read.
    let newer = CodeRecord {
        destination: "another-seed".into(),
        ..pending.clone()
    };
    s.code_put(&newer).await.expect("code");
    let mut c = commit(
        u.id,
        MethodChange::Add(method(u.id, MethodKind::App, "Old")),
    );
    c.consumes = Some(pending);
    assert!(
        !s.method_commit(&c, &Effects::default())
            .await
            .expect("stale")
    );
    assert_eq!(s.methods_of(u.id).await.expect("methods").len(), 1);
}

/// Ten emails at once for one user: one email remains, every change audited.
async fn one_of_each_kind(s: &Arc<dyn Store>) {
    let u = s.user_create(new_user("dan"), 1).await.expect("user");
    let hs = (0..10)
        .map(|i| {
            let s = Arc::clone(s);
            let c = commit(
                u.id,
                MethodChange::Add(method(
                    u.id,
                    MethodKind::Email,
                    &format!("d{i}@home.example"),
                )),
            );
            tokio::spawn(async move {
                s.method_commit(&c, &effects("Added", "dan"))
                    .await
                    .expect("commit")
            })
        })
        .collect();
    assert!(support::join(hs).await.into_iter().all(|w| w));
    let ms = s.methods_of(u.id).await.expect("methods");
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(count(s, "Added", "dan").await, 10);
}

/// The first complete registration is audited once; later ones only move the date.
async fn confirmations(s: &Arc<dyn Store>) {
    let u = s.user_create(new_user("eve"), 1).await.expect("user");
    assert_eq!(s.user_confirmed_at(u.id).await.expect("confirmed"), None);
    for (i, at) in [200, 300].into_iter().enumerate() {
        let mut c = commit(
            u.id,
            MethodChange::Add(method(u.id, MethodKind::Mobile, &format!("+1425555010{i}"))),
        );
        c.confirm_at = Some(at);
        c.first_confirmation = vec![audit("Registered", "eve")];
        assert!(
            s.method_commit(&c, &effects("Added", "eve"))
                .await
                .expect("commit")
        );
        assert_eq!(
            s.user_confirmed_at(u.id).await.expect("confirmed"),
            Some(at)
        );
    }
    assert_eq!(count(s, "Registered", "eve").await, 1);
    s.confirm_commit(u.id, 400, &effects("Confirmed", "eve"))
        .await
        .expect("confirm");
    assert_eq!(
        s.user_confirmed_at(u.id).await.expect("confirmed"),
        Some(400)
    );
    assert_eq!(count(s, "Confirmed", "eve").await, 1);
}

/// Kinds with a limit (apps, devices with the Latchkey app, passkeys): counted inside the
/// transaction, so of many additions at once only those up to the limit are written.
async fn limits_hold_in_parallel(s: &Arc<dyn Store>) {
    let u = s.user_create(new_user("lim"), 1).await.expect("user");
    for i in 0..4 {
        let add = commit(
            u.id,
            MethodChange::Add(method(u.id, MethodKind::Push, &format!("Phone {i}"))),
        );
        assert!(
            s.method_commit(&add, &Effects::default())
                .await
                .expect("add")
        );
    }
    let mut tasks = Vec::new();
    for i in 0..3 {
        let (s, uid) = (s.clone(), u.id);
        tasks.push(tokio::spawn(async move {
            let add = commit(
                uid,
                MethodChange::Add(method(uid, MethodKind::Push, &format!("Extra {i}"))),
            );
            s.method_commit(&add, &effects("Added", "lim")).await
        }));
    }
    let (mut added, mut refused) = (0, 0);
    for t in tasks {
        match t.await.expect("task") {
            Ok(true) => added += 1,
            Err(StoreError::Refused(why)) if why == latchkey_core::store::METHOD_LIMIT => {
                refused += 1;
            }
            other => panic!("unexpected: {other:?}"),
        }
    }
    assert_eq!((added, refused), (1, 2));
    let pushes = s
        .methods_of(u.id)
        .await
        .expect("methods")
        .iter()
        .filter(|m| m.kind == MethodKind::Push)
        .count();
    assert_eq!(pushes, 5);
    // A refusal leaves nothing behind: one audit event, of the one added.
    assert_eq!(count(s, "Added", "lim").await, 1);
}

async fn all(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    changes(&s).await;
    failures_leave_nothing(&s).await;
    consumed_once(&s).await;
    one_of_each_kind(&s).await;
    confirmations(&s).await;
    limits_hold_in_parallel(&s).await;
}

#[tokio::test]
async fn sqlite_method_commits() {
    support::with_sqlite("methods", all).await;
}

#[tokio::test]
async fn postgres_method_commits() {
    support::with_postgres("methods", all).await;
}
