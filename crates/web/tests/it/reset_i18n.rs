//! The self-service reset journey in the reader's language: German from
//! `Accept-Language`, Arabic (right to left) from the `latchkey-lang` cookie.

use crate::harness::TestApp;
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::directory::Role;

#[tokio::test]
async fn the_reset_journey_speaks_german_and_arabic() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;

    // German from the browser: the start page and its form error.
    let mut de = app.client();
    de.german();
    let r = de.get("/reset").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("lang=\"de\""), "{}", r.body);
    assert!(
        r.body.contains("<h1>Zurück in Ihr Konto</h1>"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Wer sind Sie?"));
    assert!(r.body.contains("Benutzername"));
    assert!(!r.body.contains("Who are you?"));
    let r = de.post("/reset", &[("username", "")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("Geben Sie Ihren Benutzernamen ein."),
        "{}",
        r.body
    );

    // The verification page, a panel and a refusal.
    let r = start(&mut de, "mias").await;
    assert!(r.body.contains("Überprüfungsschritt 1"), "{}", r.body);
    assert!(
        r.body
            .contains("Eine E-Mail an meine alternative E-Mail-Adresse senden")
    );
    assert!(r.body.contains("Wenden Sie sich an Ihren Administrator"));
    assert!(!r.body.contains("Email my alternate email"));
    let r = de.get("/reset/verify?method=email").await;
    assert!(r.body.contains("E-Mail-Adresse"), "{}", r.body);
    assert!(r.body.contains("m***@home.example"));
    let r = de
        .post(
            "/reset/verify/send",
            &[("channel", "email"), ("destination", "other@home.example")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("Diese Adresse stimmt nicht mit der bei uns hinterlegten überein."),
        "{}",
        r.body
    );
    let r = de
        .post(
            "/reset/verify/check",
            &[("channel", "email"), ("code", "123456")],
        )
        .await;
    assert!(
        r.body.contains("Dieser Code ist nicht korrekt")
            || r.body.contains("Für diese Methode liegt kein Code vor"),
        "{}",
        r.body
    );

    // Through to the new password and the last page.
    let r = pass_email(&app, &mut de, "mia@home.example").await;
    assert_eq!(r.location(), "/reset/password", "{}", r.body);
    let r = de.get("/reset/password").await;
    assert!(r.body.contains("Neues Kennwort auswählen"), "{}", r.body);
    assert!(r.body.contains("Mindestens "));
    let r = de
        .post(
            "/reset/password",
            &[("new_password", ""), ("confirm_password", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("Geben Sie ein neues Kennwort ein."),
        "{}",
        r.body
    );
    let r = choose_password(&mut de, "a brand new passphrase 42").await;
    assert_eq!(r.location(), "/reset/done", "{}", r.body);
    let r = de.get("/reset/done").await;
    assert!(
        r.body.contains("Ihr Kennwort wurde zurückgesetzt"),
        "{}",
        r.body
    );

    // Arabic from the cookie, right to left.
    let mut ar = app.client();
    ar.arabic();
    let r = ar.get("/reset").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("dir=\"rtl\""), "{}", r.body);
    assert!(r.body.contains("استعادة الوصول إلى حسابك"));
    assert!(r.body.contains("من أنت؟"));
    let r = ar.get("/reset/verify").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("انتهت صلاحية جلستك"), "{}", r.body);
    assert!(r.body.contains("البدء من جديد"));
    let r = ar.get("/reset/help").await;
    assert!(r.body.contains("dir=\"rtl\""));
    assert!(r.body.contains("طلب المساعدة من المسؤول"), "{}", r.body);
    let r = start(&mut ar, "mias").await;
    assert!(r.body.contains("خطوة التحقق 1"), "{}", r.body);
    assert!(r.body.contains("إرسال رسالة إلى بريدي الإلكتروني البديل"));
}
