//! Registration campaigns: weekly reminders to unregistered (or re-confirmation due) users
//! in scope, with the clock moved forward; coverage snapshots over time on the page and in
//! the API; the settings page.

use crate::harness::{ADMIN_PW, TestApp};
use crate::sspr_support::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use latchkey_core::campaign::CampaignSettings;
use latchkey_core::directory::Role;
use latchkey_core::policy::Scope;
use latchkey_web::service::campaigns::{
    run_campaign, save_settings, settings, snapshot_if_missing,
};
use latchkey_web::service::directory::Actor;

const DAY: i64 = 86_400;

fn cli() -> Actor {
    Actor::cli(latchkey_web::audit::Ctx {
        actor: "test".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    })
}

async fn turn_on(app: &TestApp, interval_days: u16) {
    save_settings(
        &app.state,
        &cli(),
        CampaignSettings {
            enabled: true,
            interval_days,
            include_reconfirm: true,
        },
    )
    .await
    .expect("settings");
}

fn advance(app: &TestApp, secs: i64) {
    app.clock.advance(time::Duration::seconds(secs));
}

/// The campaign's reminders delivered to `to` so far.
async fn reminders_to(app: &TestApp, to: &str) -> Vec<latchkey_notify::Message> {
    app.messages()
        .await
        .into_iter()
        .filter(|m| m.to == to && m.body.contains("/setup"))
        .collect()
}

async fn run(app: &TestApp) -> latchkey_web::service::campaigns::RunReport {
    run_campaign(&app.state, app.state.now())
        .await
        .expect("campaign run")
}

async fn audit_count(app: &TestApp, activity: &str) -> usize {
    app.state
        .store
        .audit_list(&Default::default(), 0, 1000)
        .await
        .expect("audit")
        .items
        .iter()
        .filter(|e| e.activity == activity)
        .count()
}

#[tokio::test]
async fn reminders_go_once_a_week_to_unregistered_users_until_they_register() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    // Off by default: nothing goes out.
    assert!(!settings(&app.state).await.expect("settings").enabled);
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let done = make_user(&app, "done", Role::User, "Old-Password-111").await;
    add_method(&app, &done, "email", "done@home.example").await;
    let r = run(&app).await;
    assert!(!r.active && r.sent == 0);
    assert!(reminders_to(&app, "mias@work.example").await.is_empty());

    turn_on(&app, 7).await;
    assert_eq!(
        audit_count(&app, "Update registration campaign settings").await,
        1
    );
    let r = run(&app).await;
    assert!(r.active && r.sent >= 1, "{r:?}");
    let got = reminders_to(&app, "mias@work.example").await;
    assert_eq!(got.len(), 1, "one reminder on the first run");
    let m = &got[0];
    assert!(m.subject.contains("Set up password reset"), "{}", m.subject);
    assert!(m.body.contains("http") && m.body.contains("/setup"));
    assert!(m.body.contains("every 7 days"), "{}", m.body);
    // Never to the registered user.
    assert!(reminders_to(&app, "done@work.example").await.is_empty());
    assert_eq!(audit_count(&app, "Registration campaign run").await, 1);

    // The same week: nothing more, however often the job wakes.
    for _ in 0..3 {
        advance(&app, 2 * DAY);
        run(&app).await;
    }
    assert_eq!(reminders_to(&app, "mias@work.example").await.len(), 1);
    // Seven days after the first: the next one.
    advance(&app, DAY);
    run(&app).await;
    assert_eq!(reminders_to(&app, "mias@work.example").await.len(), 2);

    // Registered: no more.
    add_method(&app, &mia, "email", "mia@home.example").await;
    advance(&app, 8 * DAY);
    run(&app).await;
    advance(&app, 8 * DAY);
    run(&app).await;
    assert_eq!(reminders_to(&app, "mias@work.example").await.len(), 2);

    // Turned off: none, even when due.
    let other = make_user(&app, "other", Role::User, "Old-Password-111").await;
    let _ = other;
    save_settings(&app.state, &cli(), CampaignSettings::default())
        .await
        .expect("off");
    run(&app).await;
    assert!(reminders_to(&app, "other@work.example").await.is_empty());
}

#[tokio::test]
async fn due_reconfirmation_is_reminded_and_out_of_scope_users_never() {
    let app = TestApp::new().await;
    let inside = make_user(&app, "inside", Role::User, "Old-Password-111").await;
    make_user(&app, "outside", Role::User, "Old-Password-111").await;
    let due = make_user(&app, "due", Role::User, "Old-Password-111").await;
    let group = latchkey_web::service::directory::create_group(
        &app.state,
        &cli(),
        "Pilot",
        "",
        &["inside".to_owned(), "due".to_owned()],
    )
    .await
    .expect("group");
    let _ = inside;
    set_policy(&app, |p| {
        p.scope = Scope::Selected;
        p.group_id = Some(group.id);
        p.reconfirm_days = 30;
    })
    .await;
    add_method(&app, &due, "email", "due@home.example").await;
    turn_on(&app, 7).await;
    run(&app).await;
    assert_eq!(reminders_to(&app, "inside@work.example").await.len(), 1);
    assert!(
        reminders_to(&app, "due@work.example").await.is_empty(),
        "confirmed today"
    );
    assert!(reminders_to(&app, "outside@work.example").await.is_empty());

    advance(&app, 31 * DAY);
    run(&app).await;
    let got = reminders_to(&app, "due@work.example").await;
    assert_eq!(got.len(), 1, "re-confirmation is due");
    assert!(
        got[0].subject.contains("check your security info"),
        "{}",
        got[0].subject
    );
    assert!(reminders_to(&app, "outside@work.example").await.is_empty());

    // Without re-confirmations, only the unregistered.
    save_settings(
        &app.state,
        &cli(),
        CampaignSettings {
            enabled: true,
            interval_days: 7,
            include_reconfirm: false,
        },
    )
    .await
    .expect("settings");
    advance(&app, 8 * DAY);
    run(&app).await;
    assert_eq!(reminders_to(&app, "due@work.example").await.len(), 1);
    assert_eq!(reminders_to(&app, "inside@work.example").await.len(), 3);
    // Confirming stops it too.
    app.state
        .store
        .user_set_confirmed(due.id, Some(app.state.now()))
        .await
        .expect("confirm");

    // Self-service off (None): nobody, administrators included.
    set_policy(&app, |p| p.scope = Scope::None).await;
    advance(&app, 8 * DAY);
    let r = run(&app).await;
    assert!(!r.active && r.sent == 0);
}

#[tokio::test]
async fn two_runs_at_once_send_each_reminder_once_in_the_users_language() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    app.state
        .store
        .language_set(mia.id, Some("de"))
        .await
        .expect("language");
    turn_on(&app, 7).await;
    let now = app.state.now();
    let (a, b) = tokio::join!(run_campaign(&app.state, now), run_campaign(&app.state, now));
    let (a, b) = (a.expect("run a"), b.expect("run b"));
    assert!(a.sent == 0 || b.sent == 0, "one of them sent: {a:?} {b:?}");
    let got = reminders_to(&app, "mias@work.example").await;
    assert_eq!(got.len(), 1, "sent once");
    assert!(
        got[0]
            .subject
            .contains("Richten Sie die Kennwortzurücksetzung"),
        "{}",
        got[0].subject
    );
    assert!(got[0].body.contains("alle 7 Tage"), "{}", got[0].body);
    assert_eq!(audit_count(&app, "Registration campaign run").await, 1);
}

#[tokio::test]
async fn coverage_is_recorded_once_a_day_and_shown_as_a_chart_and_in_the_api() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let boss = user(&app, "admin").await;
    add_method(&app, &boss, "email", "boss@home.example").await;
    add_method(&app, &boss, "mobile", "+14255550100").await;
    make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let now = app.state.now();
    assert!(
        snapshot_if_missing(&app.state, now)
            .await
            .expect("snapshot")
    );
    assert!(
        !snapshot_if_missing(&app.state, now + 60)
            .await
            .expect("snapshot")
    );
    // The next day, with one more registered.
    advance(&app, DAY);
    let mia = user(&app, "mias").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let (a, b) = tokio::join!(
        snapshot_if_missing(&app.state, app.state.now()),
        snapshot_if_missing(&app.state, app.state.now())
    );
    assert!(
        a.expect("a") ^ b.expect("b"),
        "one of two at once stores it"
    );

    let token = app.write_token("admin").await;
    let req = Request::get("/api/v1/reports/coverage/history?days=7")
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .expect("request");
    let r = app.client().send(req).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    let days = v["per_day"].as_array().expect("per_day");
    assert_eq!(days.len(), 2, "{v}");
    assert_eq!(days[0]["in_scope"], 2);
    assert_eq!(days[0]["registered"], 1);
    assert_eq!(days[1]["registered"], 2);
    assert_eq!(days[1]["percent"], 100);
    let req = Request::get("/api/v1/reports/coverage/history?days=0")
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .expect("request");
    assert_eq!(app.client().send(req).await.status, StatusCode::BAD_REQUEST);

    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get("/admin/reports").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Coverage over time"));
    assert!(
        r.body
            .contains("Share of users in scope registered, per day")
    );
    let table = &r.body[r.body.find("history-table").expect("table")..];
    assert!(table.contains("<td>50</td>") && table.contains("<td>100</td>"));
    assert!(r.body.contains("/admin/campaigns"));
}

#[tokio::test]
async fn the_settings_page_saves_for_global_admins_and_reads_for_password_admins() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get("/admin/campaigns").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Off: no reminders are sent."));
    let r = admin
        .post(
            "/admin/campaigns",
            &[
                ("enabled", "true"),
                ("interval_days", "91"),
                ("include_reconfirm", "true"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("from 1 to 90"), "{}", r.body);
    assert!(!settings(&app.state).await.expect("settings").enabled);
    let r = admin
        .post(
            "/admin/campaigns",
            &[("enabled", "true"), ("interval_days", "14")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let s = settings(&app.state).await.expect("settings");
    assert!(s.enabled && s.interval_days == 14 && !s.include_reconfirm);
    let r = admin.get("/admin/campaigns?saved=1").await;
    assert!(r.body.contains("reminders go out every 14 days"));
    assert_eq!(
        audit_count(&app, "Update registration campaign settings").await,
        1
    );

    make_user(&app, "pam", Role::PasswordAdmin, "Pam-Password-1234").await;
    let mut pam = app.signed_in("pam", "Pam-Password-1234").await;
    let r = pam.get("/admin/campaigns").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body
            .contains("Only a global administrator can change these settings.")
    );
    assert!(!r.body.contains("action=\"/admin/campaigns\""));
    let r = pam
        .post("/admin/campaigns", &[("interval_days", "3")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        settings(&app.state).await.expect("settings").interval_days,
        14
    );

    // The API: read with any token, changed by a global administrator's write token.
    let token = app.write_token("admin").await;
    let req = Request::put("/api/v1/registration-campaign")
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(r#"{"interval_days": 3}"#))
        .expect("request");
    let r = app.client().send(req).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    assert_eq!(v["interval_days"], 3);
    assert_eq!(v["enabled"], true, "left out: kept");
    let req = Request::put("/api/v1/registration-campaign")
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(r#"{"interval_days": 0}"#))
        .expect("request");
    let r = app.client().send(req).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.body.contains("interval_days"));
}

#[tokio::test]
async fn unreadable_stored_settings_read_as_off_and_can_be_saved_again() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    make_user(&app, "ulla", Role::User, "Ulla-Original-Pass-1").await;
    app.state
        .store
        .setting_put(
            latchkey_web::service::campaigns::SETTINGS_KEY,
            r#"{"enabled":true,"from_the_future":1}"#,
        )
        .await
        .expect("setting");
    assert_eq!(run(&app).await.sent, 0, "read as off: nothing is sent");
    let boss = user(&app, "admin").await;
    add_method(&app, &boss, "email", "boss@home.example").await;
    add_method(&app, &boss, "mobile", "+14255550100").await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get("/admin/campaigns").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = admin.get("/admin/reports").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}
