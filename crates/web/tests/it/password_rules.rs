//! The rules against passwords that are only about the person (their names, the
//! organisation's name with a year, their current password) or a row of keys, through
//! every door: the self-service reset journey, My account, the API and the strength meter.

use crate::harness::{ADMIN_PW, TestApp, html_unescape};
use crate::sspr_support::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use latchkey_core::directory::{Email, Profile, Role, User, Username};
use latchkey_web::api::auth::Scope;
use latchkey_web::audit::Ctx;
use serde_json::{Value, json};

const CURRENT: &str = "Old-Harbor-Otter-7";
const GOOD: &str = "Copper kettle in the rain";

/// Maximilian Steele, username `mias`, signing in with [`CURRENT`].
async fn maximilian(app: &TestApp) -> User {
    let hash = app
        .state
        .hasher
        .hash(&latchkey_core::Secret::new(CURRENT))
        .await
        .expect("hash");
    app.state
        .store
        .user_create(
            latchkey_core::store::NewUser {
                username: Username::parse("mias").expect("name"),
                profile: Profile {
                    first_name: "Maximilian".into(),
                    last_name: "Steele".into(),
                    display_name: "Max Steele".into(),
                    email: Some(Email::parse("email", "mias@work.example").expect("email")),
                    alternate_email: Some(
                        Email::parse("email", "mias@home.example").expect("email"),
                    ),
                    mobile_phone: None,
                    office_phone: None,
                },
                role: Role::User,
                enabled: true,
                password_hash: hash,
                must_change_password: false,
            },
            app.state.now(),
        )
        .await
        .expect("user")
}

/// Each weak password with the words its refusal must show and its API code.
const WEAK: &[(&str, &str, &str)] = &[
    (
        "Maximilian2026",
        "can't contain your name or username",
        "password_name_or_username",
    ),
    (
        "2026mias!",
        "can't contain your name or username",
        "password_name_or_username",
    ),
    (
        "Steele 1990 !!",
        "can't contain your name or username",
        "password_name_or_username",
    ),
    (
        "Latchkey2026",
        "can't be the organization's name with a year",
        "password_organization_with_year",
    ),
    (
        "1qaz2wsx3edc",
        "can't be a row of keys like qwerty",
        "password_keyboard_walk",
    ),
    (
        CURRENT,
        "must be different from your current password",
        "password_same_as_current",
    ),
];

#[tokio::test]
async fn the_reset_journey_refuses_each_weak_password_with_its_reason() {
    let app = TestApp::new().await;
    let mia = maximilian(&app).await;
    enable_for_all(&app).await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    pass_email(&app, &mut c, "mia@home.example").await;
    for (pw, words, _) in WEAK {
        let r = choose_password(&mut c, pw).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{pw}: {}", r.body);
        assert!(html_unescape(&r.body).contains(words), "{pw}: {}", r.body);
    }
    // The username repeated is refused too (the banned-list score already catches it).
    let r = choose_password(&mut c, "miasmiasmias").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(html_unescape(&r.body).contains("can't contain your name"));
    let r = choose_password(&mut c, GOOD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.signed_in("mias", GOOD).await;
}

#[tokio::test]
async fn my_account_refuses_each_weak_password_with_its_reason() {
    let app = TestApp::new().await;
    maximilian(&app).await;
    let mut m = app.signed_in("mias", CURRENT).await;
    m.get("/account").await;
    let change = |new: &'static str| {
        [
            ("current_password", CURRENT),
            ("new_password", new),
            ("confirm_password", new),
        ]
    };
    for (pw, words, _) in WEAK {
        let r = m.post("/account/password", &change(pw)).await;
        assert_ne!(r.status, StatusCode::SEE_OTHER, "{pw} was accepted");
        assert!(html_unescape(&r.body).contains(words), "{pw}: {}", r.body);
    }
    let r = m.post("/account/password", &change(GOOD)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.signed_in("mias", GOOD).await;
}

async fn api(app: &TestApp, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
    let req = Request::builder()
        .method("POST")
        .uri(path)
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .expect("request");
    let r = app.client().send(req).await;
    (
        r.status,
        serde_json::from_str(&r.body).unwrap_or(Value::Null),
    )
}

async fn admin_token(app: &TestApp) -> String {
    let admin = user(app, "admin").await;
    let ctx = Ctx {
        actor: "test".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    };
    latchkey_web::api::tokens::create(&app.state, &ctx, &admin, "test", Scope::Write)
        .await
        .expect("token")
        .token
        .expose()
        .to_owned()
}

#[tokio::test]
async fn the_api_refuses_each_weak_password_with_its_code() {
    let app = TestApp::new().await;
    let mia = maximilian(&app).await;
    let t = admin_token(&app).await;
    let reset = format!("/api/v1/users/{}/reset-password", mia.id);
    for (pw, _, code) in WEAK.iter().filter(|(pw, _, _)| *pw != CURRENT) {
        let (status, body) = api(&app, &t, &reset, json!({"password": pw})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{pw}: {body}");
        assert_eq!(body["error"]["code"], *code, "{pw}: {body}");
    }
    // An administrator's reset is never compared with the current password: the answer
    // must not tell whether a guess of it was right.
    let (status, body) = api(&app, &t, &reset, json!({"password": CURRENT})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // A generated password always passes.
    let (status, body) = api(&app, &t, &reset, json!({"generate": true})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = api(&app, &t, &reset, json!({"password": GOOD})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Creating a user: their names, the organisation's, a row of keys.
    for (first, pw, code) in [
        ("Maximilian", "Maximilian2026", "password_name_or_username"),
        ("Maximilian", "2026maxis!", "password_name_or_username"),
        ("Anna", "Latchkey2026", "password_organization_with_year"),
        ("Anna", "zxcvbnm,./", "password_keyboard_walk"),
    ] {
        let (status, body) = api(
            &app,
            &t,
            "/api/v1/users",
            json!({"username": "maxis", "first_name": first, "password": pw}),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{pw}: {body}");
        assert_eq!(body["error"]["code"], code, "{pw}: {body}");
    }
}

#[tokio::test]
async fn the_organization_name_set_in_the_portal_is_the_one_refused() {
    let app = TestApp::new().await;
    let mia = maximilian(&app).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    admin.get("/admin/password-reset/customization").await;
    let r = admin
        .post_multipart("/admin/branding", &[("organization_name", "Contoso")], None)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let t = admin_token(&app).await;
    let reset = format!("/api/v1/users/{}/reset-password", mia.id);
    let (status, body) = api(&app, &t, &reset, json!({"password": "Contoso2026"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["error"]["code"], "password_organization_with_year");
}

#[tokio::test]
async fn the_strength_meter_gives_the_same_reasons() {
    let app = TestApp::new().await;
    maximilian(&app).await;
    let mut m = app.signed_in("mias", CURRENT).await;
    m.get("/account").await;
    for (pw, code) in [
        ("Maximilian2026", "password_name_or_username"),
        ("Latchkey2026", "password_organization_with_year"),
        ("1qaz2wsx3edc", "password_keyboard_walk"),
    ] {
        let r = m.post("/password/strength", &[("password", pw)]).await;
        let v: Value = serde_json::from_str(&r.body).expect("json");
        assert_eq!(
            (v["acceptable"].as_bool(), v["code"].as_str()),
            (Some(false), Some(code)),
            "{pw}"
        );
    }
    let r = m.post("/password/strength", &[("password", GOOD)]).await;
    let v: Value = serde_json::from_str(&r.body).expect("json");
    assert_eq!(v["acceptable"], true, "{v}");
}
