//! Sign-in with a Temporary Access Pass, My account, "Confirm it's you", the forced
//! change and the error pages in the reader's language, and the language preference saved
//! on My account.

use crate::harness::{ADMIN_PW, TestApp};
use axum::http::StatusCode;

#[tokio::test]
async fn pages_and_form_errors_follow_accept_language_and_the_cookie() {
    let app = TestApp::new().await;

    // Signed out, German from the browser.
    let mut de = app.client();
    de.german();
    let r = de.get("/signin/access-pass").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("lang=\"de\""), "{}", r.body);
    assert!(
        r.body
            .contains("Mit einem befristeten Zugriffspass anmelden")
    );
    assert!(r.body.contains("Mit Ihrem Kennwort anmelden"));
    assert!(!r.body.contains("Sign in with your password"));
    let r = de
        .post("/signin/access-pass", &[("username", ""), ("pass", "")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("Es ist ein Problem aufgetreten."),
        "{}",
        r.body
    );
    assert!(r.body.contains("Geben Sie Ihren Benutzernamen ein."));
    assert!(r.body.contains("Fehler:"));
    let r = de.get("/no-such-page").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(
        r.body.contains("Diese Seite wurde nicht gefunden"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Zur Anmeldeseite"));

    // Signed out, Arabic from the cookie, laid out right to left.
    let mut ar = app.client();
    ar.arabic();
    let r = ar.get("/signin/access-pass").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("dir=\"rtl\""), "{}", r.body);
    assert!(r.body.contains("تسجيل الدخول باستخدام تصريح وصول مؤقت"));
    let r = ar.get("/no-such-page").await;
    assert!(
        r.body.contains("لا يمكننا العثور على هذه الصفحة"),
        "{}",
        r.body
    );

    // My account and "Confirm it's you", German.
    let mut admin = app.client();
    admin.german();
    let r = admin.sign_in("admin", ADMIN_PW).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = admin.get("/account").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<h1>Mein Konto</h1>"), "{}", r.body);
    assert!(r.body.contains("Sicherheitsinformationen verwalten"));
    assert!(r.body.contains("Sprache meines Browsers verwenden"));
    assert!(r.body.contains(">Deutsch</option>"));
    let r = admin
        .post(
            "/account/password",
            &[
                ("current_password", ""),
                ("new_password", ""),
                ("confirm_password", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("Geben Sie Ihr aktuelles Kennwort ein."),
        "{}",
        r.body
    );
    assert!(r.body.contains("Geben Sie ein neues Kennwort ein."));
    let r = admin.get("/account/confirm?next=/setup").await;
    assert!(r.body.contains("Identität bestätigen"), "{}", r.body);
    let r = admin
        .post("/account/confirm", &[("password", ""), ("next", "/setup")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("Geben Sie Ihr Kennwort ein."), "{}", r.body);

    // My account, Arabic.
    let mut admin_ar = app.signed_in("admin", ADMIN_PW).await;
    admin_ar.arabic();
    let r = admin_ar.get("/account").await;
    assert!(r.body.contains("dir=\"rtl\""));
    assert!(r.body.contains("<h1>حسابي</h1>"), "{}", r.body);

    // The forced change, German.
    let password = app
        .create_user(&mut admin_ar, "mias", "Mia", "Steele", "user")
        .await;
    let mut mia = app.client();
    mia.german();
    mia.sign_in("mias", &password).await;
    let r = mia.get("/password/change").await;
    assert!(r.body.contains("Kennwort aktualisieren"), "{}", r.body);
    let r = mia
        .post(
            "/password/change",
            &[
                ("current_password", &password),
                ("new_password", ""),
                ("confirm_password", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("Geben Sie das neue Kennwort zur Bestätigung erneut ein.")
    );
}

#[tokio::test]
async fn the_language_saved_on_my_account_follows_the_person() {
    let app = TestApp::new().await;
    let mut c = app.signed_in("admin", ADMIN_PW).await;
    let r = c.get("/account").await;
    assert!(r.body.contains("<h1>My account</h1>"));
    assert!(r.body.contains("action=\"/account/language\""));
    let r = c.post("/account/language", &[("language", "de")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/account?language=1");
    assert_eq!(
        c.cookies.get("latchkey-lang").map(String::as_str),
        Some("de")
    );
    let r = c.get("/account?language=1").await;
    assert!(
        r.body.contains("Ihre Spracheinstellung wurde gespeichert."),
        "{}",
        r.body
    );
    assert!(r.body.contains("value=\"de\" lang=\"de\" selected"));
    let r = c.post("/signout", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    // Another browser, which asks for nothing in particular: German after sign-in.
    let mut other = app.client();
    let r = other.get("/").await;
    assert!(r.body.contains("lang=\"en\""));
    let r = other.sign_in("admin", ADMIN_PW).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        other.cookies.get("latchkey-lang").map(String::as_str),
        Some("de")
    );
    let r = other.get("/account").await;
    assert!(r.body.contains("<h1>Mein Konto</h1>"), "{}", r.body);
    assert!(r.body.contains("lang=\"de\""));

    // Back to the browser's language: the cookie goes, and sign-in no longer sets one.
    let r = other.post("/account/language", &[("language", "")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        r.headers
            .get_all(axum::http::header::SET_COOKIE)
            .iter()
            .any(|v| v.to_str().unwrap_or("").contains("Max-Age=0")),
        "the language cookie is cleared"
    );
    assert!(!other.cookies.contains_key("latchkey-lang"));
    let r = other.get("/account").await;
    assert!(r.body.contains("<h1>My account</h1>"));
    let mut third = app.client();
    third.sign_in("admin", ADMIN_PW).await;
    assert!(!third.cookies.contains_key("latchkey-lang"));
}
