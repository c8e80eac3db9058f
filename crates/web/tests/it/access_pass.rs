//! Temporary Access Pass: issued by an administrator (portal, API), shown once, stored as
//! a MAC, opening `/setup` only, one-time or multi-use, expiring, revoked by the
//! administrator, by a newer pass and by registering a strong method; never a password.

use crate::harness::{ADMIN_PW, Client, TestApp, html_unescape};
use crate::sspr_support::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use latchkey_core::audit::activity;
use latchkey_core::directory::Role;
use latchkey_core::store::AuditFilter;
use serde_json::{Value, json};

const TESS_PW: &str = "Lantern-Orchard-Violet-83";

/// The pass shown once after issuing.
fn shown_pass(body: &str) -> String {
    let start = body.find("id=\"shown-pass\"").expect("pass shown");
    let rest = &body[start..];
    let open = rest.find('>').expect("tag") + 1;
    let end = rest[open..].find('<').expect("end");
    html_unescape(&rest[open..open + end])
}

/// The issue form's one-use id on the user's page.
async fn form_id(admin: &mut Client, user_id: i64) -> String {
    let page = admin.get(&format!("/admin/users/{user_id}")).await;
    let at = page
        .body
        .find("name=\"form_id\" value=\"")
        .expect("form id")
        + 22;
    page.body[at..].chars().take_while(|c| *c != '"').collect()
}

async fn issue(admin: &mut Client, user_id: i64, minutes: &str, one_time: bool) -> String {
    let id = form_id(admin, user_id).await;
    let mut fields = vec![("lifetime_minutes", minutes), ("form_id", id.as_str())];
    if one_time {
        fields.push(("one_time", "true"));
    }
    let r = admin
        .post(&format!("/admin/users/{user_id}/access-pass"), &fields)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("shown only once"), "{}", r.body);
    shown_pass(&r.body)
}

async fn pass_sign_in(app: &TestApp, user: &str, pass: &str) -> (Client, crate::harness::Resp) {
    let mut c = app.client();
    c.get("/signin/access-pass").await;
    let r = c
        .post("/signin/access-pass", &[("username", user), ("pass", pass)])
        .await;
    (c, r)
}

/// SSPR on for everyone, with the bootstrap administrator registered (two methods), so
/// the portal doesn't interrupt them.
async fn enable_with_admin(app: &TestApp) {
    enable_for_all(app).await;
    let admin = user(app, "admin").await;
    add_method(app, &admin, "email", "admin@home.example").await;
    add_method(app, &admin, "mobile", "+14255550100").await;
}

async fn count(app: &TestApp, activity: &str, target: &str) -> i64 {
    app.state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(activity.into()),
                target: Some(target.into()),
                ..AuditFilter::default()
            },
            0,
            100,
        )
        .await
        .expect("audit")
        .total
}

#[tokio::test]
async fn a_pass_opens_setup_only_and_is_shown_once_told_and_audited() {
    let app = TestApp::new().await;
    enable_with_admin(&app).await;
    let tess = make_user(&app, "tess", Role::User, TESS_PW).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let pass = issue(&mut admin, tess.id, "60", false).await;
    assert_eq!(pass.len(), 19, "four groups of four: {pass}");
    // Stored only as a MAC: the pass is nowhere in the database row.
    let stored = app
        .state
        .store
        .access_pass_current(tess.id, app.state.now())
        .await
        .expect("read")
        .expect("a usable pass");
    assert!(!stored.pass_mac.contains(&pass.replace('-', "")));
    assert_eq!(stored.expires_at, app.state.now() + 3600);
    // The user page says a pass is active, without the pass.
    let page = admin.get(&format!("/admin/users/{}", tess.id)).await;
    assert!(page.body.contains("id=\"tap-status\""), "{}", page.body);
    assert!(!page.body.contains(&pass));
    // Told at their addresses, never with the pass.
    let sent = app.messages().await;
    let told: Vec<_> = sent
        .iter()
        .filter(|m| m.subject.contains("Temporary Access Pass"))
        .collect();
    assert_eq!(told.len(), 2, "work and home addresses: {sent:?}");
    for m in &told {
        assert!(!m.body.contains(&pass));
        assert!(!m.html.as_deref().unwrap_or("").contains(&pass));
        assert!(m.body.contains("/report/"), "a this-wasn't-me link");
    }
    assert_eq!(count(&app, activity::ISSUE_ACCESS_PASS, "tess").await, 1);

    // Typed lower-case with spaces: the same pass.
    let typed = pass.to_lowercase().replace('-', " ");
    let (mut c, r) = pass_sign_in(&app, "tess", &typed).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/setup");
    assert_eq!(c.get("/setup").await.status, StatusCode::OK);
    // Nothing else of the product.
    for path in ["/account", "/password/change", "/"] {
        let r = c.get(path).await;
        assert_eq!(r.location(), "/setup", "{path}");
    }
    assert_eq!(count(&app, activity::SIGN_IN_ACCESS_PASS, "tess").await, 1);
    // A multi-use pass works again until it expires.
    let (_, again) = pass_sign_in(&app, "tess", &pass).await;
    assert_eq!(again.location(), "/setup");
    app.clock.advance(time::Duration::minutes(61));
    let (_, late) = pass_sign_in(&app, "tess", &pass).await;
    assert_eq!(late.status, StatusCode::UNAUTHORIZED, "expired");
    // The session it opened ends with the pass.
    assert_eq!(c.get("/setup").await.location(), "/");
}

#[tokio::test]
async fn an_administrator_with_a_pass_reaches_setup_only() {
    let app = TestApp::new().await;
    // About other rules than caller verification (see helpdesk.rs).
    without_caller_verification(&app).await;
    let pat = make_user(&app, "pat", Role::PasswordAdmin, TESS_PW).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    // An administrator's account: verified and approved in the helpdesk first.
    helpdesk_approved(&app, "admin", &pat).await;
    let pass = issue(&mut admin, pat.id, "30", true).await;
    let (mut c, r) = pass_sign_in(&app, "pat", &pass).await;
    assert_eq!(r.location(), "/setup");
    assert_eq!(c.get("/admin").await.location(), "/setup");
    assert_eq!(c.get("/admin/users").await.location(), "/setup");
    let page = c.get("/setup").await;
    assert!(!page.body.contains("href=\"/admin\""), "no portal link");
    // One-time: a second sign-in with it fails, with the words of any wrong pass.
    let (_, second) = pass_sign_in(&app, "pat", &pass).await;
    assert_eq!(second.status, StatusCode::UNAUTHORIZED);
    let (_, unknown) = pass_sign_in(&app, "nobody", &pass).await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    let words = |b: &str| b.contains("work together");
    assert!(words(&second.body) && words(&unknown.body));
}

#[tokio::test]
async fn a_pass_is_never_a_password_and_wrong_passes_lock_the_name() {
    let app = TestApp::new().await;
    let tess = make_user(&app, "tess", Role::User, TESS_PW).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let pass = issue(&mut admin, tess.id, "60", false).await;
    let mut c = app.client();
    let r = c.sign_in("tess", &pass).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "not a password");
    // Wrong passes count with the sign-in lockout, which then refuses the right one too.
    let mut locked = false;
    for i in 0..30 {
        let (_, r) = pass_sign_in(&app, "tess", &format!("AAAA-BBBB-CCCC-{:04}", 2222 + i)).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        if r.body.contains("temporarily locked") {
            locked = true;
            break;
        }
    }
    assert!(locked, "smart lockout locks a name guessed at");
    let (_, r) = pass_sign_in(&app, "tess", &pass).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.contains("temporarily locked"));
    // Empty fields: said, per field.
    let (_, r) = pass_sign_in(&app, "", "").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("Enter your username.")
            && r.body.contains("Enter the Temporary Access Pass")
    );
}

#[tokio::test]
async fn who_may_issue_what_lifetimes_and_revoking() {
    let app = TestApp::new().await;
    // About other rules than caller verification (see helpdesk.rs).
    without_caller_verification(&app).await;
    let tess = make_user(&app, "tess", Role::User, TESS_PW).await;
    let gil = make_user(&app, "gil", Role::GlobalAdmin, TESS_PW).await;
    make_user(&app, "pat", Role::PasswordAdmin, TESS_PW).await;
    let mut pat = app.signed_in("pat", TESS_PW).await;
    // A password administrator: users, not administrators; nobody for themselves.
    pat.get(&format!("/admin/users/{}", tess.id)).await;
    let r = pat
        .post(
            &format!("/admin/users/{}/access-pass", gil.id),
            &[("lifetime_minutes", "60")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let me = user(&app, "admin").await;
    let r = admin
        .post(
            &format!("/admin/users/{}/access-pass", me.id),
            &[("lifetime_minutes", "60")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "not for oneself");
    // Lifetimes outside 10 minutes to 8 hours: the page says so.
    for bad in ["9", "481", "soon"] {
        let id = form_id(&mut admin, tess.id).await;
        let r = admin
            .post(
                &format!("/admin/users/{}/access-pass", tess.id),
                &[("lifetime_minutes", bad), ("form_id", &id)],
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(
            r.body.contains("10 minutes to 8 hours"),
            "{bad}: {}",
            r.body
        );
    }
    let first = issue(&mut pat, tess.id, "10", false).await;
    let (mut c, r) = pass_sign_in(&app, "tess", &first).await;
    assert_eq!(r.location(), "/setup");
    // A newer pass revokes the first and ends its sessions.
    let second = issue(&mut admin, tess.id, "480", true).await;
    assert_ne!(first, second);
    assert_eq!(c.get("/setup").await.location(), "/");
    let (_, r) = pass_sign_in(&app, "tess", &first).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    // Revoked by the administrator: gone, its session with it, audited.
    let (mut c2, _) = pass_sign_in(&app, "tess", &second).await;
    let r = admin
        .post(&format!("/admin/users/{}/access-pass/revoke", tess.id), &[])
        .await;
    assert_eq!(
        r.location(),
        format!("/admin/users/{}?pass_revoked=1", tess.id)
    );
    assert_eq!(c2.get("/setup").await.location(), "/");
    assert_eq!(count(&app, activity::REVOKE_ACCESS_PASS, "tess").await, 1);
    let r = admin
        .post(&format!("/admin/users/{}/access-pass/revoke", tess.id), &[])
        .await;
    assert!(
        r.body.contains("no valid Temporary Access Pass"),
        "{}",
        r.body
    );
}

#[tokio::test]
async fn registering_a_strong_method_revokes_the_pass() {
    let app = TestApp::new().await;
    enable_with_admin(&app).await;
    let tess = make_user(&app, "tess", Role::User, TESS_PW).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let pass = issue(&mut admin, tess.id, "60", false).await;
    let (mut c, _) = pass_sign_in(&app, "tess", &pass).await;
    // No password was asked, also past the step-up window: the pass is the proof, for as
    // long as it lasts.
    app.clock.advance(time::Duration::minutes(11));
    let r = c.get("/setup/app").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let start = r.body.find("id=\"totp-secret\">").expect("secret") + 17;
    let shown: String = r.body[start..].chars().take_while(|c| *c != '<').collect();
    let secret = latchkey_core::totp::TotpSecret::from_base32(&shown).expect("base32");
    let code = secret.code_at(app.state.now());
    let r = c
        .post("/setup/app", &[("name", "Phone"), ("code", &code)])
        .await;
    assert_eq!(r.location(), "/setup?added=1", "{}", r.body);
    assert!(
        app.state
            .store
            .access_pass_current(tess.id, app.state.now())
            .await
            .expect("read")
            .is_none(),
        "the pass has done its job"
    );
    // The session goes on; the pass opens no new one.
    assert_eq!(c.get("/setup").await.status, StatusCode::OK);
    let (_, r) = pass_sign_in(&app, "tess", &pass).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

async fn api(
    app: &TestApp,
    method: &str,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let req = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"));
    let req = match body {
        Some(b) => req
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .expect("request");
    let r = app.client().send(req).await;
    let v = if r.body.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&r.body).unwrap_or(Value::String(r.body.clone()))
    };
    (r.status, v)
}

#[tokio::test]
async fn the_api_issues_shows_and_revokes() {
    let app = TestApp::new().await;
    let tess = make_user(&app, "tess", Role::User, TESS_PW).await;
    let me = user(&app, "admin").await;
    let ctx = latchkey_web::audit::Ctx {
        actor: "admin".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    };
    let token = latchkey_web::api::tokens::create(
        &app.state,
        &ctx,
        &me,
        "t",
        latchkey_core::store::TokenScope::Write,
    )
    .await
    .expect("token")
    .token
    .expose()
    .to_owned();
    let path = format!("/api/v1/users/{}/access-pass", tess.id);
    let (s, v) = api(&app, "GET", &path, &token, None).await;
    assert_eq!((s, v["active"].clone()), (StatusCode::OK, json!(false)));
    let (s, v) = api(
        &app,
        "POST",
        &path,
        &token,
        Some(json!({"lifetime_minutes": 5})),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    let (s, v) = api(&app, "POST", &path, &token, Some(json!({"one_time": true}))).await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let pass = v["pass"].as_str().expect("pass").to_owned();
    assert_eq!(v["lifetime_minutes"], 60);
    let (s, v) = api(&app, "GET", &path, &token, None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        (v["active"].clone(), v["one_time"].clone()),
        (json!(true), json!(true))
    );
    assert!(!v.to_string().contains(&pass), "never the pass again");
    let (mut c, r) = pass_sign_in(&app, "tess", &pass).await;
    assert_eq!(r.location(), "/setup");
    let (s, _) = api(&app, "DELETE", &path, &token, None).await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    assert_eq!(c.get("/setup").await.location(), "/");
    let (s, v) = api(&app, "DELETE", &path, &token, None).await;
    assert_eq!(s, StatusCode::NO_CONTENT, "idempotent: {v}");
    assert_eq!(count(&app, activity::REVOKE_ACCESS_PASS, "tess").await, 1);
}

#[tokio::test]
async fn pass_sessions_end_with_revoking_even_after_the_pass_is_used_up() {
    let app = TestApp::new().await;
    enable_with_admin(&app).await;
    let tess = make_user(&app, "tess", Role::User, TESS_PW).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    // A used one-time pass: no usable pass, but its session is open, shown and revocable.
    let pass = issue(&mut admin, tess.id, "60", true).await;
    let (mut c, _) = pass_sign_in(&app, "tess", &pass).await;
    let page = admin.get(&format!("/admin/users/{}", tess.id)).await;
    assert!(
        page.body
            .contains("A session opened with a pass is open until"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Revoke pass"));
    let r = admin
        .post(&format!("/admin/users/{}/access-pass/revoke", tess.id), &[])
        .await;
    assert_eq!(
        r.location(),
        format!("/admin/users/{}?pass_revoked=1", tess.id)
    );
    assert_eq!(c.get("/setup").await.location(), "/");
    // After a strong method: the pass is revoked, its session lasts as after a sign-in (the
    // step-up window) and the administrator can still end it.
    let pass = issue(&mut admin, tess.id, "480", false).await;
    let (mut c, _) = pass_sign_in(&app, "tess", &pass).await;
    let secret = register_app(&app, &mut c).await;
    assert!(!secret.is_empty());
    let r = admin
        .post(&format!("/admin/users/{}/access-pass/revoke", tess.id), &[])
        .await;
    assert_eq!(
        r.location(),
        format!("/admin/users/{}?pass_revoked=1", tess.id)
    );
    assert_eq!(c.get("/setup").await.location(), "/");
    let pass = issue(&mut admin, tess.id, "480", false).await;
    let (mut c, _) = pass_sign_in(&app, "tess", &pass).await;
    register_app(&app, &mut c).await;
    app.clock.advance(time::Duration::minutes(11));
    assert_eq!(
        c.get("/setup").await.location(),
        "/",
        "no longer than the step-up window"
    );
}

/// Adds an authenticator app at /setup/app with client `c`; returns its key.
async fn register_app(app: &TestApp, c: &mut Client) -> String {
    let r = c.get("/setup/app").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let start = r.body.find("id=\"totp-secret\">").expect("secret") + 17;
    let shown: String = r.body[start..].chars().take_while(|c| *c != '<').collect();
    let secret = latchkey_core::totp::TotpSecret::from_base32(&shown).expect("base32");
    let code = secret.code_at(app.state.now());
    let name = format!("Phone {}", crate::harness::uuid_like());
    let r = c
        .post("/setup/app", &[("name", &name), ("code", &code)])
        .await;
    assert_eq!(r.location(), "/setup?added=1", "{}", r.body);
    shown
}

#[tokio::test]
async fn blocking_promoting_or_resetting_the_account_ends_its_pass() {
    let app = TestApp::new().await;
    // About other rules than caller verification (see helpdesk.rs).
    without_caller_verification(&app).await;
    let tess = make_user(&app, "tess", Role::User, TESS_PW).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    // Blocked and allowed again: the pass doesn't come back.
    let pass = issue(&mut admin, tess.id, "60", false).await;
    for enabled in ["false", "true"] {
        let r = admin
            .post(
                &format!("/admin/users/{}/enabled", tess.id),
                &[("enabled", enabled)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let (_, r) = pass_sign_in(&app, "tess", &pass).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "blocking ends the pass");
    // Made an administrator: a pass issued for a user opens nothing on an admin account.
    let pass = issue(&mut admin, tess.id, "60", false).await;
    let r = admin
        .post(
            &format!("/admin/users/{}/role", tess.id),
            &[("role", "password_admin")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (_, r) = pass_sign_in(&app, "tess", &pass).await;
    assert_eq!(
        r.status,
        StatusCode::UNAUTHORIZED,
        "a role change ends the pass"
    );
    // A password reset by an administrator: the pass has done its job. (Tess is an
    // administrator now: verified and approved in the helpdesk first.)
    helpdesk_approved(&app, "admin", &tess).await;
    let pass = issue(&mut admin, tess.id, "60", false).await;
    let r = admin
        .post(
            &format!("/admin/users/{}/reset-password", tess.id),
            &[("auto_password", "true"), ("must_change", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let (_, r) = pass_sign_in(&app, "tess", &pass).await;
    assert_eq!(
        r.status,
        StatusCode::UNAUTHORIZED,
        "a new password ends the pass"
    );
}

#[tokio::test]
async fn a_reloaded_form_issues_nothing_and_a_lockout_gives_way_to_the_pass() {
    let app = TestApp::new().await;
    let tess = make_user(&app, "tess", Role::User, TESS_PW).await;
    add_method(&app, &tess, "mobile", "+14255550131").await;
    // Someone guessed at tess's password until the name locked.
    let mut guesser = app.client();
    for i in 0..30 {
        let r = guesser
            .sign_in("tess", &format!("Wrong-Guess-{i}-Xyz"))
            .await;
        if r.body.contains("temporarily locked") {
            break;
        }
    }
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let id = form_id(&mut admin, tess.id).await;
    let fields = [("lifetime_minutes", "60"), ("form_id", id.as_str())];
    let r = admin
        .post(&format!("/admin/users/{}/access-pass", tess.id), &fields)
        .await;
    let pass = shown_pass(&r.body);
    // Work, home and the mobile phone were told; the page says so.
    assert!(r.body.contains("3 notices went out"), "{}", r.body);
    let texts: Vec<_> = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.to == "+14255550131")
        .collect();
    assert_eq!(texts.len(), 1, "a text to the registered mobile");
    assert!(!texts[0].body.contains(&pass));
    // The same form again (a reload, Back): nothing issued, the pass read out still works.
    let again = admin
        .post(&format!("/admin/users/{}/access-pass", tess.id), &fields)
        .await;
    assert!(
        again.body.contains("already issued and shown once"),
        "{}",
        again.body
    );
    assert_eq!(count(&app, activity::ISSUE_ACCESS_PASS, "tess").await, 1);
    // The administrator verified tess: the guesser's lockout doesn't stand in the way.
    let (_, r) = pass_sign_in(&app, "tess", &pass).await;
    assert_eq!(r.location(), "/setup", "{}", r.body);
    // Failures say why in the audit log (only there).
    pass_sign_in(&app, "tess", "AAAA-BBBB-CCCC-DDDD").await;
    let events = app
        .state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(activity::SIGN_IN_ACCESS_PASS.into()),
                ..AuditFilter::default()
            },
            0,
            10,
        )
        .await
        .expect("audit");
    assert!(
        events
            .items
            .iter()
            .any(|e| e.details["reason"] == "wrong pass"),
        "{:?}",
        events.items
    );
}

#[tokio::test]
async fn an_administrators_pass_alerts_the_other_global_administrators() {
    let app = TestApp::new().await;
    // About other rules than caller verification (see helpdesk.rs).
    without_caller_verification(&app).await;
    let pat = make_user(&app, "pat", Role::PasswordAdmin, TESS_PW).await;
    make_user(&app, "gil", Role::GlobalAdmin, TESS_PW).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    // An administrator's account: verified and approved in the helpdesk first.
    helpdesk_approved(&app, "admin", &pat).await;
    issue(&mut admin, pat.id, "30", true).await;
    let sent = app.messages().await;
    let alert = sent
        .iter()
        .find(|m| m.to == "gil@work.example")
        .expect("gil is told");
    assert!(
        alert
            .subject
            .contains("for the administrator pat Tester (pat)"),
        "{}",
        alert.subject
    );
}

#[tokio::test]
async fn passes_work_the_same_on_postgresql() {
    let app = TestApp::on_postgres().await;
    let tess = make_user(&app, "tess", Role::User, TESS_PW).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let first = issue(&mut admin, tess.id, "60", true).await;
    let (mut c, r) = pass_sign_in(&app, "tess", &first).await;
    assert_eq!(r.location(), "/setup");
    let (_, r) = pass_sign_in(&app, "tess", &first).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "one-time");
    let page = admin.get(&format!("/admin/users/{}", tess.id)).await;
    assert!(
        page.body
            .contains("A session opened with a pass is open until")
    );
    let second = issue(&mut admin, tess.id, "60", false).await;
    assert_eq!(
        c.get("/setup").await.location(),
        "/",
        "a new pass ends the old sessions"
    );
    let (mut c, _) = pass_sign_in(&app, "tess", &second).await;
    let r = admin
        .post(
            &format!("/admin/users/{}/role", tess.id),
            &[("role", "password_admin")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        c.get("/setup").await.location(),
        "/",
        "a role change ends them too"
    );
}
