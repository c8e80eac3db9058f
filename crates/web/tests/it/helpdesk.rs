//! Helpdesk caller verification (issue 14): the tool, not the agent's judgement, verifies
//! the caller. An agent resets, unlocks or issues a pass only after Latchkey verified the
//! caller by one of their registered methods, only within the window, and for an
//! administrator only after a second agent approved. Page and API refuse alike.

use crate::harness::{ADMIN_PW, Client, TestApp, shown_password};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::directory::{Role, User};
use serde_json::{Value, json};

const PW: &str = "Old-Password-111";
const MOBILE: &str = "+14255550131";

/// A caller `mia` with a mobile phone and an email registered, and an agent of `role`.
async fn setup(role: Role) -> (TestApp, User, Client) {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mia", Role::User, PW).await;
    add_method(&app, &mia, "mobile", MOBILE).await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let agent = make_user(&app, "helen", role, PW).await;
    registered_admin(&app, &agent, "+14255550177").await;
    let boss = user(&app, "admin").await;
    registered_admin(&app, &boss, "+14255550100").await;
    let helen = app.signed_in("helen", PW).await;
    (app, mia, helen)
}

/// An administrator registered as the administrator policy asks (two methods), so the
/// portal doesn't send them to register first.
async fn registered_admin(app: &TestApp, admin: &User, mobile: &str) {
    add_method(
        app,
        admin,
        "email",
        &format!("{}@home.example", admin.username),
    )
    .await;
    add_method(app, admin, "mobile", mobile).await;
}

async fn audit_has(app: &TestApp, activity: &str, actor: &str) -> Vec<Value> {
    let page = app
        .state
        .store
        .audit_list(&latchkey_core::store::AuditFilter::default(), 0, 500)
        .await
        .expect("audit");
    page.items
        .into_iter()
        .filter(|e| e.activity == activity && e.actor == actor)
        .map(|e| e.details)
        .collect()
}

/// The agent verifies `user` by a text message, the way the console's forms do.
async fn verify_by_sms(app: &TestApp, agent: &mut Client, user: &User) -> String {
    let page = format!("/admin/helpdesk/users/{}", user.id);
    let r = agent.get(&page).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = agent
        .post(&format!("{page}/challenge"), &[("channel", "mobile_sms")])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        r.body.contains("The code was sent by text message"),
        "{}",
        r.body
    );
    app.messages().await;
    let code = code_sent_to(app, MOBILE);
    let r = agent
        .post(&format!("{page}/answer"), &[("code", &code)])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r.body
}

#[tokio::test]
async fn an_agent_resets_only_after_verifying_the_caller_by_text_and_only_within_the_window() {
    let (app, mia, mut helen) = setup(Role::PasswordAdmin).await;
    let token = app.write_token("helen").await;

    // Not verified: the user page shows no reset form, and page and API refuse.
    let r = helen.get(&format!("/admin/users/{}", mia.id)).await;
    assert!(r.body.contains("id=\"verify-first\""), "{}", r.body);
    assert!(!r.body.contains(&format!(
        "action=\"/admin/users/{}/reset-password\"",
        mia.id
    )));
    assert!(
        !r.body
            .contains(&format!("action=\"/admin/users/{}/access-pass\"", mia.id))
    );
    let r = helen
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("auto_password", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/users/{}/reset-password", mia.id),
            &token,
            Some(json!({"generate": true})),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{b}");
    assert_eq!(b["error"]["code"], "caller_not_verified");
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/users/{}/access-pass", mia.id),
            &token,
            Some(json!({})),
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("caller_not_verified"))
    );
    let console = helen
        .get(&format!("/admin/helpdesk/users/{}", mia.id))
        .await;
    assert!(!console.body.contains("id=\"reset-password\""));

    // A wrong code is refused and counted; the right one verifies.
    helen
        .post(
            &format!("/admin/helpdesk/users/{}/challenge", mia.id),
            &[("channel", "mobile_sms")],
        )
        .await;
    let r = helen
        .post(
            &format!("/admin/helpdesk/users/{}/answer", mia.id),
            &[("code", "000000")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("That code isn"), "{}", r.body);
    let body = verify_by_sms(&app, &mut helen, &mia).await;
    assert!(body.contains("The caller is verified"), "{body}");
    assert!(body.contains("id=\"reset-password\""), "{body}");
    assert!(body.contains("data-status=\"verified\""));

    // The user is told, with the agent's name; every step is audited with the channel.
    let told = app.messages().await;
    assert!(
        told.iter().any(|m| m.to == "mia@work.example"
            && m.subject.contains("the helpdesk verified your identity")
            && m.body.contains("helen")),
        "{told:?}"
    );
    let sent = audit_has(&app, "Helpdesk sent a verification challenge", "helen").await;
    assert!(sent.iter().all(|d| d["channel"] == "mobile_sms") && !sent.is_empty());
    let checked = audit_has(&app, "Helpdesk checked a caller's method", "helen").await;
    assert_eq!(checked.len(), 2, "one wrong, one right: {checked:?}");
    assert_eq!(
        audit_has(&app, "Helpdesk caller verified", "helen")
            .await
            .len(),
        1
    );

    // Now the reset goes through, and its audit event names the verification.
    let r = helen
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("auto_password", "true"), ("must_change", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let fresh = shown_password(&r.body);
    assert_eq!(
        app.client().sign_in("mia", &fresh).await.location(),
        "/password/change"
    );
    let resets = audit_has(&app, "Reset password (by admin)", "helen").await;
    assert!(resets[0]["helpdesk_verification"].is_i64(), "{resets:?}");
    // The API too, within the window.
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/users/{}/reset-password", mia.id),
            &token,
            Some(json!({"generate": true})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");

    // After the window (10 minutes by default), nothing again.
    app.clock.advance(time::Duration::minutes(11));
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/users/{}/reset-password", mia.id),
            &token,
            Some(json!({"generate": true})),
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("caller_not_verified"))
    );
    let r = helen.get(&format!("/admin/users/{}", mia.id)).await;
    assert!(r.body.contains("id=\"verify-first\""));
}

#[tokio::test]
async fn another_agents_verification_opens_nothing_for_me() {
    let (app, mia, mut helen) = setup(Role::PasswordAdmin).await;
    make_user(&app, "hugo", Role::PasswordAdmin, PW).await;
    verify_by_sms(&app, &mut helen, &mia).await;
    let hugo = app.write_token("hugo").await;
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/users/{}/reset-password", mia.id),
            &hugo,
            Some(json!({"generate": true})),
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("caller_not_verified"))
    );
    // Ending the call closes the window for helen too.
    let r = helen
        .post(&format!("/admin/helpdesk/users/{}/close", mia.id), &[])
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let helen_token = app.write_token("helen").await;
    let (s, _) = app
        .api(
            "POST",
            &format!("/api/v1/users/{}/reset-password", mia.id),
            &helen_token,
            Some(json!({"generate": true})),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_helpdesk_verifier_verifies_and_sends_links_but_never_resets() {
    let (app, mia, mut vera) = setup(Role::HelpdeskVerifier).await;
    let token = app.write_token("helen").await;
    let body = verify_by_sms(&app, &mut vera, &mia).await;
    assert!(body.contains("id=\"verifier-only\""), "{body}");
    assert!(!body.contains("id=\"reset-password\""));
    let r = vera
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("auto_password", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/users/{}/reset-password", mia.id),
            &token,
            Some(json!({"generate": true})),
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("forbidden"))
    );
    let (s, _) = app
        .api(
            "POST",
            &format!("/api/v1/helpdesk/callers/{}/unlock", mia.id),
            &token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // Registration links: yes, to the user's own addresses only.
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/helpdesk/callers/{}/registration-link", mia.id),
            &token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let sent = app.messages().await;
    assert!(
        sent.iter()
            .any(|m| m.to == "mia@work.example" && m.body.contains("/setup"))
    );
    // Verifiers may not verify administrators, nor edit anyone.
    let boss = user(&app, "admin").await;
    let (s, _) = app
        .api(
            "GET",
            &format!("/api/v1/helpdesk/callers/{}", boss.id),
            &token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = app
        .api(
            "PATCH",
            &format!("/api/v1/users/{}", mia.id),
            &token,
            Some(json!({"first_name": "X"})),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_administrator_caller_needs_two_methods_and_a_second_agents_approval() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let pat = make_user(&app, "pat", Role::PasswordAdmin, PW).await;
    add_method(&app, &pat, "mobile", MOBILE).await;
    add_method(&app, &pat, "email", "pat@home.example").await;
    make_user(&app, "gina", Role::GlobalAdmin, PW).await;
    let admin = app.write_token("admin").await;
    let gina = app.write_token("gina").await;
    let caller = format!("/api/v1/helpdesk/callers/{}", pat.id);

    let (s, b) = app
        .api(
            "POST",
            &format!("{caller}/challenges"),
            &admin,
            Some(json!({"channel": "mobile_sms"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["verification"]["required_methods"], 2);
    app.messages().await;
    let (_, b) = app
        .api(
            "POST",
            &format!("{caller}/answer"),
            &admin,
            Some(json!({"code": code_sent_to(&app, MOBILE)})),
        )
        .await;
    assert_eq!(b["result"], "next_method", "{b}");
    // Calling the same phone is the same method.
    let (s, b) = app
        .api(
            "POST",
            &format!("{caller}/challenges"),
            &admin,
            Some(json!({"channel": "mobile_voice"})),
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("method_already_passed"))
    );
    app.api(
        "POST",
        &format!("{caller}/challenges"),
        &admin,
        Some(json!({"channel": "email"})),
    )
    .await;
    app.messages().await;
    let (_, b) = app
        .api(
            "POST",
            &format!("{caller}/answer"),
            &admin,
            Some(json!({"code": code_sent_to(&app, "pat@home.example")})),
        )
        .await;
    assert_eq!(b["result"], "verified", "{b}");

    // Verified, but the reset waits for a second agent.
    let reset = format!("/api/v1/users/{}/reset-password", pat.id);
    let (s, b) = app
        .api("POST", &reset, &admin, Some(json!({"generate": true})))
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("approval_needed"))
    );
    let (s, v) = app
        .api("POST", &format!("{caller}/approval-request"), &admin, None)
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["approval"], "requested");
    // gina is told, and sees it waiting; the agent can't approve their own request.
    assert!(
        app.messages()
            .await
            .iter()
            .any(|m| m.to == "gina@work.example" && m.subject.contains("approval needed"))
    );
    let id = v["id"].as_i64().expect("id");
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/helpdesk/verifications/{id}/approve"),
            &admin,
            None,
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("approval_by_another_agent"))
    );
    let (_, list) = app
        .api("GET", "/api/v1/helpdesk/approvals", &gina, None)
        .await;
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{list}");
    let (s, b) = app
        .api("POST", &reset, &admin, Some(json!({"generate": true})))
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("approval_needed"))
    );
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/helpdesk/verifications/{id}/approve"),
            &gina,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (s, b) = app
        .api("POST", &reset, &admin, Some(json!({"generate": true})))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        audit_has(&app, "Helpdesk second agent approved", "gina")
            .await
            .len(),
        1
    );
}

#[tokio::test]
async fn five_wrong_answers_a_day_pause_the_helpdesk_for_that_account_and_a_code_works_once() {
    let (app, mia, _) = setup(Role::PasswordAdmin).await;
    make_user(&app, "gina", Role::GlobalAdmin, PW).await;
    let token = app.write_token("helen").await;
    let caller = format!("/api/v1/helpdesk/callers/{}", mia.id);
    let answer = |code: &'static str| {
        let (app, token, caller) = (&app, token.clone(), caller.clone());
        async move {
            app.api(
                "POST",
                &format!("{caller}/answer"),
                &token,
                Some(json!({"code": code})),
            )
            .await
            .1["result"]
                .as_str()
                .unwrap_or("")
                .to_owned()
        }
    };
    let email = json!({"channel": "email"});
    app.api(
        "POST",
        &format!("{caller}/challenges"),
        &token,
        Some(email.clone()),
    )
    .await;
    for _ in 0..3 {
        assert_eq!(answer("00000000").await, "wrong");
    }
    // A new code, and a new verification, buy no more guesses: the count is the account's.
    app.api(
        "POST",
        &format!("{caller}/challenges"),
        &token,
        Some(email.clone()),
    )
    .await;
    assert_eq!(answer("00000000").await, "wrong");
    app.api("DELETE", &format!("{caller}/verification"), &token, None)
        .await;
    app.api(
        "POST",
        &format!("{caller}/challenges"),
        &token,
        Some(email.clone()),
    )
    .await;
    assert_eq!(answer("00000000").await, "blocked");
    let (_, c) = app.api("GET", &caller, &token, None).await;
    assert_eq!(c["verification"]["status"], "closed");
    assert_eq!(c["may_act"], false);
    // Paused for a day, for every agent: nothing is sent, nothing compared.
    let (s, b) = app
        .api(
            "POST",
            &format!("{caller}/challenges"),
            &token,
            Some(email.clone()),
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("helpdesk_blocked")),
        "{b}"
    );
    let admin = app.write_token("admin").await;
    let (s, _) = app
        .api(
            "POST",
            &format!("{caller}/challenges"),
            &admin,
            Some(email.clone()),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // The user, the global administrators and the audit log know.
    let sent = app.messages().await;
    assert!(
        sent.iter()
            .any(|m| m.to == "mia@work.example" && m.subject.contains("could not verify you")),
        "{sent:?}"
    );
    assert!(
        sent.iter().any(|m| m.to == "gina@work.example"
            && m.subject.contains("verification of an account paused"))
    );
    assert_eq!(
        audit_has(&app, "Helpdesk verification paused", "helen")
            .await
            .len(),
        1
    );
    assert_eq!(
        audit_has(&app, "Helpdesk checked a caller's method", "helen")
            .await
            .iter()
            .filter(|d| d["reason"] == "wrong code")
            .count(),
        5
    );

    // A day later: verified with the right code, which works once.
    app.clock
        .advance(time::Duration::hours(24) + time::Duration::seconds(1));
    app.api("POST", &format!("{caller}/challenges"), &token, Some(email))
        .await;
    app.messages().await;
    let code = code_sent_to(&app, "mia@home.example");
    let (_, b) = app
        .api(
            "POST",
            &format!("{caller}/answer"),
            &token,
            Some(json!({"code": code.clone()})),
        )
        .await;
    assert_eq!(b["result"], "verified", "{b}");
    let (_, b) = app
        .api(
            "POST",
            &format!("{caller}/answer"),
            &token,
            Some(json!({"code": code})),
        )
        .await;
    assert_eq!(b["result"], "no_code");
}

#[tokio::test]
async fn an_authenticator_code_read_out_verifies_once() {
    let (app, mia, _) = setup(Role::PasswordAdmin).await;
    let secret = add_app(&app, &mia).await;
    let token = app.write_token("helen").await;
    let caller = format!("/api/v1/helpdesk/callers/{}", mia.id);
    let (s, b) = app
        .api(
            "POST",
            &format!("{caller}/challenges"),
            &token,
            Some(json!({"channel": "app_code"})),
        )
        .await;
    assert_eq!((s, b["sent"].as_str()), (StatusCode::OK, Some("app_code")));
    let code = secret.code_at(app.state.now());
    let (_, b) = app
        .api(
            "POST",
            &format!("{caller}/answer"),
            &token,
            Some(json!({"code": code})),
        )
        .await;
    assert_eq!(b["result"], "verified", "{b}");
    // Unlock: the sign-in lockout goes, the user is told.
    let key = latchkey_web::auth::lockout_key("mia");
    app.state
        .store
        .lockout_cas(
            &key,
            0,
            &latchkey_core::lockout::LockoutState {
                locked_until: app.state.now() + 3600,
                failures: 5,
                ..Default::default()
            },
        )
        .await
        .expect("lock");
    let (s, b) = app
        .api("POST", &format!("{caller}/unlock"), &token, None)
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    assert_eq!(
        app.state
            .store
            .lockout_get(&key)
            .await
            .expect("state")
            .locked_until,
        0
    );
    assert!(
        app.messages()
            .await
            .iter()
            .any(|m| m.to == "mia@work.example" && m.subject.contains("unlocked your account"))
    );
}

#[tokio::test]
async fn a_burst_of_verifications_of_one_account_alerts_the_security_contacts_once() {
    let (app, mia, _) = setup(Role::PasswordAdmin).await;
    make_user(&app, "gina", Role::GlobalAdmin, PW).await;
    let admin = app.write_token("admin").await;
    let (s, b) = app.api("PUT",
        "/api/v1/helpdesk/settings",
        &admin,
        Some(json!({"require_verification": true, "window_minutes": 10, "burst_threshold": 3, "security_contacts": ["soc@work.example"]}))).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let token = app.write_token("helen").await;
    let caller = format!("/api/v1/helpdesk/callers/{}", mia.id);
    for _ in 0..4 {
        app.api(
            "POST",
            &format!("{caller}/challenges"),
            &token,
            Some(json!({"channel": "email"})),
        )
        .await;
        app.api("DELETE", &format!("{caller}/verification"), &token, None)
            .await;
    }
    let alerts: Vec<_> = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.subject.contains("many helpdesk verifications"))
        .collect();
    assert_eq!(
        alerts.iter().filter(|m| m.to == "soc@work.example").count(),
        1,
        "{alerts:?}"
    );
    // And every global administrator with an address.
    assert_eq!(
        alerts
            .iter()
            .filter(|m| m.to == "gina@work.example")
            .count(),
        1,
        "{alerts:?}"
    );
    assert_eq!(
        audit_has(&app, "Helpdesk verification burst reported", "helen")
            .await
            .len(),
        1
    );

    // A sustained burst alerts again at each multiple of the threshold.
    add_app(&app, &mia).await;
    for _ in 5..=6 {
        start(&app, &token, &caller).await;
        app.api("DELETE", &format!("{caller}/verification"), &token, None)
            .await;
    }
    assert_eq!(
        audit_has(&app, "Helpdesk verification burst reported", "helen")
            .await
            .len(),
        2
    );

    // One agent starts at most 30 verifications an hour; another agent still helps
    // the caller (a verifier can't lock everyone out of helping them).
    let bob = make_user(&app, "bob", Role::User, PW).await;
    add_app(&app, &bob).await;
    let bob_caller = format!("/api/v1/helpdesk/callers/{}", bob.id);
    for i in 7..=30 {
        let (s, b) = start(&app, &token, &bob_caller).await;
        assert_eq!(s, StatusCode::OK, "start {i}: {b}");
        app.api(
            "DELETE",
            &format!("{bob_caller}/verification"),
            &token,
            None,
        )
        .await;
    }
    let (s, b) = start(&app, &token, &bob_caller).await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::TOO_MANY_REQUESTS, Some("rate_limited")),
        "{b}"
    );
    let (s, b) = start(&app, &admin, &bob_caller).await;
    assert_eq!(s, StatusCode::OK, "another agent: {b}");
    app.clock.advance(time::Duration::minutes(61));
    let (s, _) = start(&app, &token, &caller).await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn settings_are_checked_and_turning_verification_off_restores_direct_resets() {
    let (app, mia, _) = setup(Role::PasswordAdmin).await;
    let mut boss = app.signed_in("admin", ADMIN_PW).await;
    let r = boss
        .post(
            "/admin/helpdesk/settings",
            &[
                ("window_minutes", "0"),
                ("burst_threshold", "x"),
                ("security_contacts", "not-an-address"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("from 1 to 60") && r.body.contains("not-an-address"),
        "{}",
        r.body
    );
    let r = boss
        .post(
            "/admin/helpdesk/settings",
            &[("window_minutes", "5"), ("burst_threshold", "3")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("The helpdesk settings were saved"));
    let token = app.write_token("helen").await;
    let (s, _) = app
        .api(
            "POST",
            &format!("/api/v1/users/{}/reset-password", mia.id),
            &token,
            Some(json!({"generate": true})),
        )
        .await;
    assert_eq!(
        s,
        StatusCode::OK,
        "verification off: the reset goes through"
    );
    let (_, b) = app
        .api("GET", "/api/v1/helpdesk/settings", &token, None)
        .await;
    assert_eq!(b["window_minutes"], 5);
    // Password administrators may read but not change them.
    let (s, _) = app
        .api(
            "PUT",
            "/api/v1/helpdesk/settings",
            &token,
            Some(json!({"require_verification": true, "window_minutes": 10, "burst_threshold": 3})),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
}

/// Starts (or continues) a verification of the caller at `caller` with an authenticator
/// code, as `token`'s owner.
async fn start(app: &TestApp, token: &str, caller: &str) -> (StatusCode, Value) {
    app.api(
        "POST",
        &format!("{caller}/challenges"),
        token,
        Some(json!({"channel": "app_code"})),
    )
    .await
}

#[tokio::test]
async fn recovery_details_change_only_after_verifying_and_administrators_always_need_two_agents() {
    let (app, mia, mut helen) = setup(Role::PasswordAdmin).await;
    let token = app.write_token("helen").await;
    let user_api = format!("/api/v1/users/{}", mia.id);

    // A helpdesk agent changes no one's recovery details unverified: contacts, methods,
    // re-registration. Names are not recovery details.
    let (s, b) = app
        .api(
            "PATCH",
            &user_api,
            &token,
            Some(json!({"mobile_phone": "+14255550199"})),
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("caller_not_verified")),
        "{b}"
    );
    let (s, b) = app
        .api(
            "PATCH",
            &user_api,
            &token,
            Some(json!({"first_name": "Mia"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (s, b) = app
        .api(
            "POST",
            &format!("{user_api}/require-reregistration"),
            &token,
            None,
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("caller_not_verified")),
        "{b}"
    );
    let (_, methods) = app
        .api("GET", &format!("{user_api}/methods"), &token, None)
        .await;
    let id = methods["methods"][0]["id"].as_i64().expect("a method");
    let (s, _) = app
        .api("DELETE", &format!("{user_api}/methods/{id}"), &token, None)
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    verify_by_sms(&app, &mut helen, &mia).await;
    let (s, b) = app
        .api(
            "POST",
            &format!("{user_api}/require-reregistration"),
            &token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "verified: {b}");

    // Turning verification off never lifts the administrators' rule.
    let admin = app.write_token("admin").await;
    app.api(
        "PUT",
        "/api/v1/helpdesk/settings",
        &admin,
        Some(json!({"require_verification": false, "window_minutes": 10, "burst_threshold": 3})),
    )
    .await;
    let helen_user = user(&app, "helen").await;
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/users/{}/reset-password", helen_user.id),
            &admin,
            Some(json!({"generate": true})),
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("caller_not_verified")),
        "{b}"
    );
    // With nobody else to approve, asking says so at once.
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/helpdesk/callers/{}/challenges", helen_user.id),
            &admin,
            Some(json!({"channel": "email"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    app.messages().await;
    let (_, b) = app
        .api(
            "POST",
            &format!("/api/v1/helpdesk/callers/{}/answer", helen_user.id),
            &admin,
            Some(json!({"code": code_sent_to(&app, "helen@home.example")})),
        )
        .await;
    assert_eq!(b["result"], "next_method");
    app.api(
        "POST",
        &format!("/api/v1/helpdesk/callers/{}/challenges", helen_user.id),
        &admin,
        Some(json!({"channel": "mobile_sms"})),
    )
    .await;
    app.messages().await;
    let (_, b) = app
        .api(
            "POST",
            &format!("/api/v1/helpdesk/callers/{}/answer", helen_user.id),
            &admin,
            Some(json!({"code": code_sent_to(&app, "+14255550177")})),
        )
        .await;
    assert_eq!(b["result"], "verified", "{b}");
    let (s, b) = app
        .api(
            "POST",
            &format!(
                "/api/v1/helpdesk/callers/{}/approval-request",
                helen_user.id
            ),
            &admin,
            None,
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("no_approver")),
        "{b}"
    );
    // The portal says approval, not verification, is what is missing.
    let mut boss = app.signed_in("admin", ADMIN_PW).await;
    let r = boss.get(&format!("/admin/users/{}", helen_user.id)).await;
    assert!(
        r.body.contains("a second agent must approve first"),
        "{}",
        r.body
    );

    // Taking the role away (to reset without a second agent) is told to the others.
    make_user(&app, "gina", Role::GlobalAdmin, PW).await;
    let (s, b) = app
        .api(
            "PATCH",
            &format!("/api/v1/users/{}", helen_user.id),
            &admin,
            Some(json!({"role": "user"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let sent = app.messages().await;
    assert!(
        sent.iter()
            .any(|m| m.to == "gina@work.example" && m.subject.contains("role was taken away")),
        "{sent:?}"
    );
}

#[tokio::test]
async fn a_caller_promoted_during_the_window_needs_the_administrators_verification() {
    let (app, mia, mut helen) = setup(Role::GlobalAdmin).await;
    verify_by_sms(&app, &mut helen, &mia).await;
    let admin = app.write_token("admin").await;
    app.api(
        "PATCH",
        &format!("/api/v1/users/{}", mia.id),
        &admin,
        Some(json!({"role": "password_admin"})),
    )
    .await;
    let token = app.write_token("helen").await;
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/users/{}/reset-password", mia.id),
            &token,
            Some(json!({"generate": true})),
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("caller_not_verified")),
        "{b}"
    );
    // Bad ids are the portal's 404 page; too many security contacts are refused; the
    // contacts are for global administrators' eyes.
    let r = helen.get("/admin/helpdesk?q=mia&q=tom").await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "a query that doesn't parse is no search: {}",
        r.body
    );
    let r = helen.get("/admin/helpdesk/users/abc").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("<html"), "{}", r.body);
    let many: Vec<String> = (0..21).map(|i| format!("soc{i}@work.example")).collect();
    let (s, b) = app.api("PUT", "/api/v1/helpdesk/settings", &admin,
        Some(json!({"require_verification": true, "window_minutes": 10, "burst_threshold": 3, "security_contacts": many}))).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{b}");
    app.api("PUT", "/api/v1/helpdesk/settings", &admin,
        Some(json!({"require_verification": true, "window_minutes": 10, "burst_threshold": 3, "security_contacts": ["soc@work.example"]}))).await;
    make_user(&app, "pam", Role::PasswordAdmin, PW).await;
    let pam = app.write_token("pam").await;
    let (_, b) = app
        .api("GET", "/api/v1/helpdesk/settings", &pam, None)
        .await;
    assert_eq!(b["security_contacts"], json!([]));
    let (_, b) = app
        .api("GET", "/api/v1/helpdesk/settings", &admin, None)
        .await;
    assert_eq!(b["security_contacts"], json!(["soc@work.example"]));
}
