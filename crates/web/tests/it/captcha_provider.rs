//! hCaptcha and Cloudflare Turnstile: the widget on the start page, the CSP that lets it
//! load, and the exact `siteverify` request the provider gets (a stand-in answers here,
//! as the real endpoints can't be reached from the test machine).

use crate::harness::{Client, Resp, TestApp};
use crate::sspr_support::*;
use axum::http::StatusCode;
use std::sync::{Arc, Mutex};

/// The forms the stand-in got, in order.
type Seen = Arc<Mutex<Vec<Vec<(String, String)>>>>;

/// A stand-in `siteverify`: records each form it gets, answers `success` when the
/// response token is "good".
async fn stand_in() -> (String, Seen) {
    let seen: Seen = Arc::default();
    let log = seen.clone();
    let app = axum::Router::new().route(
        "/siteverify",
        axum::routing::post(move |headers: axum::http::HeaderMap, body: String| {
            let log = log.clone();
            async move {
                assert_eq!(
                    headers
                        .get("content-type")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or(""),
                    "application/x-www-form-urlencoded"
                );
                let form: Vec<(String, String)> =
                    serde_urlencoded::from_str(&body).expect("a form");
                let ok = form.iter().any(|(k, v)| k == "response" && v == "good");
                log.lock().expect("log").push(form);
                axum::Json(serde_json::json!({"success": ok, "error-codes": []}))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}/siteverify", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (url, seen)
}

async fn post_start(c: &mut Client, field: &str, token: &str) -> Resp {
    c.get("/reset").await;
    c.post("/reset", &[("username", "mias"), (field, token)])
        .await
}

#[tokio::test]
async fn hcaptcha_answers_are_verified_with_the_provider_and_the_page_may_load_its_widget() {
    let (url, seen) = stand_in().await;
    let app = TestApp::with_env(&[
        ("LATCHKEY_CAPTCHA", "hcaptcha"),
        ("LATCHKEY_CAPTCHA_PROVIDER__SITE_KEY", "site-123"),
        ("LATCHKEY_CAPTCHA_PROVIDER__SECRET", "sec-456"),
        ("LATCHKEY_CAPTCHA_PROVIDER__VERIFY_URL", &url),
        ("LATCHKEY_LIMITS__STARTS_WITHOUT_PROOF_PER_ADDRESS", "1"),
    ])
    .await;
    enable_for_all(&app).await;
    let mut c = app.client().at_address("203.0.113.9");
    let page = c.get("/reset").await;
    assert!(page.body.contains("https://js.hcaptcha.com/1/api.js"));
    assert!(
        page.body
            .contains("class=\"h-captcha field\" data-sitekey=\"site-123\"")
    );
    assert!(
        !page.body.contains("sec-456"),
        "the secret never reaches the page"
    );
    let csp = page.headers["content-security-policy"]
        .to_str()
        .expect("csp");
    assert!(
        csp.contains("frame-src https://hcaptcha.com https://*.hcaptcha.com"),
        "{csp}"
    );
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    let elsewhere = c.get("/").await;
    let csp = elsewhere.headers["content-security-policy"]
        .to_str()
        .expect("csp");
    assert!(
        !csp.contains("hcaptcha"),
        "only the start page loads the widget: {csp}"
    );

    let r = post_start(&mut c, "h-captcha-response", "good").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let sent = seen
        .lock()
        .expect("log")
        .last()
        .cloned()
        .expect("a request");
    let mut sent_sorted = sent.clone();
    sent_sorted.sort();
    assert_eq!(
        sent_sorted,
        [
            ("remoteip".into(), "203.0.113.9".into()),
            ("response".into(), "good".into()),
            ("secret".into(), "sec-456".into()),
            ("sitekey".into(), "site-123".into()),
        ]
        .to_vec(),
        "exactly what hCaptcha's siteverify takes"
    );
    let r = post_start(&mut c, "h-captcha-response", "forged").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("didn"), "{}", r.body);
    // No widget answer (no JavaScript): allowed, under the stricter limit.
    assert_eq!(
        post_start(&mut c, "x", "").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        post_start(&mut c, "x", "").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        seen.lock().expect("log").len(),
        2,
        "no empty answer is sent on"
    );
}

#[tokio::test]
async fn turnstile_is_asked_without_a_site_key_and_an_unreachable_provider_is_no_proof() {
    let (url, seen) = stand_in().await;
    let app = TestApp::with_env(&[
        ("LATCHKEY_CAPTCHA", "turnstile"),
        ("LATCHKEY_CAPTCHA_PROVIDER__SITE_KEY", "0x4AAA"),
        ("LATCHKEY_CAPTCHA_PROVIDER__SECRET", "0x4BBB"),
        ("LATCHKEY_CAPTCHA_PROVIDER__VERIFY_URL", &url),
    ])
    .await;
    enable_for_all(&app).await;
    let mut c = app.client();
    let page = c.get("/reset").await;
    assert!(
        page.body
            .contains("class=\"cf-turnstile field\" data-sitekey=\"0x4AAA\"")
    );
    let csp = page.headers["content-security-policy"]
        .to_str()
        .expect("csp");
    assert!(
        csp.contains("script-src 'self' https://challenges.cloudflare.com"),
        "{csp}"
    );
    let r = post_start(&mut c, "cf-turnstile-response", "good").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut sent = seen
        .lock()
        .expect("log")
        .last()
        .cloned()
        .expect("a request");
    sent.sort();
    assert_eq!(
        sent,
        [
            ("response".into(), "good".into()),
            ("secret".into(), "0x4BBB".into()),
        ]
        .to_vec(),
        "Turnstile takes no site key; an in-process request has no address to send"
    );

    // The provider down: the start goes on as one without a proof (stricter limits), it
    // is never refused or passed as proven.
    let down = TestApp::with_env(&[
        ("LATCHKEY_CAPTCHA", "turnstile"),
        ("LATCHKEY_CAPTCHA_PROVIDER__SITE_KEY", "0x4AAA"),
        ("LATCHKEY_CAPTCHA_PROVIDER__SECRET", "0x4BBB"),
        (
            "LATCHKEY_CAPTCHA_PROVIDER__VERIFY_URL",
            "http://127.0.0.1:9/siteverify",
        ),
        ("LATCHKEY_CAPTCHA_PROVIDER__TIMEOUT_SECONDS", "1"),
        ("LATCHKEY_LIMITS__STARTS_WITHOUT_PROOF_PER_ADDRESS", "1"),
    ])
    .await;
    enable_for_all(&down).await;
    let mut d = down.client().at_address("198.51.100.3");
    let r = post_start(&mut d, "cf-turnstile-response", "good").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = post_start(&mut d, "cf-turnstile-response", "good").await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "an unverified answer counts as none"
    );
}
