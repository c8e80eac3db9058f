//! App notification with number matching, over HTTP: enrolment of the Latchkey app with
//! its one-time token, Web Push delivery to a local push service that plays the push
//! service's side of RFC 8030 (it checks the VAPID header of RFC 8292 and decrypts each
//! message with the subscription's keys per RFC 8291, as a browser would), the app's
//! signed answers, the reset step, and every limit and replay.

use crate::harness::{Client, Resp, TestApp, html_unescape};
use crate::sspr_support::*;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode, header};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use latchkey_core::audit::activity;
use latchkey_core::directory::Role;
use latchkey_core::policy::{Method, Scope};
use p256::ecdsa::signature::Signer as _;
use p256::elliptic_curve::sec1::ToEncodedPoint as _;
use rand::RngCore;
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

// ------------------------------------------------------------------ the push service

/// What the local push service saw.
#[derive(Default)]
struct PushLog {
    /// Subscription number → (its ECDH private key, its auth secret).
    subs: HashMap<u32, (p256::SecretKey, [u8; 16])>,
    /// (subscription, decrypted payload), in order.
    received: Vec<(u32, String)>,
    /// Everything that was wrong with a message.
    problems: Vec<String>,
    /// Subscriptions the service says are gone (410).
    gone: HashSet<u32>,
}

#[derive(Clone)]
struct PushService {
    addr: SocketAddr,
    log: Arc<Mutex<PushLog>>,
}

impl PushService {
    async fn start() -> Self {
        let log = Arc::new(Mutex::new(PushLog::default()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let router = axum::Router::new()
            .route("/push/{n}", axum::routing::post(receive))
            .with_state((log.clone(), addr));
        tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        });
        Self { addr, log }
    }

    fn received(&self, n: u32) -> Vec<String> {
        let log = self.log.lock().expect("log");
        assert!(log.problems.is_empty(), "push problems: {:?}", log.problems);
        log.received
            .iter()
            .filter(|(m, _)| *m == n)
            .map(|(_, p)| p.clone())
            .collect()
    }

    fn total(&self) -> usize {
        self.log.lock().expect("log").received.len()
    }

    /// The request id in the last message to subscription `n`.
    fn last_request(&self, n: u32) -> String {
        let last = self.received(n).pop().expect("a message was pushed");
        let v: Value = serde_json::from_str(&last).expect("json payload");
        v["request"].as_str().expect("request id").to_owned()
    }
}

/// `POST /push/{n}`: checks what RFC 8030/8291/8292 ask of the sender, decrypts.
async fn receive(
    axum::extract::State((log, addr)): axum::extract::State<(Arc<Mutex<PushLog>>, SocketAddr)>,
    axum::extract::Path(n): axum::extract::Path<u32>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let h = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    };
    let mut problems = Vec::new();
    if h("content-encoding") != "aes128gcm" {
        problems.push(format!("content-encoding {:?}", h("content-encoding")));
    }
    match h("ttl").parse::<i64>() {
        Ok(t) if (1..=300).contains(&t) => {}
        _ => problems.push(format!("ttl {:?}", h("ttl"))),
    }
    if h("urgency") != "high" {
        problems.push("urgency".into());
    }
    // Authorization: vapid t=<jwt>, k=<key>
    let auth = h("authorization");
    let parts: HashMap<&str, &str> = auth
        .strip_prefix("vapid ")
        .unwrap_or("")
        .split(',')
        .filter_map(|p| p.trim().split_once('='))
        .collect();
    let key = parts
        .get("k")
        .and_then(|k| URL_SAFE_NO_PAD.decode(k).ok())
        .filter(|k| k.len() == 65);
    {
        use web_push_native::jwt_simple::prelude::*;
        match key.and_then(|k| ES256PublicKey::from_bytes(&k).ok()) {
            None => problems.push("no vapid key".into()),
            Some(pk) => {
                let opts = VerificationOptions {
                    allowed_audiences: Some(HashSet::from_strings(&[format!("http://{addr}")])),
                    ..Default::default()
                };
                match pk.verify_token::<NoCustomClaims>(parts.get("t").unwrap_or(&""), Some(opts)) {
                    Ok(c) => {
                        let sub = c.subject.unwrap_or_default();
                        if !(sub.starts_with("mailto:") || sub.starts_with("http")) {
                            problems.push(format!("vapid sub {sub:?}"));
                        }
                        let exp = c.expires_at.map(|e| e.as_secs()).unwrap_or(0);
                        let iat = c.issued_at.map(|e| e.as_secs()).unwrap_or(0);
                        if exp == 0 || exp - iat > 12 * 3600 {
                            problems.push("vapid exp".into());
                        }
                    }
                    Err(e) => problems.push(format!("vapid jwt: {e}")),
                }
            }
        }
    }
    let mut log = log.lock().expect("log");
    let Some((secret, auth)) = log.subs.get(&n).cloned() else {
        log.problems.push(format!("unknown subscription {n}"));
        return StatusCode::NOT_FOUND;
    };
    match web_push_native::decrypt(
        body.to_vec(),
        &secret,
        &web_push_native::Auth::clone_from_slice(&auth),
    ) {
        Ok(plain) => {
            let text = String::from_utf8_lossy(&plain).into_owned();
            log.received.push((n, text));
        }
        Err(e) => problems.push(format!("decrypt: {e}")),
    }
    log.problems.extend(problems);
    if log.gone.contains(&n) {
        StatusCode::GONE
    } else {
        StatusCode::CREATED
    }
}

// ------------------------------------------------------------------ the app

/// A phone with the Latchkey app: its signing key and its push subscription.
struct Phone {
    key: p256::ecdsa::SigningKey,
    n: u32,
    endpoint: String,
    p256dh: String,
    auth: String,
    device_id: i64,
}

static NEXT_SUB: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

impl Phone {
    fn new(svc: &PushService) -> Self {
        let n = NEXT_SUB.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let secret = p256::SecretKey::random(&mut rand::rngs::OsRng);
        let mut auth = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut auth);
        let p256dh = URL_SAFE_NO_PAD.encode(secret.public_key().to_encoded_point(false).as_bytes());
        svc.log.lock().expect("log").subs.insert(n, (secret, auth));
        Self {
            key: p256::ecdsa::SigningKey::random(&mut rand::rngs::OsRng),
            n,
            endpoint: format!("http://{}/push/{n}", svc.addr),
            p256dh,
            auth: URL_SAFE_NO_PAD.encode(auth),
            device_id: 0,
        }
    }

    fn jwk(&self) -> Value {
        let p = self.key.verifying_key().to_encoded_point(false);
        json!({
            "kty": "EC", "crv": "P-256",
            "x": URL_SAFE_NO_PAD.encode(p.x().expect("x")),
            "y": URL_SAFE_NO_PAD.encode(p.y().expect("y")),
        })
    }

    fn enrolment(&self, token: &str, name: &str) -> Value {
        json!({
            "token": token,
            "name": name,
            "public_key": self.jwk(),
            "subscription": {"endpoint": self.endpoint, "keys": {"p256dh": self.p256dh, "auth": self.auth}},
        })
    }

    fn sign(&self, id: &str, answer: &str, number: &str) -> String {
        let text = format!("latchkey-app-notification-v1\n{id}\n{answer}\n{number}");
        let sig: p256::ecdsa::Signature = self.key.sign(text.as_bytes());
        URL_SAFE_NO_PAD.encode(sig.to_bytes())
    }

    fn answer_body(&self, id: &str, answer: &str, number: &str) -> Value {
        json!({
            "device_id": self.device_id,
            "answer": answer,
            "number": number,
            "signature": self.sign(id, answer, number),
        })
    }
}

async fn post_json(c: &mut Client, path: &str, body: &Value) -> Resp {
    let req = Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::HOST, "latchkey.test")
        .body(Body::from(body.to_string()))
        .expect("req");
    c.send(req).await
}

fn json_of(r: &Resp) -> Value {
    serde_json::from_str(&r.body).unwrap_or_else(|_| panic!("not JSON: {}", r.body))
}

// ------------------------------------------------------------------ set-up

const PW: &str = "Old-Password-111";

async fn push_app() -> (TestApp, PushService) {
    let svc = PushService::start().await;
    let app = TestApp::with_env(&[
        ("LATCHKEY_PUSH__ENDPOINT_HOSTS", "127.0.0.1, localhost"),
        ("LATCHKEY_PUSH__ALLOW_HTTP", "true"),
        ("LATCHKEY_EMAIL__FROM", "Contoso IT <it@contoso.example>"),
    ])
    .await;
    set_policy(&app, |p| {
        p.scope = Scope::All;
        p.methods = vec![Method::AppNotification, Method::Email];
    })
    .await;
    (app, svc)
}

/// The one-time token "Show a QR code" (`POST /setup/push`) gives the signed-in `c`.
async fn enrol_token(c: &mut Client) -> String {
    let shown = c.get("/setup/push").await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    let r = c.post("/setup/push", &[]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let body = html_unescape(&r.body);
    let i = body.find("#enrol=").expect("an enrolment link") + 7;
    body[i..]
        .chars()
        .take_while(|ch| ch.is_ascii_alphanumeric() || *ch == '-' || *ch == '_')
        .collect()
}

/// A user with one enrolled phone.
async fn user_with_phone(app: &TestApp, svc: &PushService, name: &str) -> (Phone, Client) {
    make_user(app, name, Role::User, PW).await;
    let mut c = app.signed_in(name, PW).await;
    let token = enrol_token(&mut c).await;
    let mut phone = Phone::new(svc);
    let r = post_json(
        &mut app.client(),
        "/app/api/enrol",
        &phone.enrolment(&token, "Pixel"),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    phone.device_id = json_of(&r)["device_id"].as_i64().expect("device id");
    (phone, c)
}

/// Starts a journey for `name`, asks for a notification: the number the page shows.
async fn ask(c: &mut Client, name: &str) -> String {
    start(c, name).await;
    let r = c
        .post("/reset/verify/send", &[("channel", "app_notification")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/reset/verify?method=app_notification");
    number_shown(c).await
}

async fn number_shown(c: &mut Client) -> String {
    let page = c.get("/reset/verify?method=app_notification").await;
    let i = page
        .body
        .find("id=\"push-number\">")
        .unwrap_or_else(|| panic!("no number on the page: {}", page.body))
        + 17;
    page.body[i..i + 2].to_owned()
}

async fn check(c: &mut Client) -> Resp {
    c.post("/reset/verify/check", &[("channel", "app_notification")])
        .await
}

async fn answer(app: &TestApp, phone: &Phone, id: &str, what: &str, number: &str) -> Resp {
    post_json(
        &mut app.client(),
        &format!("/app/api/requests/{id}/answer"),
        &phone.answer_body(id, what, number),
    )
    .await
}

fn other(number: &str) -> String {
    if number == "42" {
        "43".into()
    } else {
        "42".into()
    }
}

async fn audit_count(app: &TestApp, what: &str) -> usize {
    app.state
        .store
        .audit_list(&Default::default(), 0, 500)
        .await
        .expect("audit")
        .items
        .iter()
        .filter(|e| e.activity == what)
        .count()
}

// ------------------------------------------------------------------ the tests

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enrol_then_approve_with_the_number_passes_the_step() {
    let (app, svc) = push_app().await;
    let mut anon = app.client();
    let vapid = json_of(&anon.get("/app/api/vapid").await);
    let k = URL_SAFE_NO_PAD
        .decode(vapid["public_key"].as_str().expect("key"))
        .expect("base64url");
    assert_eq!((k.len(), k[0]), (65, 4), "uncompressed SEC1 point");

    make_user(&app, "noor", Role::User, PW).await;
    let mut c = app.signed_in("noor", PW).await;
    let token = enrol_token(&mut c).await;
    assert_eq!(URL_SAFE_NO_PAD.decode(&token).expect("token").len(), 32);
    let mut phone = Phone::new(&svc);
    let r = post_json(&mut anon, "/app/api/enrol", &phone.enrolment(&token, "  ")).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let j = json_of(&r);
    assert_eq!(j["name"], "My phone");
    assert_eq!(j["user"], "noor Tester");
    assert_eq!(j["organization"], app.state.org_name());
    phone.device_id = j["device_id"].as_i64().expect("id");
    // The token works once.
    let again = post_json(
        &mut anon,
        "/app/api/enrol",
        &Phone::new(&svc).enrolment(&token, "x"),
    )
    .await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert_eq!(json_of(&again)["code"], "invalid_token");
    // The setup page lists the device; its owner was told.
    let setup = c.get("/setup").await;
    assert!(
        setup.body.contains("Latchkey app on My phone"),
        "{}",
        setup.body
    );
    assert_eq!(audit_count(&app, activity::REGISTERED_METHOD).await, 1);

    // A reset: the page shows a number, the phone gets the request id.
    let mut r = app.client();
    let number = ask(&mut r, "noor").await;
    let id = svc.last_request(phone.n);
    assert_eq!(svc.received(phone.n).len(), 1);
    assert_eq!(
        json_of(&r.get("/reset/verify/push-status").await)["status"],
        "pending"
    );
    let shown = app
        .client()
        .get(&format!(
            "/app/api/requests/{id}?device={}",
            phone.device_id
        ))
        .await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    let v = json_of(&shown);
    assert_eq!(v["status"], "pending");
    assert_eq!(v["number_required"], true);
    assert_eq!(v["user"], "noor Tester");
    assert_eq!(v["action"], "Reset your password");
    assert!(v["expires_at"].as_i64() > v["created_at"].as_i64());
    assert!(
        v.get("number").is_none(),
        "the number is never sent to the app"
    );
    // "I've approved it" too early counts nothing.
    let early = check(&mut r).await;
    assert!(early.body.contains("Not approved yet"), "{}", early.body);

    let ok = answer(&app, &phone, &id, "approve", &number).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(json_of(&ok)["status"], "approved");
    assert_eq!(
        json_of(&r.get("/reset/verify/push-status").await)["status"],
        "approved"
    );
    let passed = check(&mut r).await;
    assert_eq!(passed.location(), "/reset/password", "{}", passed.body);
    // The same signed approval again: refused, and it passes nothing more.
    let replay = answer(&app, &phone, &id, "approve", &number).await;
    assert_eq!(replay.status, StatusCode::CONFLICT, "{}", replay.body);
    assert_eq!(json_of(&replay)["code"], "already_answered");
    assert_eq!(
        audit_count(&app, activity::APP_NOTIFICATION_APPROVED).await,
        1
    );
    let signature = phone.sign(&id, "approve", &number);
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 500)
        .await
        .expect("audit");
    assert!(
        events
            .items
            .iter()
            .all(|e| !e.details.to_string().contains(&signature)
                && !e.details.to_string().contains(&token)),
        "no signature or token in the audit log"
    );
    assert!(!crate::harness::logs().contains(&signature));
    assert_eq!(
        choose_password(&mut r, "New-Password-222!").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enrolment_limits_and_refusals() {
    let (app, svc) = push_app().await;
    make_user(&app, "omar", Role::User, PW).await;
    let mut c = app.signed_in("omar", PW).await;
    let mut anon = app.client();

    // Malformed: a key that isn't a point, a name with a control character, not JSON.
    let token = enrol_token(&mut c).await;
    let phone = Phone::new(&svc);
    let mut bad = phone.enrolment(&token, "ok");
    bad["public_key"]["x"] = json!("AAAA");
    let r = post_json(&mut anon, "/app/api/enrol", &bad).await;
    assert_eq!(
        (r.status, json_of(&r)["code"].clone()),
        (StatusCode::BAD_REQUEST, json!("invalid_request"))
    );
    let r = post_json(
        &mut anon,
        "/app/api/enrol",
        &phone.enrolment(&token, "a\u{7}b"),
    )
    .await;
    assert_eq!(json_of(&r)["code"], "invalid_request");
    let r = post_json(&mut anon, "/app/api/enrol", &json!("nope")).await;
    assert_eq!(json_of(&r)["code"], "invalid_request");
    // An endpoint off the list.
    let mut off = phone.enrolment(&token, "ok");
    off["subscription"]["endpoint"] = json!("https://push.evil.example/x");
    let r = post_json(&mut anon, "/app/api/enrol", &off).await;
    assert_eq!(
        (r.status, json_of(&r)["code"].clone()),
        (StatusCode::BAD_REQUEST, json!("endpoint_not_allowed"))
    );
    // From another site.
    let mut cross = app.client();
    cross
        .extra_headers
        .push(("origin".into(), "https://evil.example".into()));
    let r = post_json(&mut cross, "/app/api/enrol", &phone.enrolment(&token, "ok")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    // An unknown token, and an expired one: the same answer.
    let r = post_json(
        &mut anon,
        "/app/api/enrol",
        &phone.enrolment("made-up", "ok"),
    )
    .await;
    assert_eq!(json_of(&r)["code"], "invalid_token");
    app.clock.advance(time::Duration::minutes(11));
    let r = post_json(&mut anon, "/app/api/enrol", &phone.enrolment(&token, "ok")).await;
    assert_eq!(
        (r.status, json_of(&r)["code"].clone()),
        (StatusCode::BAD_REQUEST, json!("invalid_token"))
    );

    // Five devices, then the sixth is refused (and the page says so instead of a code).
    let mut c = app.signed_in("omar", PW).await;
    let omar = user(&app, "omar").await.id;
    for i in 0..6 {
        // One code is live at a time: each is used before the next is made. The sixth
        // (made as if before the fifth device was added) is refused by the limit.
        let t = if i < 5 {
            enrol_token(&mut c).await
        } else {
            raw_token(&app, omar).await
        };
        let r = post_json(
            &mut anon,
            "/app/api/enrol",
            &Phone::new(&svc).enrolment(&t, &format!("Phone {i}")),
        )
        .await;
        if i < 5 {
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        } else {
            assert_eq!(
                (r.status, json_of(&r)["code"].clone()),
                (StatusCode::CONFLICT, json!("limit_reached"))
            );
        }
    }
    let page = c.get("/setup/push").await;
    assert!(
        page.body.contains("the most one account may have"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("#enrol="));

    // Without `push.allow_http`, an http:// endpoint is refused.
    let strict = TestApp::with_env(&[("LATCHKEY_PUSH__ENDPOINT_HOSTS", "127.0.0.1")]).await;
    set_policy(&strict, |p| {
        p.scope = Scope::All;
        p.methods = vec![Method::AppNotification, Method::Email];
    })
    .await;
    make_user(&strict, "omar", Role::User, PW).await;
    let mut c = strict.signed_in("omar", PW).await;
    let token = enrol_token(&mut c).await;
    let r = post_json(
        &mut strict.client(),
        "/app/api/enrol",
        &Phone::new(&svc).enrolment(&token, "x"),
    )
    .await;
    assert_eq!(json_of(&r)["code"], "endpoint_not_allowed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_number_fails_the_step() {
    let (app, svc) = push_app().await;
    let (phone, _) = user_with_phone(&app, &svc, "pia").await;
    let mut r = app.client();
    let number = ask(&mut r, "pia").await;
    let id = svc.last_request(phone.n);
    let wrong = answer(&app, &phone, &id, "approve", &other(&number)).await;
    assert_eq!(json_of(&wrong)["status"], "wrong_number");
    // Final: a second answer with the right number is refused.
    let again = answer(&app, &phone, &id, "approve", &number).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let failed = check(&mut r).await;
    assert_eq!(failed.status, StatusCode::BAD_REQUEST);
    assert!(
        failed.body.contains("didn&#39;t match") || failed.body.contains("didn't match"),
        "{}",
        failed.body
    );
    // Counted once as a failed verification.
    let check_again = check(&mut r).await;
    assert!(
        check_again.body.contains("no request waiting"),
        "{}",
        check_again.body
    );
    let u = user(&app, "pia").await;
    let now = app.state.now();
    let n = app
        .state
        .store
        .sspr_event_count(&format!("user:{}", u.id), "verify_fail", now - 3600)
        .await
        .expect("count");
    assert_eq!(n, 1);
    // Malformed answers: no number for approve, a number for deny, a bad signature.
    let id2 = {
        let number = ask(&mut app.client(), "pia").await;
        let _ = number;
        svc.last_request(phone.n)
    };
    let r = answer(&app, &phone, &id2, "approve", "").await;
    assert_eq!(json_of(&r)["code"], "invalid_request");
    let r = answer(&app, &phone, &id2, "deny", "12").await;
    assert_eq!(json_of(&r)["code"], "invalid_request");
    let mut forged = phone.answer_body(&id2, "approve", "12");
    forged["signature"] = json!(phone.sign(&id2, "approve", "13"));
    let r = post_json(
        &mut app.client(),
        &format!("/app/api/requests/{id2}/answer"),
        &forged,
    )
    .await;
    assert_eq!(
        (r.status, json_of(&r)["code"].clone()),
        (StatusCode::UNAUTHORIZED, json!("bad_signature"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deny_ends_the_journey_and_two_block() {
    let (app, svc) = push_app().await;
    let (phone, _) = user_with_phone(&app, &svc, "quinn").await;
    let before = app.messages().await.len();

    let mut r = app.client();
    ask(&mut r, "quinn").await;
    let id = svc.last_request(phone.n);
    let denied = answer(&app, &phone, &id, "deny", "").await;
    assert_eq!(json_of(&denied)["status"], "denied");
    assert_eq!(
        json_of(&r.get("/reset/verify/push-status").await)["status"],
        "denied"
    );
    let ended = check(&mut r).await;
    assert!(
        ended.body.contains("You denied the request"),
        "{}",
        ended.body
    );
    // The journey is over (ended as the deny arrived).
    let gone = r.get("/reset/verify").await;
    assert!(
        gone.body.contains("You denied the request"),
        "{}",
        gone.body
    );
    assert_eq!(audit_count(&app, activity::SSPR_BLOCKED).await, 0);

    // A second deny within a day blocks self-service and tells the user.
    let mut r = app.client();
    ask(&mut r, "quinn").await;
    let id = svc.last_request(phone.n);
    assert_eq!(
        json_of(&answer(&app, &phone, &id, "deny", "").await)["status"],
        "denied"
    );
    assert_eq!(audit_count(&app, activity::SSPR_BLOCKED).await, 1);
    let sent = app.messages().await;
    assert!(sent.len() > before, "the user was told of the block");
    let blocked = check(&mut r).await;
    assert!(
        blocked.body.contains("tried too many times"),
        "{}",
        blocked.body
    );
    let mut r = app.client();
    start(&mut r, "quinn").await;
    let refused = r
        .post("/reset/verify/send", &[("channel", "app_notification")])
        .await;
    assert!(
        refused.body.contains("tried too many times"),
        "{}",
        refused.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn this_wasnt_me_blocks_and_alerts() {
    let (app, svc) = push_app().await;
    make_user(&app, "boss", Role::GlobalAdmin, PW).await;
    let (phone, _) = user_with_phone(&app, &svc, "rita").await;
    let mut r = app.client();
    ask(&mut r, "rita").await;
    let id = svc.last_request(phone.n);
    let reported = answer(&app, &phone, &id, "report", "").await;
    assert_eq!(json_of(&reported)["status"], "reported");
    assert_eq!(
        audit_count(&app, activity::APP_NOTIFICATION_REPORTED).await,
        1
    );
    assert_eq!(audit_count(&app, activity::REPORTED_NOT_ME).await, 1);
    // Sign-in is blocked, as by the report link, and the administrators are told.
    assert!(!user(&app, "rita").await.enabled);
    let sent = app.messages().await;
    assert!(
        sent.iter()
            .any(|m| m.to == "boss@work.example" && m.subject.contains("rita")),
        "{:?}",
        sent.iter().map(|m| (&m.to, &m.subject)).collect::<Vec<_>>()
    );
    let page = check(&mut r).await;
    assert!(
        page.body.contains("tried too many times")
            || page.body.contains("Your session has expired"),
        "{}",
        page.body
    );
    let u = user(&app, "rita").await;
    assert!(
        latchkey_web::sspr::limits::blocked(&app.state, &format!("user:{}", u.id))
            .await
            .expect("blocked")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_requests_in_ten_minutes_then_refused() {
    let (app, svc) = push_app().await;
    let (phone, _) = user_with_phone(&app, &svc, "sam").await;
    let mut r = app.client();
    ask(&mut r, "sam").await;
    for _ in 0..2 {
        let again = r
            .post("/reset/verify/send", &[("channel", "app_notification")])
            .await;
        assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    }
    assert_eq!(svc.received(phone.n).len(), 3);
    // The fourth, from this journey or another, is refused and nothing is pushed.
    let mut other_journey = app.client();
    start(&mut other_journey, "sam").await;
    let fourth = other_journey
        .post("/reset/verify/send", &[("channel", "app_notification")])
        .await;
    assert!(
        fourth.body.contains("already sent 3 requests"),
        "{}",
        fourth.body
    );
    assert_eq!(svc.received(phone.n).len(), 3);
    // Ten minutes later, one more may go.
    app.clock
        .advance(time::Duration::minutes(10) + time::Duration::seconds(1));
    let mut later = app.client();
    ask(&mut later, "sam").await;
    assert_eq!(svc.received(phone.n).len(), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_request_can_not_be_answered() {
    let (app, svc) = push_app().await;
    let (phone, _) = user_with_phone(&app, &svc, "tara").await;
    let mut r = app.client();
    let number = ask(&mut r, "tara").await;
    let id = svc.last_request(phone.n);
    app.clock.advance(time::Duration::seconds(301));
    let late = answer(&app, &phone, &id, "approve", &number).await;
    assert_eq!(
        (late.status, json_of(&late)["code"].clone()),
        (StatusCode::GONE, json!("expired"))
    );
    assert_eq!(
        json_of(&r.get("/reset/verify/push-status").await)["status"],
        "expired"
    );
    let page = check(&mut r).await;
    assert!(page.body.contains("The request expired"), "{}", page.body);
    assert_eq!(
        audit_count(&app, activity::APP_NOTIFICATION_APPROVED).await,
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approval_counts_only_for_its_own_journey_and_device() {
    let (app, svc) = push_app().await;
    let (phone, _) = user_with_phone(&app, &svc, "uma").await;
    let (stranger, _) = user_with_phone(&app, &svc, "vic").await;
    let mut a = app.client();
    let number_a = ask(&mut a, "uma").await;
    let id_a = svc.last_request(phone.n);
    let mut b = app.client();
    ask(&mut b, "uma").await;
    let id_b = svc.last_request(phone.n);
    assert_ne!(id_a, id_b);

    // Another user's device sees nothing and can't answer.
    let peek = app
        .client()
        .get(&format!(
            "/app/api/requests/{id_a}?device={}",
            stranger.device_id
        ))
        .await;
    assert_eq!(
        (peek.status, json_of(&peek)["code"].clone()),
        (StatusCode::NOT_FOUND, json!("not_found"))
    );
    let r = answer(&app, &stranger, &id_a, "approve", &number_a).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = app.client().get("/app/api/requests/unknown?device=1").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // Journey A's request approved: journey B is still waiting.
    assert_eq!(
        json_of(&answer(&app, &phone, &id_a, "approve", &number_a).await)["status"],
        "approved"
    );
    let waiting = check(&mut b).await;
    assert!(
        waiting.body.contains("Not approved yet"),
        "{}",
        waiting.body
    );
    assert_eq!(
        json_of(&b.get("/reset/verify/push-status").await)["status"],
        "pending"
    );
    assert_eq!(check(&mut a).await.location(), "/reset/password");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_phone_counts_nothing_and_a_decoy_pushes_nothing() {
    let (app, svc) = push_app().await;
    let (phone, _) = user_with_phone(&app, &svc, "walt").await;
    svc.log.lock().expect("log").gone.insert(phone.n);
    let mut r = app.client();
    start(&mut r, "walt").await;
    for _ in 0..4 {
        let failed = r
            .post("/reset/verify/send", &[("channel", "app_notification")])
            .await;
        // The push service says the subscription is gone: the page says to set up the
        // app again.
        assert!(
            failed.body.contains("notifications stopped working")
                && failed.body.contains("Set up the Latchkey app again"),
            "{}",
            failed.body
        );
    }
    // The setup page says so too.
    let mut c = app.signed_in("walt", PW).await;
    let setup = html_unescape(&c.get("/setup/push").await.body);
    assert!(
        setup.contains("Your phone's notifications stopped working on “Pixel”"),
        "{setup}"
    );
    // None of the four counted against the limit.
    svc.log.lock().expect("log").gone.clear();
    ask(&mut app.client(), "walt").await;

    // A name nobody has: the same pages and a number, and nothing pushed.
    set_policy(&app, |p| p.methods = vec![Method::AppNotification]).await;
    let before = svc.total();
    let mut d = app.client();
    let number = ask(&mut d, "nobody-here").await;
    assert_eq!(number.len(), 2);
    assert_eq!(svc.total(), before);
    let waiting = check(&mut d).await;
    assert!(
        waiting.body.contains("Not approved yet"),
        "{}",
        waiting.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_sends_and_answers_cannot_beat_the_limits() {
    let (app, svc) = push_app().await;
    let (phone, _) = user_with_phone(&app, &svc, "xena").await;
    // Ten journeys ask at once: three requests go out, seven are refused.
    let mut clients = Vec::new();
    for _ in 0..10 {
        let mut c = app.client();
        start(&mut c, "xena").await;
        clients.push(c);
    }
    let mut tasks = Vec::new();
    for mut c in clients {
        tasks.push(tokio::spawn(async move {
            c.post("/reset/verify/send", &[("channel", "app_notification")])
                .await
        }));
    }
    let mut sent = 0;
    let mut refused = 0;
    for t in tasks {
        let r = t.await.expect("task");
        if r.status == StatusCode::SEE_OTHER {
            sent += 1;
        } else if r.body.contains("already sent 3 requests") {
            refused += 1;
        }
    }
    assert_eq!((sent, refused), (3, 7));
    assert_eq!(svc.received(phone.n).len(), 3);

    // Ten copies of one signed approval at once: one is taken, nine find it answered.
    let mut r = app.client();
    app.clock.advance(time::Duration::minutes(11));
    let number = ask(&mut r, "xena").await;
    let id = svc.last_request(phone.n);
    let body = phone.answer_body(&id, "approve", &number);
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let mut c = app.client();
        let (body, path) = (body.clone(), format!("/app/api/requests/{id}/answer"));
        tasks.push(tokio::spawn(async move {
            post_json(&mut c, &path, &body).await.status
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.expect("task"));
    }
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::OK).count(), 1);
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::CONFLICT)
            .count(),
        9
    );
    assert_eq!(
        audit_count(&app, activity::APP_NOTIFICATION_APPROVED).await,
        1
    );
    assert_eq!(check(&mut r).await.location(), "/reset/password");
}

// ------------------------------------------------------------------ after the review

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endpoints_are_checked_as_parsed_and_the_token_first() {
    // The default list (the browsers' push services), https only.
    let svc = PushService::start().await;
    let app = TestApp::new().await;
    set_policy(&app, |p| {
        p.scope = Scope::All;
        p.methods = vec![Method::AppNotification, Method::Email];
    })
    .await;
    make_user(&app, "hal", Role::User, PW).await;
    let mut c = app.signed_in("hal", PW).await;
    let token = enrol_token(&mut c).await;
    let phone = Phone::new(&svc);
    let mut anon = app.client();
    // A backslash ends the host for https (as the HTTP client parses it): these would
    // reach internal addresses; another port on an allowed host neither.
    for endpoint in [
        "https://169.254.169.254\\.fcm.googleapis.com/x",
        "https://10.0.0.1:8080\\.fcm.googleapis.com:443/p?q",
        "https://fcm.googleapis.com:22/fcm/send/x",
        "https://user@fcm.googleapis.com/fcm/send/x",
    ] {
        let mut e = phone.enrolment(&token, "Pixel");
        e["subscription"]["endpoint"] = json!(endpoint);
        let r = post_json(&mut anon, "/app/api/enrol", &e).await;
        assert_eq!(
            (r.status, json_of(&r)["code"].clone()),
            (StatusCode::BAD_REQUEST, json!("endpoint_not_allowed")),
            "{endpoint}"
        );
    }
    // Without a valid token nobody learns what the list accepts.
    let mut e = phone.enrolment("made-up", "Pixel");
    e["subscription"]["endpoint"] = json!("https://push.evil.example/x");
    let r = post_json(&mut anon, "/app/api/enrol", &e).await;
    assert_eq!(json_of(&r)["code"], "invalid_token");
    // Device names: no bidirectional overrides or zero-width characters.
    for name in ["Pixel \u{202E}8", "Pix\u{200B}el"] {
        let r = post_json(&mut anon, "/app/api/enrol", &phone.enrolment(&token, name)).await;
        assert_eq!(json_of(&r)["code"], "invalid_request", "{name:?}");
    }
    // An allowed endpoint is stored as parsed (lower-case host, default port dropped).
    let mut e = phone.enrolment(&token, "Pixel");
    e["subscription"]["endpoint"] = json!("https://FCM.googleapis.com:443/fcm/send/abc");
    let r = post_json(&mut anon, "/app/api/enrol", &e).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let u = user(&app, "hal").await;
    let m = app
        .state
        .store
        .methods_of(u.id)
        .await
        .expect("methods")
        .into_iter()
        .find(|m| m.kind == latchkey_core::store::MethodKind::Push)
        .expect("a device");
    let d: latchkey_web::sspr::push::Device = serde_json::from_slice(
        &app.state
            .seal
            .open(&m.secret, &latchkey_web::sspr::push::push_aad(u.id))
            .expect("open"),
    )
    .expect("device");
    assert_eq!(
        d.subscription.endpoint,
        "https://fcm.googleapis.com/fcm/send/abc"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deny_or_a_report_ends_the_journey_as_it_arrives() {
    let (app, svc) = push_app().await;
    make_user(&app, "boss", Role::GlobalAdmin, PW).await;
    let (phone, _) = user_with_phone(&app, &svc, "una").await;
    let mut r = app.client();
    ask(&mut r, "una").await;
    let id = svc.last_request(phone.n);
    assert_eq!(
        json_of(&answer(&app, &phone, &id, "deny", "").await)["status"],
        "denied"
    );
    // Sending again, without ever checking, is refused and pushes nothing.
    let again = r
        .post("/reset/verify/send", &[("channel", "app_notification")])
        .await;
    assert!(
        again.body.contains("You denied the request"),
        "{}",
        again.body
    );
    assert_eq!(svc.received(phone.n).len(), 1);
    // The deny counted as a failed verification, once, when it arrived.
    let u = user(&app, "una").await;
    let subject = format!("user:{}", u.id);
    let now = app.state.now();
    let fails = |app: &TestApp| {
        let (state, subject) = (app.state.clone(), subject.clone());
        async move {
            state
                .store
                .sspr_event_count(&subject, "verify_fail", now - 3600)
                .await
                .expect("count")
        }
    };
    assert_eq!(fails(&app).await, 1);
    check(&mut r).await;
    assert_eq!(fails(&app).await, 1, "not counted again at the check");

    // "This wasn't me": the same, and the alert says what happened.
    let (phone, _) = user_with_phone(&app, &svc, "vic").await;
    let mut r = app.client();
    ask(&mut r, "vic").await;
    let id = svc.last_request(phone.n);
    assert_eq!(
        json_of(&answer(&app, &phone, &id, "report", "").await)["status"],
        "reported"
    );
    let again = r
        .post("/reset/verify/send", &[("channel", "app_notification")])
        .await;
    assert!(
        again.body.contains("tried too many times") || again.body.contains("reported"),
        "{}",
        again.body
    );
    assert_eq!(svc.received(phone.n).len(), 1);
    let alert = app
        .messages()
        .await
        .into_iter()
        .find(|m| m.to == "boss@work.example" && m.subject.contains("vic"))
        .expect("the administrators are alerted");
    assert!(
        alert.subject.contains("password reset request"),
        "{}",
        alert.subject
    );
    assert!(alert.body.contains("Latchkey app"), "{}", alert.body);
    assert!(
        !alert.subject.contains("password change"),
        "{}",
        alert.subject
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_numbers_count_as_they_arrive_and_block_at_five() {
    let (app, svc) = push_app().await;
    let (phone, _) = user_with_phone(&app, &svc, "wes").await;
    for i in 0..5 {
        // A new journey each time (three requests in ten minutes at most), never checked.
        let mut r = app.client();
        let number = ask(&mut r, "wes").await;
        let id = svc.last_request(phone.n);
        let a = answer(&app, &phone, &id, "approve", &other(&number)).await;
        assert_eq!(json_of(&a)["status"], "wrong_number", "answer {i}");
        app.clock.advance(time::Duration::minutes(4));
    }
    let u = user(&app, "wes").await;
    assert!(
        latchkey_web::sspr::limits::blocked(&app.state, &format!("user:{}", u.id))
            .await
            .expect("blocked")
    );
    assert_eq!(audit_count(&app, activity::SSPR_BLOCKED).await, 1);
    let sent = svc.received(phone.n).len();
    let mut r = app.client();
    start(&mut r, "wes").await;
    let refused = r
        .post("/reset/verify/send", &[("channel", "app_notification")])
        .await;
    assert!(
        refused.body.contains("tried too many times"),
        "{}",
        refused.body
    );
    assert_eq!(svc.received(phone.n).len(), sent);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_live_setup_code_made_by_a_post() {
    let (app, svc) = push_app().await;
    make_user(&app, "xia", Role::User, PW).await;
    let mut c = app.signed_in("xia", PW).await;
    // Loading the page makes no code.
    let page = c.get("/setup/push").await;
    assert!(page.body.contains("Show a QR code"), "{}", page.body);
    assert!(!page.body.contains("#enrol="), "{}", page.body);
    // Without the CSRF token, nothing.
    let forged = c.post_raw("/setup/push", String::new()).await;
    assert_ne!(forged.status, StatusCode::OK, "{}", forged.body);
    // A new code ends the one before.
    let first = enrol_token(&mut c).await;
    let second = enrol_token(&mut c).await;
    assert_ne!(first, second);
    let mut anon = app.client();
    let r = post_json(
        &mut anon,
        "/app/api/enrol",
        &Phone::new(&svc).enrolment(&first, "Old"),
    )
    .await;
    assert_eq!(json_of(&r)["code"], "invalid_token", "{}", r.body);
    let r = post_json(
        &mut anon,
        "/app/api/enrol",
        &Phone::new(&svc).enrolment(&second, "New"),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
}

/// A setup code for `user_id` put straight in the store (as `/setup/push` keeps it), so
/// several can be live at once.
async fn raw_token(app: &TestApp, user_id: i64) -> String {
    use latchkey_core::store::{CodePurpose, CodeRecord};
    let mut raw = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut raw);
    let token = URL_SAFE_NO_PAD.encode(raw);
    let owner = format!("push:{}", app.state.mac(&[b"push-enrol", token.as_bytes()]));
    app.state
        .store
        .code_put(&CodeRecord {
            code_mac: latchkey_web::sspr::codes::mac(&app.state, &owner, CodePurpose::Push, &token),
            owner,
            purpose: CodePurpose::Push,
            destination: user_id.to_string(),
            expires_at: app.state.now() + 600,
            attempts: 0,
        })
        .await
        .expect("put");
    token
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_enrolments_cannot_beat_the_device_limit() {
    let (app, svc) = push_app().await;
    make_user(&app, "yan", Role::User, PW).await;
    let u = user(&app, "yan").await;
    for i in 0..4 {
        let t = raw_token(&app, u.id).await;
        let r = post_json(
            &mut app.client(),
            "/app/api/enrol",
            &Phone::new(&svc).enrolment(&t, &format!("Phone {i}")),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    let mut tasks = Vec::new();
    for i in 0..3 {
        let t = raw_token(&app, u.id).await;
        let body = Phone::new(&svc).enrolment(&t, &format!("Extra {i}"));
        let mut c = app.client();
        tasks.push(tokio::spawn(async move {
            let r = post_json(&mut c, "/app/api/enrol", &body).await;
            (r.status, r.body)
        }));
    }
    let mut created = 0;
    let mut limited = 0;
    for t in tasks {
        let (status, body) = t.await.expect("task");
        match status {
            StatusCode::CREATED => created += 1,
            StatusCode::CONFLICT => {
                assert!(body.contains("limit_reached"), "{body}");
                limited += 1;
            }
            other => panic!("{other}: {body}"),
        }
    }
    assert_eq!((created, limited), (1, 2));
    let devices = app
        .state
        .store
        .methods_of(u.id)
        .await
        .expect("methods")
        .into_iter()
        .filter(|m| m.kind == latchkey_core::store::MethodKind::Push)
        .count();
    assert_eq!(devices, 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_whose_follow_up_failed_is_finished_by_a_retry() {
    let (app, svc) = push_app().await;
    make_user(&app, "boss", Role::GlobalAdmin, PW).await;
    let (phone, _) = user_with_phone(&app, &svc, "zoe").await;
    let mut r = app.client();
    ask(&mut r, "zoe").await;
    let id = svc.last_request(phone.n);
    // The answer was recorded, then the block and the alert failed (storage error).
    assert!(
        app.state
            .store
            .push_request_answer(
                &id,
                latchkey_core::store::PushStatus::Reported,
                phone.device_id,
                app.state.now(),
                &Default::default(),
            )
            .await
            .expect("answer")
    );
    assert!(user(&app, "zoe").await.enabled);
    // The app retries: the follow-up runs, 200 reported.
    let retry = answer(&app, &phone, &id, "report", "").await;
    assert_eq!(
        (retry.status, json_of(&retry)["status"].clone()),
        (StatusCode::OK, json!("reported")),
        "{}",
        retry.body
    );
    assert!(!user(&app, "zoe").await.enabled);
    let u = user(&app, "zoe").await;
    assert!(
        latchkey_web::sspr::limits::blocked(&app.state, &format!("user:{}", u.id))
            .await
            .expect("blocked")
    );
    assert_eq!(audit_count(&app, activity::REPORTED_NOT_ME).await, 1);
    // A replay now alerts nobody again; another answer is still refused.
    let replay = answer(&app, &phone, &id, "report", "").await;
    assert_eq!(replay.status, StatusCode::OK);
    assert_eq!(audit_count(&app, activity::REPORTED_NOT_ME).await, 1);
    let deny = answer(&app, &phone, &id, "deny", "").await;
    assert_eq!(deny.status, StatusCode::CONFLICT);
    // Refused answers are audited with their reason.
    let refused = app
        .state
        .store
        .audit_list(&Default::default(), 0, 500)
        .await
        .expect("audit")
        .items
        .into_iter()
        .filter(|e| e.activity == activity::APP_NOTIFICATION_REFUSED)
        .collect::<Vec<_>>();
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].details["reason"], "already_answered");
    assert_eq!(refused[0].target, "zoe");
}

/// The report's follow-up done, `n` more "this wasn't me" replays from the same phone.
async fn replay_report(app: &TestApp, phone: &Phone, id: &str, n: usize) {
    for _ in 0..n {
        let replay = answer(app, phone, id, "report", "").await;
        assert_eq!(
            (replay.status, json_of(&replay)["status"].clone()),
            (StatusCode::OK, json!("reported")),
            "{}",
            replay.body
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replayed_report_alerts_once_and_never_blocks_again() {
    let (app, svc) = push_app().await;
    // The last global administrator can't be blocked: a replay used to alert again.
    make_user(&app, "ada", Role::GlobalAdmin, PW).await;
    let mut c = app.signed_in("ada", PW).await;
    let token = enrol_token(&mut c).await;
    let mut phone = Phone::new(&svc);
    let r = post_json(
        &mut app.client(),
        "/app/api/enrol",
        &phone.enrolment(&token, "Pixel"),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    phone.device_id = json_of(&r)["device_id"].as_i64().expect("device id");
    // (An administrator's reset needs two methods: the request is stored as the reset
    // page would.)
    let u = user(&app, "ada").await;
    let now = app.state.now();
    for other in app
        .state
        .store
        .users_with_role(Role::GlobalAdmin, 10)
        .await
        .expect("admins")
        .into_iter()
        .filter(|o| o.id != u.id)
    {
        app.state
            .store
            .user_set_enabled(other.id, false, now)
            .await
            .expect("disable");
    }
    let id = "ada-request".to_owned();
    assert!(
        app.state
            .store
            .push_request_create(
                &latchkey_core::store::PushRequest {
                    id: id.clone(),
                    user_id: Some(u.id),
                    subject: format!("user:{}", u.id),
                    owner: "journey".into(),
                    number: 42,
                    client_ip: "192.0.2.1".into(),
                    user_agent: "Firefox on Linux".into(),
                    created_at: now,
                    expires_at: now + 300,
                    status: latchkey_core::store::PushStatus::Pending,
                    answered_at: None,
                    device_id: None,
                    consumed_at: None,
                    followed_up_at: None,
                },
                now - 600,
                3,
            )
            .await
            .expect("request")
    );
    replay_report(&app, &phone, &id, 3).await;
    assert!(user(&app, "ada").await.enabled);
    assert_eq!(audit_count(&app, activity::REPORTED_NOT_ME).await, 1);

    // A user re-enabled by an administrator stays enabled when the report is replayed.
    let (phone, _) = user_with_phone(&app, &svc, "bert").await;
    let mut r = app.client();
    ask(&mut r, "bert").await;
    let id = svc.last_request(phone.n);
    replay_report(&app, &phone, &id, 1).await;
    assert!(!user(&app, "bert").await.enabled);
    let u = user(&app, "bert").await;
    app.state
        .store
        .user_set_enabled(u.id, true, app.state.now())
        .await
        .expect("re-enable");
    replay_report(&app, &phone, &id, 1).await;
    assert!(user(&app, "bert").await.enabled);
    assert_eq!(audit_count(&app, activity::REPORTED_NOT_ME).await, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deny_whose_follow_up_failed_is_finished_by_a_retry_once() {
    use latchkey_core::store::PushStatus;
    let (app, svc) = push_app().await;
    let (phone, _) = user_with_phone(&app, &svc, "cleo").await;
    let mut failures = 0;
    for answered in [PushStatus::Denied, PushStatus::WrongNumber] {
        let mut r = app.client();
        let number = ask(&mut r, "cleo").await;
        let id = svc.last_request(phone.n);
        // The answer was recorded, then what follows it failed (storage error).
        assert!(
            app.state
                .store
                .push_request_answer(
                    &id,
                    answered,
                    phone.device_id,
                    app.state.now(),
                    &Default::default(),
                )
                .await
                .expect("answer")
        );
        let (what, typed) = if answered == PushStatus::Denied {
            ("deny", String::new())
        } else {
            ("approve", other(&number))
        };
        // The app's retry finishes it (200), and counts the failure once.
        for _ in 0..2 {
            let retry = answer(&app, &phone, &id, what, &typed).await;
            assert_eq!(
                (retry.status, json_of(&retry)["status"].clone()),
                (StatusCode::OK, json!(answered.as_str())),
                "{}",
                retry.body
            );
        }
        failures += 1;
        let counted = app
            .state
            .store
            .audit_list(&Default::default(), 0, 500)
            .await
            .expect("audit")
            .items
            .iter()
            .filter(|e| {
                e.activity == activity::SSPR_FAILED_METHOD
                    && e.details["method"] == "app_notification"
            })
            .count();
        assert_eq!(counted, failures);
        // Another answer is still refused.
        let other_answer = answer(&app, &phone, &id, "report", "").await;
        assert_eq!(other_answer.status, StatusCode::CONFLICT);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_is_set_up_only_when_the_policy_offers_it() {
    let (app, svc) = push_app().await;
    make_user(&app, "dora", Role::User, PW).await;
    let mut c = app.signed_in("dora", PW).await;
    // A code made while it was offered, then the policy changes.
    let token = enrol_token(&mut c).await;
    set_policy(&app, |p| p.methods = vec![Method::Email]).await;
    let page = c.get("/setup/push").await;
    assert!(
        html_unescape(&page.body).contains("doesn't offer the Latchkey app to your account"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("Show a QR code"), "{}", page.body);
    let r = c.post("/setup/push", &[]).await;
    assert!(!html_unescape(&r.body).contains("#enrol="), "{}", r.body);
    assert!(
        html_unescape(&r.body).contains("doesn't offer the Latchkey app to your account"),
        "{}",
        r.body
    );
    let r = post_json(
        &mut app.client(),
        "/app/api/enrol",
        &Phone::new(&svc).enrolment(&token, "Pixel"),
    )
    .await;
    assert_eq!(
        (r.status, json_of(&r)["code"].clone()),
        (StatusCode::FORBIDDEN, json!("not_allowed")),
        "{}",
        r.body
    );
    let u = user(&app, "dora").await;
    assert!(
        app.state
            .store
            .methods_of(u.id)
            .await
            .expect("methods")
            .is_empty()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn device_names_follow_the_passkey_rule_and_are_unique() {
    let (app, svc) = push_app().await;
    user_with_phone(&app, &svc, "emil").await;
    let u = user(&app, "emil").await;
    // A tag character (Unicode Cf) is refused, as in a passkey's name.
    let r = post_json(
        &mut app.client(),
        "/app/api/enrol",
        &Phone::new(&svc).enrolment(&raw_token(&app, u.id).await, "Pixel\u{E0041}"),
    )
    .await;
    assert_eq!(
        (r.status, json_of(&r)["code"].clone()),
        (StatusCode::BAD_REQUEST, json!("invalid_request")),
        "{}",
        r.body
    );
    // Another device's name, in other case.
    let r = post_json(
        &mut app.client(),
        "/app/api/enrol",
        &Phone::new(&svc).enrolment(&raw_token(&app, u.id).await, " pIXEL "),
    )
    .await;
    assert_eq!(
        (r.status, json_of(&r)["code"].clone()),
        (StatusCode::CONFLICT, json!("duplicate_name")),
        "{}",
        r.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_recognised_browser_names_reach_the_app() {
    let (app, svc) = push_app().await;
    let (phone, _) = user_with_phone(&app, &svc, "fay").await;
    let mut r = app.client();
    r.extra_headers
        .push(("user-agent".into(), "IT helpdesk - please approve".into()));
    ask(&mut r, "fay").await;
    let id = svc.last_request(phone.n);
    let view = app
        .client()
        .get(&format!(
            "/app/api/requests/{id}?device={}",
            phone.device_id
        ))
        .await;
    assert_eq!(
        json_of(&view)["browser"],
        "Unknown browser",
        "{}",
        view.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_setup_codes_leave_one_live() {
    let (app, svc) = push_app().await;
    make_user(&app, "gus", Role::User, PW).await;
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let mut c = app.signed_in("gus", PW).await;
        c.get("/setup/push").await;
        tasks.push(tokio::spawn(async move { enrol_token(&mut c).await }));
    }
    let mut created = 0;
    for (i, t) in tasks.into_iter().enumerate() {
        let token = t.await.expect("task");
        let r = post_json(
            &mut app.client(),
            "/app/api/enrol",
            &Phone::new(&svc).enrolment(&token, &format!("Phone {i}")),
        )
        .await;
        match r.status {
            StatusCode::CREATED => created += 1,
            _ => assert_eq!(json_of(&r)["code"], "invalid_token", "{}", r.body),
        }
    }
    assert_eq!(created, 1);
}

// ------------------------------------------------------------------ the helpdesk

/// Issue 14: the helpdesk challenges a caller with a notification to their Latchkey app.
/// The agent reads out the number; the caller chooses it in the app. A wrong number
/// verifies nothing; the right one opens the agent's window; a deny closes the
/// verification, and an answer counts once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_helpdesk_verifies_a_caller_with_the_latchkey_app() {
    let (app, svc) = push_app().await;
    let (phone, _) = user_with_phone(&app, &svc, "mia").await;
    let mia = user(&app, "mia").await;
    make_user(&app, "helen", Role::PasswordAdmin, PW).await;
    let token = app.write_token("helen").await;
    let caller = format!("/api/v1/helpdesk/callers/{}", mia.id);
    let (_, c) = app.api("GET", &caller, &token, None).await;
    assert!(
        c["methods"]
            .as_array()
            .expect("methods")
            .iter()
            .any(|m| m["channel"] == "app_notification"),
        "{c}"
    );

    // A wrong number: nothing verified, the verification stays open.
    let (s, b) = app
        .api(
            "POST",
            &format!("{caller}/challenges"),
            &token,
            Some(json!({"channel": "app_notification"})),
        )
        .await;
    assert_eq!(
        (s, b["sent"].as_str()),
        (StatusCode::OK, Some("app_notification")),
        "{b}"
    );
    let number = b["number"].as_i64().expect("number").to_string();
    let id = svc.last_request(phone.n);
    let (_, b) = app
        .api(
            "POST",
            &format!("{caller}/answer"),
            &token,
            Some(json!({"code": ""})),
        )
        .await;
    assert_eq!(b["result"], "not_yet", "no answer yet: {b}");
    assert_eq!(
        answer(&app, &phone, &id, "approve", &other(&number))
            .await
            .status,
        StatusCode::OK
    );
    let (_, b) = app
        .api(
            "POST",
            &format!("{caller}/answer"),
            &token,
            Some(json!({"code": ""})),
        )
        .await;
    assert_eq!(b["result"], "wrong", "{b}");
    let (_, b) = app
        .api(
            "POST",
            &format!("{caller}/answer"),
            &token,
            Some(json!({"code": ""})),
        )
        .await;
    assert_eq!(b["result"], "no_code", "an answer counts once: {b}");

    // The right number: verified, and the reset goes through. (A second later: the
    // newest request of a verification is the one answered.)
    app.clock.advance(time::Duration::seconds(1));
    let (_, b) = app
        .api(
            "POST",
            &format!("{caller}/challenges"),
            &token,
            Some(json!({"channel": "app_notification"})),
        )
        .await;
    let number = b["number"].as_i64().expect("number").to_string();
    let id = svc.last_request(phone.n);
    assert_eq!(
        answer(&app, &phone, &id, "approve", &number).await.status,
        StatusCode::OK
    );
    let (_, b) = app
        .api(
            "POST",
            &format!("{caller}/answer"),
            &token,
            Some(json!({"code": ""})),
        )
        .await;
    assert_eq!(b["result"], "verified", "{b}");
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/users/{}/reset-password", mia.id),
            &token,
            Some(json!({"generate": true})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");

    // A deny closes the next verification.
    app.api("DELETE", &format!("{caller}/verification"), &token, None)
        .await;
    app.clock.advance(time::Duration::seconds(1));
    app.api(
        "POST",
        &format!("{caller}/challenges"),
        &token,
        Some(json!({"channel": "app_notification"})),
    )
    .await;
    let id = svc.last_request(phone.n);
    assert_eq!(
        answer(&app, &phone, &id, "deny", "").await.status,
        StatusCode::OK
    );
    let (_, b) = app
        .api(
            "POST",
            &format!("{caller}/answer"),
            &token,
            Some(json!({"code": ""})),
        )
        .await;
    assert_eq!(b["result"], "denied", "{b}");
    let (_, c) = app.api("GET", &caller, &token, None).await;
    assert_eq!(c["verification"]["status"], "closed");
    assert_eq!(c["may_act"], false);
}
