//! The faults of the reset journey, looked for in registration (`/setup`) and kept as
//! tests: parallel wrong codes, checks with no code waiting, one number as two phones,
//! removal below what a reset needs, and a change without its audit event or notice.
//! Concurrency tests run many requests at once (no sleeps) on SQLite and PostgreSQL.

use crate::harness::{Client, Resp, TestApp};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::audit::{AuditEvent, activity};
use latchkey_core::directory::{Role, User};
use latchkey_core::policy::{Method, Scope};
use latchkey_core::store::{AuditFilter, CodePurpose, MethodKind};

async fn events(app: &TestApp, act: &str, target: &str) -> Vec<AuditEvent> {
    app.state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(act.into()),
                target: Some(target.into()),
                ..Default::default()
            },
            0,
            100,
        )
        .await
        .expect("audit")
        .items
}

async fn failures(app: &TestApp, user: &User) -> i64 {
    app.state
        .store
        .sspr_event_count(&format!("user:{}", user.id), "verify_fail", 0)
        .await
        .expect("count")
}

/// Records a failed verification, as a wrong code in a reset journey does.
async fn fail_once(app: &TestApp, user: &User) {
    let now = app.state.now();
    app.state
        .store
        .attempt_take(&format!("user:{}", user.id), "verify_fail", 0, 5, now)
        .await
        .expect("take");
}

fn twin(app: &TestApp, c: &Client) -> Client {
    let mut c2 = app.client();
    c2.cookies = c.cookies.clone();
    c2.csrf = c.csrf.clone();
    c2
}

async fn send_mobile(c: &mut Client, national: &str) -> Resp {
    c.post(
        "/setup/send",
        &[
            ("kind", "mobile"),
            ("via", "sms"),
            ("country", "1"),
            ("mobile_number", national),
        ],
    )
    .await
}

/// Mia, in scope for self-service, signed in and on /setup.
async fn mia(app: &TestApp) -> (User, Client) {
    enable_for_all(app).await;
    let mia = make_user(app, "mias", Role::User, "Old-Password-111").await;
    let mut c = app.signed_in("mias", "Old-Password-111").await;
    assert_eq!(c.get("/setup").await.status, StatusCode::OK);
    (mia, c)
}

// ---------------------------------------------------------------- parallel wrong codes

/// Three failures already counted elsewhere (a reset journey), then twelve wrong codes
/// posted at once: each takes one of the account's five before its comparison, so two
/// are compared, the account is blocked once, and even the right code is refused after.
async fn parallel_wrong_codes_compare_at_most_five(app: TestApp) {
    let (mia, mut c) = mia(&app).await;
    for _ in 0..3 {
        fail_once(&app, &mia).await;
    }
    assert_eq!(
        send_mobile(&mut c, "425 555 0100").await.status,
        StatusCode::SEE_OTHER
    );
    let right = code_sent_to(&app, "+14255550100");
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    let mut tasks = Vec::new();
    for _ in 0..12 {
        let mut c2 = twin(&app, &c);
        tasks.push(tokio::spawn(async move {
            c2.post(
                "/setup/verify",
                &[("kind", "mobile"), ("mobile_code", wrong)],
            )
            .await
        }));
    }
    let mut wrong_said = 0;
    for t in tasks {
        let r = t.await.expect("task");
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        if r.body.contains("isn&#39;t right") || r.body.contains("isn't right") {
            wrong_said += 1;
        } else {
            // Blocked, or refused while the last tries were being compared.
            assert!(
                r.body.contains("Too many wrong codes") || r.body.contains("checked at once"),
                "{}",
                r.body
            );
        }
    }
    assert_eq!(failures(&app, &mia).await, 5, "never more than five");
    let rec = app
        .state
        .store
        .code_get(&format!("setup:{}", mia.id), CodePurpose::RegisterMobile)
        .await
        .expect("code")
        .expect("the code still waits");
    assert_eq!(rec.attempts, 2, "two comparisons: the fourth and the fifth");
    assert_eq!(wrong_said, 1, "the fifth failure blocks");
    assert_eq!(
        events(&app, activity::SSPR_BLOCKED, "mias").await.len(),
        1,
        "one block, recorded once"
    );
    let r = c
        .post(
            "/setup/verify",
            &[("kind", "mobile"), ("mobile_code", &right)],
        )
        .await;
    assert!(r.body.contains("Too many wrong codes"), "{}", r.body);
    assert!(
        app.state
            .store
            .methods_of(mia.id)
            .await
            .expect("methods")
            .is_empty(),
        "blocked: not even the right code registers"
    );
}

#[tokio::test]
async fn parallel_wrong_registration_codes_compare_at_most_five_sqlite() {
    parallel_wrong_codes_compare_at_most_five(TestApp::new().await).await;
}

#[tokio::test]
async fn parallel_wrong_registration_codes_compare_at_most_five_postgres() {
    parallel_wrong_codes_compare_at_most_five(TestApp::on_postgres().await).await;
}

/// A right code gives its attempt back; a wrong app code when adding an app counts.
#[tokio::test]
async fn right_codes_count_nothing_wrong_app_codes_count() {
    let app = TestApp::new().await;
    let (mia, mut c) = mia(&app).await;
    send_mobile(&mut c, "425 555 0100").await;
    let code = code_sent_to(&app, "+14255550100");
    let r = c
        .post(
            "/setup/verify",
            &[("kind", "mobile"), ("mobile_code", &code)],
        )
        .await;
    assert_eq!(r.location(), "/setup?added=1");
    assert_eq!(failures(&app, &mia).await, 0);
    let r = c.get("/setup/app").await;
    let start = r.body.find("id=\"totp-secret\">").expect("secret") + 17;
    let shown: String = r.body[start..].chars().take_while(|c| *c != '<').collect();
    let secret = latchkey_core::totp::TotpSecret::from_base32(&shown).expect("base32");
    let right = secret.code_at(app.state.now());
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    let r = c
        .post("/setup/app", &[("name", "Phone"), ("code", wrong)])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(failures(&app, &mia).await, 1, "a wrong app code counts");
    let r = c
        .post("/setup/app", &[("name", "Phone"), ("code", &right)])
        .await;
    assert_eq!(r.location(), "/setup?added=1");
    assert_eq!(
        failures(&app, &mia).await,
        1,
        "a right one gives its attempt back"
    );
}

// ---------------------------------------------------------------- nothing to compare

/// A check with no code waiting (never sent, expired, or an app setup that timed out)
/// compares nothing, counts nothing, and says to send a new code.
#[tokio::test]
async fn a_check_with_no_code_counts_nothing() {
    let app = TestApp::new().await;
    let (mia, mut c) = mia(&app).await;
    for _ in 0..8 {
        let r = c
            .post(
                "/setup/verify",
                &[("kind", "email"), ("email_code", "12345678")],
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("Send a new code"), "{}", r.body);
    }
    assert_eq!(failures(&app, &mia).await, 0);
    // Sent, then expired.
    c.post(
        "/setup/send",
        &[("kind", "email"), ("email_address", "mia@home.example")],
    )
    .await;
    let code = code_sent_to(&app, "mia@home.example");
    app.clock.advance(time::Duration::minutes(6));
    let r = c
        .post("/setup/verify", &[("kind", "email"), ("email_code", &code)])
        .await;
    assert!(r.body.contains("Send a new code"), "{}", r.body);
    assert_eq!(failures(&app, &mia).await, 0);
    // A code for another method waits: this one has none.
    send_mobile(&mut c, "425 555 0100").await;
    let r = c
        .post("/setup/verify", &[("kind", "email"), ("email_code", &code)])
        .await;
    assert!(r.body.contains("Send a new code"), "{}", r.body);
    assert_eq!(failures(&app, &mia).await, 0);
    // An app whose setup page was never opened, or timed out.
    let r = c
        .post("/setup/app", &[("name", "Phone"), ("code", "123456")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("took too long"), "{}", r.body);
    assert_eq!(failures(&app, &mia).await, 0);
    assert!(
        app.state
            .store
            .methods_of(mia.id)
            .await
            .expect("methods")
            .is_empty()
    );
}

// ---------------------------------------------------------------- one number, two phones

/// The office phone's number can't become the mobile phone: refused after the right
/// code, nothing registered, nothing counted. The same number again for the same phone
/// replaces it.
#[tokio::test]
async fn one_number_is_never_both_phones() {
    let app = TestApp::new().await;
    set_policy(&app, |p| {
        p.scope = Scope::All;
        p.methods = vec![Method::MobilePhone, Method::OfficePhone];
        p.methods_required = 2;
    })
    .await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "office", "+14255550123").await;
    let mut c = app.signed_in("mias", "Old-Password-111").await;
    send_mobile(&mut c, "(425) 555-0123").await;
    let code = code_sent_to(&app, "+14255550123");
    let r = c
        .post(
            "/setup/verify",
            &[("kind", "mobile"), ("mobile_code", &code)],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("already registered as your other phone"),
        "{}",
        r.body
    );
    let kinds: Vec<MethodKind> = app
        .state
        .store
        .methods_of(mia.id)
        .await
        .expect("methods")
        .iter()
        .map(|m| m.kind)
        .collect();
    assert_eq!(kinds, vec![MethodKind::Office]);
    assert_eq!(
        failures(&app, &mia).await,
        0,
        "the right code counts nothing"
    );
    assert!(
        events(&app, activity::REGISTERED_METHOD, "mias")
            .await
            .is_empty()
    );
    // The office phone again, same number: a replacement, still one office phone (a
    // minute later: one code a minute to a number).
    app.clock.advance(time::Duration::seconds(61));
    c.post(
        "/setup/send",
        &[
            ("kind", "office"),
            ("via", "voice"),
            ("country", "1"),
            ("office_number", "425 555 0123"),
        ],
    )
    .await;
    let code = code_sent_to(&app, "+14255550123");
    let r = c
        .post(
            "/setup/verify",
            &[("kind", "office"), ("office_code", &code)],
        )
        .await;
    assert_eq!(r.location(), "/setup?added=1");
    let methods = app.state.store.methods_of(mia.id).await.expect("methods");
    assert_eq!(methods.len(), 1);
    assert_eq!(methods[0].kind, MethodKind::Office);
}

// ---------------------------------------------------------------- removal

/// Removing the only method of a user who can reset is refused (nothing removed, no
/// event, no notice); with another method it is removed, audited and notified together.
#[tokio::test]
async fn removal_is_refused_below_the_requirement() {
    let app = TestApp::new().await;
    let (mia, mut c) = mia(&app).await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let email = app.state.store.methods_of(mia.id).await.expect("m")[0].clone();
    let queued = app.state.store.delivery_pending().await.expect("pending");
    let r = c
        .post("/setup/remove", &[("id", &email.id.to_string())])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("You need at least 1 method to reset your password"),
        "{}",
        r.body
    );
    assert_eq!(
        app.state.store.methods_of(mia.id).await.expect("m").len(),
        1
    );
    assert!(
        events(&app, activity::REMOVED_METHOD, "mias")
            .await
            .is_empty()
    );
    assert_eq!(
        app.state.store.delivery_pending().await.expect("pending"),
        queued
    );
    // Questions alone would not be enough either.
    app.state
        .store
        .answers_set(
            mia.id,
            &[
                ("q01".into(), "h".into()),
                ("q02".into(), "h".into()),
                ("q03".into(), "h".into()),
            ],
        )
        .await
        .expect("answers");
    let r = c
        .post("/setup/remove", &[("id", &email.id.to_string())])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // With a mobile phone too, the email can go.
    add_method(&app, &mia, "mobile", "+14255550100").await;
    let r = c
        .post("/setup/remove", &[("id", &email.id.to_string())])
        .await;
    assert_eq!(r.location(), "/setup?removed=1");
    let removed = events(&app, activity::REMOVED_METHOD, "mias").await;
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0].details, serde_json::json!({"method": "email"}));
    let notices: Vec<_> = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.subject.ends_with("your security info changed"))
        .collect();
    let mut to: Vec<&str> = notices.iter().map(|m| m.to.as_str()).collect();
    to.sort();
    assert_eq!(
        to,
        ["mia@home.example", "mias@home.example", "mias@work.example"],
        "to the profile addresses and to the recovery email just removed"
    );
    assert!(notices.iter().all(|m| {
        m.body
            .contains("A security method was removed from your account")
    }));
    // A method that is gone: back to the page, nothing written.
    let r = c
        .post("/setup/remove", &[("id", &email.id.to_string())])
        .await;
    assert_eq!(r.location(), "/setup");
    assert_eq!(
        events(&app, activity::REMOVED_METHOD, "mias").await.len(),
        1
    );
}

// ---------------------------------------------------------------- one transaction

/// Adding a method writes the method, its audit event, the first-registration event and
/// the notices together: all are there the moment the request returns.
#[tokio::test]
async fn adding_a_method_commits_its_event_and_notices() {
    let app = TestApp::new().await;
    let (mia, mut c) = mia(&app).await;
    c.post(
        "/setup/send",
        &[("kind", "email"), ("email_address", "mia@home.example")],
    )
    .await;
    let code = code_sent_to(&app, "mia@home.example");
    let g0 = app.state.store.user_generation(mia.id).await.expect("gen");
    let queued = app.state.store.delivery_pending().await.expect("pending");
    let r = c
        .post("/setup/verify", &[("kind", "email"), ("email_code", &code)])
        .await;
    assert_eq!(r.location(), "/setup?added=1");
    assert_eq!(
        app.state.store.delivery_pending().await.expect("pending"),
        queued + 2,
        "the notices were queued with the change"
    );
    let added = events(&app, activity::REGISTERED_METHOD, "mias").await;
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].details, serde_json::json!({"method": "email"}));
    let registered = events(&app, activity::REGISTERED, "mias").await;
    assert_eq!(registered.len(), 1);
    assert_eq!(
        registered[0].details,
        serde_json::json!({"methods": ["email"]})
    );
    assert_eq!(
        registered[0].correlation_id, added[0].correlation_id,
        "one request"
    );
    assert!(
        app.state.store.user_generation(mia.id).await.expect("gen") > g0,
        "outstanding reset journeys are void"
    );
    assert!(
        app.state
            .store
            .user_confirmed_at(mia.id)
            .await
            .expect("confirmed")
            .is_some()
    );
    let notices: Vec<_> = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.subject.ends_with("your security info changed"))
        .collect();
    let mut to: Vec<&str> = notices.iter().map(|m| m.to.as_str()).collect();
    to.sort();
    assert_eq!(to, ["mias@home.example", "mias@work.example"]);
    assert!(notices.iter().all(|m| {
        m.body
            .contains("A security method was added to your account")
    }));
    // Security answers: their event and notices; registered only once.
    let r = c
        .post(
            "/setup/questions",
            &[
                ("question_0", "q01"),
                ("answer_0", "Lisbon"),
                ("question_1", "q02"),
                ("answer_1", "Rex the dog"),
                ("question_2", "q03"),
                ("answer_2", "Blue bicycle"),
            ],
        )
        .await;
    assert_eq!(r.location(), "/setup?saved=1");
    let added = events(&app, activity::REGISTERED_METHOD, "mias").await;
    assert!(
        added
            .iter()
            .any(|e| e.details == serde_json::json!({"method": "questions", "count": 3}))
    );
    assert_eq!(events(&app, activity::REGISTERED, "mias").await.len(), 1);
    // "Looks good": confirmed and audited together.
    c.post("/setup/confirm", &[]).await;
    assert_eq!(events(&app, activity::RECONFIRMED, "mias").await.len(), 1);
}

/// The same right code posted ten times at once registers one address, once.
#[tokio::test]
async fn parallel_right_codes_register_once() {
    let app = TestApp::new().await;
    let (mia, mut c) = mia(&app).await;
    c.post(
        "/setup/send",
        &[("kind", "email"), ("email_address", "mia@home.example")],
    )
    .await;
    let code = code_sent_to(&app, "mia@home.example");
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let mut c2 = twin(&app, &c);
        let code = code.clone();
        tasks.push(tokio::spawn(async move {
            c2.post("/setup/verify", &[("kind", "email"), ("email_code", &code)])
                .await
                .location()
                .to_owned()
        }));
    }
    let mut added = 0;
    for t in tasks {
        if t.await.expect("task") == "/setup?added=1" {
            added += 1;
        }
    }
    assert_eq!(added, 1);
    assert_eq!(
        app.state.store.methods_of(mia.id).await.expect("m").len(),
        1
    );
    assert_eq!(
        events(&app, activity::REGISTERED_METHOD, "mias")
            .await
            .len(),
        1
    );
    assert_eq!(failures(&app, &mia).await, 0, "nothing was wrong");
    assert!(
        events(&app, activity::SSPR_BLOCKED, "mias")
            .await
            .is_empty(),
        "checks under way never block the account"
    );
}

/// A signed-in session that swaps the recovery email for another: the old address is
/// told, so a stolen session can't quietly take the account's recovery.
#[tokio::test]
async fn replacing_the_recovery_email_tells_the_old_address() {
    let app = TestApp::new().await;
    let (mia, mut c) = mia(&app).await;
    add_method(&app, &mia, "email", "mia.private@home.example").await;
    c.post(
        "/setup/send",
        &[
            ("kind", "email"),
            ("email_address", "attacker@evil.example"),
        ],
    )
    .await;
    let code = code_sent_to(&app, "attacker@evil.example");
    let r = c
        .post("/setup/verify", &[("kind", "email"), ("email_code", &code)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let told: Vec<String> = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.subject.ends_with("your security info changed"))
        .map(|m| m.to)
        .collect();
    assert!(
        told.iter().any(|t| t == "mia.private@home.example"),
        "the replaced recovery address is told: {told:?}"
    );
}
