//! The admin portal's policy pages in the reader's language: every section of the
//! self-service password reset policy, password protection, the tester's verdict, the
//! strength meter's words and form errors, in German (Accept-Language) and Arabic (the
//! `latchkey-lang` cookie, right to left).

use crate::harness::{ADMIN_PW, TestApp};
use axum::http::StatusCode;

#[tokio::test]
async fn password_reset_policy_sections_in_german_and_arabic() {
    let app = TestApp::new().await;
    let mut de = app.client();
    de.german();
    let r = de.sign_in("admin", ADMIN_PW).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    for (section, title, text) in [
        (
            "properties",
            "Eigenschaften",
            "Self-Service-Kennwortzurücksetzung aktiviert",
        ),
        (
            "authentication-methods",
            "Authentifizierungsmethoden",
            "Benachrichtigung über mobile App",
        ),
        (
            "registration",
            "Registrierung",
            "Benutzer müssen sich bei der Anmeldung registrieren?",
        ),
        (
            "notifications",
            "Benachrichtigungen",
            "Benutzer bei Kennwortzurücksetzungen benachrichtigen?",
        ),
        (
            "customization",
            "Anpassung",
            "Name und Logo der Organisation",
        ),
        (
            "on-premises",
            "Lokale Integration",
            "Es ist kein lokales Verzeichnis verbunden.",
        ),
        (
            "administrator-policy",
            "Administratorrichtlinie",
            "Diese Richtlinie kann nicht geändert werden.",
        ),
    ] {
        let r = de.get(&format!("/admin/password-reset/{section}")).await;
        assert_eq!(r.status, StatusCode::OK, "{section}");
        assert!(r.body.contains("lang=\"de\""), "{}", r.body);
        assert!(r.body.contains(&format!("<h1>{title}</h1>")), "{}", r.body);
        assert!(r.body.contains(text), "{section}: {}", r.body);
        assert!(r.body.contains(">Kennwortzurücksetzung</h2>"), "{}", r.body);
    }
    let r = de.get("/admin/password-reset/authentication-methods").await;
    assert!(r.body.contains(">E-Mail</label>"), "{}", r.body);
    assert!(r.body.contains(">Sicherheitsfragen</label>"), "{}", r.body);
    assert!(!r.body.contains("Methods available to users"));

    // A form error, and the saved notice.
    let r = de
        .post(
            "/admin/password-reset/registration",
            &[("require_registration", "true"), ("reconfirm_days", "soon")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("Es ist ein Problem aufgetreten."),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("Geben Sie eine Anzahl von Tagen zwischen 0 und 730 ein."),
        "{}",
        r.body
    );
    let r = de
        .post(
            "/admin/password-reset/notifications",
            &[("notify_users", "true"), ("notify_admins", "false")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = de.get(r.location()).await;
    assert!(
        r.body.contains("Ihre Änderungen wurden gespeichert."),
        "{}",
        r.body
    );

    // Sync now without a directory: refused, in words.
    let r = de
        .post("/admin/password-reset/on-premises", &[("action", "sync")])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(
        r.body
            .contains("Die Synchronisierung wurde nicht abgeschlossen"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Es gibt kein lokales Verzeichnis"));

    // Arabic from the cookie, right to left.
    let mut ar = app.client();
    ar.arabic();
    ar.sign_in("admin", ADMIN_PW).await;
    let r = ar.get("/admin/password-reset/properties").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("dir=\"rtl\""), "{}", r.body);
    assert!(r.body.contains("<h1>الخصائص</h1>"), "{}", r.body);
    assert!(
        r.body
            .contains("تمكين إعادة تعيين كلمة المرور بالخدمة الذاتية")
    );
    assert!(r.body.contains("أساليب المصادقة"));
    let r = ar.get("/admin/password-reset/administrator-policy").await;
    assert!(r.body.contains("لا يمكن تغيير هذا النهج."), "{}", r.body);
    let r = ar
        .post(
            "/admin/password-reset/authentication-methods",
            &[
                ("methods_required", "3"),
                ("m_email", "true"),
                ("questions_to_register", "3"),
                ("questions_to_reset", "3"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("dir=\"rtl\""));
    assert!(r.body.contains("اختر 1 أو 2."), "{}", r.body);
}

#[tokio::test]
async fn password_protection_and_the_tester_in_german_and_arabic() {
    let app = TestApp::new().await;
    let mut de = app.client();
    de.german();
    de.sign_in("admin", ADMIN_PW).await;
    let r = de.get("/admin/password-protection").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<h1>Kennwortschutz</h1>"), "{}", r.body);
    assert!(r.body.contains("Gesperrte Kennwörter"));
    assert!(r.body.contains(">Sehr stark</option>"));
    assert!(r.body.contains("Mindestlänge"));
    assert!(!r.body.contains("Banned passwords"));

    let r = de
        .post(
            "/admin/password-protection",
            &[("min_length", "lang"), ("history", "5"), ("min_score", "2")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("Geben Sie eine Anzahl von Zeichen zwischen 8 und 256 ein."),
        "{}",
        r.body
    );

    let r = de
        .post("/admin/password-protection/test", &[("sample", "password")])
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<strong>Abgelehnt: "), "{}", r.body);
    assert!(r.body.contains("Sperrlisten-Punktzahl"), "{}", r.body);
    let r = de
        .post(
            "/admin/password-protection/test",
            &[("sample", "quiet lantern meadow 7")],
        )
        .await;
    assert!(r.body.contains("<strong>Akzeptiert</strong>"), "{}", r.body);

    // The strength meter's words.
    let r = de
        .post("/password/strength", &[("password", "password1")])
        .await;
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    assert_eq!(v["label"], "Sehr schwach");

    let mut ar = app.client();
    ar.arabic();
    ar.sign_in("admin", ADMIN_PW).await;
    let r = ar.get("/admin/password-protection").await;
    assert!(r.body.contains("dir=\"rtl\""), "{}", r.body);
    assert!(r.body.contains("<h1>حماية كلمة المرور</h1>"), "{}", r.body);
    let r = ar
        .post(
            "/admin/password-protection",
            &[
                ("min_length", "12"),
                ("history", "many"),
                ("min_score", "2"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("أدخل رقمًا بين 0 و24."), "{}", r.body);
    let r = ar
        .post("/admin/password-protection/test", &[("sample", "password")])
        .await;
    assert!(r.body.contains("<strong>مرفوضة: "), "{}", r.body);
    assert!(r.body.contains("القوة 0 من 4."), "{}", r.body);
}
