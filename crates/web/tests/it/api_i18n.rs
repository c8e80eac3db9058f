//! The JSON API's `message` in the caller's language (`Accept-Language`), next to the
//! same stable `code` and `field` as in English; the password tester's verdict too.

use crate::harness::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use latchkey_i18n::{Lang, tr_in};
use serde_json::{Value, json};

/// `method path` with `body`, asking for `lang`; the status and the JSON answer.
async fn call(
    app: &TestApp,
    token: Option<&str>,
    lang: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "latchkey.test")
        .header(header::ACCEPT_LANGUAGE, lang);
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    let req = match body {
        Some(b) => req
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .expect("request");
    let r = app.client().send(req).await;
    let v = serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("{path}: {e}: {}", r.body));
    (r.status, v)
}

/// The same request in English and in `lang`: the same status, `code` and `field`; the
/// English message as it always was, and `expected` in the other language.
#[allow(clippy::too_many_arguments)]
async fn same_code_translated(
    app: &TestApp,
    token: Option<&str>,
    method: &str,
    path: &str,
    body: Option<Value>,
    english: &str,
    lang: &str,
    expected: &str,
) {
    let (s_en, en) = call(app, token, "en", method, path, body.clone()).await;
    let (s_xx, xx) = call(app, token, lang, method, path, body).await;
    assert_eq!(s_en, s_xx, "{path}");
    assert_eq!(en["error"]["code"], xx["error"]["code"], "{en} / {xx}");
    assert_eq!(en["error"]["field"], xx["error"]["field"], "{en} / {xx}");
    assert_eq!(en["error"]["message"], english, "{en}");
    assert_eq!(xx["error"]["message"], expected, "{xx}");
}

#[tokio::test]
async fn api_messages_follow_accept_language_with_the_same_code() {
    let app = TestApp::new().await;
    let t = app.write_token("admin").await;
    // A query parameter out of range.
    same_code_translated(
        &app,
        Some(&t),
        "GET",
        "/api/v1/reports/activity?days=0",
        None,
        "Give a whole number from 1 to 365.",
        "de",
        "Geben Sie eine ganze Zahl von 1 bis 365 an.",
    )
    .await;
    // A body naming nobody.
    same_code_translated(
        &app,
        Some(&t),
        "POST",
        "/api/v1/tokens",
        Some(json!({"name": "sync", "scope": "read", "owner": "nobody.here"})),
        "There is no user with that username.",
        "es",
        "No hay ningún usuario con ese nombre de usuario.",
    )
    .await;
    // A filter value it doesn't know.
    same_code_translated(
        &app,
        Some(&t),
        "GET",
        "/api/v1/audit?result=maybe",
        None,
        "Give success or failure.",
        "de",
        "Geben Sie success oder failure an.",
    )
    .await;
    // No token at all.
    same_code_translated(
        &app,
        None,
        "GET",
        "/api/v1/users",
        None,
        "Send an API token: Authorization: Bearer lk_…",
        "es",
        "Envíe un token de API: Authorization: Bearer lk_…",
    )
    .await;
    // A body that is not an object.
    same_code_translated(
        &app,
        Some(&t),
        "POST",
        "/api/v1/tokens",
        Some(json!(["sync"])),
        "The body must be a JSON object.",
        "de",
        "Der Inhalt muss ein JSON-Objekt sein.",
    )
    .await;
}

#[tokio::test]
async fn api_password_tester_answers_in_french() {
    let app = TestApp::new().await;
    let t = app.write_token("admin").await;
    let path = "/api/v1/policy/password/test";
    let (s, en) = call(
        &app,
        Some(&t),
        "en",
        "POST",
        path,
        Some(json!({"password": "ab1"})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{en}");
    let (s, fr) = call(
        &app,
        Some(&t),
        "fr",
        "POST",
        path,
        Some(json!({"password": "ab1"})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{fr}");
    assert_eq!(en["code"], fr["code"]);
    assert_eq!(fr["code"], "password_too_short", "{fr}");
    let en_verdict = en["verdict"].as_str().expect("verdict");
    let fr_verdict = fr["verdict"].as_str().expect("verdict");
    assert!(en_verdict.starts_with("Refused: "), "{en_verdict}");
    assert!(fr_verdict.starts_with("Refusé : "), "{fr_verdict}");
    assert!(fr_verdict.contains("Votre mot de passe"), "{fr_verdict}");
    assert_eq!(
        fr_verdict,
        tr_in(
            Lang::Fr,
            "admin-protection-refused",
            &[("reason", fr["reason"].as_str().expect("reason").into())]
        )
    );

    let (_, ok) = call(
        &app,
        Some(&t),
        "fr",
        "POST",
        path,
        Some(json!({"password": "quiet lantern meadow 7"})),
    )
    .await;
    assert_eq!(ok["accepted"], true, "{ok}");
    assert_eq!(ok["verdict"], "Accepté", "{ok}");
}
