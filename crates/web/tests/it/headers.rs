//! Security headers on every response, and bad requests answered plainly.

use crate::harness::{ADMIN_PW, TestApp};
use axum::http::StatusCode;

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::new().await;
    let mut c = app.signed_in("admin", ADMIN_PW).await;
    for path in [
        "/",
        "/reset",
        "/account",
        "/admin",
        "/admin/users",
        "/admin/users/new",
        "/admin/groups",
        "/admin/groups/new",
        "/healthz",
        "/readyz",
        "/metrics",
        "/api/v1/openapi.json",
        "/api/v1/nope",
        "/nope",
        "/static/latchkey.css",
    ] {
        let r = c.get(path).await;
        assert!(r.status != StatusCode::INTERNAL_SERVER_ERROR, "{path}");
        let h = |n: &str| {
            r.headers
                .get(n)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned()
        };
        let csp = h("content-security-policy");
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert_eq!(h("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(h("referrer-policy"), "no-referrer", "{path}");
        assert_eq!(h("x-frame-options"), "DENY", "{path}");
        assert!(!h("x-request-id").is_empty(), "{path}");
        if path.starts_with("/static/") {
            assert!(h("cache-control").contains("max-age"), "{path}");
        } else {
            assert_eq!(h("cache-control"), "no-store", "{path}");
        }
        // No HSTS over plain HTTP; it comes with an https public_url.
        assert!(h("strict-transport-security").is_empty(), "{path}");
    }
}

#[tokio::test]
async fn https_deployments_get_hsts_and_host_prefixed_secure_cookies() {
    let app = TestApp::with_env(&[("LATCHKEY_PUBLIC_URL", "https://sspr.example.org")]).await;
    let mut c = app.client();
    let r = c.get("/").await;
    let hsts = r
        .headers
        .get("strict-transport-security")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    assert!(hsts.contains("max-age=31536000"), "{hsts}");
    let cookie = r
        .headers
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    assert!(cookie.starts_with("__Host-latchkey-csrf="), "{cookie}");
    assert!(
        cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("Path=/"),
        "{cookie}"
    );
    c.origin = Some("https://sspr.example.org".into());
    c.extra_headers
        .push(("host".into(), "sspr.example.org".into()));
    let r = c
        .post("/", &[("username", "admin"), ("password", ADMIN_PW)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(c.cookies.contains_key("__Host-latchkey-session"));
}

#[tokio::test]
async fn forms_without_a_valid_csrf_token_or_from_another_site_are_refused() {
    let app = TestApp::new().await;
    let mut c = app.client();
    c.get("/").await;
    let r = c.post_raw("/", "username=admin&password=x".into()).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.body.contains("Your form expired"), "{}", r.body);
    let r = c
        .post_raw("/", "csrf=forged&username=admin&password=x".into())
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // A token from another browser (another cookie) does not fit this one.
    let mut other = app.client();
    other.get("/").await;
    c.csrf = other.csrf.clone();
    let r = c
        .post("/", &[("username", "admin"), ("password", ADMIN_PW)])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // The right token from the wrong origin.
    let mut c = app.client();
    c.get("/").await;
    c.origin = Some("https://evil.example".into());
    let r = c
        .post("/", &[("username", "admin"), ("password", ADMIN_PW)])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    c.origin = Some("http://latchkey.test".into());
    let r = c
        .post("/", &[("username", "admin"), ("password", ADMIN_PW)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "same origin is fine");
}

#[tokio::test]
async fn oversized_and_malformed_requests_get_clear_pages_not_500s() {
    let app = TestApp::new().await;
    let mut c = app.client();
    c.get("/").await;
    let big = format!(
        "csrf={}&username={}",
        c.csrf.clone().unwrap_or_default(),
        "a".repeat(200_000)
    );
    let r = c.post_raw("/", big).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r.body.contains("larger than we accept"), "{}", r.body);
    let r = c.post_raw("/", "%%%&&&===".into()).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = c.get("/admin/users/not-a-number").await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "not signed in: to the sign-in page"
    );
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get("/admin/users/not-a-number").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = admin.get("/admin/users/999999").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(
        r.body.contains("We can&#39;t find that page")
            || r.body.contains("We can't find that page")
    );
    let r = admin.get("/signout").await;
    assert_eq!(
        r.status,
        StatusCode::METHOD_NOT_ALLOWED,
        "GET on a POST-only route"
    );
    let r = admin.get("/api/v1/nothing").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("\"code\":\"not_found\""), "{}", r.body);
}

#[tokio::test]
async fn health_readiness_and_metrics() {
    let app = TestApp::new().await;
    let mut c = app.client();
    assert_eq!(c.get("/healthz").await.status, StatusCode::OK);
    let r = c.get("/readyz").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("sqlite"));
    c.sign_in("admin", "wrong-password-1").await;
    // Without a token, the metrics are for this machine only: a loopback peer, not
    // through a proxy.
    for (peer, forwarded) in [
        (None, None),
        (Some("203.0.113.9"), None),
        (Some("127.0.0.1"), Some("x-forwarded-for")),
        (Some("::1"), Some("forwarded")),
    ] {
        let mut other = app.client();
        if let Some(ip) = peer {
            other = other.at_address(ip);
        }
        if let Some(h) = forwarded {
            other
                .extra_headers
                .push((h.into(), "for=203.0.113.9".into()));
        }
        let r = other.get("/metrics").await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{peer:?} {forwarded:?}");
        assert!(!r.body.contains("latchkey_"), "{}", r.body);
        assert!(r.body.contains("server.metrics_token"), "{}", r.body);
    }
    for ip in ["127.0.0.1", "::1"] {
        let r = app.client().at_address(ip).get("/metrics").await;
        assert!(
            r.body
                .contains("latchkey_sign_ins_total{result=\"failure\"} 1"),
            "{ip}: {}",
            r.body
        );
    }
}

#[tokio::test]
async fn metrics_need_their_token_when_one_is_set() {
    let app = TestApp::with_env(&[("LATCHKEY_SERVER__METRICS_TOKEN", "scrape-7Hq2")]).await;
    // From anywhere, with the token; not even from this machine without it.
    let mut c = app.client().at_address("127.0.0.1");
    let r = c.get("/metrics").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(!r.body.contains("latchkey_"), "{}", r.body);
    c.extra_headers
        .push(("authorization".into(), "Bearer scrape-7Hq".into()));
    assert_eq!(c.get("/metrics").await.status, StatusCode::UNAUTHORIZED);
    c.extra_headers.clear();
    c.extra_headers
        .push(("authorization".into(), "Bearer scrape-7Hq2".into()));
    let r = c.get("/metrics").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("latchkey_hash_jobs_total"), "{}", r.body);
    let mut far = app.client().at_address("203.0.113.9");
    far.extra_headers
        .push(("authorization".into(), "Bearer scrape-7Hq2".into()));
    assert_eq!(far.get("/metrics").await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_app_files_have_their_types_and_keep_their_cache_policy() {
    let app = TestApp::new().await;
    let mut c = app.client();
    for (path, kind, cache) in [
        ("/app", "text/html; charset=utf-8", "no-cache"),
        ("/app/app.js", "text/javascript; charset=utf-8", "no-cache"),
        ("/app/app.css", "text/css; charset=utf-8", "no-cache"),
        ("/app/sw.js", "text/javascript; charset=utf-8", "no-cache"),
        (
            "/app/manifest.webmanifest",
            "application/manifest+json",
            "no-cache",
        ),
        ("/app/icon.svg", "image/svg+xml", "public, max-age=86400"),
        ("/app/icon-192.png", "image/png", "public, max-age=86400"),
        ("/app/icon-512.png", "image/png", "public, max-age=86400"),
        (
            "/app/apple-touch-icon.png",
            "image/png",
            "public, max-age=86400",
        ),
    ] {
        let r = c.get(path).await;
        let h = |n: &str| {
            r.headers
                .get(n)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned()
        };
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert_eq!(h("content-type"), kind, "{path}");
        assert_eq!(h("cache-control"), cache, "{path}");
        // The pages' CSP holds for the app too: its own scripts, its own server.
        assert!(
            h("content-security-policy").contains("script-src 'self'"),
            "{path}"
        );
        // Static files set no cookie (a shared cache could hand it to someone else).
        assert!(h("set-cookie").is_empty(), "{path}");
        let allowed = h("service-worker-allowed");
        assert_eq!(
            allowed,
            if path == "/app/sw.js" { "/app" } else { "" },
            "{path}"
        );
    }
    let page = c.get("/app").await.body;
    for needed in [
        "rel=\"manifest\" href=\"/app/manifest.webmanifest\"",
        "rel=\"apple-touch-icon\"",
        "name=\"theme-color\"",
        "name=\"apple-mobile-web-app-capable\"",
        "<script type=\"module\" src=\"/app/app.js\">",
    ] {
        assert!(page.contains(needed), "/app has {needed}");
    }
    let missing = c.get("/app/nope.js").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(
        missing
            .headers
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
}
