//! Validation and rule texts from the domain and service layers in the reader's language:
//! a form's field errors on the portal, and the JSON API's `message` next to its stable
//! `code` and `field`.

use crate::harness::{ADMIN_PW, TestApp, html_unescape};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};

/// `POST /api/v1/users` with `body` in the language `accept_language` asks for.
async fn create_user(
    app: &TestApp,
    token: &str,
    accept_language: &str,
    body: Value,
) -> (StatusCode, Value) {
    let req = Request::post("/api/v1/users")
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::ACCEPT_LANGUAGE, accept_language)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .expect("request");
    let r = app.client().send(req).await;
    let v = serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.body));
    (r.status, v)
}

fn messages(body: &Value) -> Vec<(String, String)> {
    body["error"]["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap_or("").to_owned(),
                e["message"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn form_errors_follow_accept_language_and_the_cookie() {
    let app = TestApp::new().await;
    let bad = [
        ("first_name", "Mia"),
        ("last_name", "Steele"),
        ("username", "mia steele"),
        ("mobile_phone", "425 555 0100"),
        ("email", "not-an-email"),
        ("role", "user"),
        ("auto_password", "true"),
    ];

    // Spanish from the browser.
    let mut es = app.client();
    es.extra_headers
        .push(("accept-language".into(), "es-ES,es;q=0.9".into()));
    assert_eq!(
        es.sign_in("admin", ADMIN_PW).await.status,
        StatusCode::SEE_OTHER
    );
    let r = es.post("/admin/users/new", &bad).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let body = html_unescape(&r.body);
    assert!(
        body.contains("Empiece el número con + y el código de país"),
        "{body}"
    );
    assert!(body.contains("Escriba una dirección de correo electrónico como nombre@example.org."));
    assert!(body.contains("Un nombre de usuario no puede contener «"));
    assert!(!body.contains("Start the number with + and its country code"));
    assert!(!body.contains("Enter an email address"));

    // Arabic from the cookie, right to left.
    let mut ar = app.client();
    ar.cookies.insert("latchkey-lang".into(), "ar".into());
    assert_eq!(
        ar.sign_in("admin", ADMIN_PW).await.status,
        StatusCode::SEE_OTHER
    );
    let r = ar.post("/admin/users/new", &bad).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let body = html_unescape(&r.body);
    assert!(body.contains("dir=\"rtl\""), "{body}");
    assert!(
        body.contains("أدخل عنوان بريد إلكتروني مثل name@example.org."),
        "{body}"
    );
    assert!(!body.contains("Enter an email address"));

    // German: a group name that is too long.
    let mut de = app.client();
    de.extra_headers
        .push(("accept-language".into(), "de".into()));
    assert_eq!(
        de.sign_in("admin", ADMIN_PW).await.status,
        StatusCode::SEE_OTHER
    );
    let r = de
        .post(
            "/admin/users/new",
            &[
                ("first_name", "x".repeat(65).as_str()),
                ("last_name", "Steele"),
                ("username", "mia"),
                ("role", "user"),
                ("auto_password", "true"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let body = html_unescape(&r.body);
    assert!(
        body.contains("Der Vorname darf höchstens 64 Zeichen lang sein."),
        "{body}"
    );

    // English stays exactly as it was.
    let mut en = app.client();
    assert_eq!(
        en.sign_in("admin", ADMIN_PW).await.status,
        StatusCode::SEE_OTHER
    );
    let r = en.post("/admin/users/new", &bad).await;
    let body = html_unescape(&r.body);
    assert!(body.contains(
        "Start the number with + and its country code, for example +1 425 555 0100 or +44 20 7946 0958."
    ), "{body}");
}

#[tokio::test]
async fn api_messages_follow_accept_language_and_codes_stay() {
    let app = TestApp::new().await;
    let token = app.write_token("admin").await;
    let bad = json!({"username": "bad name", "email": "nope", "mobile_phone": "425 555 0100"});

    let (status, en) = create_user(&app, &token, "en", bad.clone()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, fr) = create_user(&app, &token, "fr-FR,fr;q=0.9", bad).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(fr["error"]["code"], "invalid_field");
    assert_eq!(fr["error"]["code"], en["error"]["code"]);
    let (en, fr) = (messages(&en), messages(&fr));
    let fields = |m: &[(String, String)]| m.iter().map(|(f, _)| f.clone()).collect::<Vec<_>>();
    assert_eq!(fields(&fr), ["username", "email", "mobile_phone"]);
    assert_eq!(fields(&fr), fields(&en));
    assert_eq!(
        en[1].1, "Enter an email address like name@example.org.",
        "{en:?}"
    );
    assert_eq!(
        fr[1].1, "Entrez une adresse e-mail comme nom@example.org.",
        "{fr:?}"
    );
    assert!(
        fr[0]
            .1
            .starts_with("Un nom d'utilisateur ne peut pas contenir « "),
        "{fr:?}"
    );
    assert!(
        fr[2]
            .1
            .starts_with("Commencez le numéro par + et l'indicatif du pays"),
        "{fr:?}"
    );

    // A password rule: the same stable code, the message in German.
    let (status, de) = create_user(
        &app,
        &token,
        "de",
        json!({"username": "shorty", "password": "abc"}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(de["error"]["code"], "password_too_short");
    assert_eq!(de["error"]["field"], "password");
    let m = de["error"]["message"].as_str().unwrap_or("");
    assert!(m.starts_with("Ihr Kennwort muss mindestens "), "{de}");
    assert!(m.ends_with(" Zeichen lang sein."), "{de}");
}
