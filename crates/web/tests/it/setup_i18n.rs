//! "Keep your account secure" (`/setup`) and its pages in the reader's language: German
//! from `Accept-Language`, Arabic (right to left) from the `latchkey-lang` cookie, and
//! the form errors of registration in German.

use crate::harness::TestApp;
use crate::sspr_support::{enable_for_all, make_user};
use axum::http::StatusCode;
use latchkey_core::directory::Role;

#[tokio::test]
async fn setup_pages_and_their_errors_are_translated() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    make_user(&app, "mias", Role::User, "Old-Password-111").await;

    // English stays as it was.
    let mut en = app.signed_in("mias", "Old-Password-111").await;
    let r = en.get("/setup").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("<h1>Keep your account secure</h1>"),
        "{}",
        r.body
    );
    assert!(r.body.contains("required method set up."));
    assert!(r.body.contains("Text me a code"));

    // German from the browser: the page, its sections and its forms.
    let mut de = app.signed_in("mias", "Old-Password-111").await;
    de.german();
    let r = de.get("/setup").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("lang=\"de\""), "{}", r.body);
    assert!(
        r.body.contains("<h1>Schützen Sie Ihr Konto</h1>"),
        "{}",
        r.body
    );
    assert!(r.body.contains("erforderlichen Methode"));
    // The phone pickers' countries, by their German names.
    assert!(
        r.body.contains("Vereinigtes Königreich (+44)") && !r.body.contains("United Kingdom"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Authentifikator-App hinzufügen"));
    assert!(r.body.contains("Code per SMS senden"));
    assert!(r.body.contains("Land oder Region"));
    assert!(r.body.contains("Sicherheitsfragen einrichten"));
    assert!(!r.body.contains("Keep your account secure"));
    assert!(!r.body.contains("Not set up."));

    // A form error on /setup: no code waits for the email address.
    let r = de
        .post(
            "/setup/verify",
            &[("kind", "email"), ("email_code", "123456")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(
        r.body
            .contains("Für diese Methode liegt kein Code vor, oder er ist abgelaufen."),
        "{}",
        r.body
    );

    // The authenticator app page and its wrong code.
    let r = de.get("/setup/app").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("Authentifikator-App einrichten"),
        "{}",
        r.body
    );
    assert!(r.body.contains("value=\"Authentifikator-App\""));
    let r = de
        .post("/setup/app", &[("name", "Diensthandy"), ("code", "000000")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(
        r.body.contains("Dieser Code ist nicht korrekt."),
        "{}",
        r.body
    );

    // Security questions: the form and a question left unchosen.
    let r = de.get("/setup/questions").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Frage auswählen"), "{}", r.body);
    assert!(r.body.contains("Antworten speichern"));
    let r = de
        .post(
            "/setup/questions",
            &[("question_0", ""), ("answer_0", "Lisbon")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.body.contains("Wählen Sie Frage 1 aus."), "{}", r.body);

    // Arabic from the cookie, right to left.
    let mut ar = app.signed_in("mias", "Old-Password-111").await;
    ar.arabic();
    let r = ar.get("/setup").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("dir=\"rtl\""), "{}", r.body);
    assert!(
        r.body.contains("<h1>حافظ على أمان حسابك</h1>"),
        "{}",
        r.body
    );
    assert!(r.body.contains("أرسل لي رمزًا في رسالة نصية"));
    let r = ar.get("/setup/questions").await;
    assert!(r.body.contains("dir=\"rtl\""));
    assert!(r.body.contains("اختر سؤالاً"), "{}", r.body);
    // The Latchkey app isn't offered by this policy: the page says so, in Arabic.
    let r = ar.get("/setup/push").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("إعداد تطبيق Latchkey"), "{}", r.body);
    assert!(r.body.contains("لا توفر مؤسستك تطبيق Latchkey لحسابك"));
}
