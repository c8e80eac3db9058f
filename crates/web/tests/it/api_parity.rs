//! What the portal's pages do, the API does too (issue 15, finding 7): Usage & insights,
//! the organisation's branding, the password tester and API tokens — each answering the
//! same as its page — plus the portal's API tokens page and the self-service counters of
//! `/metrics`.

use crate::harness::{ADMIN_PW, Client, TestApp};
use crate::sspr_support::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use latchkey_core::directory::Role;
use serde_json::{Value, json};

struct R {
    status: StatusCode,
    location: Option<String>,
    body: Value,
}

impl R {
    fn code(&self) -> &str {
        self.body["error"]["code"].as_str().unwrap_or("")
    }
}

async fn call(app: &TestApp, method: &str, path: &str, token: &str, body: Option<Value>) -> R {
    let req = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"));
    let req = match body {
        Some(b) => req
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .expect("request");
    let r = app.client().send(req).await;
    R {
        status: r.status,
        location: r
            .headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        body: if r.body.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("{path}: {e}: {}", r.body))
        },
    }
}

/// Five users in scope: ann and bob registered, cat and dan not (dan without email).
async fn seed(app: &TestApp) {
    enable_for_all(app).await;
    let boss = user(app, "admin").await;
    add_method(app, &boss, "email", "boss@home.example").await;
    add_method(app, &boss, "mobile", "+14255550100").await;
    for (name, registered) in [("ann", true), ("bob", true), ("cat", false)] {
        let u = make_user(app, name, Role::User, "Old-Password-111").await;
        if registered {
            add_method(app, &u, "email", &format!("{name}@home.example")).await;
        }
    }
}

#[tokio::test]
async fn reports_coverage_activity_and_unregistered_match_the_page() {
    let app = TestApp::new().await;
    seed(&app).await;
    let t = app.write_token("admin").await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let page = admin.get("/admin/reports").await;
    assert_eq!(page.status, StatusCode::OK);

    let r = call(&app, "GET", "/api/v1/reports/coverage", &t, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let (reg, total, pct) = (
        r.body["registered"].as_u64().expect("registered"),
        r.body["in_scope"].as_u64().expect("in scope"),
        r.body["percent"].as_u64().expect("percent"),
    );
    assert!(
        page.body
            .contains(&format!("{reg} of {total} users who can use")),
        "{reg} of {total} in {}",
        page.body
    );
    assert!(page.body.contains(&format!("{pct}%")));
    assert!(total >= 4 && reg >= 3, "{}", r.body);
    let email = r.body["by_method"]
        .as_array()
        .expect("methods")
        .iter()
        .find(|m| m["method"] == "Email")
        .expect("email row");
    assert!(email["registered"].as_u64() >= Some(3), "{}", r.body);

    // The unregistered list is the page's, paged.
    let r = call(
        &app,
        "GET",
        "/api/v1/reports/unregistered?limit=1",
        &t,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["total"], total - reg);
    assert_eq!(r.body["items"].as_array().map(Vec::len), Some(1));
    let all = call(&app, "GET", "/api/v1/reports/unregistered", &t, None).await;
    for u in all.body["items"].as_array().expect("items") {
        let name = u["username"].as_str().expect("username");
        assert!(page.body.contains(&format!("({name})")), "{name}");
    }
    assert!(
        all.body["items"]
            .as_array()
            .expect("items")
            .iter()
            .any(|u| u["username"] == "cat")
    );

    // Activity: a reset shows in today's column and the totals.
    let mut c = app.client();
    start(&mut c, "ann").await;
    pass_email(&app, &mut c, "ann@home.example").await;
    assert_eq!(
        choose_password(&mut c, "Brand-New-Secret-22")
            .await
            .location(),
        "/reset/done"
    );
    let r = call(&app, "GET", "/api/v1/reports/activity?days=7", &t, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["days"], 7);
    assert_eq!(r.body["per_day"].as_array().map(Vec::len), Some(7));
    assert_eq!(r.body["totals"]["succeeded"], 1);
    let bad = call(&app, "GET", "/api/v1/reports/activity?days=0", &t, None).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.code(), "invalid_field");

    // Reminders: the page's operation; an unknown group is a field error.
    let r = call(
        &app,
        "POST",
        "/api/v1/reports/reminders",
        &t,
        Some(json!({})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["sent"], total - reg);
    let r = call(
        &app,
        "POST",
        "/api/v1/reports/reminders",
        &t,
        Some(json!({"group_id": 999})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.code(), "invalid_field");
    // The page's form still sends them, through the same operation.
    let r = admin.post("/admin/reports/remind", &[("group", "")]).await;
    assert_eq!(
        r.location(),
        format!("/admin/reports?reminded={}", total - reg)
    );
    let pa = make_user(&app, "helpdesk", Role::PasswordAdmin, "Old-Password-111").await;
    let pt = app.write_token(pa.username.as_str()).await;
    let r = call(
        &app,
        "POST",
        "/api/v1/reports/reminders",
        &pt,
        Some(json!({})),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.code(), "forbidden");
}

#[tokio::test]
async fn a_token_made_over_the_api_works_until_it_is_revoked() {
    let app = TestApp::new().await;
    let t = app.write_token("admin").await;
    let r = call(
        &app,
        "POST",
        "/api/v1/tokens",
        &t,
        Some(json!({"name": "HR sync", "scope": "read"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let made = r.body["token"].as_str().expect("token").to_owned();
    let id = r.body["id"].as_i64().expect("id");
    assert_eq!(
        r.location.as_deref(),
        Some(&*format!("/api/v1/tokens/{id}"))
    );
    assert_eq!(r.body["owner"], "admin");
    // It works, and may only read.
    assert_eq!(
        call(&app, "GET", "/api/v1/users", &made, None).await.status,
        StatusCode::OK
    );
    let r = call(&app, "GET", "/api/v1/tokens", &t, None).await;
    let listed = r.body["items"].as_array().expect("items");
    assert!(listed.iter().any(|x| x["id"] == id && x["token"].is_null()));
    assert!(!r.body.to_string().contains(&made), "never shown again");
    // A token can't revoke itself; another can, and again changes nothing.
    let r = call(&app, "DELETE", &format!("/api/v1/tokens/{id}"), &made, None).await;
    assert_eq!(
        r.status,
        StatusCode::FORBIDDEN,
        "a read token may not write"
    );
    let own = call(&app, "GET", "/api/v1/tokens", &t, None).await.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|x| x["name"] == "test")
        .expect("own")["id"]
        .as_i64()
        .expect("id");
    let r = call(&app, "DELETE", &format!("/api/v1/tokens/{own}"), &t, None).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.code(), "conflict");
    let r = call(&app, "DELETE", &format!("/api/v1/tokens/{id}"), &t, None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let r = call(&app, "GET", "/api/v1/users", &made, None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.code(), "unauthenticated");
    let again = call(&app, "DELETE", &format!("/api/v1/tokens/{id}"), &t, None).await;
    assert_eq!(again.status, StatusCode::NO_CONTENT);
    let revokes = app
        .state
        .store
        .audit_list(&Default::default(), 0, 100)
        .await
        .expect("audit")
        .items
        .into_iter()
        .filter(|e| e.activity == "Revoke API token")
        .count();
    assert_eq!(revokes, 1, "a second DELETE audits nothing");
    let r = call(&app, "DELETE", "/api/v1/tokens/999999", &t, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // Bad input: stable codes naming the field.
    let r = call(
        &app,
        "POST",
        "/api/v1/tokens",
        &t,
        Some(json!({"name": "x", "scope": "admin"})),
    )
    .await;
    assert_eq!(
        (r.status, r.code()),
        (StatusCode::BAD_REQUEST, "invalid_field")
    );
    assert_eq!(r.body["error"]["field"], "scope");
    let r = call(
        &app,
        "POST",
        "/api/v1/tokens",
        &t,
        Some(json!({"name": "x", "scope": "read", "owner": "nobody"})),
    )
    .await;
    assert_eq!(r.body["error"]["field"], "owner");
}

#[tokio::test]
async fn a_password_administrator_may_not_manage_tokens() {
    let app = TestApp::new().await;
    make_user(&app, "helpdesk", Role::PasswordAdmin, "Old-Password-111").await;
    let t = app.write_token("helpdesk").await;
    for (method, path, body) in [
        ("GET", "/api/v1/tokens", None),
        (
            "POST",
            "/api/v1/tokens",
            Some(json!({"name": "mine", "scope": "write"})),
        ),
        ("GET", "/api/v1/tokens/1", None),
        ("DELETE", "/api/v1/tokens/1", None),
    ] {
        let r = call(&app, method, path, &t, body).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{method} {path}");
        assert_eq!(r.code(), "forbidden", "{method} {path}");
    }
    assert_eq!(
        app.state.store.api_token_list().await.expect("list").len(),
        1
    );
    let mut pa = app.signed_in("helpdesk", "Old-Password-111").await;
    assert_eq!(pa.get("/admin/tokens").await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn branding_put_changes_the_name_the_pages_show() {
    let app = TestApp::new().await;
    let t = app.write_token("admin").await;
    let r = call(
        &app,
        "PUT",
        "/api/v1/branding",
        &t,
        Some(json!({"organization_name": "Fabrikam Ltd"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["organization_name"], "Fabrikam Ltd");
    let mut c = app.client();
    assert!(c.get("/").await.body.contains("Fabrikam Ltd"));
    // A logo in base64, checked as the page checks a file.
    use base64::Engine as _;
    let png = b"\x89PNG\r\n\x1a\nrest-of-a-png";
    let b64 = base64::engine::general_purpose::STANDARD.encode(png);
    let r = call(
        &app,
        "PUT",
        "/api/v1/branding",
        &t,
        Some(json!({"organization_name": "Fabrikam Ltd", "logo": b64})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["logo_type"], "image/png");
    assert!(c.get("/").await.body.contains("data:image/png;base64,"));
    let got = call(&app, "GET", "/api/v1/branding", &t, None).await;
    assert_eq!(got.body["logo"], b64.as_str());
    // A large logo (over the 64 KiB of other bodies) goes through; one over 200 KiB not.
    let mut big = png.to_vec();
    big.resize(150 * 1024, b'x');
    let r = call(
        &app,
        "PUT",
        "/api/v1/branding",
        &t,
        Some(json!({"organization_name": "Fabrikam Ltd",
                    "logo": base64::engine::general_purpose::STANDARD.encode(&big)})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    big.resize(201 * 1024, b'x');
    let r = call(
        &app,
        "PUT",
        "/api/v1/branding",
        &t,
        Some(json!({"organization_name": "Fabrikam Ltd",
                    "logo": base64::engine::general_purpose::STANDARD.encode(&big)})),
    )
    .await;
    assert_eq!(
        (r.status, r.code()),
        (StatusCode::BAD_REQUEST, "invalid_field")
    );
    assert_eq!(r.body["error"]["field"], "logo");
    for bad in [
        json!({"organization_name": "Fabrikam", "logo": "R0lGODlhAQABAAAAACw="}),
        json!({"organization_name": ""}),
        json!({"organization_name": "x".repeat(65)}),
        json!({"organization_name": "Fabrikam", "colour": "red"}),
    ] {
        let r = call(&app, "PUT", "/api/v1/branding", &t, Some(bad.clone())).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}: {}", r.body);
        assert!(
            ["invalid_field", "invalid_json"].contains(&r.code()),
            "{bad}"
        );
    }
    // null removes the logo; audited like the page.
    let r = call(
        &app,
        "PUT",
        "/api/v1/branding",
        &t,
        Some(json!({"organization_name": "Fabrikam Ltd", "logo": null})),
    )
    .await;
    assert_eq!(r.body["logo"], Value::Null);
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 100)
        .await
        .expect("audit")
        .items;
    assert!(
        events
            .iter()
            .filter(|e| e.activity == "Update organization name and logo")
            .count()
            >= 3
    );
}

#[tokio::test]
async fn the_password_tester_answers_as_the_page_does() {
    let app = TestApp::new().await;
    let t = app.write_token("admin").await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    admin.get("/admin/password-protection").await;
    for (sample, accepted) in [("P@ssw0rd123", false), ("quiet lantern meadow 7", true)] {
        let page = admin
            .post("/admin/password-protection/test", &[("sample", sample)])
            .await;
        let r = call(
            &app,
            "POST",
            "/api/v1/policy/password/test",
            &t,
            Some(json!({"password": sample})),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert_eq!(r.body["accepted"], accepted, "{sample}: {}", r.body);
        let verdict = r.body["verdict"].as_str().expect("verdict");
        assert!(
            crate::harness::html_unescape(&page.body).contains(verdict),
            "{verdict} on the page"
        );
        if !accepted {
            assert!(
                r.body["code"]
                    .as_str()
                    .is_some_and(|c| c.starts_with("password_"))
            );
        }
        assert!(!r.body.to_string().contains(sample), "never echoed");
    }
    assert!(
        !crate::harness::logs().contains("P@ssw0rd123"),
        "never logged"
    );
}

#[tokio::test]
async fn the_tokens_page_creates_once_and_revokes_after_confirming() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get("/admin/tokens").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("No API tokens yet."));
    let form_id = between(&r.body, "name=\"form_id\" value=\"", "\"");
    // A bad name: the error tied to its field.
    let r = admin
        .post(
            "/admin/tokens",
            &[
                ("form_id", &form_id),
                ("name", ""),
                ("scope", "read"),
                ("owner", "admin"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("aria-describedby=\"name-error\""),
        "{}",
        r.body
    );
    let form_id = between(&r.body, "name=\"form_id\" value=\"", "\"");
    let fields = [
        ("form_id", form_id.as_str()),
        ("name", "Nightly export"),
        ("scope", "write"),
        ("owner", "admin"),
    ];
    let r = admin.post("/admin/tokens", &fields).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let made = between(&r.body, "<code id=\"shown-token\" class=\"secret\">", "<");
    assert!(made.starts_with("lk_"), "{made}");
    assert_eq!(
        call(&app, "GET", "/api/v1/tokens", &made, None)
            .await
            .status,
        StatusCode::OK
    );
    // The same form again (a reload) makes no other.
    let r = admin.post("/admin/tokens", &fields).await;
    assert!(r.body.contains("already created and shown once"));
    assert_eq!(
        app.state.store.api_token_list().await.expect("list").len(),
        1
    );
    let id = app.state.store.api_token_list().await.expect("list")[0].id;
    // Revoking asks first, then revokes.
    let r = admin.get(&format!("/admin/tokens/{id}/revoke")).await;
    assert!(
        r.body.contains("Revoke token “Nightly export”?"),
        "{}",
        r.body
    );
    let r = admin.post(&format!("/admin/tokens/{id}/revoke"), &[]).await;
    assert_eq!(r.location(), "/admin/tokens?revoked=1");
    let r = admin.get("/admin/tokens?revoked=1").await;
    assert!(r.body.contains("The token was revoked") && r.body.contains("Revoked "));
    assert_eq!(
        call(&app, "GET", "/api/v1/tokens", &made, None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    // Without the CSRF token, nothing.
    let r = admin
        .post_raw(&format!("/admin/tokens/{id}/revoke"), String::new())
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(
        admin
            .get("/admin")
            .await
            .body
            .contains("href=\"/admin/tokens\""),
        "in the admin navigation"
    );
}

fn between(body: &str, start: &str, end: &str) -> String {
    let i = body
        .find(start)
        .unwrap_or_else(|| panic!("{start} in {body}"))
        + start.len();
    body[i..][..body[i..].find(end).expect("end")].to_owned()
}

/// `/metrics` as Prometheus on this machine reads it.
async fn scrape(c: &mut Client) -> String {
    let peer = c
        .peer
        .replace(std::net::SocketAddr::from(([127, 0, 0, 1], 40_000)));
    let r = c.get("/metrics").await;
    c.peer = peer;
    assert_eq!(r.status, StatusCode::OK);
    r.body
}

fn sample(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
        .map_or_else(
            || panic!("{series} in {text}"),
            |v| v.parse().expect("a number"),
        )
}

#[tokio::test]
async fn metrics_count_help_requests_and_passes_after_a_reset() {
    let app = TestApp::new().await;
    seed(&app).await;
    let mut c = app.client();
    let before = scrape(&mut c).await;
    assert!(before.contains("# TYPE latchkey_self_service_events gauge"));
    let event = |text: &str, e: &str| {
        sample(
            text,
            &format!("latchkey_self_service_events{{event=\"{e}\",result=\"success\"}}"),
        )
    };
    assert_eq!(event(&before, "access_pass_issued"), 0.0);

    // A reset, a help request, and a pass issued over the API.
    start(&mut c, "ann").await;
    pass_email(&app, &mut c, "ann@home.example").await;
    choose_password(&mut c, "Brand-New-Secret-22").await;
    let mut h = app.client();
    start(&mut h, "cat").await;
    h.post("/reset/help", &[]).await;
    let t = app.write_token("admin").await;
    let cat = user(&app, "cat").await;
    let r = call(
        &app,
        "POST",
        &format!("/api/v1/users/{}/access-pass", cat.id),
        &t,
        Some(json!({})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);

    let after = scrape(&mut c).await;
    assert_eq!(
        sample(
            &after,
            "latchkey_journeys_completed_total{intent=\"reset\"}"
        ),
        sample(
            &before,
            "latchkey_journeys_completed_total{intent=\"reset\"}"
        ) + 1.0
    );
    assert!(
        sample(&after, "latchkey_journeys_started_total")
            >= sample(&before, "latchkey_journeys_started_total") + 2.0
    );
    assert_eq!(
        sample(
            &after,
            "latchkey_codes_total{channel=\"email\",result=\"sent\"}"
        ),
        sample(
            &before,
            "latchkey_codes_total{channel=\"email\",result=\"sent\"}"
        ) + 1.0
    );
    assert_eq!(event(&after, "access_pass_issued"), 1.0, "{after}");
    let help = |text: &str| {
        event(text, "help_requested")
            + sample(
                text,
                "latchkey_self_service_events{event=\"help_requested\",result=\"failure\"}",
            )
    };
    assert_eq!(help(&after), help(&before) + 1.0, "{after}");
}

#[tokio::test]
async fn a_token_makes_tokens_only_for_its_own_administrator() {
    let app = TestApp::new().await;
    make_user(&app, "gina", Role::GlobalAdmin, "Old-Password-111").await;
    let t = app.write_token("admin").await;
    let before = app
        .state
        .store
        .api_token_list()
        .await
        .expect("tokens")
        .len();
    let r = call(
        &app,
        "POST",
        "/api/v1/tokens",
        &t,
        Some(json!({"name": "shadow", "scope": "write", "owner": "gina"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert_eq!(r.body["error"]["code"], "invalid_field", "{}", r.body);
    assert_eq!(
        app.state
            .store
            .api_token_list()
            .await
            .expect("tokens")
            .len(),
        before,
        "nothing made"
    );
    // For itself, naming its own administrator, it may.
    let r = call(
        &app,
        "POST",
        "/api/v1/tokens",
        &t,
        Some(json!({"name": "mine", "scope": "read", "owner": "admin"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
}
