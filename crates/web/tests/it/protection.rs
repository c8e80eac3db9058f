//! Password protection on every path that sets a password, the strength meter's endpoint
//! and the administrators' page.

use crate::harness::{ADMIN_PW, TestApp, shown_password};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::directory::Role;

async fn ban(app: &TestApp, terms: &[&str]) {
    let mut p = latchkey_web::protect::load_policy(&app.state)
        .await
        .expect("policy");
    p.enforce_custom = true;
    p.custom_terms = terms.iter().map(|t| (*t).to_owned()).collect();
    latchkey_web::protect::save_policy(&app.state, &p)
        .await
        .expect("save");
}

#[tokio::test]
async fn every_path_refuses_a_banned_password_with_its_reason() {
    let app = TestApp::new().await;
    ban(&app, &["fabrikam"]).await;
    let banned = "Fabr1kam26!";
    let reason = "contains a word your organization doesn";

    // Admin creates a user with a typed password.
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin
        .post(
            "/admin/users/new",
            &[
                ("first_name", "Mia"),
                ("last_name", "Steele"),
                ("username", "mias"),
                ("role", "user"),
                ("password", banned),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains(reason), "{}", r.body);
    let r = admin
        .post(
            "/admin/users/new",
            &[
                ("first_name", "Mia"),
                ("last_name", "Steele"),
                ("username", "mias"),
                ("role", "user"),
                ("password", "Steele-99"),
            ],
        )
        .await;
    assert!(
        r.body.contains("your name"),
        "names are banned too: {}",
        r.body
    );
    // Admin resets with a typed password.
    let pw = app
        .create_user(&mut admin, "mias", "Mia", "Steele", "user")
        .await;
    let mia = user(&app, "mias").await;
    let r = admin
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("password", banned)],
        )
        .await;
    assert!(r.body.contains(reason), "{}", r.body);
    // First-sign-in change.
    let mut m = app.client();
    m.sign_in("mias", &pw).await;
    let r = m
        .post(
            "/password/change",
            &[
                ("current_password", &pw),
                ("new_password", banned),
                ("confirm_password", banned),
            ],
        )
        .await;
    assert!(r.body.contains(reason), "{}", r.body);
    m.post(
        "/password/change",
        &[
            ("current_password", &pw),
            ("new_password", "Blue-Otter-Harbor-42"),
            ("confirm_password", "Blue-Otter-Harbor-42"),
        ],
    )
    .await;
    // Self-service change on /account.
    let r = m
        .post(
            "/account/password",
            &[
                ("current_password", "Blue-Otter-Harbor-42"),
                ("new_password", banned),
                ("confirm_password", banned),
            ],
        )
        .await;
    assert!(r.body.contains(reason), "{}", r.body);
    let r = m
        .post(
            "/account/password",
            &[
                ("current_password", "Blue-Otter-Harbor-42"),
                ("new_password", "P@ssw0rd!"),
                ("confirm_password", "P@ssw0rd!"),
            ],
        )
        .await;
    assert!(r.body.contains("too common"), "{}", r.body);
    // Self-service reset.
    enable_for_all(&app).await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    pass_email(&app, &mut c, "mia@home.example").await;
    let r = c
        .post(
            "/reset/password",
            &[("new_password", banned), ("confirm_password", banned)],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains(reason), "{}", r.body);
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
            .any(|e| e.activity == "User submitted a new password"
                && e.result == latchkey_core::audit::Outcome::Failure)
    );
}

#[tokio::test]
async fn recent_passwords_can_not_be_reused_when_history_is_on() {
    let app = TestApp::new().await;
    let mut p = latchkey_web::protect::load_policy(&app.state)
        .await
        .expect("policy");
    p.history = 3;
    latchkey_web::protect::save_policy(&app.state, &p)
        .await
        .expect("save");
    make_user(&app, "mias", Role::User, "First-Secret-Words-1").await;
    let mut m = app.signed_in("mias", "First-Secret-Words-1").await;
    let change = |cur: &'static str, new: &'static str| (cur, new);
    for (cur, new) in [
        change("First-Secret-Words-1", "Second-Secret-Words-2"),
        change("Second-Secret-Words-2", "Third-Secret-Words-3"),
    ] {
        let r = m
            .post(
                "/account/password",
                &[
                    ("current_password", cur),
                    ("new_password", new),
                    ("confirm_password", new),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let r = m
        .post(
            "/account/password",
            &[
                ("current_password", "Third-Secret-Words-3"),
                ("new_password", "First-Secret-Words-1"),
                ("confirm_password", "First-Secret-Words-1"),
            ],
        )
        .await;
    assert!(r.body.contains("used this password recently"), "{}", r.body);
    let r = m
        .post(
            "/account/password",
            &[
                ("current_password", "Third-Secret-Words-3"),
                ("new_password", "Fourth-Secret-Words-4"),
                ("confirm_password", "Fourth-Secret-Words-4"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_strength_endpoint_scores_without_storing() {
    let app = TestApp::new().await;
    let mut c = app.client();
    c.get("/").await;
    let r = c
        .post("/password/strength", &[("password", "password1")])
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    assert_eq!(v["score"], 0);
    assert_eq!(v["acceptable"], false);
    assert_eq!(v["code"], "password_too_common");
    let r = c
        .post(
            "/password/strength",
            &[("password", "correct horse battery staple")],
        )
        .await;
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    assert_eq!(v["score"], 4);
    assert_eq!(v["acceptable"], true);
    // Like every form: no token, no answer.
    let r = c.post_raw("/password/strength", "password=x".into()).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(!crate::harness::logs().contains("correct horse battery staple"));
}

#[tokio::test]
async fn the_protection_page_saves_validates_tests_and_audits() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get("/admin/password-protection").await;
    assert!(
        r.body.contains("Enforce custom list")
            && r.body.contains("NIST SP 800-63B asks for at least 15")
    );
    let base = [
        ("min_length", "12"),
        ("history", "2"),
        ("min_score", "0"),
        ("enforce_custom", "true"),
        ("check_breached", "true"),
    ];
    let mut bad = base.to_vec();
    bad.push(("custom_terms", "contoso\nabc"));
    let r = admin.post("/admin/password-protection", &bad).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("4 to 16 characters"), "{}", r.body);
    let mut good = base.to_vec();
    good.push(("custom_terms", "Contoso\ncontoso\nwidgets"));
    let r = admin.post("/admin/password-protection", &good).await;
    assert_eq!(r.location(), "/admin/password-protection?saved=1");
    let p = latchkey_web::protect::load_policy(&app.state)
        .await
        .expect("policy");
    assert_eq!(p.min_length, 12);
    assert_eq!(
        p.custom_terms,
        vec!["Contoso".to_string(), "widgets".to_string()],
        "duplicates dropped"
    );
    let r = admin
        .post(
            "/admin/password-protection/test",
            &[("sample", "Widgets26!")],
        )
        .await;
    assert!(
        r.body.contains("Refused") && r.body.contains("widgets"),
        "{}",
        r.body
    );
    let r = admin
        .post(
            "/admin/password-protection/test",
            &[("sample", "quiet lantern meadow 7")],
        )
        .await;
    assert!(r.body.contains("Accepted"), "{}", r.body);
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
            .any(|e| e.activity == "Update password protection policy"
                && e.details["after"]["min_length"] == 12)
    );
    // The new minimum is explained where passwords are set.
    let r = admin.get("/account").await;
    assert!(r.body.contains("At least 12 characters"));
    let r = admin
        .post(
            "/admin/password-protection",
            &[("min_length", "7"), ("history", "0"), ("min_score", "0")],
        )
        .await;
    assert!(r.body.contains("between 8 and 256"));
}

#[tokio::test]
async fn breached_passwords_are_refused_once_a_list_is_imported() {
    let app = TestApp::with_breached(&["Leaked-But-Long-Enough-1"]).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin
        .post(
            "/account/password",
            &[
                ("current_password", ADMIN_PW),
                ("new_password", "Leaked-But-Long-Enough-1"),
                ("confirm_password", "Leaked-But-Long-Enough-1"),
            ],
        )
        .await;
    assert!(r.body.contains("appeared in a data breach"), "{}", r.body);
    let pw = app
        .create_user(&mut admin, "mias", "Mia", "Steele", "user")
        .await;
    assert!(!pw.is_empty());
    let r = admin.get("/admin/password-protection").await;
    assert!(r.body.contains("holds 1 passwords"), "{}", r.body);
    let _ = shown_password;
}
