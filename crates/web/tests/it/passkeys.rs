//! Passkeys (WebAuthn) end to end in process: a small software authenticator (P-256,
//! "none" attestation, hand-built CBOR) answers the real ceremonies of `/setup/passkey`
//! and of the reset journey's "Use a passkey", so `webauthn-rs` checks real signatures.
//! Covered: registering and resetting; the limits (10 passkeys, names); replays (the
//! same answer twice, in parallel, and in another journey); expiry; user verification;
//! decoys.

use crate::harness::{Client, Resp, TestApp};
use crate::sspr_support::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use latchkey_core::audit::activity;
use latchkey_core::directory::{Role, User};
use latchkey_core::policy::Method;
use latchkey_core::store::MethodKind;
use p256::ecdsa::{Signature, SigningKey, signature::Signer};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

const PW: &str = "Passkey-Test-Pass-77";

/// Flags of authenticator data (W3C WebAuthn Level 2, §6.1).
const UP: u8 = 0x01;
const UV: u8 = 0x04;
const AT: u8 = 0x40;

/// A platform authenticator holding one P-256 credential for one relying party.
struct Authenticator {
    key: SigningKey,
    cred_id: Vec<u8>,
    counter: u32,
    rp_id: String,
    origin: String,
}

fn cbor_bytes(out: &mut Vec<u8>, b: &[u8]) {
    match b.len() {
        n if n < 24 => out.push(0x40 + n as u8),
        n if n < 256 => out.extend([0x58, n as u8]),
        n => out.extend([0x59, (n >> 8) as u8, n as u8]),
    }
    out.extend_from_slice(b);
}

fn cbor_text(out: &mut Vec<u8>, s: &str) {
    assert!(s.len() < 24);
    out.push(0x60 + s.len() as u8);
    out.extend_from_slice(s.as_bytes());
}

impl Authenticator {
    fn new(app: &TestApp) -> Self {
        let rp = latchkey_web::sspr::webauthn::relying_party(&app.state).expect("rp");
        let mut cred_id = vec![0u8; 16];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut cred_id);
        Self {
            key: SigningKey::random(&mut rand::rngs::OsRng),
            cred_id,
            counter: 0,
            rp_id: rp.id,
            origin: rp.origin.as_str().trim_end_matches('/').to_owned(),
        }
    }

    fn client_data(&self, kind: &str, options: &Value) -> Vec<u8> {
        let challenge = options["publicKey"]["challenge"]
            .as_str()
            .expect("challenge");
        json!({"type": kind, "challenge": challenge, "origin": self.origin, "crossOrigin": false})
            .to_string()
            .into_bytes()
    }

    fn auth_data(&self, flags: u8) -> Vec<u8> {
        let mut d = Sha256::digest(self.rp_id.as_bytes()).to_vec();
        d.push(flags);
        d.extend(self.counter.to_be_bytes());
        d
    }

    /// The answer to `navigator.credentials.create()` for these options.
    fn attest(&self, options: &Value, flags: u8) -> Value {
        let point = self.key.verifying_key().to_encoded_point(false);
        let mut cose = vec![0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21];
        cbor_bytes(&mut cose, point.x().expect("x"));
        cose.push(0x22);
        cbor_bytes(&mut cose, point.y().expect("y"));
        let mut auth = self.auth_data(flags);
        auth.extend([0u8; 16]);
        auth.extend((self.cred_id.len() as u16).to_be_bytes());
        auth.extend(&self.cred_id);
        auth.extend(cose);
        let mut att = vec![0xa3];
        cbor_text(&mut att, "fmt");
        cbor_text(&mut att, "none");
        cbor_text(&mut att, "attStmt");
        att.push(0xa0);
        cbor_text(&mut att, "authData");
        cbor_bytes(&mut att, &auth);
        let id = B64.encode(&self.cred_id);
        json!({
            "id": id, "rawId": id, "type": "public-key",
            "response": {
                "attestationObject": B64.encode(att),
                "clientDataJSON": B64.encode(self.client_data("webauthn.create", options)),
                "transports": ["internal"],
            },
        })
    }

    /// The answer to `navigator.credentials.get()` for these options; the counter moves.
    fn assert(&mut self, options: &Value, flags: u8) -> Value {
        self.counter += 1;
        let auth = self.auth_data(flags);
        let client = self.client_data("webauthn.get", options);
        let mut signed = auth.clone();
        signed.extend(Sha256::digest(&client));
        let sig: Signature = self.key.sign(&signed);
        let id = B64.encode(&self.cred_id);
        json!({
            "id": id, "rawId": id, "type": "public-key",
            "response": {
                "authenticatorData": B64.encode(auth),
                "clientDataJSON": B64.encode(client),
                "signature": B64.encode(sig.to_der().as_bytes()),
                "userHandle": null,
            },
        })
    }
}

/// POSTs JSON with the client's cookies and its last CSRF token in `X-CSRF-Token`.
async fn post_json(c: &mut Client, path: &str, body: &Value) -> (StatusCode, Value) {
    let r = post_json_raw(c, path, body, true).await;
    let v = serde_json::from_str(&r.body).unwrap_or(Value::Null);
    (r.status, v)
}

async fn post_json_raw(c: &mut Client, path: &str, body: &Value, csrf: bool) -> Resp {
    let cookies = c
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let mut req = Request::post(path)
        .header(header::COOKIE, cookies)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::HOST, "latchkey.test");
    if csrf {
        req = req.header("x-csrf-token", c.csrf.clone().unwrap_or_default());
    }
    c.send(req.body(Body::from(body.to_string())).expect("req"))
        .await
}

/// A second client with the same cookies and CSRF token (another tab, a double submit).
fn twin(app: &TestApp, c: &Client) -> Client {
    let mut t = app.client();
    t.cookies = c.cookies.clone();
    t.csrf = c.csrf.clone();
    t
}

async fn setup(methods: &[Method]) -> TestApp {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let methods = methods.to_vec();
    set_policy(&app, |p| p.methods = methods).await;
    app
}

/// Registers a passkey named `name` through `/setup/passkey`; returns the answer.
async fn register(c: &mut Client, a: &Authenticator, name: &str, flags: u8) -> (StatusCode, Value) {
    let r = c.get("/setup/passkey").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let (s, options) = post_json(c, "/setup/passkey/options", &json!({"name": name})).await;
    if s != StatusCode::OK {
        return (s, options);
    }
    assert_eq!(
        options["publicKey"]["authenticatorSelection"]["userVerification"],
        "required"
    );
    assert_eq!(options["publicKey"]["attestation"], "none");
    let credential = a.attest(&options, flags);
    post_json(
        c,
        "/setup/passkey/finish",
        &json!({"name": name, "credential": credential}),
    )
    .await
}

async fn passkeys_of(app: &TestApp, u: &User) -> Vec<latchkey_core::store::AuthMethodRecord> {
    app.state
        .store
        .methods_of(u.id)
        .await
        .expect("methods")
        .into_iter()
        .filter(|m| m.kind == MethodKind::Passkey)
        .collect()
}

async fn count(app: &TestApp, what: &str) -> usize {
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

/// A user with one passkey registered (the policy offers passkeys only); their
/// authenticator.
async fn registered(app: &TestApp, name: &str) -> (User, Authenticator) {
    let u = make_user(app, name, Role::User, PW).await;
    let mut c = app.signed_in(name, PW).await;
    let a = Authenticator::new(app);
    let (s, v) = register(&mut c, &a, "Laptop", UP | UV | AT).await;
    assert_eq!(
        (s, &v["next"]),
        (StatusCode::OK, &json!("/setup?added=1")),
        "{v}"
    );
    (u, a)
}

/// Starts a reset journey for `name` and asks for the passkey options.
async fn journey_options(app: &TestApp, name: &str) -> (Client, Value) {
    let mut c = app.client();
    start(&mut c, name).await;
    let r = c.get("/reset/verify?method=passkey").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Use my passkey"), "{}", r.body);
    let (s, options) = post_json(&mut c, "/reset/verify/passkey/options", &json!({})).await;
    assert_eq!(s, StatusCode::OK, "{options}");
    (c, options)
}

#[tokio::test]
async fn a_user_registers_a_passkey_and_resets_with_it() {
    let app = setup(&[Method::Passkey, Method::Email]).await;
    let (u, mut a) = registered(&app, "pat").await;
    let stored = passkeys_of(&app, &u).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].value, "Laptop");
    assert_eq!(count(&app, activity::REGISTERED_METHOD).await, 1);
    // In the same transaction: the "your security info changed" notice.
    let sent = app.messages().await;
    assert!(
        sent.iter()
            .any(|m| m.to == "pat@work.example" && m.body.contains("security method was added")),
        "{sent:?}"
    );

    // The setup page lists it with its date and a Remove button.
    let mut c = app.signed_in("pat", PW).await;
    let page = c.get("/setup").await;
    assert!(page.body.contains("Remove Laptop"), "{}", page.body);
    assert!(page.body.contains("added 2026-01-05"), "{}", page.body);
    assert!(page.body.contains("Add a passkey"));
    assert!(c.get("/account").await.body.contains("Passkey: Laptop"));

    let (mut j, options) = journey_options(&app, "pat").await;
    let allowed = options["publicKey"]["allowCredentials"]
        .as_array()
        .expect("allowCredentials");
    assert_eq!(allowed.len(), 1);
    assert_eq!(options["publicKey"]["userVerification"], "required");
    let answer = a.assert(&options, UP | UV);
    let (s, v) = post_json(
        &mut j,
        "/reset/verify/passkey/finish",
        &json!({"credential": answer}),
    )
    .await;
    assert_eq!(
        (s, &v["next"]),
        (StatusCode::OK, &json!("/reset/password")),
        "{v}"
    );
    assert_eq!(count(&app, activity::SSPR_COMPLETED_METHOD).await, 1);
    // The signature counter is kept, without voiding the journey.
    let secret: Value = serde_json::from_str(&passkeys_of(&app, &u).await[0].secret).expect("json");
    assert_eq!(secret["cred"]["counter"], 1);
    let r = choose_password(&mut j, "Brand-New-Passkey-Pass-9").await;
    assert_eq!(r.location(), "/reset/done", "{}", r.body);

    // Removing it uses the existing remove form; as the only method, it stays.
    let mut c = app.signed_in("pat", "Brand-New-Passkey-Pass-9").await;
    c.get("/setup").await;
    let id = stored[0].id.to_string();
    let r = c.post("/setup/remove", &[("id", id.as_str())]).await;
    assert_eq!(
        r.status,
        StatusCode::BAD_REQUEST,
        "the only method stays: {}",
        r.body
    );
}

#[tokio::test]
async fn the_eleventh_passkey_and_a_duplicate_name_are_refused() {
    let app = setup(&[Method::Passkey]).await;
    let u = make_user(&app, "kim", Role::User, PW).await;
    let mut c = app.signed_in("kim", PW).await;
    for i in 1..=10 {
        let (s, v) = register(
            &mut c,
            &Authenticator::new(&app),
            &format!("Key {i}"),
            UP | UV | AT,
        )
        .await;
        assert_eq!(s, StatusCode::OK, "passkey {i}: {v}");
    }
    assert_eq!(passkeys_of(&app, &u).await.len(), 10);
    let (s, options) =
        post_json(&mut c, "/setup/passkey/options", &json!({"name": "Key 11"})).await;
    assert_eq!(
        (s, &options["code"]),
        (StatusCode::CONFLICT, &json!("too_many_passkeys")),
        "{options}"
    );
    // The page sends the user back, and the setup page offers no more.
    assert_eq!(c.get("/setup/passkey").await.location(), "/setup");
    assert!(!c.get("/setup").await.body.contains("Add a passkey"));
    assert_eq!(passkeys_of(&app, &u).await.len(), 10);

    // Names: unique per user (without case), 1 to 64 characters, no control characters.
    let app = setup(&[Method::Passkey]).await;
    make_user(&app, "lee", Role::User, PW).await;
    let mut c = app.signed_in("lee", PW).await;
    let (s, _) = register(&mut c, &Authenticator::new(&app), "Laptop", UP | UV | AT).await;
    assert_eq!(s, StatusCode::OK);
    for (name, status, code) in [
        (" laptop ", StatusCode::CONFLICT, "duplicate_name"),
        ("   ", StatusCode::BAD_REQUEST, "invalid_name"),
        ("a\u{7}b", StatusCode::BAD_REQUEST, "invalid_name"),
    ] {
        let (s, v) = post_json(&mut c, "/setup/passkey/options", &json!({"name": name})).await;
        assert_eq!(
            (s, &v["code"], &v["field"]),
            (status, &json!(code), &json!("name")),
            "{name:?}: {v}"
        );
    }
    let long = "x".repeat(65);
    let (s, v) = post_json(&mut c, "/setup/passkey/options", &json!({"name": long})).await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("invalid_name"))
    );
    // The same name is refused at the finish too (a second tab started before the first
    // finished).
    let a = Authenticator::new(&app);
    let (_, options) = post_json(&mut c, "/setup/passkey/options", &json!({"name": "Phone"})).await;
    let (s, _) = register(&mut c, &Authenticator::new(&app), "Phone", UP | UV | AT).await;
    assert_eq!(s, StatusCode::OK);
    let (s, v) = post_json(
        &mut c,
        "/setup/passkey/finish",
        &json!({"name": "Phone", "credential": a.attest(&options, UP | UV | AT)}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::CONFLICT, &json!("duplicate_name")),
        "{v}"
    );
}

#[tokio::test]
async fn registration_needs_user_verification_a_fresh_ceremony_csrf_and_a_recent_password() {
    let app = setup(&[Method::Passkey]).await;
    let u = make_user(&app, "uma", Role::User, PW).await;
    let mut c = app.signed_in("uma", PW).await;
    // No user verification: refused, and the ceremony is used up.
    let a = Authenticator::new(&app);
    let (s, v) = register(&mut c, &a, "Laptop", UP | AT).await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("passkey_failed")),
        "{v}"
    );
    assert!(passkeys_of(&app, &u).await.is_empty());

    // The same answer posted twice registers once.
    c.get("/setup/passkey").await;
    let (_, options) =
        post_json(&mut c, "/setup/passkey/options", &json!({"name": "Laptop"})).await;
    let body = json!({"name": "Laptop", "credential": a.attest(&options, UP | UV | AT)});
    let mut other = twin(&app, &c);
    let (first, second) = tokio::join!(
        post_json(&mut c, "/setup/passkey/finish", &body),
        post_json(&mut other, "/setup/passkey/finish", &body)
    );
    // The other finds the ceremony used, or (after the commit) the name taken.
    let ok = [&first, &second]
        .iter()
        .filter(|(s, _)| *s == StatusCode::OK)
        .count();
    assert_eq!(ok, 1, "{first:?} {second:?}");
    let (s, v) = post_json(&mut c, "/setup/passkey/finish", &body).await;
    assert_ne!(s, StatusCode::OK, "{v}");
    assert_eq!(passkeys_of(&app, &u).await.len(), 1);

    // A ceremony older than 5 minutes is gone.
    let (_, options) = post_json(&mut c, "/setup/passkey/options", &json!({"name": "Phone"})).await;
    app.clock.advance(time::Duration::seconds(301));
    let (s, v) = post_json(
        &mut c,
        "/setup/passkey/finish",
        &json!({"name": "Phone", "credential": Authenticator::new(&app).attest(&options, UP | UV | AT)}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("no_ceremony")),
        "{v}"
    );

    // Without the CSRF header: refused before anything runs.
    let r = post_json_raw(
        &mut c,
        "/setup/passkey/options",
        &json!({"name": "X"}),
        false,
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.body.contains("\"code\":\"csrf\""), "{}", r.body);

    // The password proved more than 10 minutes ago: confirm it first.
    app.clock.advance(time::Duration::minutes(6));
    let (s, v) = post_json(&mut c, "/setup/passkey/options", &json!({"name": "Phone"})).await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::FORBIDDEN, &json!("step_up_required")),
        "{v}"
    );
    assert!(
        v["next"]
            .as_str()
            .unwrap_or("")
            .starts_with("/account/confirm")
    );

    // Signed out: JSON, not a redirect to the sign-in page.
    let mut stranger = app.client();
    stranger.get("/").await;
    let (s, v) = post_json(
        &mut stranger,
        "/setup/passkey/options",
        &json!({"name": "X"}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::UNAUTHORIZED, &json!("signed_out")),
        "{v}"
    );
}

#[tokio::test]
async fn a_replayed_assertion_is_refused() {
    let app = setup(&[Method::Passkey]).await;
    let (_, mut a) = registered(&app, "rio").await;
    let (mut j, options) = journey_options(&app, "rio").await;
    let body = json!({"credential": a.assert(&options, UP | UV)});
    // Posted twice at once: one passes, the other finds the ceremony used.
    let mut other = twin(&app, &j);
    let (first, second) = tokio::join!(
        post_json(&mut j, "/reset/verify/passkey/finish", &body),
        post_json(&mut other, "/reset/verify/passkey/finish", &body)
    );
    let passed = [&first, &second]
        .iter()
        .filter(|(s, v)| *s == StatusCode::OK && v["next"] == "/reset/password")
        .count();
    assert_eq!(passed, 1, "{first:?} {second:?}");
    // And again afterwards: refused.
    let (s, _) = post_json(&mut j, "/reset/verify/passkey/finish", &body).await;
    assert_ne!(s, StatusCode::OK);
    assert_eq!(count(&app, activity::SSPR_COMPLETED_METHOD).await, 1);

    // In a new journey, the old answer signs the old challenge: refused, and counted.
    let (mut k, _) = journey_options(&app, "rio").await;
    let (s, v) = post_json(&mut k, "/reset/verify/passkey/finish", &body).await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("passkey_failed")),
        "{v}"
    );
    assert_eq!(count(&app, activity::SSPR_FAILED_METHOD).await, 1);
    // That journey's ceremony is used up: a good answer now needs a new one.
    let (s, v) = post_json(
        &mut k,
        "/reset/verify/passkey/finish",
        &json!({"credential": a.assert(&options, UP | UV)}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("no_ceremony")),
        "{v}"
    );
}

#[tokio::test]
async fn the_state_of_another_journey_is_refused() {
    let app = setup(&[Method::Passkey]).await;
    let (_, mut a) = registered(&app, "ana").await;
    let (_, options_a) = journey_options(&app, "ana").await;
    let (mut b, _) = journey_options(&app, "ana").await;
    // Journey B's ceremony doesn't accept an answer to journey A's challenge.
    let (s, v) = post_json(
        &mut b,
        "/reset/verify/passkey/finish",
        &json!({"credential": a.assert(&options_a, UP | UV)}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("passkey_failed")),
        "{v}"
    );
    assert_eq!(count(&app, activity::SSPR_FAILED_METHOD).await, 1);
    assert_eq!(count(&app, activity::SSPR_COMPLETED_METHOD).await, 0);
}

#[tokio::test]
async fn an_expired_ceremony_and_a_missing_user_verification_are_refused() {
    let app = setup(&[Method::Passkey]).await;
    let (_, mut a) = registered(&app, "eve").await;

    let (mut j, options) = journey_options(&app, "eve").await;
    app.clock.advance(time::Duration::seconds(301));
    let (s, v) = post_json(
        &mut j,
        "/reset/verify/passkey/finish",
        &json!({"credential": a.assert(&options, UP | UV)}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("no_ceremony")),
        "{v}"
    );
    // Nothing counted: it wasn't the person's failure.
    assert_eq!(count(&app, activity::SSPR_FAILED_METHOD).await, 0);

    let (s, options) = post_json(&mut j, "/reset/verify/passkey/options", &json!({})).await;
    assert_eq!(s, StatusCode::OK);
    let (s, v) = post_json(
        &mut j,
        "/reset/verify/passkey/finish",
        &json!({"credential": a.assert(&options, UP)}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("passkey_failed")),
        "{v}"
    );
    assert_eq!(count(&app, activity::SSPR_FAILED_METHOD).await, 1);

    // Five failures block self-service, as wrong codes do.
    for _ in 0..4 {
        let (_, options) = post_json(&mut j, "/reset/verify/passkey/options", &json!({})).await;
        let (s, v) = post_json(
            &mut j,
            "/reset/verify/passkey/finish",
            &json!({"credential": a.assert(&options, UP)}),
        )
        .await;
        assert_ne!(s, StatusCode::OK, "{v}");
    }
    let (s, v) = post_json(&mut j, "/reset/verify/passkey/options", &json!({})).await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::TOO_MANY_REQUESTS, &json!("blocked")),
        "{v}"
    );
}

#[tokio::test]
async fn a_decoy_looks_the_same_up_to_the_ceremony() {
    // Passkeys only: every name shows "Use a passkey".
    let app = setup(&[Method::Passkey]).await;
    registered(&app, "dan").await;
    let (_, real) = journey_options(&app, "dan").await;
    let (mut d, decoy) = journey_options(&app, "nobody-here").await;
    let shape = |v: &Value| {
        let pk = &v["publicKey"];
        let mut keys: Vec<String> = pk.as_object().expect("object").keys().cloned().collect();
        keys.sort();
        (
            keys,
            pk["allowCredentials"].as_array().map(Vec::len),
            pk["userVerification"].clone(),
        )
    };
    assert_eq!(shape(&real), shape(&decoy), "{real} {decoy}");
    // The decoy's credential is stable for the name, and nobody's.
    let (_, again) = journey_options(&app, "nobody-here").await;
    assert_eq!(
        decoy["publicKey"]["allowCredentials"],
        again["publicKey"]["allowCredentials"]
    );
    assert_ne!(
        decoy["publicKey"]["allowCredentials"],
        real["publicKey"]["allowCredentials"]
    );
    let mut stranger = Authenticator::new(&app);
    let (_, options) = post_json(&mut d, "/reset/verify/passkey/options", &json!({})).await;
    let (s, v) = post_json(
        &mut d,
        "/reset/verify/passkey/finish",
        &json!({"credential": stranger.assert(&options, UP | UV)}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("passkey_failed")),
        "{v}"
    );
}

#[tokio::test]
async fn without_javascript_the_forms_say_so() {
    let app = setup(&[Method::Passkey]).await;
    registered(&app, "nia").await;
    let mut c = app.client();
    start(&mut c, "nia").await;
    c.get("/reset/verify?method=passkey").await;
    let r = c
        .post("/reset/verify/check", &[("channel", "passkey")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("needs JavaScript"), "{}", r.body);
    assert_eq!(count(&app, activity::SSPR_FAILED_METHOD).await, 0);

    let mut s = app.signed_in("nia", PW).await;
    let page = s.get("/setup/passkey").await;
    assert!(page.body.contains("<noscript>"), "{}", page.body);
    let r = s.post("/setup/passkey", &[("name", "Laptop")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("needs JavaScript"), "{}", r.body);
}

#[tokio::test]
async fn with_two_methods_required_a_passkey_is_the_first_step() {
    let app = setup(&[Method::Passkey, Method::Email]).await;
    set_policy(&app, |p| p.methods_required = 2).await;
    let (u, mut a) = registered(&app, "two").await;
    add_method(&app, &u, "email", "two@home.example").await;
    let (mut j, options) = journey_options(&app, "two").await;
    let (s, v) = post_json(
        &mut j,
        "/reset/verify/passkey/finish",
        &json!({"credential": a.assert(&options, UP | UV)}),
    )
    .await;
    assert_eq!(
        (s, &v["next"]),
        (StatusCode::OK, &json!("/reset/verify?passed=passkey")),
        "{v}"
    );
    let page = j.get("/reset/verify?passed=passkey").await;
    assert!(page.body.contains("Verification step 2"), "{}", page.body);
    assert!(page.body.contains("Now choose a second, different method."));
    assert!(
        !page.body.contains("Use a passkey"),
        "a passkey counts once"
    );
    let r = pass_email(&app, &mut j, "two@home.example").await;
    assert_eq!(r.location(), "/reset/password", "{}", r.body);
}
