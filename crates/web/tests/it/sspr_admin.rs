//! The policy pages, and registration at /setup with the sign-in interrupt.

use crate::harness::{ADMIN_PW, TestApp};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::directory::Role;
use latchkey_core::policy::Scope;
use latchkey_core::store::MethodKind;

#[tokio::test]
async fn the_policy_pages_save_validate_and_audit() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    for (path, text) in [
        ("properties", "Self-service password reset enabled"),
        (
            "authentication-methods",
            "Number of methods required to reset",
        ),
        ("registration", "Require users to register when signing in?"),
        ("notifications", "Notify users on password resets?"),
        ("customization", "Customize helpdesk link"),
        ("on-premises", "unlock accounts without resetting"),
        (
            "administrator-policy",
            "Security questions: <strong>never</strong>",
        ),
    ] {
        let r = admin.get(&format!("/admin/password-reset/{path}")).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert!(r.body.contains(text), "{path}: {text}");
    }
    let group = app
        .state
        .store
        .group_create("SSPRTesters", "Testers of SSPR rollout", 1)
        .await
        .expect("group");
    // Once SSPR is on, administrators must have registered their two methods to go on.
    let boss = user(&app, "admin").await;
    add_method(&app, &boss, "email", "boss@home.example").await;
    add_method(&app, &boss, "mobile", "+14255550100").await;
    let r = admin
        .post(
            "/admin/password-reset/properties",
            &[("scope", "selected"), ("group", "")],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::BAD_REQUEST,
        "{} {}",
        r.location(),
        r.body
    );
    assert!(r.body.contains("Choose the group"));
    let r = admin
        .post(
            "/admin/password-reset/properties",
            &[("scope", "selected"), ("group", &group.id.to_string())],
        )
        .await;
    assert_eq!(r.location(), "/admin/password-reset/properties?saved=1");
    let p = latchkey_web::sspr::load_policy(&app.state)
        .await
        .expect("policy");
    assert_eq!((p.scope, p.group_id), (Scope::Selected, Some(group.id)));
    // Register ≥ reset is explained.
    let r = admin
        .post(
            "/admin/password-reset/authentication-methods",
            &[
                ("methods_required", "1"),
                ("m_email", "true"),
                ("m_questions", "true"),
                ("questions_to_register", "3"),
                ("questions_to_reset", "4"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("must not exceed the number required to register"),
        "{}",
        r.body
    );
    let r = admin
        .post(
            "/admin/password-reset/authentication-methods",
            &[
                ("methods_required", "2"),
                ("m_email", "true"),
                ("questions_to_register", "3"),
                ("questions_to_reset", "3"),
            ],
        )
        .await;
    assert!(r.body.contains("Choose at least 2 methods"));
    let r = admin
        .post(
            "/admin/password-reset/authentication-methods",
            &[
                ("methods_required", "2"),
                ("m_email", "true"),
                ("m_mobile_phone", "true"),
                ("questions_to_register", "5"),
                ("questions_to_reset", "3"),
                (
                    "custom_questions",
                    "What was the name of your first team?\n\n",
                ),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let p = latchkey_web::sspr::load_policy(&app.state)
        .await
        .expect("policy");
    assert_eq!(p.methods_required, 2);
    assert_eq!(
        p.custom_questions,
        vec!["What was the name of your first team?".to_string()]
    );
    let r = admin
        .post(
            "/admin/password-reset/registration",
            &[("require_registration", "false"), ("reconfirm_days", "999")],
        )
        .await;
    assert!(r.body.contains("between 0 (never) and 730"));
    let r = admin
        .post(
            "/admin/password-reset/customization",
            &[("customize", "true"), ("helpdesk", "not a link")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = admin
        .post("/admin/password-reset/administrator-policy", &[])
        .await;
    assert_eq!(
        r.status,
        StatusCode::BAD_REQUEST,
        "the administrator policy is fixed"
    );
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 100)
        .await
        .expect("audit")
        .items;
    let change = events
        .iter()
        .find(|e| e.activity == "Update self-service password reset policy")
        .expect("audited");
    assert_eq!(change.details["before"]["methods_required"], 1);
    assert_eq!(change.details["after"]["methods_required"], 2);
    // Password administrators can look but not change.
    let helen = make_user(&app, "helen", Role::PasswordAdmin, "Old-Password-111").await;
    add_method(&app, &helen, "email", "helen@home.example").await;
    add_method(&app, &helen, "office", "+14255550199").await;
    let mut h = app.signed_in("helen", "Old-Password-111").await;
    assert!(
        h.get("/admin/password-reset/properties")
            .await
            .body
            .contains("Only global administrators")
    );
    assert_eq!(
        h.post(
            "/admin/password-reset/notifications",
            &[("notify_users", "false")]
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_user_in_scope_is_asked_to_register_and_proves_each_method() {
    let app = TestApp::new().await;
    let group = app
        .state
        .store
        .group_create("SSPRTesters", "", 1)
        .await
        .expect("group");
    let parent = app
        .state
        .store
        .group_create("Everyone", "", 1)
        .await
        .expect("group");
    app.state
        .store
        .group_add_group(group.id, parent.id)
        .await
        .ok();
    set_policy(&app, |p| {
        p.scope = Scope::Selected;
        p.group_id = Some(group.id);
        p.methods_required = 2;
    })
    .await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    // Out of scope: no interrupt.
    let mut c = app.signed_in("mias", "Old-Password-111").await;
    assert_eq!(c.get("/account").await.status, StatusCode::OK);
    // In scope through a nested group: the interrupt.
    app.state
        .store
        .group_add_user(parent.id, mia.id)
        .await
        .expect("member");
    app.state
        .store
        .group_remove_group(group.id, parent.id)
        .await
        .ok();
    app.state
        .store
        .group_add_group(group.id, parent.id)
        .await
        .expect("nest");
    let r = c.get("/account").await;
    assert_eq!(r.location(), "/setup");
    let r = c.get("/setup").await;
    assert!(
        r.body.contains("More information required") && r.body.contains("Keep your account secure")
    );
    assert!(
        r.body.contains("value=\"mias@home.example\""),
        "the admin-set address is offered"
    );
    // Email: a wrong address format, then the real one and its code.
    let r = c
        .post(
            "/setup/send",
            &[("kind", "email"), ("email_address", "not-an-email")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    c.post(
        "/setup/send",
        &[("kind", "email"), ("email_address", "mia@home.example")],
    )
    .await;
    let r = c
        .post(
            "/setup/verify",
            &[("kind", "email"), ("email_code", "00000000")],
        )
        .await;
    assert!(r.body.contains("isn&#39;t right") || r.body.contains("isn't right"));
    let code = code_sent_to(&app, "mia@home.example");
    let r = c
        .post("/setup/verify", &[("kind", "email"), ("email_code", &code)])
        .await;
    assert_eq!(r.location(), "/setup?added=1");
    assert_eq!(
        c.get("/account").await.location(),
        "/setup",
        "one of two methods is not enough"
    );
    // Mobile phone, with the country picker, by text message.
    let r = c
        .post(
            "/setup/send",
            &[
                ("kind", "mobile"),
                ("via", "sms"),
                ("country", "44"),
                ("mobile_number", "12"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    c.post(
        "/setup/send",
        &[
            ("kind", "mobile"),
            ("via", "sms"),
            ("country", "44"),
            ("mobile_number", "07911 123456"),
        ],
    )
    .await;
    let sms = app
        .messages()
        .await
        .into_iter()
        .rfind(|m| m.channel == latchkey_notify::Channel::Sms)
        .expect("sms");
    assert_eq!(sms.to, "+447911123456");
    assert_eq!(sms.channel, latchkey_notify::Channel::Sms);
    let code = code_sent_to(&app, "+447911123456");
    c.post(
        "/setup/verify",
        &[("kind", "mobile"), ("mobile_code", &code)],
    )
    .await;
    assert_eq!(
        c.get("/account").await.status,
        StatusCode::OK,
        "registered: no more interrupt"
    );
    assert!(
        app.state
            .store
            .user_confirmed_at(mia.id)
            .await
            .expect("c")
            .is_some()
    );
    // An authenticator app, confirmed by a code from it.
    let r = c.get("/setup/app").await;
    assert!(r.body.contains("<svg") && r.body.contains("totp-secret"));
    let start = r.body.find("id=\"totp-secret\">").expect("secret") + 17;
    let shown: String = r.body[start..].chars().take_while(|c| *c != '<').collect();
    let secret = latchkey_core::totp::TotpSecret::from_base32(&shown).expect("base32");
    let r = c
        .post("/setup/app", &[("name", "Work phone"), ("code", "000000")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
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
    let methods = app.state.store.methods_of(mia.id).await.expect("methods");
    let app_row = methods
        .iter()
        .find(|m| m.kind == MethodKind::App)
        .expect("app");
    assert!(
        !app_row.secret.contains(&shown.replace(' ', "")),
        "the seed is encrypted at rest"
    );
    // Removing below the required number is refused.
    let email = methods
        .iter()
        .find(|m| m.kind == MethodKind::Email)
        .expect("email");
    let mobile = methods
        .iter()
        .find(|m| m.kind == MethodKind::Mobile)
        .expect("mobile");
    c.post("/setup/remove", &[("id", &app_row.id.to_string())])
        .await;
    let r = c
        .post("/setup/remove", &[("id", &email.id.to_string())])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("You need at least 2 methods"), "{}", r.body);
    assert!(
        app.state
            .store
            .methods_of(mia.id)
            .await
            .expect("m")
            .iter()
            .any(|m| m.id == mobile.id)
    );
    // /account lists the security info.
    let r = c.get("/account").await;
    assert!(
        r.body.contains("Email: mia@home.example")
            && r.body.contains("Mobile phone: +447911123456")
    );
    // Re-confirmation after the period.
    app.clock.advance(time::Duration::days(181));
    let mut c = app.signed_in("mias", "Old-Password-111").await;
    assert_eq!(c.get("/account").await.location(), "/setup");
    assert!(c.get("/setup").await.body.contains("Looks good"));
    c.post("/setup/confirm", &[]).await;
    assert_eq!(c.get("/account").await.status, StatusCode::OK);
}

#[tokio::test]
async fn security_questions_are_registered_with_rules_and_hashed() {
    let app = TestApp::new().await;
    set_policy(&app, |p| {
        p.scope = Scope::All;
        p.methods = vec![
            latchkey_core::policy::Method::Questions,
            latchkey_core::policy::Method::Email,
        ];
    })
    .await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let mut c = app.signed_in("mias", "Old-Password-111").await;
    let r = c.get("/setup/questions").await;
    assert_eq!(r.status, StatusCode::OK);
    let r = c
        .post(
            "/setup/questions",
            &[
                ("question_0", "q01"),
                ("answer_0", "Lisbon"),
                ("question_1", "q01"),
                ("answer_1", "Porto"),
                ("question_2", "q03"),
                ("answer_2", "Rex"),
            ],
        )
        .await;
    assert!(r.body.contains("already chosen"), "{}", r.body);
    let r = c
        .post(
            "/setup/questions",
            &[
                ("question_0", "q01"),
                ("answer_0", "Lisbon"),
                ("question_1", "q02"),
                ("answer_1", "li"),
                ("question_2", "q03"),
                ("answer_2", "Rex"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(!r.body.contains("Lisbon"), "answers are never shown back");
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
    let stored = app.state.store.answers_of(mia.id).await.expect("answers");
    assert_eq!(stored.len(), 3);
    assert!(
        stored
            .iter()
            .all(|(_, h)| h.starts_with("$argon2id$") && !h.to_lowercase().contains("lisbon"))
    );
}

#[tokio::test]
async fn one_phone_can_not_be_two_methods() {
    let app = TestApp::new().await;
    set_policy(&app, |p| {
        p.scope = Scope::All;
        p.methods = vec![
            latchkey_core::policy::Method::MobilePhone,
            latchkey_core::policy::Method::OfficePhone,
        ];
        p.methods_required = 2;
    })
    .await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "mobile", "+14255550123").await;
    let mut c = app.signed_in("mias", "Old-Password-111").await;
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
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("already registered as your other phone"),
        "{}",
        r.body
    );
    assert!(
        app.state
            .store
            .methods_of(mia.id)
            .await
            .expect("m")
            .iter()
            .all(|m| m.kind != MethodKind::Office)
    );
}
