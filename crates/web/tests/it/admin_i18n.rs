//! The admin portal's home, audit log, Deliveries, "Usage & insights" and API tokens
//! pages in the reader's language (German from the browser, Arabic from the cookie, laid
//! out right to left), a form error in German, and the menu hiding "API tokens" from a
//! password administrator.

use crate::harness::{ADMIN_PW, TestApp};
use axum::http::StatusCode;

fn form_id(body: &str) -> String {
    let start = body.find("name=\"form_id\" value=\"").expect("form_id") + 22;
    body[start..]
        .split('"')
        .next()
        .expect("form_id value")
        .to_owned()
}

#[tokio::test]
async fn admin_pages_in_german_and_arabic() {
    let app = TestApp::new().await;
    let mut de = app.signed_in("admin", ADMIN_PW).await;
    de.extra_headers
        .push(("accept-language".into(), "de-DE,de;q=0.9,en;q=0.5".into()));

    let r = de.get("/admin").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("lang=\"de\""), "{}", r.body);
    assert!(r.body.contains("<h1>Verwaltungsportal</h1>"), "{}", r.body);
    assert!(r.body.contains("Benutzer verwalten"));
    assert!(r.body.contains(">Überwachungsprotokolle</a>"));
    assert!(r.body.contains(">Nutzung und Erkenntnisse</a>"));
    assert!(r.body.contains("href=\"/admin/tokens\""));
    assert!(r.body.contains("aria-current=\"page\">Startseite</a>"));
    assert!(!r.body.contains("Manage users"));

    let r = de.get("/admin/audit").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("<h1>Überwachungsprotokolle</h1>"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Filter anwenden"));
    assert!(r.body.contains("Zeit (UTC)"));
    assert!(r.body.contains("Ereignis"));
    // Activity names in the reader's language; the filter still sends the English name.
    assert!(r.body.contains("<td>Anmeldung"), "{}", r.body);
    assert!(r.body.contains(
        "<option value=\"Reset password (self-service)\">Kennwort zurücksetzen (Self-Service)</option>"
    ));
    assert!(
        r.body
            .contains("aria-current=\"page\">Überwachungsprotokolle</a>")
    );
    let r = de.get("/admin/audit?from=gestern").await;
    assert!(
        r.body
            .contains("Geben Sie das Startdatum im Format JJJJ-MM-TT ein."),
        "{}",
        r.body
    );

    let r = de.get("/admin/deliveries").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<h1>Zustellungen</h1>"), "{}", r.body);
    assert!(r.body.contains("Alle Nachrichten wurden zugestellt."));
    assert!(r.body.contains("0 Nachrichten warten auf den Versand."));

    let r = de.get("/admin/reports").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("<h1>Nutzung und Erkenntnisse</h1>"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Registrierungsabdeckung"));
    assert!(r.body.contains(">30 Tage</a>"));
    assert!(r.body.contains("Registrierte Benutzer nach Methode"));
    assert!(r.body.contains("Code der mobilen App"));
    assert!(r.body.contains("Pro Tag, letzte 30 Tage"));

    // API tokens: the page, a form error, and a token made.
    let r = de.get("/admin/tokens").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<h1>API-Token</h1>"), "{}", r.body);
    assert!(r.body.contains("Noch keine API-Token."));
    let id = form_id(&r.body);
    let r = de
        .post(
            "/admin/tokens",
            &[
                ("form_id", id.as_str()),
                ("name", ""),
                ("scope", "read"),
                ("owner", "admin"),
            ],
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
            .contains("Geben Sie dem Token einen Namen mit 1 bis 64 Zeichen")
    );
    let id = form_id(&r.body);
    let r = de
        .post(
            "/admin/tokens",
            &[
                ("form_id", id.as_str()),
                ("name", "HR sync"),
                ("scope", "read"),
                ("owner", "admin"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("Token „HR sync“ wurde erstellt"),
        "{}",
        r.body
    );
    assert!(r.body.contains(">Nie</td>"));

    // Arabic from the cookie, right to left.
    let mut ar = app.signed_in("admin", ADMIN_PW).await;
    ar.cookies.insert("latchkey-lang".into(), "ar".into());
    for (path, text) in [
        ("/admin", "<h1>بوابة الإدارة</h1>"),
        ("/admin/audit", "<h1>سجلات التدقيق</h1>"),
        ("/admin/deliveries", "<h1>عمليات التسليم</h1>"),
        ("/admin/reports", "<h1>الاستخدام والرؤى</h1>"),
        ("/admin/tokens", "<h1>الرموز المميزة لواجهة API</h1>"),
    ] {
        let r = ar.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert!(r.body.contains("dir=\"rtl\""), "{path}: {}", r.body);
        assert!(r.body.contains(text), "{path}: {}", r.body);
    }
    let r = ar.get("/admin/reports").await;
    assert!(r.body.contains(">30 يومًا</a>"), "{}", r.body);
    let r = ar.get("/admin/tokens").await;
    assert!(r.body.contains("إنشاء رمز مميز"));
}

#[tokio::test]
async fn only_global_administrators_see_the_api_tokens_link() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let pw = app
        .create_user(&mut admin, "helen", "Helen", "Desk", "password_admin")
        .await;
    let r = admin.get("/admin").await;
    assert!(r.body.contains("href=\"/admin/tokens\""), "{}", r.body);

    let mut helen = app.client();
    helen.sign_in("helen", &pw).await;
    helen
        .post(
            "/password/change",
            &[
                ("current_password", &pw),
                ("new_password", "Helpdesk-Pass-123"),
                ("confirm_password", "Helpdesk-Pass-123"),
            ],
        )
        .await;
    for path in [
        "/admin",
        "/admin/audit",
        "/admin/reports",
        "/admin/deliveries",
    ] {
        let r = helen.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.body);
        assert!(r.body.contains("href=\"/admin/audit\""), "{path}");
        assert!(
            !r.body.contains("href=\"/admin/tokens\""),
            "{path}: {}",
            r.body
        );
        assert!(!r.body.contains("API tokens"), "{path}");
    }
    let r = helen.get("/admin/tokens").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}
