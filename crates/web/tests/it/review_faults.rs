//! Faults a review found after the journey became a state machine, each kept as a test:
//! rules that changed under a verified journey, sends that failed but counted, blocks
//! nobody heard of, an administrator resetting their own password.

use crate::harness::TestApp;
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::audit::activity;
use latchkey_core::directory::Role;
use latchkey_core::store::AuditFilter;

async fn count(app: &TestApp, act: &str, target: &str) -> i64 {
    app.state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(act.into()),
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

fn expired(r: &crate::harness::Resp) -> bool {
    r.status == StatusCode::BAD_REQUEST && r.body.contains("Your session has expired")
}

/// Verified with one method, then promoted to administrator (two methods needed) or the
/// policy raised to two: the verified journey no longer holds.
#[tokio::test]
async fn a_verified_journey_is_checked_against_the_rules_in_force() {
    for change in ["promoted", "two methods required"] {
        let app = TestApp::new().await;
        enable_for_all(&app).await;
        let jan = make_user(&app, "jan", Role::User, "Old-Password-111").await;
        add_method(&app, &jan, "email", "jan@home.example").await;
        add_method(&app, &jan, "mobile", "+14255550142").await;
        let mut c = app.client();
        start(&mut c, "jan").await;
        assert_eq!(
            pass_email(&app, &mut c, "jan@home.example")
                .await
                .location(),
            "/reset/password"
        );
        match change {
            "promoted" => {
                app.state
                    .store
                    .user_set_role(jan.id, Role::GlobalAdmin, app.state.now())
                    .await
                    .expect("role");
            }
            _ => set_policy(&app, |p| p.methods_required = 2).await,
        }
        let r = c
            .post(
                "/reset/password",
                &[
                    ("new_password", "Fresh-Horse-Battery-9"),
                    ("confirm_password", "Fresh-Horse-Battery-9"),
                ],
            )
            .await;
        assert!(expired(&r), "{change}: {}", r.body);
        assert_eq!(
            count(&app, activity::SSPR_RESET, "jan").await,
            0,
            "{change}"
        );
    }
}

/// Unlocking switched off after a journey chose it: it can't unlock any more; a journey
/// still at the choice becomes a reset.
#[tokio::test]
async fn unlocking_switched_off_under_a_journey() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    set_policy(&app, |p| p.allow_unlock = true).await;
    let omar = make_user(&app, "omar", Role::User, "Old-Password-111").await;
    add_method(&app, &omar, "email", "omar@home.example").await;
    let mut chose = app.client();
    start(&mut chose, "omar").await;
    chose.post("/reset/options", &[("choice", "unlock")]).await;
    let mut undecided = app.client();
    let r = undecided.get("/reset").await;
    assert_eq!(r.status, StatusCode::OK);
    let r = undecided.post("/reset", &[("username", "omar")]).await;
    assert_eq!(r.location(), "/reset/options");
    set_policy(&app, |p| p.allow_unlock = false).await;
    let r = chose.get("/reset/verify").await;
    assert!(expired(&r), "{}", r.body);
    let r = undecided.get("/reset/options").await;
    assert_eq!(r.location(), "/reset/verify", "no unlock offered any more");
    assert_eq!(
        pass_email(&app, &mut undecided, "omar@home.example")
            .await
            .location(),
        "/reset/password",
        "the undecided journey goes on as a reset"
    );
    assert_eq!(count(&app, activity::SSPR_UNLOCK, "omar").await, 0);
}

/// Codes that could not be sent don't count against the person.
#[tokio::test]
async fn failed_sends_count_nothing() {
    let app = TestApp::with_failing_delivery().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    add_method(&app, &mia, "mobile", "+14255550143").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    for (channel, to) in [
        ("email", "mia@home.example"),
        ("mobile_sms", "+14255550143"),
    ] {
        for _ in 0..12 {
            let r = c
                .post(
                    "/reset/verify/send",
                    &[("channel", channel), ("destination", to)],
                )
                .await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
            assert!(r.body.contains("couldn&#39;t send") || r.body.contains("couldn't send"));
        }
    }
    assert_eq!(count(&app, activity::SSPR_BLOCKED, "mias").await, 0);
    for kind in ["email_sent", "validation"] {
        assert_eq!(
            app.state
                .store
                .sspr_event_count(&format!("user:{}", mia.id), kind, 0)
                .await
                .expect("count"),
            0,
            "{kind}"
        );
    }
}

/// However a block comes about (wrong answers in parallel journeys hitting the limit of
/// validations, or failed verifications), the person is told once.
#[tokio::test]
async fn every_block_is_told_once() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let _ = add_app(&app, &mia).await;
    let mut tasks = Vec::new();
    for i in 0..12 {
        let mut c = app.client();
        tasks.push(tokio::spawn(async move {
            start(&mut c, "mias").await;
            c.post(
                "/reset/verify/check",
                &[
                    ("channel", "app_code"),
                    ("code", &format!("00000{}", i % 10)),
                ],
            )
            .await
            .status
        }));
    }
    for t in tasks {
        t.await.expect("task");
    }
    assert_eq!(count(&app, activity::SSPR_BLOCKED, "mias").await, 1);
    let told = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.subject.contains("password reset is blocked") && m.to == "mia@home.example")
        .count();
    assert_eq!(told, 1, "the person hears of the block once");
}

/// Administrators change their own password on My account, never through the admin
/// tools (a leaked API token must not take over its owner).
#[tokio::test]
async fn nobody_resets_their_own_password_through_the_admin_tools() {
    let app = TestApp::new().await;
    let boss = make_user(&app, "boss", Role::GlobalAdmin, "Old-Password-111").await;
    let ctx = latchkey_web::audit::Ctx {
        actor: "boss".into(),
        client_ip: String::new(),
        correlation_id: String::new(),
    };
    for actor in [
        latchkey_web::service::directory::Actor::portal(&boss, ctx.clone()),
        latchkey_web::service::directory::Actor::api(&boss, 1, ctx.clone()),
    ] {
        let r =
            latchkey_web::service::password::admin_reset(&app.state, &actor, &boss, None, false)
                .await;
        assert!(
            matches!(r, Err(latchkey_web::service::ServiceError::SelfReset)),
            "{r:?}"
        );
    }
    assert_eq!(count(&app, activity::RESET_PASSWORD_ADMIN, "boss").await, 0);
    // A password administrator can't reset an administrator, whichever adapter asks.
    let helen = make_user(&app, "helen", Role::PasswordAdmin, "Old-Password-111").await;
    let r = latchkey_web::service::password::admin_reset(
        &app.state,
        &latchkey_web::service::directory::Actor::portal(&helen, ctx),
        &boss,
        None,
        false,
    )
    .await;
    assert!(
        matches!(r, Err(latchkey_web::service::ServiceError::Forbidden(_))),
        "{r:?}"
    );
}

/// An administrator's reset while a self-service journey is at its last step: the
/// journey's password never lands afterwards.
#[tokio::test]
async fn an_admin_reset_voids_a_journey_at_its_last_step() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    assert_eq!(
        pass_email(&app, &mut c, "mia@home.example")
            .await
            .location(),
        "/reset/password"
    );
    let ctx = latchkey_web::audit::Ctx {
        actor: "cli".into(),
        client_ip: String::new(),
        correlation_id: String::new(),
    };
    latchkey_web::service::password::admin_reset(
        &app.state,
        &latchkey_web::service::directory::Actor::cli(ctx),
        &mia,
        Some(latchkey_core::Secret::new("Rescue-Pass-Word-77")),
        false,
    )
    .await
    .expect("admin reset");
    let r = c
        .post(
            "/reset/password",
            &[
                ("new_password", "Attacker-Choice-123"),
                ("confirm_password", "Attacker-Choice-123"),
            ],
        )
        .await;
    assert!(expired(&r), "{}", r.body);
    let mut s = app.client();
    assert_eq!(
        s.sign_in("mias", "Rescue-Pass-Word-77").await.status,
        StatusCode::SEE_OTHER,
        "the administrator's password stands"
    );
}
