//! The admin REST API (`/api/v1/`): bearer tokens, the portal's role rules, JSON errors,
//! paging, audit, policy as code, and the OpenAPI document, which is snapshot-tested and
//! walked operation by operation.

use crate::harness::{ADMIN_PW, TestApp};
use crate::sspr_support::without_caller_verification;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use latchkey_core::directory::{Email, Profile, Role, Username};
use latchkey_core::helpdesk::{Approval, Verification};
use latchkey_core::policy::Method;
use latchkey_core::store::{AuthMethodRecord, MethodKind, NewUser};
use latchkey_web::api::auth::Scope;
use latchkey_web::audit::Ctx;
use serde_json::{Value, json};

struct R {
    status: StatusCode,
    headers: HeaderMap,
    body: Value,
}

impl R {
    fn code(&self) -> &str {
        self.body["error"]["code"].as_str().unwrap_or("")
    }
    fn field(&self) -> &str {
        self.body["error"]["field"].as_str().unwrap_or("")
    }
}

/// One API call with an optional bearer token and JSON body.
async fn call(
    app: &TestApp,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> R {
    call_raw(
        app,
        method,
        path,
        token,
        body.map(|b| ("application/json", b.to_string())),
        None,
    )
    .await
}

async fn call_raw(
    app: &TestApp,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<(&str, String)>,
    cookie: Option<&str>,
) -> R {
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "latchkey.test");
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    let req = match body {
        Some((ct, b)) => req.header(header::CONTENT_TYPE, ct).body(Body::from(b)),
        None => req.body(Body::empty()),
    }
    .expect("request");
    let r = app.client().send(req).await;
    let body = if r.body.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&r.body)
            .unwrap_or_else(|e| panic!("{method} {path}: not JSON ({e}): {}", r.body))
    };
    R {
        status: r.status,
        headers: r.headers,
        body,
    }
}

fn ctx() -> Ctx {
    Ctx {
        actor: "test".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    }
}

/// A token for `owner`, made the way the CLI makes them.
async fn token(app: &TestApp, owner: &str, scope: Scope) -> String {
    let user = app
        .state
        .store
        .user_by_username(&Username::parse(owner).expect("name"))
        .await
        .expect("owner");
    latchkey_web::api::tokens::create(&app.state, &ctx(), &user, "test", scope)
        .await
        .expect("token")
        .token
        .expose()
        .to_owned()
}

async fn add_user(app: &TestApp, name: &str, role: Role) -> i64 {
    let hash = app
        .state
        .hasher
        .hash(&latchkey_core::Secret::new("Some-Old-Password-1"))
        .await
        .expect("hash");
    app.state
        .store
        .user_create(
            NewUser {
                username: Username::parse(name).expect("name"),
                profile: Profile {
                    first_name: "Test".into(),
                    last_name: name.into(),
                    display_name: format!("Test {name}"),
                    email: Some(
                        Email::parse("email", &format!("{name}@example.org")).expect("email"),
                    ),
                    ..Profile::default()
                },
                role,
                enabled: true,
                password_hash: hash,
                must_change_password: false,
            },
            app.state.now(),
        )
        .await
        .expect("user")
        .id
}

async fn add_method(app: &TestApp, user: i64, kind: &str, value: &str) -> i64 {
    app.state
        .store
        .method_add(&AuthMethodRecord {
            id: 0,
            user_id: user,
            kind: MethodKind::parse(kind).expect("method kind"),
            value: value.into(),
            secret: String::new(),
            last_used_step: None,
            created_at: app.state.now(),
        })
        .await
        .expect("method")
}

// ------------------------------------------------------------------ a small JSON Schema check

/// Checks `v` against the subset of JSON Schema the document uses.
fn conforms(doc: &Value, schema: &Value, v: &Value, at: &str) -> Result<(), String> {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.trim_start_matches("#/components/schemas/");
        return conforms(doc, &doc["components"]["schemas"][name], v, at);
    }
    let type_ok = |t: &str| match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        _ => false,
    };
    match &schema["type"] {
        Value::String(t) if !type_ok(t) => return Err(format!("{at}: {v} is not {t}")),
        Value::Array(ts) if !ts.iter().filter_map(Value::as_str).any(type_ok) => {
            return Err(format!("{at}: {v} is none of {ts:?}"));
        }
        _ => {}
    }
    if let Some(e) = schema["enum"].as_array()
        && !e.contains(v)
    {
        return Err(format!("{at}: {v} is not one of {e:?}"));
    }
    if !schema["const"].is_null() && schema["const"] != *v {
        return Err(format!("{at}: {v} is not {}", schema["const"]));
    }
    if let (Some(min), Some(n)) = (schema["minimum"].as_i64(), v.as_i64())
        && n < min
    {
        return Err(format!("{at}: {n} < {min}"));
    }
    if let (Some(max), Some(n)) = (schema["maximum"].as_i64(), v.as_i64())
        && n > max
    {
        return Err(format!("{at}: {n} > {max}"));
    }
    if schema["format"] == "date-time"
        && let Some(s) = v.as_str()
    {
        let b = s.as_bytes();
        if !(s.len() == 20 && b[10] == b'T' && s.ends_with('Z') && b[4] == b'-' && b[13] == b':') {
            return Err(format!("{at}: {s} is not RFC 3339 UTC"));
        }
    }
    if let Some(o) = v.as_object() {
        let props = schema["properties"].as_object();
        for req in schema["required"].as_array().into_iter().flatten() {
            let k = req.as_str().unwrap_or_default();
            if !o.contains_key(k) {
                return Err(format!("{at}: {k} is missing"));
            }
        }
        for (k, val) in o {
            match props.and_then(|p| p.get(k)) {
                Some(s) => conforms(doc, s, val, &format!("{at}.{k}"))?,
                None if schema["additionalProperties"] == false => {
                    return Err(format!("{at}: {k} is not documented"));
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(a)) = (schema.get("items"), v.as_array()) {
        for (i, x) in a.iter().enumerate() {
            conforms(doc, items, x, &format!("{at}[{i}]"))?;
        }
    }
    Ok(())
}

// ------------------------------------------------------------------ the document

fn snapshot_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/openapi.snapshot.json")
}

#[tokio::test]
async fn api_openapi_document_matches_the_snapshot() {
    let doc = latchkey_web::api::document();
    let text = format!(
        "{}\n",
        serde_json::to_string_pretty(doc).expect("serialise")
    );
    let path = snapshot_path();
    if std::env::var("UPDATE_SNAPSHOTS").as_deref() == Ok("1") {
        std::fs::write(&path, &text).expect("write snapshot");
    }
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        saved == text,
        "the OpenAPI document changed. If that is intended, run \
         UPDATE_SNAPSHOTS=1 cargo test -p latchkey-web api_openapi and commit {}",
        path.display()
    );
    // The served document is the same, and needs no token.
    let app = TestApp::new().await;
    let r = call(&app, "GET", "/api/v1/openapi.json", None, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(&r.body, doc);
    assert_eq!(doc["openapi"], "3.1.0");
    // Every request example is valid against its own schema.
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("ops") {
            let rb = &op["requestBody"]["content"]["application/json"];
            if !rb.is_null() {
                conforms(
                    doc,
                    &rb["schema"],
                    &rb["example"],
                    &format!("{method} {path} example"),
                )
                .unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }
}

/// Per-operation fixtures: a fresh user with methods and answers, two groups, one with the
/// user as a member.
struct Fixture {
    user: i64,
    method: i64,
    group: i64,
    other_group: i64,
}

async fn fixture(app: &TestApp, n: usize) -> Fixture {
    let user = add_user(app, &format!("walk{n}"), Role::User).await;
    let method = add_method(app, user, "email", &format!("walk{n}@example.org")).await;
    app.state
        .store
        .answers_set(
            user,
            &[("pet".into(), "h1".into()), ("city".into(), "h2".into())],
        )
        .await
        .expect("answers");
    let group = app
        .state
        .store
        .group_create(&format!("Walk {n}"), "", app.state.now())
        .await
        .expect("group")
        .id;
    let other_group = app
        .state
        .store
        .group_create(&format!("Walk {n} nested"), "", app.state.now())
        .await
        .expect("group")
        .id;
    app.state
        .store
        .group_add_user(group, user)
        .await
        .expect("member");
    Fixture {
        user,
        method,
        group,
        other_group,
    }
}

fn concrete(path: &str, f: &Fixture) -> String {
    let id = if path.starts_with("/api/v1/groups") {
        f.group
    } else {
        f.user
    };
    path.replace("{id}", &id.to_string())
        .replace("{method_id}", &f.method.to_string())
        .replace("{kind}", "users")
        .replace("{member_id}", &f.user.to_string())
}

/// A verified helpdesk verification of `user` by `agent` with `approval`, stored as the
/// console would leave it; returns its id.
async fn helpdesk_verification(app: &TestApp, agent: &str, user: i64, approval: Approval) -> i64 {
    let agent = app
        .state
        .store
        .user_by_username(&Username::parse(agent).expect("name"))
        .await
        .expect("agent");
    let now = app.state.now();
    let mut v = Verification::start(agent.id, user, true, now);
    v.passed = vec![Method::Email, Method::MobilePhone];
    v.verified_until = Some(now + 600);
    v.approval = approval;
    app.state
        .store
        .helpdesk_create_commit(&v, &Default::default())
        .await
        .expect("verification")
}

#[tokio::test]
async fn api_walk_every_documented_operation() {
    let app = TestApp::new().await;
    let write = token(&app, "admin", Scope::Write).await;
    let read = token(&app, "admin", Scope::Read).await;
    let browser = app.signed_in("admin", ADMIN_PW).await;
    let session = format!(
        "latchkey-session={}",
        browser.session_cookie().expect("session")
    );
    let doc = latchkey_web::api::document().clone();
    let mut walked = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("ops") {
            let f = fixture(&app, walked).await;
            let mut url = concrete(path, &f);
            if path == "/api/v1/tokens/{id}" {
                // A token of its own to read or revoke (the fixture's ids are users' and groups').
                let t = token(&app, "admin", Scope::Read).await;
                let rec = app.state.store.api_token_list().await.expect("tokens");
                let hash = latchkey_web::api::auth::hash_token(&t);
                let id = rec.iter().find(|r| r.token_hash == hash).expect("made").id;
                url = format!("/api/v1/tokens/{id}");
            }
            // The helpdesk steps that need a verification in a given state get one.
            match op["operationId"].as_str() {
                Some("requestHelpdeskApproval") => {
                    // Someone who could approve.
                    add_user(&app, &format!("approver{walked}"), Role::GlobalAdmin).await;
                    helpdesk_verification(&app, "admin", f.user, Approval::Needed).await;
                }
                Some("approveHelpdeskVerification") => {
                    add_user(&app, &format!("agent{walked}"), Role::GlobalAdmin).await;
                    let id = helpdesk_verification(
                        &app,
                        &format!("agent{walked}"),
                        f.user,
                        Approval::Requested,
                    )
                    .await;
                    url = format!("/api/v1/helpdesk/verifications/{id}/approve");
                }
                Some("putManager") => {
                    // The manager the example names.
                    add_user(&app, "mark", Role::User).await;
                }
                _ => {}
            }
            let m = method.to_uppercase();
            let documented: Vec<u16> = op["responses"]
                .as_object()
                .expect("responses")
                .keys()
                .map(|k| k.parse().expect("status"))
                .collect();
            let success = *documented.iter().min().expect("a response");
            // The body's media type and example: JSON, or the text of another type (CSV).
            let (media, mut body) = match op["requestBody"]["content"]
                .as_object()
                .and_then(|c| c.iter().next())
            {
                Some((k, v)) => (k.clone(), v["example"].clone()),
                None => ("application/json".to_owned(), Value::Null),
            };
            let encode = |b: &Value| match b {
                Value::String(s) if media != "application/json" => s.clone(),
                b => b.to_string(),
            };
            if op["operationId"] == "addMember" {
                body = json!({"kind": "group", "id": f.other_group});
            }
            let body = (!body.is_null()).then_some(body);
            let public = op["security"] == json!([]);
            let what = format!("{m} {url}");

            // No token: refused, even with a valid session cookie (the API never reads cookies).
            let r = call_raw(
                &app,
                &m,
                &url,
                None,
                body.as_ref().map(|b| (media.as_str(), encode(b))),
                Some(&session),
            )
            .await;
            if public {
                assert_eq!(r.status.as_u16(), success, "{what} without a token");
            } else {
                assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{what} without a token");
                assert_eq!(r.code(), "unauthenticated", "{what}");
                assert!(r.headers.contains_key(header::WWW_AUTHENTICATE));
            }
            // A read token may not write.
            if !public && m != "GET" {
                let r = call_raw(
                    &app,
                    &m,
                    &url,
                    Some(&read),
                    body.as_ref().map(|b| (media.as_str(), encode(b))),
                    None,
                )
                .await;
                assert_eq!(r.status, StatusCode::FORBIDDEN, "{what} with a read token");
                assert_eq!(r.code(), "forbidden");
            }
            // A write token of a global administrator: the documented success.
            let r = call_raw(
                &app,
                &m,
                &url,
                Some(&write),
                body.as_ref().map(|b| (media.as_str(), encode(b))),
                None,
            )
            .await;
            assert!(
                !r.status.is_server_error(),
                "{what}: {} {}",
                r.status,
                r.body
            );
            assert!(
                documented.contains(&r.status.as_u16()),
                "{what}: {} is not documented",
                r.status
            );
            assert_eq!(r.status.as_u16(), success, "{what}: {}", r.body);
            let schema =
                &op["responses"][success.to_string()]["content"]["application/json"]["schema"];
            if schema.is_null() {
                assert!(r.body.is_null(), "{what}: {success} has no body");
            } else {
                conforms(&doc, schema, &r.body, &what).unwrap_or_else(|e| panic!("{e}"));
            }
            if success == 201 {
                let loc = r.headers.get(header::LOCATION).expect("Location");
                let got = call(
                    &app,
                    "GET",
                    loc.to_str().expect("ascii"),
                    Some(&write),
                    None,
                )
                .await;
                assert_eq!(got.status, StatusCode::OK, "{what}: Location answers");
            }
            assert!(
                !path.starts_with("/api/") || !r.headers.contains_key(header::SET_COOKIE),
                "{what}: the API sets no cookie"
            );
            // An unknown id is a JSON 404.
            if path.contains("{id}") {
                let r = call(
                    &app,
                    &m,
                    &path
                        .replace("{id}", "999999")
                        .replace("{method_id}", "1")
                        .replace("{kind}", "users")
                        .replace("{member_id}", "1"),
                    Some(&write),
                    body.clone(),
                )
                .await;
                assert_eq!(r.status, StatusCode::NOT_FOUND, "{what} on an unknown id");
                assert_eq!(r.code(), "not_found");
            }
            walked += 1;
        }
    }
    assert!(walked >= 24, "walked {walked} operations");
}

// ------------------------------------------------------------------ tokens

#[tokio::test]
async fn api_tokens_unknown_revoked_malformed_disabled_owner() {
    let app = TestApp::new().await;
    let pa = add_user(&app, "helpdesk", Role::PasswordAdmin).await;
    let t = token(&app, "helpdesk", Scope::Write).await;
    assert!(t.starts_with("lk_") && t.len() == 46, "{t}");
    let ok = call(&app, "GET", "/api/v1/users", Some(&t), None).await;
    assert_eq!(ok.status, StatusCode::OK);
    // Only the hash is stored, and use is recorded.
    let stored = app.state.store.api_token_list().await.expect("list");
    let rec = stored.iter().find(|r| r.owner_id == pa).expect("token");
    assert_eq!(rec.token_hash, latchkey_web::api::auth::hash_token(&t));
    assert_ne!(rec.token_hash, t);
    assert_eq!(rec.last_used_at, Some(app.state.now()));

    for bad in [
        "lk_unknown0000000000000000000000000000000000",
        "not-a-token",
        "",
    ] {
        let r = call(&app, "GET", "/api/v1/users", Some(bad), None).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{bad}");
        assert_eq!(r.code(), "unauthenticated");
    }
    let r = call_raw(&app, "GET", "/api/v1/users", None, None, None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    // Basic auth is not a token.
    let req = Request::get("/api/v1/users")
        .header(header::AUTHORIZATION, format!("Basic {t}"))
        .body(Body::empty())
        .expect("req");
    assert_eq!(
        app.client().send(req).await.status,
        StatusCode::UNAUTHORIZED
    );

    // The owner blocked: the token stops working; unblocked: works again.
    app.state
        .store
        .user_set_enabled(pa, false, 1)
        .await
        .expect("block");
    let r = call(&app, "GET", "/api/v1/users", Some(&t), None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    app.state
        .store
        .user_set_enabled(pa, true, 1)
        .await
        .expect("unblock");
    // The owner no longer an administrator: forbidden.
    app.state
        .store
        .user_set_role(pa, Role::User, 1)
        .await
        .expect("demote");
    let r = call(&app, "GET", "/api/v1/users", Some(&t), None).await;
    assert_eq!((r.status, r.code()), (StatusCode::FORBIDDEN, "forbidden"));
    app.state
        .store
        .user_set_role(pa, Role::PasswordAdmin, 1)
        .await
        .expect("promote");
    // Revoked: unauthenticated, at once.
    latchkey_web::api::tokens::revoke(&app.state, &ctx(), rec.id)
        .await
        .expect("revoke");
    let r = call(&app, "GET", "/api/v1/users", Some(&t), None).await;
    assert_eq!(
        (r.status, r.code()),
        (StatusCode::UNAUTHORIZED, "unauthenticated")
    );
    // A token can't be made for someone who isn't an administrator.
    let plain = add_user(&app, "plain", Role::User).await;
    let u = app.state.store.user_get(plain).await.expect("user");
    let e = latchkey_web::api::tokens::create(&app.state, &ctx(), &u, "x", Scope::Read).await;
    assert!(e.is_err());
    let e = latchkey_web::api::tokens::create(&app.state, &ctx(), &u, " ", Scope::Read).await;
    assert!(e.is_err());
}

// ------------------------------------------------------------------ role rules

#[tokio::test]
async fn api_password_admin_follows_the_portal_rules() {
    let app = TestApp::new().await;
    // About other rules than caller verification (see helpdesk.rs).
    without_caller_verification(&app).await;
    add_user(&app, "helpdesk", Role::PasswordAdmin).await;
    let other_admin = add_user(&app, "other.admin", Role::PasswordAdmin).await;
    let plain = add_user(&app, "plain", Role::User).await;
    let global = app
        .state
        .store
        .user_by_username(&Username::parse("admin").expect("u"))
        .await
        .expect("admin")
        .id;
    let mid = add_method(&app, plain, "mobile", "+14255550100").await;
    let admin_mid = add_method(&app, global, "email", "admin@example.org").await;
    let t = token(&app, "helpdesk", Scope::Write).await;
    let t = Some(t.as_str());

    // Reads: users, groups, methods, policy, audit.
    for path in [
        "/api/v1/users".to_owned(),
        format!("/api/v1/users/{global}"),
        format!("/api/v1/users/{global}/methods"),
        "/api/v1/groups".to_owned(),
        "/api/v1/policy".to_owned(),
        "/api/v1/audit".to_owned(),
    ] {
        assert_eq!(
            call(&app, "GET", &path, t, None).await.status,
            StatusCode::OK,
            "{path}"
        );
    }
    // Non-administrators: reset, contact info, methods.
    let r = call(
        &app,
        "POST",
        &format!("/api/v1/users/{plain}/reset-password"),
        t,
        Some(json!({"generate": true})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["password"].as_str().map(str::len), Some(16));
    let r = call(
        &app,
        "PATCH",
        &format!("/api/v1/users/{plain}"),
        t,
        Some(json!({"mobile_phone": "+44 20 7946 0958"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // Stored in full, shown masked to a password administrator (least privilege).
    assert_eq!(r.body["mobile_phone"], "+44 ******0958");
    let r = call(
        &app,
        "DELETE",
        &format!("/api/v1/users/{plain}/methods/{mid}"),
        t,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    // Not administrators, not roles, not users, groups or policies.
    for (m, path, body) in [
        (
            "POST",
            format!("/api/v1/users/{global}/reset-password"),
            Some(json!({"generate": true})),
        ),
        (
            "POST",
            format!("/api/v1/users/{other_admin}/reset-password"),
            Some(json!({"generate": true})),
        ),
        (
            "PATCH",
            format!("/api/v1/users/{global}"),
            Some(json!({"first_name": "X"})),
        ),
        (
            "PATCH",
            format!("/api/v1/users/{plain}"),
            Some(json!({"role": "global_admin"})),
        ),
        (
            "PATCH",
            format!("/api/v1/users/{plain}"),
            Some(json!({"enabled": false})),
        ),
        (
            "DELETE",
            format!("/api/v1/users/{global}/methods/{admin_mid}"),
            None,
        ),
        (
            "POST",
            format!("/api/v1/users/{global}/require-reregistration"),
            None,
        ),
        (
            "POST",
            "/api/v1/users".to_owned(),
            Some(json!({"username": "newbie"})),
        ),
        ("DELETE", format!("/api/v1/users/{plain}"), None),
        (
            "POST",
            "/api/v1/groups".to_owned(),
            Some(json!({"name": "G"})),
        ),
        ("PUT", "/api/v1/policy/password".to_owned(), Some(json!({}))),
        ("PUT", "/api/v1/policy/sspr".to_owned(), Some(json!({}))),
    ] {
        let r = call(&app, m, &path, t, body).await;
        assert_eq!(
            (r.status, r.code()),
            (StatusCode::FORBIDDEN, "forbidden"),
            "{m} {path}"
        );
    }
    // Nothing changed on the global administrator.
    assert_eq!(
        app.state.store.methods_of(global).await.expect("m").len(),
        1
    );

    // A global administrator's token can't act on its own owner's role, sign-in or existence.
    let g = token(&app, "admin", Scope::Write).await;
    let g = Some(g.as_str());
    for (m, body) in [
        ("PATCH", Some(json!({"role": "user"}))),
        ("PATCH", Some(json!({"enabled": false}))),
        ("DELETE", None),
    ] {
        let r = call(&app, m, &format!("/api/v1/users/{global}"), g, body).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{m}");
    }
    // But it can change roles of others, and the change is audited like the portal's.
    let r = call(
        &app,
        "PATCH",
        &format!("/api/v1/users/{plain}"),
        g,
        Some(json!({"role": "password_admin", "enabled": false})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        (r.body["role"].as_str(), r.body["enabled"].as_bool()),
        (Some("password_admin"), Some(false))
    );
    let r = call(
        &app,
        "GET",
        "/api/v1/audit?activity=Update%20user&target=plain",
        g,
        None,
    )
    .await;
    let details: Vec<&Value> = r.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|e| &e["details"])
        .collect();
    assert!(
        details
            .iter()
            .any(|d| d["role"]["after"] == "password_admin" && d["via"] == "api"),
        "{details:?}"
    );
    assert!(details.iter().any(|d| d["enabled"] == false));
    assert!(
        details
            .iter()
            .any(|d| d["changed"] == json!(["mobile_phone"]))
    );
}

// ------------------------------------------------------------------ users, passwords, errors

#[tokio::test]
async fn api_users_create_reset_and_errors_with_stable_codes() {
    let app = TestApp::new().await;
    let t = token(&app, "admin", Scope::Write).await;
    let t = Some(t.as_str());

    // Create with a generated password, returned once; it signs in.
    let r = call(
        &app,
        "POST",
        "/api/v1/users",
        t,
        Some(json!({
        "username": "Mia.Sanders", "first_name": "Mia", "last_name": "Sanders",
        "mobile_phone": "+1 425 555 0100", "must_change_password": false})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.body["user"]["id"].as_i64().expect("id");
    assert_eq!(
        r.headers[header::LOCATION],
        format!("/api/v1/users/{id}").as_str()
    );
    assert_eq!(r.body["user"]["username"], "mia.sanders");
    assert_eq!(r.body["user"]["display_name"], "Mia Sanders");
    assert_eq!(r.body["user"]["mobile_phone"], "+14255550100");
    assert_eq!(r.body["user"]["created_at"], "2026-01-05T09:00:00Z");
    let pw = r.body["password"].as_str().expect("generated").to_owned();
    let mut c = app.client();
    assert_eq!(
        c.sign_in("mia.sanders", &pw).await.status,
        StatusCode::SEE_OTHER
    );
    // Read back: never a password.
    let r = call(&app, "GET", &format!("/api/v1/users/{id}"), t, None).await;
    assert!(r.body.get("password").is_none() && r.body.get("password_hash").is_none());

    // A taken username: 409 naming the field.
    let r = call(
        &app,
        "POST",
        "/api/v1/users",
        t,
        Some(json!({"username": "mia.sanders"})),
    )
    .await;
    assert_eq!(
        (r.status, r.code(), r.field()),
        (StatusCode::CONFLICT, "conflict", "username")
    );
    // Every invalid field at once.
    let r = call(
        &app,
        "POST",
        "/api/v1/users",
        t,
        Some(json!({
        "username": "bad name", "email": "nope", "mobile_phone": "425 555 0100"})),
    )
    .await;
    assert_eq!(
        (r.status, r.code()),
        (StatusCode::BAD_REQUEST, "invalid_field")
    );
    let fields: Vec<&str> = r.body["error"]["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    assert_eq!(fields, ["username", "email", "mobile_phone"]);
    // Passwords go through the policy: 422 with the violation's code.
    let r = call(
        &app,
        "POST",
        "/api/v1/users",
        t,
        Some(json!({"username": "shorty", "password": "abc"})),
    )
    .await;
    assert_eq!(
        (r.status, r.code(), r.field()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            "password_too_short",
            "password"
        )
    );
    let r = call(
        &app,
        "POST",
        "/api/v1/users",
        t,
        Some(json!({"username": "mike", "last_name": "Sanders", "password": "Sanders26!"})),
    )
    .await;
    assert_eq!(r.code(), "password_contains_name", "{}", r.body);
    assert!(
        app.state
            .store
            .user_by_username(&Username::parse("shorty").expect("u"))
            .await
            .is_err()
    );
    let r = call(
        &app,
        "POST",
        &format!("/api/v1/users/{id}/reset-password"),
        t,
        Some(json!({"password": "password"})),
    )
    .await;
    assert_eq!(
        (r.status, r.code()),
        (StatusCode::UNPROCESSABLE_ENTITY, "password_too_common")
    );
    // A typed password: no password in the answer; sessions end, must change as asked.
    let r = call(
        &app,
        "POST",
        &format!("/api/v1/users/{id}/reset-password"),
        t,
        Some(json!({"password": "Violet-Harbor-Lantern-7", "must_change_password": true})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        r.body,
        json!({"password": null, "must_change_password": true})
    );
    let r = call(
        &app,
        "POST",
        &format!("/api/v1/users/{id}/reset-password"),
        t,
        Some(json!({})),
    )
    .await;
    assert_eq!((r.code(), r.field()), ("invalid_field", "password"));
    let r = call(
        &app,
        "POST",
        &format!("/api/v1/users/{id}/reset-password"),
        t,
        Some(json!({"generate": true, "password": "x"})),
    )
    .await;
    assert_eq!((r.code(), r.field()), ("invalid_field", "generate"));

    // Bodies: syntax, unknown fields, strict types, media type, size.
    let r = call_raw(
        &app,
        "POST",
        "/api/v1/users",
        t,
        Some(("application/json", "{\"username\": ".into())),
        None,
    )
    .await;
    assert_eq!(
        (r.status, r.code()),
        (StatusCode::BAD_REQUEST, "invalid_json")
    );
    let r = call(
        &app,
        "POST",
        "/api/v1/users",
        t,
        Some(json!({"username": "x1", "admin": true})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("unknown field `admin`"),
        "{}",
        r.body
    );
    let r = call(
        &app,
        "POST",
        "/api/v1/users",
        t,
        Some(json!({"username": "x1", "must_change_password": "yes"})),
    )
    .await;
    assert_eq!(
        (r.status, r.code(), r.field()),
        (
            StatusCode::BAD_REQUEST,
            "invalid_field",
            "must_change_password"
        )
    );
    let r = call(
        &app,
        "PATCH",
        &format!("/api/v1/users/{id}"),
        t,
        Some(json!({"role": "king"})),
    )
    .await;
    assert_eq!((r.code(), r.field()), ("invalid_field", "role"));
    let r = call(&app, "POST", "/api/v1/users", t, Some(json!(["username"]))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = call_raw(
        &app,
        "POST",
        "/api/v1/users",
        t,
        Some(("text/plain", "{\"username\":\"x2\"}".into())),
        None,
    )
    .await;
    assert_eq!(
        (r.status, r.code()),
        (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
    );
    let big = json!({"username": "x3", "display_name": "a".repeat(70 * 1024)}).to_string();
    let r = call_raw(
        &app,
        "POST",
        "/api/v1/users",
        t,
        Some(("application/json", big)),
        None,
    )
    .await;
    assert_eq!(
        (r.status, r.code()),
        (StatusCode::PAYLOAD_TOO_LARGE, "too_large")
    );
    // Paths and methods.
    let r = call(&app, "GET", "/api/v1/nothing-here", t, None).await;
    assert_eq!((r.status, r.code()), (StatusCode::NOT_FOUND, "not_found"));
    let r = call(&app, "GET", "/api/v1/users/abc", t, None).await;
    assert_eq!((r.status, r.code()), (StatusCode::NOT_FOUND, "not_found"));
    let r = call(&app, "PUT", "/api/v1/users", t, None).await;
    assert_eq!(
        (r.status, r.code()),
        (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed")
    );
    // Query parameters are checked by name and type.
    for (q, field) in [
        ("limit=501", "limit"),
        ("limit=0", "limit"),
        ("offset=-1", "offset"),
        ("limit=ten", "limit"),
        ("serch=mia", "serch"),
    ] {
        let r = call(&app, "GET", &format!("/api/v1/users?{q}"), t, None).await;
        assert_eq!(
            (r.status, r.code(), r.field()),
            (StatusCode::BAD_REQUEST, "invalid_field", field),
            "{q}"
        );
    }

    // PATCH: left out keeps, null clears, invalid refuses without writing anything.
    let r = call(
        &app,
        "PATCH",
        &format!("/api/v1/users/{id}"),
        t,
        Some(json!({"email": "mia@example.org", "display_name": "Mia S."})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        (r.body["email"].as_str(), r.body["mobile_phone"].as_str()),
        (Some("mia@example.org"), Some("+14255550100"))
    );
    let r = call(
        &app,
        "PATCH",
        &format!("/api/v1/users/{id}"),
        t,
        Some(json!({"mobile_phone": null})),
    )
    .await;
    assert_eq!(r.body["mobile_phone"], Value::Null);
    let r = call(
        &app,
        "PATCH",
        &format!("/api/v1/users/{id}"),
        t,
        Some(json!({"first_name": "Mila", "email": "broken"})),
    )
    .await;
    assert_eq!((r.code(), r.field()), ("invalid_field", "email"));
    let r = call(&app, "GET", &format!("/api/v1/users/{id}"), t, None).await;
    assert_eq!(r.body["first_name"], "Mia");
    // Delete.
    let r = call(&app, "DELETE", &format!("/api/v1/users/{id}"), t, None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let r = call(&app, "GET", &format!("/api/v1/users/{id}"), t, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn api_lists_page_and_search_and_times_are_utc() {
    let app = TestApp::new().await;
    let t = token(&app, "admin", Scope::Read).await;
    let t = Some(t.as_str());
    for n in ["ann", "bob", "cid"] {
        add_user(&app, n, Role::User).await;
    }
    let r = call(&app, "GET", "/api/v1/users?offset=1&limit=2", t, None).await;
    assert_eq!(
        (
            r.body["total"].as_i64(),
            r.body["offset"].as_i64(),
            r.body["limit"].as_i64()
        ),
        (Some(4), Some(1), Some(2))
    );
    let names: Vec<&str> = r.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|u| u["username"].as_str())
        .collect();
    assert_eq!(names, ["ann", "bob"]);
    let r = call(&app, "GET", "/api/v1/users?search=BO", t, None).await;
    assert_eq!(r.body["total"], 1);
    assert_eq!(r.body["limit"], 50);
    assert_eq!(r.body["items"][0]["created_at"], "2026-01-05T09:00:00Z");
    for n in 0..3 {
        app.state
            .store
            .group_create(&format!("G{n}"), "", 0)
            .await
            .expect("group");
    }
    let r = call(&app, "GET", "/api/v1/groups?offset=2", t, None).await;
    assert_eq!(
        (
            r.body["total"].as_i64(),
            r.body["items"].as_array().map(Vec::len)
        ),
        (Some(3), Some(1))
    );
    assert_eq!(r.body["items"][0]["created_at"], "1970-01-01T00:00:00Z");
}

// ------------------------------------------------------------------ groups, methods

#[tokio::test]
async fn api_groups_members_and_nesting() {
    let app = TestApp::new().await;
    let t = token(&app, "admin", Scope::Write).await;
    let t = Some(t.as_str());
    let u = add_user(&app, "ann", Role::User).await;
    let r = call(
        &app,
        "POST",
        "/api/v1/groups",
        t,
        Some(json!({"name": "Finance", "description": "Money"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let fin = r.body["id"].as_i64().expect("id");
    let r = call(
        &app,
        "POST",
        "/api/v1/groups",
        t,
        Some(json!({"name": "finance"})),
    )
    .await;
    assert_eq!((r.status, r.field()), (StatusCode::CONFLICT, "name"));
    let r = call(&app, "POST", "/api/v1/groups", t, Some(json!({"name": ""}))).await;
    assert_eq!((r.status, r.field()), (StatusCode::BAD_REQUEST, "name"));
    let all = call(
        &app,
        "POST",
        "/api/v1/groups",
        t,
        Some(json!({"name": "Everyone"})),
    )
    .await
    .body["id"]
        .as_i64()
        .expect("id");
    for body in [
        json!({"kind": "user", "id": u}),
        json!({"kind": "group", "id": fin}),
    ] {
        let r = call(
            &app,
            "POST",
            &format!("/api/v1/groups/{all}/members"),
            t,
            Some(body),
        )
        .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    }
    let r = call(
        &app,
        "POST",
        &format!("/api/v1/groups/{fin}/members"),
        t,
        Some(json!({"kind": "user", "id": u})),
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert!(app.state.store.is_member(u, all).await.expect("member"));
    // A cycle is refused; so is an unknown member.
    let r = call(
        &app,
        "POST",
        &format!("/api/v1/groups/{fin}/members"),
        t,
        Some(json!({"kind": "group", "id": all})),
    )
    .await;
    assert_eq!(
        (r.status, r.code()),
        (StatusCode::CONFLICT, "conflict"),
        "{}",
        r.body
    );
    let r = call(
        &app,
        "POST",
        &format!("/api/v1/groups/{fin}/members"),
        t,
        Some(json!({"kind": "user", "id": 9999})),
    )
    .await;
    assert_eq!((r.status, r.field()), (StatusCode::BAD_REQUEST, "id"));
    let r = call(
        &app,
        "POST",
        &format!("/api/v1/groups/{fin}/members"),
        t,
        Some(json!({"kind": "robot", "id": 1})),
    )
    .await;
    assert_eq!((r.status, r.field()), (StatusCode::BAD_REQUEST, "kind"));
    let r = call(&app, "GET", &format!("/api/v1/groups/{all}"), t, None).await;
    assert_eq!(r.body["members"]["users"][0]["username"], "ann");
    assert_eq!(r.body["members"]["groups"][0]["name"], "Finance");
    let r = call(
        &app,
        "DELETE",
        &format!("/api/v1/groups/{all}/members/groups/{fin}"),
        t,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let r = call(
        &app,
        "DELETE",
        &format!("/api/v1/groups/{all}/members/groups/{fin}"),
        t,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = call(
        &app,
        "DELETE",
        &format!("/api/v1/groups/{all}/members/robots/{fin}"),
        t,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = call(&app, "GET", "/api/v1/audit?target=Everyone", t, None).await;
    let acts: Vec<&str> = r.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|e| e["activity"].as_str())
        .collect();
    assert_eq!(
        acts,
        [
            "Remove member from group",
            "Add member to group",
            "Add member to group",
            "Add group"
        ]
    );
}

#[tokio::test]
async fn api_methods_list_delete_and_require_reregistration() {
    let app = TestApp::new().await;
    let t = token(&app, "admin", Scope::Write).await;
    let t = Some(t.as_str());
    let u = add_user(&app, "ann", Role::User).await;
    let email = add_method(&app, u, "email", "ann@example.org").await;
    add_method(&app, u, "app", "Phone app").await;
    app.state
        .store
        .answers_set(
            u,
            &[
                ("a".into(), "h".into()),
                ("b".into(), "h".into()),
                ("c".into(), "h".into()),
            ],
        )
        .await
        .expect("answers");
    app.state
        .store
        .user_set_confirmed(u, Some(100))
        .await
        .expect("confirmed");
    let r = call(&app, "GET", &format!("/api/v1/users/{u}/methods"), t, None).await;
    assert_eq!(r.body["security_questions"], 3);
    assert_eq!(r.body["methods"][0]["kind"], "email");
    assert_eq!(r.body["methods"][1]["value"], "Phone app");
    assert!(
        !r.body.to_string().contains("secret"),
        "no seed ever leaves"
    );
    let r = call(
        &app,
        "DELETE",
        &format!("/api/v1/users/{u}/methods/{email}"),
        t,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let r = call(
        &app,
        "DELETE",
        &format!("/api/v1/users/{u}/methods/{email}"),
        t,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = call(
        &app,
        "DELETE",
        &format!("/api/v1/users/{u}/methods/questions"),
        t,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert!(app.state.store.answers_of(u).await.expect("a").is_empty());
    app.state
        .store
        .answers_set(u, &[("a".into(), "h".into())])
        .await
        .expect("answers");
    let r = call(
        &app,
        "POST",
        &format!("/api/v1/users/{u}/require-reregistration"),
        t,
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body, json!({"removed_methods": 1, "removed_answers": 1}));
    assert!(app.state.store.methods_of(u).await.expect("m").is_empty());
    assert_eq!(app.state.store.user_confirmed_at(u).await.expect("c"), None);
    let r = call(&app, "GET", "/api/v1/audit?target=ann", t, None).await;
    let acts: Vec<&str> = r.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|e| e["activity"].as_str())
        .collect();
    assert_eq!(
        acts,
        [
            "Admin required re-registration of security info",
            "Admin deleted security info",
            "Admin deleted security info"
        ]
    );
}

// ------------------------------------------------------------------ audit

#[tokio::test]
async fn api_writes_are_audited_with_the_token_and_the_audit_log_filters() {
    let app = TestApp::new().await;
    let t = token(&app, "admin", Scope::Write).await;
    let tid = app.state.store.api_token_list().await.expect("l")[0].id;
    let t = Some(t.as_str());
    let r = call(
        &app,
        "POST",
        "/api/v1/users",
        t,
        Some(json!({"username": "ann"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let rid = r.headers["x-request-id"].to_str().expect("rid").to_owned();
    let r = call(
        &app,
        "GET",
        "/api/v1/audit?activity=Add%20user&actor=admin&result=success",
        t,
        None,
    )
    .await;
    assert_eq!(r.body["total"], 1, "{}", r.body);
    let e = &r.body["items"][0];
    assert_eq!(
        (e["target"].as_str(), e["correlation_id"].as_str()),
        (Some("ann"), Some(rid.as_str()))
    );
    assert_eq!(e["details"]["via"], "api");
    assert_eq!(e["details"]["token_id"], tid);
    assert_eq!(e["details"]["password"], "generated");
    assert_eq!(e["time"], "2026-01-05T09:00:00Z");
    assert!(!e.to_string().contains(r#""password":"#) || e["details"]["password"] == "generated");
    let r = call(
        &app,
        "GET",
        &format!("/api/v1/audit?correlation_id={rid}"),
        t,
        None,
    )
    .await;
    assert_eq!(r.body["total"], 1);
    // Time filters: since inclusive, until exclusive.
    for (q, n) in [
        ("since=2026-01-05T09:00:00Z", 1),
        ("since=2026-01-05T09:00:01Z", 0),
        ("until=2026-01-05T09:00:00Z", 0),
        ("until=2026-01-05T10:00:00%2B01:00", 0),
        ("until=2026-01-05T09:00:01Z", 1),
    ] {
        let r = call(
            &app,
            "GET",
            &format!("/api/v1/audit?activity=Add%20user&{q}"),
            t,
            None,
        )
        .await;
        assert_eq!(r.body["total"], n, "{q}");
    }
    for (q, field) in [
        ("since=yesterday", "since"),
        ("until=2026-01-05", "until"),
        ("result=maybe", "result"),
    ] {
        let r = call(&app, "GET", &format!("/api/v1/audit?{q}"), t, None).await;
        assert_eq!(
            (r.status, r.field()),
            (StatusCode::BAD_REQUEST, field),
            "{q}"
        );
    }
}

// ------------------------------------------------------------------ policy as code

#[tokio::test]
async fn api_policy_document_is_validated_whole_applied_atomically_audited_once() {
    let app = TestApp::new().await;
    let t = token(&app, "admin", Scope::Write).await;
    let t = Some(t.as_str());
    let r = call(&app, "GET", "/api/v1/policy", t, None).await;
    assert_eq!(r.status, StatusCode::OK);
    let original = r.body.clone();
    assert_eq!(
        original["administrator"],
        json!({"methods_required": 2,
        "methods": ["app_notification", "app_code", "passkey", "email", "mobile_phone", "office_phone"],
        "security_questions": false})
    );
    assert_eq!(original["sspr"]["scope"], "none");
    assert_eq!(original["password"]["min_length"], 8);

    // Exported as it is, it applies as it is.
    let r = call(&app, "PUT", "/api/v1/policy", t, Some(original.clone())).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body, original);

    // Several problems: all named, nothing written.
    let mut bad = original.clone();
    bad["sspr"]["methods_required"] = json!(3);
    bad["sspr"]["scope"] = json!("selected");
    bad["sspr"]["group_id"] = json!(4242);
    bad["password"]["min_length"] = json!(4);
    bad["password"]["history"] = json!(3);
    let r = call(&app, "PUT", "/api/v1/policy", t, Some(bad)).await;
    assert_eq!(
        (r.status, r.code()),
        (StatusCode::BAD_REQUEST, "invalid_field")
    );
    let fields: Vec<&str> = r.body["error"]["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    assert_eq!(
        fields,
        [
            "sspr.methods_required",
            "sspr.group_id",
            "password.min_length"
        ],
        "{}",
        r.body
    );
    assert_eq!(
        call(&app, "GET", "/api/v1/policy", t, None).await.body,
        original
    );
    // The administrator section is read-only; unknown keys and missing sections are refused.
    let mut bad = original.clone();
    bad["administrator"]["methods_required"] = json!(1);
    let r = call(&app, "PUT", "/api/v1/policy", t, Some(bad)).await;
    assert_eq!(r.field(), "administrator");
    let mut bad = original.clone();
    bad["sspr"]["colour"] = json!("red");
    let r = call(&app, "PUT", "/api/v1/policy", t, Some(bad)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("colour"),
        "{}",
        r.body
    );
    let r = call(
        &app,
        "PUT",
        "/api/v1/policy",
        t,
        Some(json!({"sspr": original["sspr"]})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = call(
        &app,
        "PUT",
        "/api/v1/policy",
        t,
        Some(json!({"sspr": original["sspr"], "password": {"min_length": "12"}})),
    )
    .await;
    assert_eq!(
        (r.code(), r.field()),
        ("invalid_field", "password.min_length")
    );

    // Valid: applied together, one audit event with before and after.
    let g = app
        .state
        .store
        .group_create("Pilot", "", 0)
        .await
        .expect("group")
        .id;
    let doc = json!({
        "sspr": {"scope": "selected", "group_id": g, "methods_required": 2,
                 "methods": ["email", "mobile_phone", "app_code"]},
        "password": {"min_length": 14, "history": 2}
    });
    let r = call(&app, "PUT", "/api/v1/policy", t, Some(doc)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        (
            r.body["sspr"]["group_id"].as_i64(),
            r.body["password"]["min_length"].as_i64()
        ),
        (Some(g), Some(14))
    );
    assert_eq!(
        r.body["sspr"]["questions_to_reset"], 3,
        "left out: the default"
    );
    let r = call(
        &app,
        "GET",
        "/api/v1/audit?activity=Apply%20policy%20document",
        t,
        None,
    )
    .await;
    assert_eq!(r.body["total"], 1);
    let d = &r.body["items"][0]["details"];
    assert_eq!(d["before"]["password"]["min_length"], 8);
    assert_eq!(d["after"]["password"]["min_length"], 14);
    assert_eq!(d["changed"], json!(["sspr", "password"]));
    assert_eq!(d["via"], "api");
    // In force at once: a 12-character password is now too short.
    let u = add_user(&app, "ann", Role::User).await;
    let r = call(
        &app,
        "POST",
        &format!("/api/v1/users/{u}/reset-password"),
        t,
        Some(json!({"password": "Lantern-Oak-7"})),
    )
    .await;
    assert_eq!(r.code(), "password_too_short");

    // Each policy on its own.
    let r = call(&app, "GET", "/api/v1/policy/password", t, None).await;
    assert_eq!(r.body["history"], 2);
    let r = call(
        &app,
        "PUT",
        "/api/v1/policy/password",
        t,
        Some(json!({"min_length": 300})),
    )
    .await;
    assert_eq!(
        (r.status, r.field()),
        (StatusCode::BAD_REQUEST, "min_length")
    );
    let r = call(
        &app,
        "PUT",
        "/api/v1/policy/sspr",
        t,
        Some(json!({"scope": "selected"})),
    )
    .await;
    assert_eq!((r.status, r.field()), (StatusCode::BAD_REQUEST, "group_id"));
    let r = call(
        &app,
        "PUT",
        "/api/v1/policy/sspr",
        t,
        Some(json!({"scope": "all", "helpdesk": "https://help.example.org"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["scope"], "all");
    let r = call(
        &app,
        "GET",
        "/api/v1/audit?activity=Update%20self-service%20password%20reset%20policy",
        t,
        None,
    )
    .await;
    assert_eq!(
        r.body["items"][0]["details"]["after"]["helpdesk"],
        "https://help.example.org"
    );
}

#[tokio::test]
async fn adding_a_member_again_changes_nothing_and_is_not_audited() {
    let app = TestApp::new().await;
    let t = token(&app, "admin", Scope::Write).await;
    let t = Some(t.as_str());
    let u = add_user(&app, "ann", Role::User).await;
    let mut ids = Vec::new();
    for name in ["Finance", "Everyone"] {
        let r = call(
            &app,
            "POST",
            "/api/v1/groups",
            t,
            Some(json!({ "name": name })),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        ids.push(r.body["id"].as_i64().expect("id"));
    }
    let (fin, all) = (ids[0], ids[1]);
    let additions = |target: &'static str| {
        let app = &app;
        async move {
            let r = call(
                app,
                "GET",
                &format!("/api/v1/audit?target={target}&activity=Add%20member%20to%20group"),
                t,
                None,
            )
            .await;
            r.body["total"].as_i64().expect("total")
        }
    };
    // The API: adding again is not an error (as documented), and writes nothing.
    for body in [
        json!({"kind": "user", "id": u}),
        json!({"kind": "user", "id": u}),
        json!({"kind": "group", "id": fin}),
        json!({"kind": "group", "id": fin}),
    ] {
        let r = call(
            &app,
            "POST",
            &format!("/api/v1/groups/{all}/members"),
            t,
            Some(body),
        )
        .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    }
    assert_eq!(additions("Everyone").await, 2, "one event per real change");

    // The portal says so, and audits nothing either.
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin
        .post(&format!("/admin/groups/{all}/add"), &[("member", "ann")])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        r.body
            .contains("ann is already a member of Everyone; nothing changed."),
        "{}",
        r.body
    );
    assert!(!r.body.contains("Added ann"), "{}", r.body);
    let r = admin
        .post(
            &format!("/admin/groups/{all}/add"),
            &[("member", "Finance")],
        )
        .await;
    assert!(r.body.contains("Finance is already a member of Everyone"));
    assert_eq!(additions("Everyone").await, 2);

    // A real addition still is one.
    let r = admin
        .post(&format!("/admin/groups/{fin}/add"), &[("member", "ann")])
        .await;
    assert!(r.body.contains("Added ann."), "{}", r.body);
    assert_eq!(additions("Finance").await, 1);
    let r = call(&app, "GET", &format!("/api/v1/groups/{all}"), t, None).await;
    assert_eq!(r.body["members"]["users"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        r.body["members"]["groups"].as_array().map(Vec::len),
        Some(1)
    );
}

#[tokio::test]
async fn the_sspr_methods_refuse_duplicates_and_unknown_or_too_many_entries() {
    let app = TestApp::new().await;
    let t = token(&app, "admin", Scope::Write).await;
    let t = Some(t.as_str());
    let original = call(&app, "GET", "/api/v1/policy", t, None).await.body;
    let refused = |r: &R, field: &str, words: &str| {
        assert_eq!(
            (r.status, r.code()),
            (StatusCode::BAD_REQUEST, "invalid_field"),
            "{}",
            r.body
        );
        let errors = r.body["error"]["errors"].as_array().cloned();
        let found = errors.unwrap_or_default().into_iter().any(|e| {
            e["field"] == field && e["message"].as_str().is_some_and(|m| m.contains(words))
        });
        assert!(found, "{field}: {words}: {}", r.body);
    };

    let many: Vec<&str> = vec!["email"; 6000];
    let r = call(
        &app,
        "PUT",
        "/api/v1/policy/sspr",
        t,
        Some(json!({"methods": many})),
    )
    .await;
    refused(&r, "methods", "At most 7 methods can be listed, each once");
    let r = call(
        &app,
        "PUT",
        "/api/v1/policy/sspr",
        t,
        Some(json!({"methods": ["email", "app_code", "email"]})),
    )
    .await;
    refused(&r, "methods", "email is listed more than once");
    let mut doc = original.clone();
    doc["sspr"]["methods"] = json!(["mobile_phone", "mobile_phone"]);
    let r = call(&app, "PUT", "/api/v1/policy", t, Some(doc)).await;
    refused(&r, "sspr.methods", "mobile_phone is listed more than once");
    let r = call(
        &app,
        "PUT",
        "/api/v1/policy/sspr",
        t,
        Some(json!({"methods": ["email", "sms"]})),
    )
    .await;
    assert_eq!(
        (r.status, r.field()),
        (StatusCode::BAD_REQUEST, "methods[1]"),
        "{}",
        r.body
    );

    // Nothing was stored or audited.
    assert_eq!(
        call(&app, "GET", "/api/v1/policy", t, None).await.body,
        original
    );
    let r = call(&app, "GET", "/api/v1/audit", t, None).await;
    let acts: Vec<&str> = r.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|e| e["activity"].as_str())
        .filter(|a| a.contains("olicy") || a.contains("password reset"))
        .collect();
    assert!(acts.is_empty(), "{acts:?}");

    // Every method once is accepted.
    let r = call(
        &app,
        "PUT",
        "/api/v1/policy/sspr",
        t,
        Some(
            json!({"methods": ["app_code", "email", "mobile_phone", "office_phone", "questions"]}),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}
