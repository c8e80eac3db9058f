//! The self-service password reset journey over HTTP, rule by rule.

use crate::harness::{ADMIN_PW, TestApp};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::directory::Role;
use latchkey_core::policy::{Method, Scope};
use time::Duration;

#[tokio::test]
async fn a_registered_user_resets_with_email_and_signs_in() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    let r = start(&mut c, "mias").await;
    assert!(r.body.contains("Verification step 1"), "{}", r.body);
    assert!(r.body.contains("Email my alternate email"));
    let r = c.get("/reset/verify?method=email").await;
    assert!(
        r.body.contains("m***@home.example"),
        "the address is masked: {}",
        r.body
    );
    assert!(!r.body.contains("mia@home.example"));
    // A wrong address sends nothing.
    let r = c
        .post(
            "/reset/verify/send",
            &[("channel", "email"), ("destination", "other@home.example")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("doesn&#39;t match") || r.body.contains("doesn't match"),
        "{}",
        r.body
    );
    assert!(
        app.messages().await.is_empty(),
        "nothing sent on a mismatch"
    );
    let r = pass_email(&app, &mut c, "mia@home.example").await;
    assert_eq!(r.location(), "/reset/password", "{}", r.body);
    let sent = app.messages().await;
    assert_eq!(sent.len(), 1);
    assert!(sent[0].body.contains("5 minutes"));
    // The policy is checked and explained, and the password is never echoed.
    let r = c
        .post(
            "/reset/password",
            &[("new_password", "short"), ("confirm_password", "short")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("at least 8 characters") && !r.body.contains("value=\"short\""));
    let r = choose_password(&mut c, "Brand-New-Secret-22").await;
    assert_eq!(r.location(), "/reset/done");
    let r = c.get("/reset/done").await;
    assert!(r.body.contains("Your password has been reset"));
    assert!(
        !c.cookies.contains_key("latchkey-session"),
        "not signed in automatically"
    );
    // Notified at both addresses, with a way to say it wasn't them.
    let notices: Vec<_> = app.messages().await.into_iter().skip(1).collect();
    let to: Vec<&str> = notices.iter().map(|m| m.to.as_str()).collect();
    assert!(
        to.contains(&"mias@work.example") && to.contains(&"mias@home.example"),
        "{to:?}"
    );
    assert!(notices.iter().all(|m| m.body.contains("/report/")));
    let mut s = app.client();
    assert_eq!(
        s.sign_in("mias", "Old-Password-111").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        s.sign_in("mias", "Brand-New-Secret-22").await.status,
        StatusCode::SEE_OTHER
    );
    // The journey is over: its pages no longer work.
    let r = c.get("/reset/password").await;
    assert!(r.body.contains("Your session has expired"));
    // Audit: every step, one correlation id.
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 200)
        .await
        .expect("audit")
        .items;
    let journey: Vec<_> = events
        .iter()
        .filter(|e| e.activity == "Reset password (self-service)")
        .collect();
    assert_eq!(journey.len(), 1);
    let corr = journey[0].correlation_id.clone();
    let steps: Vec<&str> = events
        .iter()
        .rev()
        .filter(|e| e.correlation_id == corr)
        .map(|e| e.activity.as_str())
        .collect();
    assert_eq!(steps.first(), Some(&"User submitted their user ID"));
    for want in [
        "User started a verification option",
        "User completed a verification option",
        "User completed all verification steps required",
        "User submitted a new password",
        "Reset password (self-service)",
    ] {
        assert!(steps.contains(&want), "missing {want}: {steps:?}");
    }
    let all = serde_json::to_string(&events.iter().map(|e| &e.details).collect::<Vec<_>>())
        .expect("json");
    assert!(
        !all.contains("Brand-New-Secret-22")
            && !all.contains(&code_sent_to(&app, "mia@home.example"))
    );
}

#[tokio::test]
async fn unknown_out_of_scope_and_unregistered_names_walk_the_same_pages() {
    let app = TestApp::new().await;
    let group = app
        .state
        .store
        .group_create("SSPRTesters", "", 1)
        .await
        .expect("group");
    set_policy(&app, |p| {
        p.scope = Scope::Selected;
        p.group_id = Some(group.id);
    })
    .await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    app.state
        .store
        .group_add_user(group.id, mia.id)
        .await
        .expect("member");
    add_method(&app, &mia, "email", "mia@home.example").await;
    let outsider = make_user(&app, "olga", Role::User, "Old-Password-111").await;
    add_method(&app, &outsider, "email", "olga@home.example").await;
    let nora = make_user(&app, "nora", Role::User, "Old-Password-111").await; // in scope, nothing registered
    app.state
        .store
        .group_add_user(group.id, nora.id)
        .await
        .expect("member");

    let mut pages = Vec::new();
    for name in ["mias", "olga", "nora", "nobody-at-all"] {
        let mut c = app.client();
        c.get("/reset").await;
        let r = c.post("/reset", &[("username", name)]).await;
        assert_eq!(
            (r.status, r.location()),
            (StatusCode::SEE_OTHER, "/reset/verify"),
            "{name}"
        );
        let r = c.get("/reset/verify").await;
        assert_eq!(r.status, StatusCode::OK, "{name}");
        assert!(
            r.body.contains("Verification step 1") && r.body.contains("Contact your administrator"),
            "{name}"
        );
        // A guess at the first method offered: the same answer for everyone.
        let at = r.body.find("/reset/verify?method=").expect("a method") + 21;
        let channel: String = r.body[at..].chars().take_while(|c| *c != '"').collect();
        let r = match channel.as_str() {
            "app_code" => {
                c.post(
                    "/reset/verify/check",
                    &[("channel", "app_code"), ("code", "123456")],
                )
                .await
            }
            "email" => {
                c.post(
                    "/reset/verify/send",
                    &[("channel", "email"), ("destination", "guess@home.example")],
                )
                .await
            }
            other => {
                c.post(
                    "/reset/verify/send",
                    &[("channel", other), ("destination", "+14255550100")],
                )
                .await
            }
        };
        let refused = [
            "doesn&#39;t match",
            "doesn't match",
            "isn&#39;t right",
            "isn't right",
        ]
        .iter()
        .any(|t| r.body.contains(t));
        pages.push((name, r.status, refused));
    }
    let first = (pages[0].1, pages[0].2);
    for p in &pages {
        assert_eq!((p.1, p.2), first, "{} answered differently", p.0);
    }
    // Decoys are stable for a name and look like real masks.
    let mut a = app.client();
    let r1 = start(&mut a, "nobody-at-all").await;
    let mut b = app.client();
    let r2 = start(&mut b, "nobody-at-all").await;
    let methods = |b: &str| b.matches("/reset/verify?method=").count();
    assert_eq!(methods(&r1.body), methods(&r2.body));
    assert!(methods(&r1.body) >= 1);
    // Olga (out of scope) can't succeed even with her real address: nothing is sent.
    let mut o = app.client();
    start(&mut o, "olga").await;
    o.post(
        "/reset/verify/send",
        &[("channel", "email"), ("destination", "olga@home.example")],
    )
    .await;
    assert!(
        app.messages()
            .await
            .iter()
            .all(|m| m.to != "olga@home.example"),
        "nothing is sent for an out-of-scope user"
    );
    // The audit log says what really happened.
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 200)
        .await
        .expect("audit")
        .items;
    let reasons: Vec<String> = events
        .iter()
        .filter(|e| e.activity == "User submitted their user ID")
        .map(|e| {
            format!(
                "{}={}",
                e.target,
                e.details["reason"].as_str().unwrap_or("")
            )
        })
        .collect();
    for want in [
        "mias=eligible",
        "olga=not enabled for self-service password reset",
        "nora=not registered",
        "nobody-at-all=unknown user",
    ] {
        assert!(
            reasons.iter().any(|r| r == want),
            "{want} not in {reasons:?}"
        );
    }
}

#[tokio::test]
async fn five_wrong_codes_block_self_service_for_a_day_and_a_resend_kills_the_old_code() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    c.post(
        "/reset/verify/send",
        &[("channel", "email"), ("destination", "mia@home.example")],
    )
    .await;
    let first = code_sent_to(&app, "mia@home.example");
    c.post(
        "/reset/verify/send",
        &[("channel", "email"), ("destination", "mia@home.example")],
    )
    .await;
    let second = code_sent_to(&app, "mia@home.example");
    assert_ne!(first, second);
    let r = c
        .post(
            "/reset/verify/check",
            &[("channel", "email"), ("code", &first)],
        )
        .await;
    assert!(
        r.body.contains("isn&#39;t right") || r.body.contains("isn't right"),
        "the old code died: {}",
        r.body
    );
    // The code expires after 5 minutes.
    app.clock.advance(Duration::seconds(301));
    let r = c
        .post(
            "/reset/verify/check",
            &[("channel", "email"), ("code", &second)],
        )
        .await;
    assert!(r.body.contains("expired"), "{}", r.body);
    // No code waiting: nothing was compared, nothing counted.
    let subject = format!("user:{}", mia.id);
    let failures = |app: &TestApp| {
        let (store, subject) = (app.state.store.clone(), subject.clone());
        async move {
            store
                .sspr_event_count(&subject, "verify_fail", 0)
                .await
                .expect("count")
        }
    };
    assert_eq!(failures(&app).await, 1, "only the old code counted");
    c.post(
        "/reset/verify/send",
        &[("channel", "email"), ("destination", "mia@home.example")],
    )
    .await;
    for i in 0..3 {
        let r = c
            .post(
                "/reset/verify/check",
                &[("channel", "email"), ("code", &format!("1234567{i}"))],
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
    }
    assert_eq!(failures(&app).await, 4);
    // Five failures in all: blocked, with the same words for everyone.
    let r = c
        .post(
            "/reset/verify/check",
            &[("channel", "email"), ("code", "00000000")],
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
    assert!(r.body.contains("blocked for this account for 24 hours"));
    // The person is told once, at each address they have.
    let told: Vec<String> = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.subject.contains("password reset is blocked"))
        .map(|m| m.to)
        .collect();
    assert_eq!(told.len(), 3, "{told:?}");
    assert!(told.contains(&"mia@home.example".to_owned()));
    let mut d = app.client();
    start(&mut d, "mias").await;
    let r = d
        .post(
            "/reset/verify/send",
            &[("channel", "email"), ("destination", "mia@home.example")],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "a new journey is blocked too"
    );
    assert!(
        app.state
            .store
            .audit_list(&Default::default(), 0, 200)
            .await
            .expect("audit")
            .items
            .iter()
            .any(|e| e.activity == "Blocked from self-service password reset")
    );
    app.clock
        .advance(Duration::hours(24) + Duration::seconds(5));
    let mut e = app.client();
    start(&mut e, "mias").await;
    assert_eq!(
        pass_email(&app, &mut e, "mia@home.example")
            .await
            .location(),
        "/reset/password",
        "a day later it works again"
    );
}

#[tokio::test]
async fn fifty_parallel_wrong_codes_compare_only_five() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    c.post(
        "/reset/verify/send",
        &[("channel", "email"), ("destination", "mia@home.example")],
    )
    .await;
    let mut tasks = Vec::new();
    for i in 0..50 {
        let mut c2 = app.client();
        c2.cookies = c.cookies.clone();
        c2.csrf = c.csrf.clone();
        tasks.push(tokio::spawn(async move {
            c2.post(
                "/reset/verify/check",
                &[("channel", "email"), ("code", &format!("9{i:07}"))],
            )
            .await
            .status
        }));
    }
    for t in tasks {
        let s = t.await.expect("task");
        assert!(
            s == StatusCode::BAD_REQUEST || s == StatusCode::TOO_MANY_REQUESTS,
            "{s}"
        );
    }
    let subject = format!("user:{}", mia.id);
    let n = app
        .state
        .store
        .sspr_event_count(&subject, "verify_fail", 0)
        .await
        .expect("count");
    assert_eq!(
        n, 5,
        "the failure count is taken before each comparison: no comparison after the fifth"
    );
    assert!(
        app.state
            .store
            .sspr_block_get(&subject)
            .await
            .expect("block")
            .is_some()
    );
}

#[tokio::test]
async fn an_authenticator_app_can_not_be_skipped_and_its_codes_work_once() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let secret = add_app(&app, &mia).await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    // Email alone never resets an account that has an app.
    let r = pass_email(&app, &mut c, "mia@home.example").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.location());
    assert!(r.body.contains("Verification step 2"));
    assert!(r.body.contains("Enter a code from my authenticator app"));
    assert!(
        !r.body.contains("Email my alternate email"),
        "a different method for step 2"
    );
    assert_eq!(c.get("/reset/password").await.location(), "/reset/verify");
    // Replay: a code already used by someone else in this 30 s step is refused.
    let code = secret.code_at(app.state.now());
    let r = pass_app(&app, &mut c, &secret).await;
    assert_eq!(r.location(), "/reset/password");
    let mut other = app.client();
    start(&mut other, "mias").await;
    pass_email(&app, &mut other, "mia@home.example").await;
    let r = other
        .post(
            "/reset/verify/check",
            &[("channel", "app_code"), ("code", &code)],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::BAD_REQUEST,
        "a code is never accepted twice"
    );
    app.clock.advance(Duration::seconds(30));
    assert_eq!(
        pass_app(&app, &mut other, &secret).await.location(),
        "/reset/password",
        "the next code works"
    );
}

#[tokio::test]
async fn two_methods_for_administrators_and_an_alert_to_the_other_admins() {
    let app = TestApp::new().await;
    // Even with SSPR off for users and one method, administrators need two.
    set_policy(&app, |p| p.scope = Scope::None).await;
    let helen = make_user(&app, "helen", Role::PasswordAdmin, "Old-Password-111").await;
    add_method(&app, &helen, "email", "helen@home.example").await;
    let secret = add_app(&app, &helen).await;
    let boss = latchkey_core::directory::Email::parse("email", "boss@work.example").expect("email");
    let admin = user(&app, "admin").await;
    let mut p = latchkey_core::directory::Profile {
        display_name: "Administrator".into(),
        ..Default::default()
    };
    p.email = Some(boss);
    app.state
        .store
        .user_update_profile(admin.id, &p, 1)
        .await
        .expect("profile");
    let mut c = app.client();
    start(&mut c, "helen").await;
    let r = pass_app(&app, &mut c, &secret).await;
    assert!(r.body.contains("Verification step 2"), "{}", r.location());
    assert_eq!(
        pass_email(&app, &mut c, "helen@home.example")
            .await
            .location(),
        "/reset/password"
    );
    assert_eq!(
        choose_password(&mut c, "Helpdesk-New-Pass-9")
            .await
            .location(),
        "/reset/done"
    );
    let alert = app
        .messages()
        .await
        .into_iter()
        .find(|m| m.to == "boss@work.example")
        .expect("global admins are told");
    assert!(alert.body.contains("helen"));
}

#[tokio::test]
async fn security_questions_are_never_enough_alone_and_never_for_an_admin() {
    let app = TestApp::new().await;
    set_policy(&app, |p| {
        p.scope = Scope::All;
        p.methods = vec![Method::Questions, Method::Email];
        p.questions_to_register = 3;
        p.questions_to_reset = 3;
    })
    .await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let mut stored = Vec::new();
    for (q, a) in [
        ("q01", "Lisbon"),
        ("q02", "Rex the dog"),
        ("q03", "Blue  Bicycle"),
    ] {
        let h = app
            .state
            .hasher
            .hash(&latchkey_core::Secret::new(
                latchkey_core::questions::normalise_answer(a),
            ))
            .await
            .expect("hash");
        stored.push((q.to_owned(), h));
    }
    app.state
        .store
        .answers_set(mia.id, &stored)
        .await
        .expect("answers");
    // Answers alone are not enough to be able to reset: a decoy journey, nothing real.
    let mut alone = app.client();
    start(&mut alone, "mias").await;
    let last = app
        .state
        .store
        .audit_list(&Default::default(), 0, 1)
        .await
        .expect("audit");
    assert_eq!(
        last.items[0].details["reason"], "not registered",
        "questions alone don't make an account able to reset"
    );
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    let r = start(&mut c, "mias").await;
    assert!(r.body.contains("Answer my security questions"));
    let r = c.get("/reset/verify?method=questions").await;
    let q1 = latchkey_core::questions::predefined("q01").expect("q");
    assert!(
        r.body.contains(&q1.replace('\'', "&#39;")) || r.body.contains(q1),
        "{}",
        r.body
    );
    // Order is random: answer by question text.
    let answer_for = |body: &str, i: usize| -> &'static str {
        let needle = format!("for=\"answer_{i}\">");
        let label_start = body.find(&needle).expect("label") + needle.len();
        let label = &body[label_start..];
        for (q, a) in [
            ("q01", "lisbon"),
            ("q02", "REX THE DOG"),
            ("q03", " blue bicycle "),
        ] {
            let t = latchkey_core::questions::predefined(q).expect("q");
            if label.starts_with(t) || label.starts_with(&t.replace('\'', "&#39;")) {
                return a;
            }
        }
        "unknown"
    };
    let wrong = c
        .post(
            "/reset/verify/check",
            &[
                ("channel", "questions"),
                ("answer_0", "x"),
                ("answer_1", "y"),
                ("answer_2", "z"),
            ],
        )
        .await;
    assert!(wrong.body.contains("didn&#39;t match") || wrong.body.contains("didn't match"));
    let r = c.get("/reset/verify?method=questions").await;
    let (a0, a1, a2) = (
        answer_for(&r.body, 0),
        answer_for(&r.body, 1),
        answer_for(&r.body, 2),
    );
    let r = c
        .post(
            "/reset/verify/check",
            &[
                ("channel", "questions"),
                ("answer_0", a0),
                ("answer_1", a1),
                ("answer_2", a2),
            ],
        )
        .await;
    // Right answers, with one method required: still a second, different method.
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        r.body.contains("Now choose a second, different method"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("Answer my security questions"));
    let r = pass_email(&app, &mut c, "mia@home.example").await;
    assert_eq!(r.location(), "/reset/password", "{}", r.body);
    // An administrator with only answers registered can't reset: decoy pages.
    let helen = make_user(&app, "helen", Role::PasswordAdmin, "Old-Password-111").await;
    app.state
        .store
        .answers_set(helen.id, &stored)
        .await
        .expect("answers");
    let events_before = app
        .state
        .store
        .audit_list(&Default::default(), 0, 500)
        .await
        .expect("audit")
        .total;
    let mut h = app.client();
    start(&mut h, "helen").await;
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 500)
        .await
        .expect("audit");
    assert!(events.total > events_before);
    assert_eq!(events.items[0].details["reason"], "not registered");
}

#[tokio::test]
async fn unlock_without_reset_keeps_the_password() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    set_policy(&app, |p| p.allow_unlock = true).await;
    let mia = make_user(&app, "mias", Role::User, "Known-Password-42").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut s = app.client();
    for i in 0..10 {
        s.sign_in("mias", &format!("bad-guess-{i}-x")).await;
    }
    assert!(
        s.sign_in("mias", "Known-Password-42")
            .await
            .body
            .contains("temporarily locked")
    );
    let mut c = app.client();
    c.get("/reset").await;
    let r = c.post("/reset", &[("username", "mias")]).await;
    assert_eq!(r.location(), "/reset/options");
    let r = c.get("/reset/options").await;
    assert!(
        r.body.contains("I forgot my password")
            && r.body
                .contains("I know my password, but still can't sign in")
    );
    c.post("/reset/options", &[("choice", "unlock")]).await;
    let r = pass_email(&app, &mut c, "mia@home.example").await;
    assert_eq!(r.location(), "/reset/done");
    assert!(
        c.get("/reset/done")
            .await
            .body
            .contains("Your account has been unlocked")
    );
    assert_eq!(
        s.sign_in("mias", "Known-Password-42").await.status,
        StatusCode::SEE_OTHER,
        "same password, unlocked"
    );
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 100)
        .await
        .expect("audit")
        .items;
    assert!(
        events
            .iter()
            .any(|e| e.activity == "Unlock user account (self-service)")
    );
}

#[tokio::test]
async fn a_journey_lasts_fifteen_minutes() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    app.clock.advance(Duration::minutes(16));
    let r = c.get("/reset/verify").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("Your session has expired") && r.body.contains("Start again"));
}

#[tokio::test]
async fn contact_your_administrator_reaches_password_admins_without_revealing_anything() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    set_policy(&app, |p| {
        p.helpdesk = "https://help.contoso.example/password".into()
    })
    .await;
    make_user(&app, "helen", Role::PasswordAdmin, "Old-Password-111").await;
    make_user(&app, "nora", Role::User, "Old-Password-111").await;
    let mut c = app.client();
    start(&mut c, "nora").await;
    let r = c.get("/reset/help").await;
    assert!(r.body.contains("https://help.contoso.example/password"));
    let known = c.post("/reset/help", &[]).await;
    let mut d = app.client();
    start(&mut d, "nobody-at-all").await;
    let unknown = d.post("/reset/help", &[]).await;
    assert_eq!(known.status, unknown.status);
    assert!(
        known.body.contains("let your administrators know")
            && unknown.body.contains("let your administrators know")
    );
    let sent = app.messages().await;
    assert_eq!(
        sent.len(),
        1,
        "only the real user's request is sent: {sent:?}"
    );
    assert_eq!(sent[0].to, "helen@work.example", "password admins first");
    assert!(sent[0].body.contains("nora"));
}

#[tokio::test]
async fn this_wasnt_me_blocks_the_account_and_alerts_admins() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    make_user(&app, "gina", Role::GlobalAdmin, "Old-Password-111").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    pass_email(&app, &mut c, "mia@home.example").await;
    choose_password(&mut c, "Brand-New-Secret-22").await;
    let notice = app
        .messages()
        .await
        .into_iter()
        .find(|m| m.to == "mias@work.example")
        .expect("notice");
    let start_at = notice.body.find("/report/").expect("link");
    let path: String = notice.body[start_at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    let mut r = app.client();
    let page = r.get(&path).await;
    assert!(
        page.body.contains("This wasn&#39;t me") || page.body.contains("This wasn't me"),
        "{}",
        page.body
    );
    assert!(
        app.state.store.user_get(mia.id).await.expect("u").enabled,
        "opening the link changes nothing"
    );
    r.post(&path, &[]).await;
    assert!(!app.state.store.user_get(mia.id).await.expect("u").enabled);
    assert!(
        app.messages()
            .await
            .iter()
            .any(|m| m.to == "gina@work.example" && m.subject.contains("mias"))
    );
    let again = r.get(&path).await;
    assert!(again.body.contains("expired"), "single use");
}

#[tokio::test]
async fn delivery_failures_are_explained_and_cost_no_attempt() {
    let app = TestApp::with_failing_delivery().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    let r = c
        .post(
            "/reset/verify/send",
            &[("channel", "email"), ("destination", "mia@home.example")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("couldn&#39;t send a code") || r.body.contains("couldn't send a code"),
        "{}",
        r.body
    );
    let n = app
        .state
        .store
        .sspr_event_count(&format!("user:{}", mia.id), "verify_fail", 0)
        .await
        .expect("count");
    assert_eq!(n, 0);
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 50)
        .await
        .expect("audit")
        .items;
    assert!(
        events
            .iter()
            .any(|e| e.activity == "Verification code could not be sent")
    );
    let _ = ADMIN_PW;
}

#[tokio::test]
async fn texts_and_calls_count_against_the_phone_limit() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "mobile", "+14255550123").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    for i in 0..5 {
        let channel = if i % 2 == 0 {
            "mobile_sms"
        } else {
            "mobile_voice"
        };
        // One code a minute to a number (`limits.destination_cooldown_seconds`).
        app.clock.advance(time::Duration::seconds(61));
        let r = c
            .post(
                "/reset/verify/send",
                &[("channel", channel), ("destination", "+1 425 555 0123")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "send {i}: {}", r.body);
    }
    app.clock.advance(time::Duration::seconds(61));
    let r = c
        .post(
            "/reset/verify/send",
            &[
                ("channel", "mobile_sms"),
                ("destination", "+1 425 555 0123"),
            ],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the sixth send in an hour is refused"
    );
    let to_phone = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.to == "+14255550123")
        .count();
    assert_eq!(to_phone, 5, "no code beyond the limit");
}

#[tokio::test]
async fn an_app_stays_required_when_the_policy_stops_offering_apps() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let secret = add_app(&app, &mia).await;
    set_policy(&app, |p| {
        p.methods = vec![Method::Email, Method::MobilePhone]
    })
    .await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    let r = pass_email(&app, &mut c, "mia@home.example").await;
    assert!(
        r.body.contains("Verification step 2") && r.body.contains("authenticator app"),
        "{}",
        r.location()
    );
    assert_eq!(
        pass_app(&app, &mut c, &secret).await.location(),
        "/reset/password"
    );
}

#[tokio::test]
async fn an_admin_reset_tells_the_user_and_huge_passwords_are_refused_at_once() {
    let app = TestApp::new().await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    admin
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("auto_password", "true")],
        )
        .await;
    assert!(
        app.messages()
            .await
            .iter()
            .any(|m| m.to == "mias@work.example" && m.body.contains("/report/"))
    );
    let r = admin
        .post("/password/strength", &[("password", &"ab".repeat(30_000))])
        .await;
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    assert_eq!(v["code"], "password_too_long");
    // The "this wasn't me" token never reaches the log.
    let link = app
        .messages()
        .await
        .into_iter()
        .find(|m| m.to == "mias@work.example")
        .expect("notice")
        .body;
    let at = link.find("/report/").expect("link");
    let path: String = link[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    app.client().get(&path).await;
    let token = path.trim_start_matches("/report/");
    assert!(
        !crate::harness::logs().contains(token),
        "report tokens are not logged"
    );
}

/// Answers the CAPTCHA's accessible question, as a screen-reader user would.
fn solve(question: &str) -> String {
    const NUMBERS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some(rest) = question.strip_prefix("What is ") {
        let parts: Vec<&str> = rest.trim_end_matches('?').split_whitespace().collect();
        let a = NUMBERS
            .iter()
            .position(|w| *w == parts[0])
            .expect("number word") as i64;
        let b: i64 = parts[2].parse().expect("digit");
        return if parts[1] == "plus" { a + b } else { a - b }.to_string();
    }
    let (ordinal, words) = question
        .strip_prefix("Type the ")
        .and_then(|r| r.split_once(" word of: "))
        .expect("word question");
    let i = ["first", "second", "third", "fourth"]
        .iter()
        .position(|o| *o == ordinal)
        .expect("ordinal");
    words.split_whitespace().nth(i).expect("word").to_owned()
}

fn captcha_of(body: &str) -> (String, String) {
    let t = body.find("name=\"captcha_token\" value=\"").expect("token") + 28;
    let token: String = body[t..].chars().take_while(|c| *c != '"').collect();
    let q = body
        .find("Answer this instead: <strong>")
        .expect("question")
        + 29;
    let question: String = body[q..].chars().take_while(|c| *c != '<').collect();
    (token, crate::harness::html_unescape(&question))
}

#[tokio::test]
async fn the_captcha_guards_the_start_and_can_not_be_replayed() {
    let app = TestApp::with_env(&[("LATCHKEY_CAPTCHA", "image")]).await;
    enable_for_all(&app).await;
    let mut c = app.client();
    let page = c.get("/reset").await;
    assert!(
        page.body.contains("data:image/svg+xml;base64,") && page.body.contains("alt=\"CAPTCHA")
    );
    let (token, question) = captcha_of(&page.body);
    let r = c
        .post(
            "/reset",
            &[
                ("username", "mias"),
                ("captcha_token", &token),
                ("captcha_answer", "wrong"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("didn&#39;t match") || r.body.contains("didn't match"));
    assert!(r.body.contains("value=\"mias\""), "the username is kept");
    let (token, question2) = captcha_of(&r.body);
    let _ = question;
    let answer = solve(&question2);
    let r = c
        .post(
            "/reset",
            &[
                ("username", "mias"),
                ("captcha_token", &token),
                ("captcha_answer", &answer),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut d = app.client();
    d.get("/reset").await;
    let r = d
        .post(
            "/reset",
            &[
                ("username", "mias"),
                ("captcha_token", &token),
                ("captcha_answer", &answer),
            ],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::BAD_REQUEST,
        "a solved CAPTCHA works once"
    );
    assert!(r.body.contains("already used"));
}
