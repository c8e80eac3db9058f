//! A replayed authenticator code: refused, counted as a failure, audited as its own
//! activity, and the user told.

use crate::harness::TestApp;
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::audit::activity;
use latchkey_core::directory::Role;
use latchkey_core::store::AttemptTake;

async fn count(app: &TestApp, what: &str) -> usize {
    app.state
        .store
        .audit_list(&Default::default(), 0, 500)
        .await
        .expect("audit")
        .items
        .iter()
        .filter(|e| e.activity == what)
        .count()
}

#[tokio::test]
async fn a_replayed_app_code_is_its_own_event_and_notifies_the_user() {
    assert!(activity::ALL.contains(&activity::APP_CODE_REUSED));
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let secret = add_app(&app, &mia).await;
    let code = secret.code_at(app.state.now());

    let mut c = app.client();
    start(&mut c, "mias").await;
    assert_eq!(
        pass_app(&app, &mut c, &secret).await.location(),
        "/reset/password"
    );
    assert_eq!(count(&app, activity::APP_CODE_REUSED).await, 0);
    assert!(app.messages().await.is_empty());

    // Someone who saw the code presents it again in another journey.
    let mut other = app.client();
    start(&mut other, "mias").await;
    other.get("/reset/verify?method=app_code").await;
    let r = other
        .post(
            "/reset/verify/check",
            &[("channel", "app_code"), ("code", &code)],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "refused: {}", r.body);
    assert_eq!(count(&app, activity::APP_CODE_REUSED).await, 1);
    assert_eq!(count(&app, activity::SSPR_FAILED_METHOD).await, 1);
    let sent = app.messages().await;
    let to: Vec<&str> = sent.iter().map(|m| m.to.as_str()).collect();
    assert!(
        to.contains(&"mias@work.example") && to.contains(&"mias@home.example"),
        "{to:?}"
    );
    assert!(sent.iter().all(|m| {
        m.body
            .contains("Someone used an authenticator code that had already been used")
            && m.body.contains("/report/")
    }));

    // A wrong code is an ordinary failure: no reuse event, no notice.
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let r = other
        .post(
            "/reset/verify/check",
            &[("channel", "app_code"), ("code", wrong)],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(count(&app, activity::APP_CODE_REUSED).await, 1);
    assert_eq!(count(&app, activity::SSPR_FAILED_METHOD).await, 2);
    assert_eq!(app.messages().await.len(), sent.len());

    // The replay counted as a failed verification, like the wrong code: two taken.
    let now = app.state.now();
    let taken = app
        .state
        .store
        .attempt_take(
            &format!("user:{}", mia.id),
            "verify_fail",
            now - 86_400,
            100,
            now,
        )
        .await
        .expect("attempts");
    assert!(
        matches!(taken, AttemptTake::Taken { count: 3, .. }),
        "two failures before this one: {taken:?}"
    );
}
