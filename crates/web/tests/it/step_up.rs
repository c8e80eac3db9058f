//! Step-up before security-info changes: a session whose password was proved more than
//! ten minutes ago is sent to "Confirm it's you" (`/account/confirm`) before it may add,
//! replace or remove a method or set security answers; the password is checked as at
//! sign-in (wrong ones count toward the lockout), `next` never leaves the site, and an
//! administrator's changes to another user are not held to it.

use crate::harness::{ADMIN_PW, Client, TestApp};
use crate::sspr_support::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use latchkey_core::audit::activity;
use latchkey_core::directory::{Role, User};
use latchkey_core::store::{AuditFilter, MethodKind};
use latchkey_web::api::auth::Scope;
use latchkey_web::audit::Ctx;

const PW: &str = "Old-Password-111";
const CONFIRM: &str = "/account/confirm?next=";

/// Mia, with a recovery email and an authenticator app registered, signed in.
async fn mia(app: &TestApp) -> (User, Client) {
    enable_for_all(app).await;
    let mia = make_user(app, "mias", Role::User, PW).await;
    add_method(app, &mia, "email", "mia.old@home.example").await;
    add_app(app, &mia).await;
    let c = app.signed_in("mias", PW).await;
    (mia, c)
}

fn stale(app: &TestApp) {
    app.clock.advance(time::Duration::minutes(11));
}

async fn methods(app: &TestApp, user: &User) -> Vec<(i64, MethodKind, String)> {
    app.state
        .store
        .methods_of(user.id)
        .await
        .expect("methods")
        .into_iter()
        .map(|m| (m.id, m.kind, m.value))
        .collect()
}

async fn app_id(app: &TestApp, user: &User) -> String {
    methods(app, user)
        .await
        .iter()
        .find(|m| m.1 == MethodKind::App)
        .expect("app")
        .0
        .to_string()
}

const ANSWERS: [(&str, &str); 6] = [
    ("question_0", "q01"),
    ("answer_0", "Lisbon"),
    ("question_1", "q02"),
    ("answer_1", "Rex the dog"),
    ("question_2", "q03"),
    ("answer_2", "Blue bicycle"),
];

/// The "your security info changed" notices sent so far to `to`.
async fn notices_to(app: &TestApp, to: &str) -> Vec<String> {
    app.messages()
        .await
        .into_iter()
        .filter(|m| m.to == to && m.subject.contains("your security info changed"))
        .map(|m| m.body)
        .collect()
}

#[tokio::test]
async fn an_old_session_confirms_the_password_before_changing_security_info() {
    let app = TestApp::new().await;
    let (mia, mut c) = mia(&app).await;
    let before = methods(&app, &mia).await;
    stale(&app);
    // Reading is not held to it.
    assert_eq!(c.get("/setup").await.status, StatusCode::OK);
    assert_eq!(c.get("/account").await.status, StatusCode::OK);
    // Replacing the recovery email: neither a send nor a check gets through.
    let r = c
        .post(
            "/setup/send",
            &[
                ("kind", "email"),
                ("email_address", "attacker@evil.example"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("{CONFIRM}%2Fsetup"));
    let r = c
        .post(
            "/setup/verify",
            &[("kind", "email"), ("email_code", "12345678")],
        )
        .await;
    assert_eq!(r.location(), format!("{CONFIRM}%2Fsetup"));
    // Removing the app.
    let app_row = app_id(&app, &mia).await;
    let r = c.post("/setup/remove", &[("id", &app_row)]).await;
    assert_eq!(r.location(), format!("{CONFIRM}%2Fsetup"));
    // Adding an app: asked before the QR code is shown.
    assert_eq!(
        c.get("/setup/app").await.location(),
        format!("{CONFIRM}%2Fsetup%2Fapp")
    );
    let r = c
        .post("/setup/app", &[("name", "Phone"), ("code", "123456")])
        .await;
    assert_eq!(r.location(), format!("{CONFIRM}%2Fsetup%2Fapp"));
    // Security questions: asked before any answer is typed.
    assert_eq!(
        c.get("/setup/questions").await.location(),
        format!("{CONFIRM}%2Fsetup%2Fquestions")
    );
    let r = c.post("/setup/questions", &ANSWERS).await;
    assert_eq!(r.location(), format!("{CONFIRM}%2Fsetup%2Fquestions"));
    // Nothing changed, nothing was sent, nothing counted.
    assert_eq!(methods(&app, &mia).await, before);
    assert!(
        app.state
            .store
            .answers_of(mia.id)
            .await
            .expect("answers")
            .is_empty()
    );
    assert!(
        app.messages()
            .await
            .iter()
            .all(|m| m.to != "attacker@evil.example"),
        "no code to the new address"
    );
    // "Confirm it's you".
    let r = c.get(&format!("{CONFIRM}%2Fsetup%2Fapp")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Confirm it&#39;s you") || r.body.contains("Confirm it's you"));
    assert!(r.body.contains(
        "For your security, enter your password again before you change your security info."
    ));
    assert!(
        r.body.contains("name=\"next\" value=\"/setup/app\""),
        "{}",
        r.body
    );
    let old_cookie = c.session_cookie().expect("cookie");
    let r = c
        .post(
            "/account/confirm",
            &[("password", PW), ("next", "/setup/app")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/setup/app");
    let new_cookie = c.session_cookie().expect("cookie");
    assert_ne!(new_cookie, old_cookie, "a new session id at step-up");
    let mut thief = app.client();
    thief
        .cookies
        .insert("latchkey-session".into(), old_cookie.clone());
    assert_eq!(
        thief.get("/setup").await.location(),
        "/",
        "the old session ended"
    );
    let signins = app
        .state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(activity::SIGN_IN.into()),
                target: Some("mias".into()),
                ..AuditFilter::default()
            },
            0,
            10,
        )
        .await
        .expect("audit");
    assert!(
        signins
            .items
            .iter()
            .any(|e| e.details["step_up"] == true && e.actor == "mias"),
        "the confirmation is audited as a sign-in with step_up"
    );
    // Now the changes go through: the recovery email is replaced and its previous
    // address hears of it.
    assert_eq!(c.get("/setup/app").await.status, StatusCode::OK);
    let r = c
        .post(
            "/setup/send",
            &[("kind", "email"), ("email_address", "mia.new@home.example")],
        )
        .await;
    assert_eq!(r.location(), "/setup");
    let code = code_sent_to(&app, "mia.new@home.example");
    let r = c
        .post("/setup/verify", &[("kind", "email"), ("email_code", &code)])
        .await;
    assert_eq!(r.location(), "/setup?added=1");
    assert!(
        methods(&app, &mia)
            .await
            .iter()
            .any(|m| m.1 == MethodKind::Email && m.2 == "mia.new@home.example")
    );
    let told = notices_to(&app, "mia.old@home.example").await;
    assert_eq!(told.len(), 1, "the previous address is told: {told:?}");
    // Removing the app is told to the recovery email, and to the profile's addresses.
    let r = c.post("/setup/remove", &[("id", &app_row)]).await;
    assert_eq!(r.location(), "/setup?removed=1");
    assert!(
        !methods(&app, &mia)
            .await
            .iter()
            .any(|m| m.1 == MethodKind::App)
    );
    for to in [
        "mia.new@home.example",
        "mias@home.example",
        "mias@work.example",
    ] {
        assert!(
            notices_to(&app, to)
                .await
                .iter()
                .any(|b| b.contains("A security method was removed")),
            "{to} is told of the removal"
        );
    }
    // Security answers.
    assert_eq!(c.get("/setup/questions").await.status, StatusCode::OK);
    let r = c.post("/setup/questions", &ANSWERS).await;
    assert_eq!(r.location(), "/setup?saved=1");
    assert_eq!(
        app.state.store.answers_of(mia.id).await.expect("a").len(),
        3
    );
    // Ten minutes later, the proof is old again.
    stale(&app);
    let r = c.post("/setup/remove", &[("id", "questions")]).await;
    assert_eq!(r.location(), format!("{CONFIRM}%2Fsetup"));
    assert_eq!(
        app.state.store.answers_of(mia.id).await.expect("a").len(),
        3
    );
}

#[tokio::test]
async fn adding_an_app_after_confirming_notifies_the_recovery_email() {
    let app = TestApp::new().await;
    let (mia, mut c) = mia(&app).await;
    stale(&app);
    assert!(c.get("/setup/app").await.location().starts_with(CONFIRM));
    c.post(
        "/account/confirm",
        &[("password", PW), ("next", "/setup/app")],
    )
    .await;
    let r = c.get("/setup/app").await;
    let start = r.body.find("id=\"totp-secret\">").expect("secret") + 17;
    let shown: String = r.body[start..].chars().take_while(|c| *c != '<').collect();
    let secret = latchkey_core::totp::TotpSecret::from_base32(&shown).expect("base32");
    let r = c
        .post(
            "/setup/app",
            &[
                ("name", "Work phone"),
                ("code", &secret.code_at(app.state.now())),
            ],
        )
        .await;
    assert_eq!(r.location(), "/setup?added=1");
    assert_eq!(
        methods(&app, &mia)
            .await
            .iter()
            .filter(|m| m.1 == MethodKind::App)
            .count(),
        2
    );
    assert!(
        notices_to(&app, "mia.old@home.example")
            .await
            .iter()
            .any(|b| b.contains("A security method was added"))
    );
}

#[tokio::test]
async fn the_first_registration_after_sign_in_is_not_interrupted() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let new = make_user(&app, "nora", Role::User, PW).await;
    let mut c = app.signed_in("nora", PW).await;
    assert_eq!(c.get("/account").await.location(), "/setup");
    // Within the ten minutes of the sign-in.
    app.clock.advance(time::Duration::minutes(9));
    let r = c
        .post(
            "/setup/send",
            &[("kind", "email"), ("email_address", "nora@home.example")],
        )
        .await;
    assert_eq!(r.location(), "/setup", "{}", r.body);
    let code = code_sent_to(&app, "nora@home.example");
    let r = c
        .post("/setup/verify", &[("kind", "email"), ("email_code", &code)])
        .await;
    assert_eq!(r.location(), "/setup?added=1");
    assert_eq!(methods(&app, &new).await.len(), 1);
    assert_eq!(c.get("/account").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_wrong_password_at_confirm_unlocks_nothing_and_counts_toward_the_lockout() {
    let app = TestApp::new().await;
    let (mia, mut c) = mia(&app).await;
    let before = methods(&app, &mia).await;
    stale(&app);
    let cookie = c.session_cookie();
    let r = c
        .post("/account/confirm", &[("password", ""), ("next", "/setup")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("Enter your password."));
    let r = c
        .post(
            "/account/confirm",
            &[("password", "Guess-Number-0"), ("next", "/setup")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(
        r.body.contains("That password isn&#39;t right")
            || r.body.contains("That password isn't right")
    );
    assert!(!r.body.contains("Guess-Number-0"), "never shown back");
    assert_eq!(c.session_cookie(), cookie, "no new session");
    let key = latchkey_web::auth::lockout_key("mias");
    assert_eq!(
        app.state.store.lockout_get(&key).await.expect("l").failures,
        1
    );
    let app_row = app_id(&app, &mia).await;
    let r = c.post("/setup/remove", &[("id", &app_row)]).await;
    assert!(r.location().starts_with(CONFIRM), "still asked");
    // Ten wrong passwords lock the name, as at sign-in.
    let mut last = String::new();
    for i in 1..10 {
        last = c
            .post(
                "/account/confirm",
                &[
                    ("password", &format!("Guess-Number-{i}")),
                    ("next", "/setup"),
                ],
            )
            .await
            .body;
    }
    let locked = &latchkey_web::pages::signin::locked();
    assert!(
        last.replace("&#39;", "'").contains(locked),
        "the sign-in page's words: {last}"
    );
    // Locked: even the right password doesn't confirm, and sign-in is locked too.
    let r = c
        .post("/account/confirm", &[("password", PW), ("next", "/setup")])
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.replace("&#39;", "'").contains(locked));
    assert_eq!(c.session_cookie(), cookie);
    let r = app.client().sign_in("mias", PW).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = c.post("/setup/remove", &[("id", &app_row)]).await;
    assert!(r.location().starts_with(CONFIRM));
    assert_eq!(methods(&app, &mia).await, before);
    // Once the lock ends, the right password confirms and clears the count.
    app.clock.advance(time::Duration::seconds(61));
    let r = c
        .post("/account/confirm", &[("password", PW), ("next", "/setup")])
        .await;
    assert_eq!(r.location(), "/setup", "{}", r.body);
    assert_eq!(
        app.state.store.lockout_get(&key).await.expect("l").failures,
        0
    );
    let r = c.post("/setup/remove", &[("id", &app_row)]).await;
    assert_eq!(r.location(), "/setup?removed=1");
}

#[tokio::test]
async fn next_never_leaves_the_site() {
    let app = TestApp::new().await;
    let (_, mut c) = mia(&app).await;
    for (next, to) in [
        ("https://evil.example/", "/setup"),
        ("//evil.example", "/setup"),
        ("/\\evil.example", "/setup"),
        ("/admin", "/setup"),
        // Encoded dots would take the browser out of /setup.
        ("/setup/%2e%2e/admin/users/new", "/setup"),
        ("", "/setup"),
        ("/setup/questions", "/setup/questions"),
        ("/account", "/account"),
    ] {
        let query = serde_urlencoded::to_string([("next", next)]).expect("query");
        let r = c.get(&format!("/account/confirm?{query}")).await;
        assert_eq!(r.status, StatusCode::OK, "{next}");
        assert!(
            r.body.contains(&format!("name=\"next\" value=\"{to}\"")),
            "{next}: {}",
            r.body
        );
        let r = c
            .post("/account/confirm", &[("password", PW), ("next", next)])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{next}");
        assert_eq!(r.location(), to, "{next}");
    }
    // Unencoded in the query string, too.
    let r = c.get("/account/confirm?next=//evil.example").await;
    assert!(r.body.contains("name=\"next\" value=\"/setup\""));
    // Signed out: to sign-in.
    assert_eq!(
        app.client()
            .get("/account/confirm?next=/setup")
            .await
            .location(),
        "/"
    );
}

#[tokio::test]
async fn an_administrator_removing_another_users_method_is_not_asked() {
    let app = TestApp::new().await;
    let (mia, _) = mia(&app).await;
    let admin = user(&app, "admin").await;
    let _portal = app.signed_in("admin", ADMIN_PW).await;
    let ctx = Ctx {
        actor: "test".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    };
    let token = latchkey_web::api::tokens::create(&app.state, &ctx, &admin, "t", Scope::Write)
        .await
        .expect("token")
        .token
        .expose()
        .to_owned();
    stale(&app);
    let app_row = app_id(&app, &mia).await;
    let req = Request::builder()
        .method("DELETE")
        .uri(format!("/api/v1/users/{}/methods/{app_row}", mia.id))
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .expect("request");
    let r = app.client().send(req).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    assert!(
        !methods(&app, &mia)
            .await
            .iter()
            .any(|m| m.1 == MethodKind::App)
    );
    // The API's words for a step-up, should a self-service route ever need one.
    let e =
        latchkey_web::error::ApiError::from(latchkey_web::service::ServiceError::StepUpRequired);
    assert_eq!(
        (e.status, e.code),
        (StatusCode::FORBIDDEN, "step_up_required")
    );
}

#[tokio::test]
async fn replacing_the_mobile_number_texts_the_old_one_and_the_emails_carry_a_report_link() {
    let app = TestApp::new().await;
    let (mia, mut c) = mia(&app).await;
    add_method(&app, &mia, "mobile", "+14255550123").await;
    c.get("/setup").await;
    let r = c
        .post(
            "/setup/send",
            &[
                ("kind", "mobile"),
                ("via", "sms"),
                ("country", "1"),
                ("mobile_number", "425 555 0199"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let code = code_sent_to(&app, "+14255550199");
    let r = c
        .post(
            "/setup/verify",
            &[("kind", "mobile"), ("mobile_code", &code)],
        )
        .await;
    assert_eq!(r.location(), "/setup?added=1", "{}", r.body);
    let to_old: Vec<String> = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.to == "+14255550123")
        .map(|m| m.body)
        .collect();
    assert_eq!(to_old.len(), 1, "{to_old:?}");
    assert!(to_old[0].contains("was changed or removed"), "{to_old:?}");
    let emails = notices_to(&app, "mia.old@home.example").await;
    assert!(
        emails.last().is_some_and(|b| b.contains("/report/")),
        "a \"this wasn't me\" link: {emails:?}"
    );
}

#[tokio::test]
async fn an_administrator_changes_their_own_contacts_and_methods_only_on_my_account() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let boss = make_user(&app, "boss", Role::GlobalAdmin, PW).await;
    add_method(&app, &boss, "email", "boss@home.example").await;
    let ctx = Ctx {
        actor: "test".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    };
    let token = latchkey_web::api::tokens::create(&app.state, &ctx, &boss, "t", Scope::Write)
        .await
        .expect("token")
        .token
        .expose()
        .to_owned();
    let send = |method: &str, uri: String, body: &str| {
        Request::builder()
            .method(method)
            .uri(uri)
            .header(header::HOST, "latchkey.test")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_owned()))
            .expect("request")
    };
    // A stolen token (or a stale portal session) swapping in the attacker's number: refused.
    let r = app
        .client()
        .send(send(
            "PATCH",
            format!("/api/v1/users/{}", boss.id),
            r#"{"mobile_phone": "+12015550999"}"#,
        ))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    assert!(r.body.contains("step_up_required"), "{}", r.body);
    let row = methods(&app, &boss).await[0].0;
    let r = app
        .client()
        .send(send(
            "DELETE",
            format!("/api/v1/users/{}/methods/{row}", boss.id),
            "",
        ))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    assert_eq!(methods(&app, &boss).await.len(), 1, "nothing removed");
    assert_eq!(
        user(&app, "boss").await.mobile_phone,
        None,
        "nothing changed"
    );
    // Their own name is no security info: that still works.
    let r = app
        .client()
        .send(send(
            "PATCH",
            format!("/api/v1/users/{}", boss.id),
            r#"{"first_name": "Bossy"}"#,
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}
