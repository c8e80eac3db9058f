//! The audit log viewer and "Usage & insights".

use crate::harness::{ADMIN_PW, TestApp};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::directory::Role;
use latchkey_core::policy::Scope;

#[tokio::test]
async fn the_audit_viewer_filters_opens_a_journey_and_exports() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let boss = user(&app, "admin").await;
    add_method(&app, &boss, "email", "boss@home.example").await;
    add_method(&app, &boss, "mobile", "+14255550100").await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    pass_email(&app, &mut c, "mia@home.example").await;
    choose_password(&mut c, "Brand-New-Secret-22").await;
    let mut bad = app.client();
    bad.sign_in("mias", "wrong-password-here").await;

    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get("/admin/audit").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Reset password (self-service)") && r.body.contains("Open journey"));
    let r = admin.get("/admin/audit?result=failure&target=mias").await;
    assert!(r.body.contains("1 event."), "{}", r.body);
    let r = admin
        .get("/admin/audit?activity=Reset+password+%28self-service%29")
        .await;
    assert!(r.body.contains("1 event."));
    let r = admin.get("/admin/audit?from=2026-01-06").await;
    assert!(r.body.contains("0 events."), "the clock is at 2026-01-05");
    let r = admin.get("/admin/audit?from=yesterday").await;
    assert!(r.body.contains("YYYY-MM-DD"));
    // One journey, its steps in order.
    let corr = app
        .state
        .store
        .audit_list(&Default::default(), 0, 100)
        .await
        .expect("audit")
        .items
        .into_iter()
        .find(|e| e.activity == "Reset password (self-service)")
        .expect("reset")
        .correlation_id;
    let r = admin
        .get(&format!("/admin/audit?correlation_id={corr}"))
        .await;
    let first = r
        .body
        .find("User submitted their user ID")
        .expect("first step");
    let last = r
        .body
        .find("Reset password (self-service)")
        .expect("last step");
    assert!(first < last, "oldest first in a journey");
    // Export: JSON lines, oldest first, filtered.
    let r = admin
        .get(&format!("/admin/audit/export?correlation_id={corr}"))
        .await;
    assert_eq!(
        r.headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some("application/x-ndjson; charset=utf-8")
    );
    let lines: Vec<serde_json::Value> = r
        .body
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert!(lines.len() >= 5);
    assert_eq!(lines[0]["activity"], "User submitted their user ID");
    assert!(lines.iter().all(|l| l["correlation_id"] == corr.as_str()));
    let mut user_client = app.signed_in("mias", "Brand-New-Secret-22").await;
    assert_eq!(
        user_client.get("/admin/audit").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn usage_and_insights_count_a_seeded_directory() {
    let app = TestApp::new().await;
    let testers = app
        .state
        .store
        .group_create("SSPRTesters", "", 1)
        .await
        .expect("group");
    set_policy(&app, |p| {
        p.scope = Scope::Selected;
        p.group_id = Some(testers.id);
    })
    .await;
    let boss = user(&app, "admin").await;
    add_method(&app, &boss, "email", "boss@home.example").await;
    add_method(&app, &boss, "mobile", "+14255550100").await;
    // Four testers: two registered (email; email + app), two not; one outsider.
    for (name, methods) in [
        ("ann", vec!["email"]),
        ("bob", vec!["email", "app"]),
        ("cat", vec![]),
        ("=dan", vec![]),
    ] {
        let name = name.trim_start_matches('=');
        let u = make_user(&app, name, Role::User, "Old-Password-111").await;
        app.state
            .store
            .group_add_user(testers.id, u.id)
            .await
            .expect("member");
        for m in methods {
            if m == "app" {
                add_app(&app, &u).await;
            } else {
                add_method(&app, &u, m, &format!("{name}@home.example")).await;
            }
        }
    }
    make_user(&app, "olga", Role::User, "Old-Password-111").await;
    let dan = user(&app, "dan").await;
    let profile = latchkey_core::directory::Profile {
        display_name: "=HYPERLINK(1)".into(),
        first_name: "Dan".into(),
        email: dan.email.clone(),
        ..Default::default()
    };
    app.state
        .store
        .user_update_profile(dan.id, &profile, 1)
        .await
        .expect("profile");

    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get("/admin/reports").await;
    assert_eq!(r.status, StatusCode::OK);
    // In scope: the admin (always) and the four testers; registered: admin, ann, bob.
    assert!(r.body.contains("3 of 5 users"), "{}", r.body);
    assert!(r.body.contains("60%"));
    assert!(r.body.contains("<svg") && r.body.contains("role=\"img\""));
    assert!(
        r.body
            .contains("<td>Mobile app code</td><td>1</td><td>5</td>"),
        "{}",
        r.body
    );
    assert!(r.body.contains("<td>Email</td><td>3</td><td>5</td>"));
    assert!(r.body.contains("<td>SSPRTesters</td><td>2</td><td>4</td>"));
    assert!(r.body.contains("cat Tester (cat)") && !r.body.contains("olga"));
    let csv = admin.get("/admin/reports/unregistered.csv").await;
    assert!(csv.body.starts_with("username,display_name,email\r\n"));
    assert!(
        csv.body.contains("\"'=HYPERLINK(1)\""),
        "formulas are neutralised: {}",
        csv.body
    );
    app.outbox.clear();
    let r = admin
        .post(
            "/admin/reports/remind",
            &[("group", &testers.id.to_string())],
        )
        .await;
    assert_eq!(r.location(), "/admin/reports?reminded=2");
    let to: Vec<String> = app.messages().await.into_iter().map(|m| m.to).collect();
    assert_eq!(to.len(), 2);
    assert!(to.contains(&"cat@work.example".to_string()));
    assert!(
        app.messages()
            .await
            .iter()
            .all(|m| m.body.contains("/setup"))
    );
}

#[tokio::test]
async fn usage_and_insights_count_the_audit_log_per_day_and_reason_on_sqlite() {
    count_the_audit_log(TestApp::new().await).await;
}

#[tokio::test]
async fn usage_and_insights_count_the_audit_log_per_day_and_reason_on_postgres() {
    count_the_audit_log(TestApp::on_postgres().await).await;
}

/// Resets, unlocks, failures and blocks per day and the failure reasons, from events written
/// straight into the log: the numbers the page showed when it counted the events itself.
async fn count_the_audit_log(app: TestApp) {
    use latchkey_core::audit::{NewAuditEvent, Outcome, activity};
    use serde_json::json;

    // The clock is at 2026-01-05 09:00 UTC.
    let day = |d: &str, hour: i64| {
        let date = time::Date::parse(d, time::macros::format_description!("[year]-[month]-[day]"))
            .expect("date");
        date.midnight().assume_utc().unix_timestamp() + hour * 3600
    };
    let events = [
        (
            "2026-01-05",
            1,
            activity::SSPR_RESET,
            Outcome::Success,
            json!({"method": "email"}),
        ),
        (
            "2026-01-05",
            2,
            activity::SSPR_RESET,
            Outcome::Success,
            json!({}),
        ),
        (
            "2026-01-05",
            3,
            activity::SSPR_UNLOCK,
            Outcome::Success,
            json!({}),
        ),
        (
            "2026-01-05",
            4,
            activity::SSPR_RESET,
            Outcome::Failure,
            json!({}),
        ),
        (
            "2026-01-05",
            5,
            activity::SSPR_FAILED_METHOD,
            Outcome::Failure,
            json!({"method": "email"}),
        ),
        (
            "2026-01-05",
            6,
            activity::SSPR_FAILED_METHOD,
            Outcome::Failure,
            json!({"method": "email"}),
        ),
        (
            "2026-01-05",
            7,
            activity::SSPR_FAILED_METHOD,
            Outcome::Failure,
            json!({"method": "mobile", "reason": "destination did not match"}),
        ),
        (
            "2026-01-05",
            8,
            activity::SSPR_BLOCKED,
            Outcome::Success,
            json!({"reason": "limit"}),
        ),
        (
            "2026-01-05",
            8,
            activity::SSPR_SUBMITTED_PASSWORD,
            Outcome::Failure,
            json!({"rejected": "too common"}),
        ),
        (
            "2026-01-03",
            0,
            activity::SSPR_BLOCKED,
            Outcome::Failure,
            json!({"reason": "limit"}),
        ),
        (
            "2026-01-03",
            23,
            activity::SSPR_UNLOCK,
            Outcome::Success,
            json!({}),
        ),
        // Before the 30 days (their first is 2025-12-07), and after today.
        (
            "2025-12-06",
            23,
            activity::SSPR_RESET,
            Outcome::Success,
            json!({}),
        ),
        (
            "2026-01-07",
            1,
            activity::SIGN_IN,
            Outcome::Failure,
            json!({"reason": "later"}),
        ),
    ];
    for (d, hour, a, result, details) in events {
        app.state
            .store
            .audit_append(&NewAuditEvent {
                time: day(d, hour),
                activity: a,
                actor: "someone".into(),
                target: "someone".into(),
                client_ip: String::new(),
                result,
                correlation_id: String::new(),
                details,
            })
            .await
            .expect("append");
    }
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get("/admin/reports").await;
    assert_eq!(r.status, StatusCode::OK);
    let row = |d: &str, v: [u64; 3]| {
        format!(
            "<tr><td>{d}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            v[0], v[1], v[2]
        )
    };
    assert_eq!(r.body.matches("<tr><td>20").count(), 30, "30 days");
    assert!(r.body.contains(&row("2025-12-07", [0, 0, 0])), "{}", r.body);
    assert!(r.body.contains(&row("2026-01-03", [1, 0, 1])));
    assert!(r.body.contains(&row("2026-01-05", [3, 4, 1])));
    assert!(!r.body.contains("<td>2025-12-06</td>") && !r.body.contains("<td>2026-01-06</td>"));
    // The chart's scale is the busiest day.
    assert!(
        r.body.contains(r##"fill="#1b1b1b">8</text>"##),
        "{}",
        r.body
    );
    // Failures by reason, most first, then by name; later events count too.
    let reasons: Vec<&str> = r
        .body
        .split("<caption class=\"visually-hidden\">Failure reasons</caption>")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .expect("reasons table")
        .split("<tr><td>")
        .skip(1)
        .map(|row| row.split("</td></tr>").next().unwrap_or(""))
        .collect();
    assert_eq!(
        reasons,
        [
            "User failed a verification option: email</td><td>2",
            "Blocked from self-service password reset: limit</td><td>1",
            "Reset password (self-service)</td><td>1",
            "Sign-in: later</td><td>1",
            "User failed a verification option: destination did not match</td><td>1",
            "User submitted a new password: too common</td><td>1",
        ]
    );
    // Ninety days take in the older reset.
    let r = admin.get("/admin/reports?days=90").await;
    assert_eq!(r.body.matches("<tr><td>20").count(), 90);
    assert!(r.body.contains(&row("2025-12-06", [1, 0, 0])));
    assert!(r.body.contains(&row("2026-01-05", [3, 4, 1])));
}

#[tokio::test]
async fn retention_removes_old_events_and_the_chain_still_verifies() {
    let app = TestApp::with_env(&[("LATCHKEY_AUDIT__RETENTION_DAYS", "30")]).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    app.create_user(&mut admin, "old1", "Old", "One", "user")
        .await;
    app.create_user(&mut admin, "old2", "Old", "Two", "user")
        .await;
    app.clock.advance(time::Duration::days(31));
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    app.create_user(&mut admin, "new1", "New", "One", "user")
        .await;
    let before = app
        .state
        .store
        .audit_list(&Default::default(), 0, 1000)
        .await
        .expect("audit")
        .total;
    let removed = latchkey_web::audit::apply_retention(&app.state)
        .await
        .expect("retention");
    assert!(removed >= 3, "{removed}");
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 1000)
        .await
        .expect("audit")
        .items;
    assert_eq!(
        events.len() as u64,
        before as u64 - removed + 1,
        "one event records the removal"
    );
    assert!(events.iter().all(|e| e.target != "old1"));
    assert!(
        events
            .iter()
            .any(|e| e.activity == "Audit retention applied")
    );
    let checked = latchkey_web::audit::verify_log(&*app.state.store)
        .await
        .expect("store")
        .expect("intact");
    assert_eq!(checked as usize, events.len());
    // Deleting the head by hand, without the retention process, is detected.
    app.clock.advance(time::Duration::seconds(5));
    app.create_user(&mut admin, "new2", "New", "Two", "user")
        .await;
    app.state
        .store
        .audit_delete_before(app.state.now())
        .await
        .expect("delete");
    assert!(
        latchkey_web::audit::verify_log(&*app.state.store)
            .await
            .expect("store")
            .is_err()
    );
}
