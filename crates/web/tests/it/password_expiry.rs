//! Password expiry with the clock moved forward: reminders by email and text on the right
//! days, once, in the user's language, only the nearest after a missed run, none after a
//! change; an expired password is changed at sign-in; per-group ages; off means nothing;
//! the reports (page, CSV, API); two runs at once send each reminder once.

use crate::harness::{ADMIN_PW, TestApp};
use crate::sspr_support::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use latchkey_core::directory::{Role, User};
use latchkey_web::service::expiry::{RunSummary, run_reminders};
use serde_json::Value;

const DAY: i64 = 86_400;
const PW: &str = "Ann-Original-Pass-1";

/// Saves the settings through the admin page, as a global administrator.
async fn set_expiry(app: &TestApp, max_age: &str, days: &str) {
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin
        .post(
            "/admin/expiry",
            &[
                ("max_age_days", max_age),
                ("reminder_days", days),
                ("remind_by_email", "true"),
                ("remind_by_sms", "true"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/admin/expiry?saved=settings");
}

/// Moves the clock to `day` days after the start (t0, when the users were made).
fn at_day(app: &TestApp, t0: i64, day: f64) -> i64 {
    let target = t0 + (day * DAY as f64) as i64;
    let now = app.state.now();
    assert!(target >= now, "the clock only moves forward");
    app.clock.advance(time::Duration::seconds(target - now));
    target
}

async fn run(app: &TestApp) -> RunSummary {
    run_reminders(&app.state, app.state.now())
        .await
        .expect("run")
}

/// A user with a password set now, a mobile phone registered for reset.
async fn person(app: &TestApp, name: &str) -> User {
    let u = make_user(app, name, Role::User, PW).await;
    add_method(app, &u, "mobile", "+14255550100").await;
    u
}

fn to(app: &TestApp, addr: &str) -> Vec<latchkey_notify::Message> {
    app.outbox
        .messages()
        .into_iter()
        .filter(|m| m.to == addr)
        .collect()
}

async fn api(
    app: &TestApp,
    token: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut c = app.client();
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
    let r = c.send(req).await;
    let v = serde_json::from_str(&r.body).unwrap_or(Value::Null);
    (r.status, v)
}

#[tokio::test]
async fn reminders_go_out_on_their_days_once_in_german_and_stop_after_a_change() {
    let app = TestApp::new().await;
    let t0 = app.state.now();
    let ann = person(&app, "ann").await;
    app.state
        .store
        .language_set(ann.id, Some("de"))
        .await
        .expect("language");
    set_expiry(&app, "30", "14, 7, 3, 1").await;

    at_day(&app, t0, 15.5);
    assert_eq!(run(&app).await.reminded, 0, "nothing due before day 16");

    at_day(&app, t0, 16.0);
    let s = run(&app).await;
    assert_eq!((s.reminded, s.messages), (1, 3), "{s:?}");
    app.messages().await;
    let mail = to(&app, "ann@work.example");
    assert_eq!(mail.len(), 1);
    assert_eq!(to(&app, "ann@home.example").len(), 1);
    assert!(
        mail[0].subject.contains("in 14 Tagen ab"),
        "{}",
        mail[0].subject
    );
    assert!(mail[0].body.contains("/account"), "{}", mail[0].body);
    assert!(
        mail[0].body.contains("Kennwort ändern") || mail[0].body.contains("Ändern Sie es hier")
    );
    let sms = to(&app, "+14255550100");
    assert_eq!(sms.len(), 1);
    assert!(sms[0].body.contains("in 14 Tagen"), "{}", sms[0].body);
    assert!(
        sms[0].body.ends_with("/account"),
        "a link and nothing secret: {}",
        sms[0].body
    );

    // Again the same day, and the next: nothing more.
    assert_eq!(run(&app).await.reminded, 0);
    at_day(&app, t0, 17.0);
    let s = run(&app).await;
    assert_eq!((s.reminded, s.already_sent), (0, 1), "{s:?}");
    app.messages().await;
    assert_eq!(to(&app, "ann@work.example").len(), 1);

    at_day(&app, t0, 23.0);
    assert_eq!(run(&app).await.reminded, 1);
    app.messages().await;
    let mail = to(&app, "ann@work.example");
    assert_eq!(mail.len(), 2);
    assert!(
        mail[1].subject.contains("in 7 Tagen ab"),
        "{}",
        mail[1].subject
    );

    // Ann changes her password on day 24: the expiry moves to day 54, no more reminders
    // for day 30.
    at_day(&app, t0, 24.0);
    let mut c = app.signed_in("ann", PW).await;
    let r = c
        .post(
            "/account/password",
            &[
                ("current_password", PW),
                ("new_password", "Ann-Second-Pass-22"),
                ("confirm_password", "Ann-Second-Pass-22"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    for day in [27.0, 29.5, 31.0, 39.0] {
        at_day(&app, t0, day);
        assert_eq!(run(&app).await.reminded, 0, "day {day}");
    }
    // The new expiry's own reminders come in their time.
    at_day(&app, t0, 40.0);
    assert_eq!(run(&app).await.reminded, 1);

    // The delivery report: delivered, by channel.
    let token = app.write_token("admin").await;
    let (status, v) = api(
        &app,
        &token,
        "GET",
        "/api/v1/reports/expiry-reminders",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let items = v["items"].as_array().expect("items");
    let ann_items: Vec<_> = items.iter().filter(|i| i["username"] == "ann").collect();
    assert_eq!(ann_items.len(), 9, "3 reminders, 3 messages each: {v}");
    assert!(ann_items.iter().any(|i| i["channel"] == "sms"));
    let first = ann_items.last().expect("oldest");
    assert_eq!(first["days_before"], 14);
    assert_eq!(first["state"], "sent");
}

#[tokio::test]
async fn a_run_after_missed_days_sends_only_the_nearest_reminder() {
    let app = TestApp::new().await;
    let t0 = app.state.now();
    person(&app, "bob").await;
    set_expiry(&app, "30", "14,7,3,1").await;
    at_day(&app, t0, 28.0);
    let s = run(&app).await;
    assert_eq!(s.reminded, 1);
    app.messages().await;
    let mail = to(&app, "bob@work.example");
    assert_eq!(
        mail.len(),
        1,
        "only the 3-day reminder, not 14 and 7 as well"
    );
    assert!(mail[0].subject.contains("in 2 days"), "{}", mail[0].subject);
    at_day(&app, t0, 29.5);
    assert_eq!(run(&app).await.reminded, 1);
    app.messages().await;
    let mail = to(&app, "bob@work.example");
    assert!(
        mail[1].subject.contains("expires tomorrow"),
        "{}",
        mail[1].subject
    );
    // After the expiry: no reminder, a forced change instead.
    at_day(&app, t0, 30.5);
    assert_eq!(run(&app).await.reminded, 0);
}

#[tokio::test]
async fn an_expired_password_is_changed_at_sign_in_page_and_api() {
    let app = TestApp::new().await;
    let t0 = app.state.now();
    person(&app, "cara").await;
    set_expiry(&app, "30", "14,7,3,1").await;
    let token = app.write_token("admin").await;

    at_day(&app, t0, 29.998);
    let mut c = app.client();
    let r = c.sign_in("cara", PW).await;
    assert_eq!(r.location(), "/account", "not yet expired");
    let (_, v) = api(
        &app,
        &token,
        "GET",
        "/api/v1/reports/expiring?days=14",
        None,
    )
    .await;
    let cara = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["username"] == "cara")
        .cloned()
        .expect("cara expires soon");
    assert_eq!(cara["expired"], false);
    assert_eq!(cara["days_left"], 1);
    assert_eq!(cara["rule"], "latchkey");

    // Past the expiry, an open session is sent to the change too.
    at_day(&app, t0, 30.0);
    let r = c.get("/account").await;
    assert_eq!(r.location(), "/password/change");
    let mut c = app.client();
    let r = c.sign_in("cara", PW).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/password/change");
    assert_eq!(c.get("/account").await.location(), "/password/change");
    let r = c.get("/password/change").await;
    assert_eq!(r.status, StatusCode::OK);
    let (_, v) = api(&app, &token, "GET", "/api/v1/reports/expiring?days=1", None).await;
    let cara = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["username"] == "cara")
        .cloned()
        .expect("cara expired");
    assert_eq!(cara["expired"], true);
    assert_eq!(cara["days_left"], 0);

    let r = c
        .post(
            "/password/change",
            &[
                ("current_password", PW),
                ("new_password", "Cara-Fresh-Pass-33"),
                ("confirm_password", "Cara-Fresh-Pass-33"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/account?changed=1");
    assert_eq!(c.get("/account").await.status, StatusCode::OK);
    let mut again = app.client();
    assert_eq!(
        again.sign_in("cara", "Cara-Fresh-Pass-33").await.location(),
        "/account"
    );
    let (_, v) = api(
        &app,
        &token,
        "GET",
        "/api/v1/reports/expiring?days=14",
        None,
    )
    .await;
    assert!(
        !v["items"]
            .as_array()
            .expect("items")
            .iter()
            .any(|i| i["username"] == "cara"),
        "{v}"
    );
}

#[tokio::test]
async fn a_groups_own_age_wins_and_age_zero_does_nothing() {
    let app = TestApp::new().await;
    let t0 = app.state.now();
    let dee = person(&app, "dee").await;
    person(&app, "eve").await;
    let short = app
        .state
        .store
        .group_create("Short", "", t0)
        .await
        .expect("group");
    app.state
        .store
        .group_add_user(short.id, dee.id)
        .await
        .expect("member");
    // Off globally: the group's age still applies to its members.
    set_expiry(&app, "0", "14,7,3,1").await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin
        .post(
            "/admin/expiry/groups",
            &[
                ("group", &short.id.to_string()),
                ("group_max_age_days", "10"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = admin.get("/admin/expiry").await;
    assert!(r.body.contains("Short"), "{}", r.body);

    at_day(&app, t0, 3.0);
    let s = run(&app).await;
    assert_eq!(s.reminded, 1, "dee's 7-day reminder only: {s:?}");
    app.messages().await;
    assert_eq!(to(&app, "dee@work.example").len(), 1);
    assert!(to(&app, "eve@work.example").is_empty());

    at_day(&app, t0, 400.0);
    assert_eq!(run(&app).await.reminded, 0);
    assert_eq!(
        app.client().sign_in("eve", PW).await.location(),
        "/account",
        "max age 0 forces nothing"
    );
    assert_eq!(
        app.client().sign_in("dee", PW).await.location(),
        "/password/change"
    );
    // A smaller global age does not beat the group's (the group's is the user's age).
    // Removing the group's age: dee is free again.
    let token = app.write_token("admin").await;
    let (status, _) = api(
        &app,
        &token,
        "DELETE",
        &format!("/api/v1/password-expiry/groups/{}", short.id),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(app.client().sign_in("dee", PW).await.location(), "/account");
}

#[tokio::test]
async fn the_reports_list_the_right_accounts_and_the_csv_is_safe() {
    let app = TestApp::new().await;
    let t0 = app.state.now();
    let mal = person(&app, "mallory").await;
    app.state
        .store
        .user_update_profile(
            mal.id,
            &latchkey_core::directory::Profile {
                first_name: "M".into(),
                last_name: "X".into(),
                display_name: "=HYPERLINK(\"http://x\",\"y\")".into(),
                email: mal.email.clone(),
                alternate_email: None,
                mobile_phone: None,
                office_phone: None,
            },
            t0,
        )
        .await
        .expect("profile");
    person(&app, "frank").await;
    set_expiry(&app, "30", "14,7,3,1").await;
    // Frank's password is changed on day 10: it expires on day 40.
    at_day(&app, t0, 10.0);
    let mut c = app.signed_in("frank", PW).await;
    let r = c
        .post(
            "/account/password",
            &[
                ("current_password", PW),
                ("new_password", "Frank-New-Pass-44"),
                ("confirm_password", "Frank-New-Pass-44"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    at_day(&app, t0, 20.0);
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get("/admin/expiry").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("mallory"));
    assert!(
        !r.body.contains(">frank<"),
        "frank expires in 20 days, not 14"
    );
    let r = admin.get("/admin/expiry?days=30").await;
    assert!(r.body.contains(">frank<"), "{}", r.body);
    let mut de = app.signed_in("admin", ADMIN_PW).await;
    de.german();
    let r = de.get("/admin/expiry").await;
    assert!(r.body.contains("Maximales Kennwortalter") && r.body.contains("CSV herunterladen"));
    assert_eq!(
        admin.get("/admin/expiry?days=0").await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        admin.get("/admin/expiry?days=366").await.status,
        StatusCode::BAD_REQUEST
    );

    let r = admin.get("/admin/expiry/expiring.csv?days=30").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some("text/csv; charset=utf-8")
    );
    let mut rd = csv::Reader::from_reader(r.body.as_bytes());
    let head: Vec<String> = rd
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        head,
        [
            "username",
            "display_name",
            "expires_at",
            "days_left",
            "rule"
        ]
    );
    let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.expect("row")).collect();
    let names: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    // Soonest first: mallory (day 30; the bootstrap admin too), then frank (day 40).
    assert!(
        names.contains(&"mallory") && names.contains(&"frank"),
        "{names:?}"
    );
    assert_eq!(names.last(), Some(&"frank"));
    let m = rows.iter().find(|r| &r[0] == "mallory").expect("mallory");
    assert!(m[1].starts_with("'="), "formula escaped: {}", &m[1]);
    assert_eq!(&m[3], "10");
    assert_eq!(&m[4], "latchkey");

    // A password administrator reads the reports but can't change the settings.
    make_user(&app, "pam", Role::PasswordAdmin, "Pam-Admin-Pass-55").await;
    let token = latchkey_web::service::tokens::create(
        &app.state,
        &latchkey_web::audit::Ctx {
            actor: "test".into(),
            client_ip: "local".into(),
            correlation_id: String::new(),
        },
        &user(&app, "pam").await,
        "test",
        latchkey_core::store::TokenScope::Write,
    )
    .await
    .expect("token")
    .token
    .expose()
    .to_owned();
    let (status, v) = api(
        &app,
        &token,
        "GET",
        "/api/v1/reports/expiring?days=30",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert!(v["items"].as_array().expect("items").len() >= 2);
    let (status, _) = api(&app, &token, "GET", "/api/v1/password-expiry", None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = api(
        &app,
        &token,
        "PUT",
        "/api/v1/password-expiry",
        Some(serde_json::json!({"max_age_days": 0})),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // A global administrator's token changes them; a bad value is named.
    let admin_token = app.write_token("admin").await;
    let (status, v) = api(
        &app,
        &admin_token,
        "PUT",
        "/api/v1/password-expiry",
        Some(serde_json::json!({"max_age_days": 60, "reminder_days": [1, 7]})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["reminder_days"], serde_json::json!([7, 1]));
    let (status, v) = api(
        &app,
        &admin_token,
        "PUT",
        "/api/v1/password-expiry",
        Some(serde_json::json!({"max_age_days": 4000})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    // The change is audited.
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 200)
        .await
        .expect("audit")
        .items;
    assert!(
        events
            .iter()
            .filter(|e| e.activity == "Update password expiry settings")
            .count()
            >= 2
    );
}

#[tokio::test]
async fn two_runs_at_once_send_each_reminder_once() {
    let app = TestApp::new().await;
    let t0 = app.state.now();
    for name in ["gil", "hal", "ida"] {
        person(&app, name).await;
    }
    set_expiry(&app, "30", "14,7,3,1").await;
    let now = at_day(&app, t0, 16.0);
    let (a, b) = tokio::join!(
        run_reminders(&app.state, now),
        run_reminders(&app.state, now)
    );
    let (a, b) = (a.expect("a"), b.expect("b"));
    // Three users and the bootstrap administrator (who has no address: unreachable).
    assert_eq!(a.reminded + b.reminded, 3, "{a:?} {b:?}");
    app.messages().await;
    for name in ["gil", "hal", "ida"] {
        assert_eq!(to(&app, &format!("{name}@work.example")).len(), 1, "{name}");
    }
    assert_eq!(to(&app, "+14255550100").len(), 3);
}

/// Marks `user` as synced from the on-premises directory, which says the password
/// expires at `expires_at` (as a sync would).
async fn from_directory(app: &TestApp, user: &User, expires_at: i64) -> User {
    let plan = latchkey_core::dirsync::SyncPlan {
        update_users: vec![latchkey_core::dirsync::SyncedChange {
            id: user.id,
            profile: latchkey_core::dirsync::profile_of_user(user),
            enabled: user.enabled,
            external: latchkey_core::directory::ExternalAccount {
                directory: "main".into(),
                id: format!("test-{}", user.id),
                dn: format!("uid={},ou=people,dc=example,dc=org", user.username.as_str()),
                password_expires_at: Some(expires_at),
            },
        }],
        directory: "main".into(),
        ..Default::default()
    };
    let cursor = app
        .state
        .store
        .setting_get(&latchkey_core::store::sync_cursor_key("main"))
        .await
        .expect("cursor");
    assert!(
        app.state
            .store
            .sync_commit(&plan, cursor.as_deref(), 0, &Default::default())
            .await
            .expect("sync")
    );
    app.state.store.user_get(user.id).await.expect("user")
}

#[tokio::test]
async fn a_synced_account_follows_the_directorys_expiry_not_latchkeys() {
    let app = TestApp::new().await;
    let t0 = app.state.now();
    let olga = person(&app, "olga").await;
    let olga = from_directory(&app, &olga, t0 + 10 * DAY).await;
    set_expiry(&app, "90", "14,7,3,1").await;
    assert_eq!(
        latchkey_web::expiry::expiry_of(&app.state, &olga)
            .await
            .expect("expiry"),
        Some(t0 + 10 * DAY),
        "the directory's rule wins over Latchkey's 90 days"
    );
    at_day(&app, t0, 3.0);
    assert_eq!(
        run(&app).await.reminded,
        1,
        "the 7-day reminder of the directory's expiry"
    );
    let token = app.write_token("admin").await;
    let (_, v) = api(
        &app,
        &token,
        "GET",
        "/api/v1/reports/expiring?days=14",
        None,
    )
    .await;
    let row = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["username"] == "olga")
        .cloned()
        .expect("olga");
    assert_eq!(row["rule"], "directory");
    // Past it, the directory refuses the password at sign-in itself (and sign-in turns
    // that into the change); Latchkey's copy, as of the last sync, never traps anyone.
    at_day(&app, t0, 10.0);
    assert!(
        !latchkey_web::expiry::is_expired(&app.state, &olga)
            .await
            .expect("expired")
    );
    let (_, v) = api(
        &app,
        &token,
        "GET",
        "/api/v1/reports/expiring?days=14",
        None,
    )
    .await;
    let row = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["username"] == "olga")
        .cloned()
        .expect("olga");
    assert_eq!(row["expired"], true, "the report says so");
}

#[tokio::test]
async fn a_changed_maximum_age_sends_no_second_reminder_and_unreadable_settings_break_nothing() {
    let app = TestApp::new().await;
    let t0 = app.state.now();
    person(&app, "ivy").await;
    set_expiry(&app, "30", "14,7,3,1").await;
    at_day(&app, t0, 16.5);
    assert_eq!(run(&app).await.reminded, 1, "the 14-day reminder");
    // A day longer: the expiry moves, but it is the same password and the same reminder.
    set_expiry(&app, "31", "14,7,3,1").await;
    assert_eq!(run(&app).await.reminded, 0, "no second 14-day reminder");
    at_day(&app, t0, 24.5);
    assert_eq!(
        run(&app).await.reminded,
        1,
        "the 7-day one comes on its day"
    );

    // Stored settings no version of Latchkey reads (a rollback, a hand edit): logged,
    // read as off; every page works and an administrator can save them again.
    app.state
        .store
        .setting_put(
            "password_expiry",
            r#"{"max_age_days":30,"from_the_future":1}"#,
        )
        .await
        .expect("setting");
    let mut ivy = app.signed_in("ivy", PW).await;
    let r = ivy.get("/account").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get("/admin/expiry").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}

#[tokio::test]
async fn two_runs_at_once_on_postgresql_send_each_reminder_once() {
    let app = TestApp::on_postgres().await;
    let t0 = app.state.now();
    for name in ["jon", "kim"] {
        person(&app, name).await;
    }
    set_expiry(&app, "30", "14,7,3,1").await;
    let now = at_day(&app, t0, 23.5);
    let (a, b, c) = tokio::join!(
        run_reminders(&app.state, now),
        run_reminders(&app.state, now),
        run_reminders(&app.state, now)
    );
    let total: u64 = [a, b, c]
        .into_iter()
        .map(|r| r.expect("run").reminded)
        .sum();
    assert_eq!(total, 2);
    app.messages().await;
    for name in ["jon", "kim"] {
        let mail = to(&app, &format!("{name}@work.example"));
        assert_eq!(mail.len(), 1, "{name}");
        assert!(mail[0].subject.contains("in 7 days"), "{}", mail[0].subject);
    }
}
