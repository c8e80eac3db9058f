//! Sign-in, smart lockout, sessions, the forced first change and self-service change.

use crate::harness::{ADMIN_PW, TestApp};
use axum::http::StatusCode;
use time::Duration;

const GENERIC: &str = "Your account or password is incorrect";
const LOCKED: &str = "temporarily locked";

/// The page with the parts that differ per request (token, request id) taken out.
fn normalised(body: &str) -> String {
    let mut s = body.to_owned();
    while let Some(i) = s.find("name=\"csrf\" value=\"") {
        let end = s[i + 19..].find('"').map(|e| i + 19 + e).unwrap_or(s.len());
        s.replace_range(i..end, "CSRF");
    }
    s.replace("value=\"nobody-here\"", "value=\"X\"")
        .replace("value=\"mias\"", "value=\"X\"")
}

#[tokio::test]
async fn admin_signs_in_and_lands_on_the_portal() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let r = c.sign_in("ADMIN", ADMIN_PW).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/admin");
    let r = c.get("/admin").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Admin portal"));
    assert_eq!(
        c.get("/").await.location(),
        "/admin",
        "signed-in users skip the sign-in page"
    );
}

#[tokio::test]
async fn unknown_and_real_usernames_get_the_same_answer() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    app.create_user(&mut admin, "mias", "Mia", "Steele", "user")
        .await;
    let mut a = app.client();
    let real = a.sign_in("mias", "wrong-but-long-1").await;
    let mut b = app.client();
    let unknown = b.sign_in("nobody-here", "wrong-but-long-1").await;
    assert_eq!(real.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, real.status);
    assert!(real.body.contains(GENERIC));
    assert_eq!(normalised(&real.body), normalised(&unknown.body));
    // A malformed name is answered the same way, not with a validation lecture.
    let mut c = app.client();
    let odd = c.sign_in("<script>", "wrong-but-long-1").await;
    assert_eq!(odd.status, StatusCode::UNAUTHORIZED);
    assert!(odd.body.contains(GENERIC));
    assert!(!odd.body.contains("<script>"), "typed text is escaped");
    // Disabled accounts too.
    let mut a2 = app.client();
    let r = a2.sign_in("", "").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("Enter your username and your password"));
}

#[tokio::test]
async fn ten_failures_lock_the_account_for_a_minute_and_a_repeat_does_not_count() {
    let app = TestApp::new().await;
    let mut c = app.client();
    // The same wrong password thirty times counts once.
    for _ in 0..30 {
        let r = c.sign_in("admin", "same-wrong-password").await;
        assert!(r.body.contains(GENERIC));
    }
    for i in 0..8 {
        let r = c.sign_in("admin", &format!("wrong-{i}-password")).await;
        assert!(r.body.contains(GENERIC), "attempt {i}");
    }
    let r = c.sign_in("admin", "wrong-9-password").await;
    assert!(r.body.contains(LOCKED), "10th distinct failure locks");
    // While locked even the right password is refused, with the same words.
    let r = c.sign_in("admin", ADMIN_PW).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.contains(LOCKED));
    // Unknown names lock the same way, so the lock reveals nothing.
    let mut u = app.client();
    for i in 0..10 {
        u.sign_in("ghost", &format!("wrong-{i}-password")).await;
    }
    assert!(
        u.sign_in("ghost", "anything-else")
            .await
            .body
            .contains(LOCKED)
    );
    app.clock.advance(Duration::seconds(61));
    let r = c.sign_in("admin", ADMIN_PW).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "the lock lifts after 60 s");
}

#[tokio::test]
async fn fifty_parallel_wrong_passwords_all_count() {
    let app = TestApp::with_env(&[("LATCHKEY_LOCKOUT__THRESHOLD", "1000")]).await;
    let mut tasks = Vec::new();
    for i in 0..50 {
        let mut c = app.client();
        tasks.push(tokio::spawn(async move {
            c.sign_in("admin", &format!("parallel-wrong-{i}"))
                .await
                .status
        }));
    }
    for t in tasks {
        assert_eq!(t.await.expect("task"), StatusCode::UNAUTHORIZED);
    }
    let state = app.state.store.lockout_get("admin").await.expect("state");
    assert_eq!(state.failures, 50);
}

#[tokio::test]
async fn new_user_must_change_the_generated_password_first() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let pw = app
        .create_user(&mut admin, "mias", "Mia", "Steele", "user")
        .await;
    let mut mia = app.client();
    let r = mia.sign_in("mias", &pw).await;
    assert_eq!(r.location(), "/password/change");
    // Every other page sends her back until she has changed it.
    assert_eq!(mia.get("/account").await.location(), "/password/change");
    assert_eq!(mia.get("/admin").await.location(), "/password/change");
    let r = mia.get("/password/change").await;
    assert!(r.body.contains("Update your password"));
    // Refusals say why, and never echo a password.
    let r = mia
        .post(
            "/password/change",
            &[
                ("current_password", &pw),
                ("new_password", "short"),
                ("confirm_password", "short"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("at least 8 characters"), "{}", r.body);
    assert!(!r.body.contains(&pw) && !r.body.contains("value=\"short\""));
    let r = mia
        .post(
            "/password/change",
            &[
                ("current_password", &pw),
                ("new_password", &pw),
                ("confirm_password", &pw),
            ],
        )
        .await;
    assert!(
        r.body
            .contains("must be different from your current password"),
        "{}",
        r.body
    );
    let r = mia
        .post(
            "/password/change",
            &[
                ("current_password", &pw),
                ("new_password", "Blue-Otter-Harbor-42"),
                ("confirm_password", "Blue-Otter-Harbor-43"),
            ],
        )
        .await;
    assert!(
        r.body.contains("don&#39;t match") || r.body.contains("don't match"),
        "{}",
        r.body
    );
    let r = mia
        .post(
            "/password/change",
            &[
                ("current_password", "not-it-at-all"),
                ("new_password", "Blue-Otter-Harbor-42"),
                ("confirm_password", "Blue-Otter-Harbor-42"),
            ],
        )
        .await;
    assert!(
        r.body.contains("current password is incorrect"),
        "{}",
        r.body
    );
    let r = mia
        .post(
            "/password/change",
            &[
                ("current_password", &pw),
                ("new_password", "Password123"),
                ("confirm_password", "Password123"),
            ],
        )
        .await;
    assert!(r.body.contains("too common"), "{}", r.body);
    let r = mia
        .post(
            "/password/change",
            &[
                ("current_password", &pw),
                ("new_password", "Blue-Otter-Harbor-42"),
                ("confirm_password", "Blue-Otter-Harbor-42"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/account?changed=1");
    let r = mia.get("/account?changed=1").await;
    assert!(r.body.contains("Your password has been changed"));
    // Sign out, and back in with the new password.
    mia.post("/signout", &[]).await;
    assert_eq!(mia.get("/account").await.location(), "/");
    assert_eq!(
        mia.sign_in("mias", &pw).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        mia.sign_in("mias", "Blue-Otter-Harbor-42").await.location(),
        "/account"
    );
}

#[tokio::test]
async fn sessions_rotate_end_on_sign_out_and_time_out() {
    let app = TestApp::new().await;
    let mut c = app.client();
    c.get("/").await;
    c.cookies
        .insert("latchkey-session".into(), "planted-by-an-attacker".into());
    c.sign_in("admin", ADMIN_PW).await;
    let first = c.session_cookie().expect("session");
    assert_ne!(
        first, "planted-by-an-attacker",
        "sign-in issues a new session id"
    );
    assert!(first.len() >= 43, "256-bit session ids");
    let mut stolen = app.client();
    stolen
        .cookies
        .insert("latchkey-session".into(), first.clone());
    assert_eq!(stolen.get("/admin").await.status, StatusCode::OK);
    c.post("/signout", &[]).await;
    assert_eq!(
        stolen.get("/admin").await.location(),
        "/",
        "sign-out ends the session on the server"
    );

    // Idle timeout (30 minutes by default).
    let mut c = app.signed_in("admin", ADMIN_PW).await;
    app.clock.advance(Duration::minutes(29));
    assert_eq!(c.get("/admin").await.status, StatusCode::OK);
    app.clock.advance(Duration::minutes(29));
    assert_eq!(
        c.get("/admin").await.status,
        StatusCode::OK,
        "activity keeps it alive"
    );
    app.clock.advance(Duration::minutes(31));
    assert_eq!(c.get("/admin").await.location(), "/");
    // Absolute timeout (8 hours) even with activity.
    let mut c = app.signed_in("admin", ADMIN_PW).await;
    for _ in 0..17 {
        app.clock.advance(Duration::minutes(29));
        c.get("/admin").await;
    }
    assert_eq!(c.get("/admin").await.location(), "/");
}

#[tokio::test]
async fn changing_the_password_ends_other_sessions_but_keeps_this_one() {
    let app = TestApp::new().await;
    let mut a = app.signed_in("admin", ADMIN_PW).await;
    let mut b = app.signed_in("admin", ADMIN_PW).await;
    let r = a
        .post(
            "/account/password",
            &[
                ("current_password", ADMIN_PW),
                ("new_password", "Fresh-Boss-Pass-77"),
                ("confirm_password", "Fresh-Boss-Pass-77"),
            ],
        )
        .await;
    assert_eq!(r.location(), "/account?changed=1");
    assert_eq!(a.get("/account").await.status, StatusCode::OK);
    assert_eq!(b.get("/account").await.location(), "/");
}
