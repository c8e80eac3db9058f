//! Contact details follow least privilege: a password administrator sees addresses and
//! numbers masked, in the API and the portal; only a global administrator sees them in
//! full.

use crate::harness::{ADMIN_PW, TestApp};
use crate::sspr_support::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use latchkey_core::directory::Role;
use latchkey_web::api::auth::Scope;
use latchkey_web::audit::Ctx;
use serde_json::{Value, json};

async fn token(app: &TestApp, owner: &str) -> String {
    let ctx = Ctx {
        actor: "test".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    };
    latchkey_web::api::tokens::create(&app.state, &ctx, &user(app, owner).await, "t", Scope::Write)
        .await
        .expect("token")
        .token
        .expose()
        .to_owned()
}

async fn call(app: &TestApp, method: &str, path: &str, token: &str, body: Option<Value>) -> Value {
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
    assert_eq!(r.status, StatusCode::OK, "{method} {path}: {}", r.body);
    serde_json::from_str(&r.body).expect("json")
}

#[tokio::test]
async fn password_admins_see_contact_details_masked_global_admins_in_full() {
    let app = TestApp::new().await;
    make_user(&app, "helen", Role::PasswordAdmin, "Helen-Password-111").await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    add_method(&app, &mia, "mobile", "+14255550123").await;
    add_app(&app, &mia).await;
    let global = token(&app, "admin").await;
    let pa = token(&app, "helen").await;
    let path = format!("/api/v1/users/{}", mia.id);
    let full = call(
        &app,
        "PATCH",
        &path,
        &global,
        Some(json!({"mobile_phone": "+14255550100"})),
    )
    .await;
    assert_eq!(full["email"], "mias@work.example");
    assert_eq!(full["mobile_phone"], "+14255550100");

    // Detail, list and the methods: full for the global administrator.
    let g = call(&app, "GET", &path, &global, None).await;
    assert_eq!(g["alternate_email"], "mias@home.example");
    let gl = call(&app, "GET", "/api/v1/users?search=mias", &global, None).await;
    assert_eq!(gl["items"][0]["email"], "mias@work.example");
    let gm = call(&app, "GET", &format!("{path}/methods"), &global, None).await;
    let values = |m: &Value| -> Vec<String> {
        m["methods"]
            .as_array()
            .expect("methods")
            .iter()
            .map(|x| x["value"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    assert!(values(&gm).contains(&"mia@home.example".to_owned()));
    assert!(values(&gm).contains(&"+14255550123".to_owned()));

    // Masked for the password administrator.
    let p = call(&app, "GET", &path, &pa, None).await;
    assert_eq!(p["email"], "m***@work.example");
    assert_eq!(p["alternate_email"], "m***@home.example");
    assert_eq!(p["mobile_phone"], "+1 ******0100");
    assert_eq!(p["office_phone"], Value::Null);
    let pl = call(&app, "GET", "/api/v1/users?search=mias", &pa, None).await;
    assert_eq!(pl["items"][0]["email"], "m***@work.example");
    assert_eq!(pl["items"][0]["mobile_phone"], "+1 ******0100");
    let pm = call(&app, "GET", &format!("{path}/methods"), &pa, None).await;
    let pv = values(&pm);
    assert!(pv.contains(&"m***@home.example".to_owned()), "{pv:?}");
    assert!(pv.contains(&"+1 ******0123".to_owned()), "{pv:?}");
    assert!(
        pv.contains(&"Phone".to_owned()),
        "an app's name stays: {pv:?}"
    );
    let all = format!("{p}{pl}{pm}");
    assert!(
        !all.contains("mias@work.example")
            && !all.contains("mia@home.example")
            && !all.contains("4255550100")
            && !all.contains("4255550123"),
        "{all}"
    );

    // A read-modify-write with the masked values changes nothing but what changed.
    let mut back = p.clone();
    let obj = back.as_object_mut().expect("object");
    for k in [
        "id",
        "username",
        "role",
        "enabled",
        "must_change_password",
        "created_at",
        "updated_at",
        "password_changed_at",
        "office_phone",
    ] {
        obj.remove(k);
    }
    obj.insert("first_name".into(), json!("Mia"));
    let after = call(&app, "PATCH", &path, &pa, Some(back)).await;
    assert_eq!(after["email"], "m***@work.example");
    let stored = user(&app, "mias").await;
    assert_eq!(stored.first_name, "Mia");
    assert_eq!(
        stored.email.map(|e| e.as_str().to_owned()).as_deref(),
        Some("mias@work.example")
    );
    assert_eq!(
        stored
            .mobile_phone
            .map(|e| e.as_str().to_owned())
            .as_deref(),
        Some("+14255550100")
    );
}

#[tokio::test]
async fn the_portal_user_page_masks_contact_details_for_password_admins() {
    let app = TestApp::new().await;
    // About masking, not caller verification (see helpdesk.rs).
    without_caller_verification(&app).await;
    make_user(&app, "helen", Role::PasswordAdmin, "Helen-Password-111").await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let page = format!("/admin/users/{}", mia.id);

    let mut g = app.signed_in("admin", ADMIN_PW).await;
    let r = g.get(&page).await;
    assert!(r.body.contains("mias@work.example"), "{}", r.body);

    let mut h = app.signed_in("helen", "Helen-Password-111").await;
    let r = h.get(&page).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("m***@work.example"), "{}", r.body);
    assert!(
        !r.body.contains("mias@work.example") && !r.body.contains("mias@home.example"),
        "{}",
        r.body
    );
    // Saving the form as shown keeps the stored addresses; a new number replaces.
    let r = h
        .post(
            &format!("{page}/profile"),
            &[
                ("first_name", "Mia"),
                ("last_name", "Tester"),
                ("display_name", "Mia Tester"),
                ("email", "m***@work.example"),
                ("alternate_email", "m***@home.example"),
                ("mobile_phone", "+14255550177"),
                ("office_phone", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let stored = user(&app, "mias").await;
    assert_eq!(stored.first_name, "Mia");
    assert_eq!(
        stored.email.map(|e| e.as_str().to_owned()).as_deref(),
        Some("mias@work.example")
    );
    assert_eq!(
        stored
            .alternate_email
            .map(|e| e.as_str().to_owned())
            .as_deref(),
        Some("mias@home.example")
    );
    assert_eq!(
        stored
            .mobile_phone
            .map(|e| e.as_str().to_owned())
            .as_deref(),
        Some("+14255550177")
    );
    let r = h.get(&page).await;
    assert!(r.body.contains("+1 ******0177") && !r.body.contains("4255550177"));
}

#[tokio::test]
async fn the_unregistered_users_csv_masks_addresses_for_password_admins() {
    let app = TestApp::new().await;
    // Everyone in scope, nobody interrupted to register first.
    set_policy(&app, |p| {
        p.scope = latchkey_core::policy::Scope::All;
        p.require_registration = false;
    })
    .await;
    make_user(&app, "helen", Role::PasswordAdmin, "Helen-Password-111").await;
    make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let mut g = app.signed_in("admin", ADMIN_PW).await;
    let csv = g.get("/admin/reports/unregistered.csv").await;
    assert!(csv.body.contains("\"mias@work.example\""), "{}", csv.body);
    let mut h = app.signed_in("helen", "Helen-Password-111").await;
    let csv = h.get("/admin/reports/unregistered.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("\"m***@work.example\""), "{}", csv.body);
    assert!(!csv.body.contains("mias@work.example"), "{}", csv.body);
}
