//! No password, and no password hash, in any log line.

use crate::harness::{ADMIN_PW, TestApp, logs, shown_password};
use latchkey_core::directory::Username;

#[tokio::test]
async fn no_password_or_hash_is_ever_logged() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin
        .post(
            "/admin/users/new",
            &[
                ("first_name", "Log"),
                ("last_name", "Probe"),
                ("username", "logprobe"),
                ("role", "user"),
                ("auto_password", "true"),
                ("must_change", "true"),
            ],
        )
        .await;
    let generated = shown_password(&r.body);
    let mut u = app.client();
    u.sign_in("logprobe", "Wrong-Password-In-Log-Test").await;
    u.sign_in("logprobe", &generated).await;
    u.post(
        "/password/change",
        &[
            ("current_password", &generated),
            ("new_password", "Chosen-Log-Secret-5"),
            ("confirm_password", "Chosen-Log-Secret-5"),
        ],
    )
    .await;
    let id = app
        .state
        .store
        .user_by_username(&Username::parse("logprobe").expect("u"))
        .await
        .expect("user")
        .id;
    admin
        .post(
            &format!("/admin/users/{id}/reset-password"),
            &[("password", "Typed-Reset-Secret-6")],
        )
        .await;
    let hash = app.state.store.user_password_hash(id).await.expect("hash");
    let text = logs();
    assert!(text.contains("served"), "logs were captured");
    for secret in [
        ADMIN_PW,
        generated.as_str(),
        "Wrong-Password-In-Log-Test",
        "Chosen-Log-Secret-5",
        "Typed-Reset-Secret-6",
        hash.as_str(),
        "$argon2id",
    ] {
        assert!(
            !text.contains(secret),
            "a secret reached the logs: {secret}"
        );
    }
}
