//! The texts the second localisation pass found in English: the authenticator QR code's
//! label, the organisation name and logo errors, and why a group can't be nested.

use crate::harness::{ADMIN_PW, TestApp, html_unescape};
use crate::sspr_support::{enable_for_all, make_user};
use axum::http::StatusCode;
use latchkey_core::directory::Role;

#[tokio::test]
async fn the_authenticator_qr_code_is_labelled_in_german_and_arabic() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    make_user(&app, "mias", Role::User, "Old-Password-111").await;

    let mut en = app.signed_in("mias", "Old-Password-111").await;
    let r = en.get("/setup/app").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("aria-label=\"QR code to add "),
        "{}",
        r.body
    );

    let mut de = app.signed_in("mias", "Old-Password-111").await;
    de.german();
    let r = de.get("/setup/app").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("aria-label=\"QR-Code zum Hinzufügen von "),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("(mias) zu einer Authentifikator-App</title>")
    );
    assert!(!r.body.contains("QR code to add"));

    let mut ar = app.signed_in("mias", "Old-Password-111").await;
    ar.arabic();
    let r = ar.get("/setup/app").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("dir=\"rtl\""));
    assert!(r.body.contains("رمز QR لإضافة "), "{}", r.body);
}

#[tokio::test]
async fn branding_errors_are_in_german_on_the_page() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    admin.german();
    admin.get("/admin/password-reset/customization").await;
    let r = admin
        .post_multipart("/admin/branding", &[("organization_name", "   ")], None)
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(
        r.body
            .contains("Der Organisationsname muss 1 bis 64 Zeichen lang sein."),
        "{}",
        r.body
    );
    let r = admin
        .post_multipart(
            "/admin/branding",
            &[("organization_name", "Contoso")],
            Some(("logo", "text/html", b"<html><script>")),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(
        r.body
            .contains("Das Logo muss ein PNG-, JPEG- oder SVG-Bild sein."),
        "{}",
        r.body
    );
    assert!(!r.body.contains("The logo must be"));
}

#[tokio::test]
async fn nesting_refusals_are_in_german() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    admin.german();
    admin.get("/admin/groups/new").await;
    let r = admin
        .post("/admin/groups/new", &[("name", "Vertrieb")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let sales = r.location().to_owned();
    let r = admin.post("/admin/groups/new", &[("name", "Alle")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let all = r.location().to_owned();

    let r = admin
        .post(&format!("{sales}/add"), &[("member", "Vertrieb")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let body = html_unescape(&r.body);
    assert!(
        body.contains("Eine Gruppe kann nicht Mitglied von sich selbst sein"),
        "{body}"
    );
    assert!(!body.contains("can't be a member of itself"));

    admin
        .post(&format!("{all}/add"), &[("member", "Vertrieb")])
        .await;
    let r = admin
        .post(&format!("{sales}/add"), &[("member", "Alle")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let body = html_unescape(&r.body);
    assert!(
        body.contains("Dadurch würde die Gruppe in sich selbst enthalten sein"),
        "{body}"
    );
}
