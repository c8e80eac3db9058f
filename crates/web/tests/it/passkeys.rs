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

    /// An authenticator that claims the credential `cred_id` and signs with `key`.
    fn holding(app: &TestApp, key: SigningKey, cred_id: Vec<u8>) -> Self {
        Self {
            key,
            cred_id,
            ..Self::new(app)
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
        self.attest_as(options, flags, false)
    }

    /// The answer with "packed" self attestation (signed with the credential's own key),
    /// for which `webauthn-rs` keeps the transports the browser reported.
    fn attest_packed(&self, options: &Value, flags: u8) -> Value {
        self.attest_as(options, flags, true)
    }

    fn attest_as(&self, options: &Value, flags: u8, packed: bool) -> Value {
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
        let client = self.client_data("webauthn.create", options);
        let mut att = vec![0xa3];
        cbor_text(&mut att, "fmt");
        if packed {
            cbor_text(&mut att, "packed");
            cbor_text(&mut att, "attStmt");
            let mut signed = auth.clone();
            signed.extend(Sha256::digest(&client));
            let sig: Signature = self.key.sign(&signed);
            att.push(0xa2);
            cbor_text(&mut att, "alg");
            att.push(0x26);
            cbor_text(&mut att, "sig");
            cbor_bytes(&mut att, sig.to_der().as_bytes());
        } else {
            cbor_text(&mut att, "none");
            cbor_text(&mut att, "attStmt");
            att.push(0xa0);
        }
        cbor_text(&mut att, "authData");
        cbor_bytes(&mut att, &auth);
        let id = B64.encode(&self.cred_id);
        json!({
            "id": id, "rawId": id, "type": "public-key",
            "response": {
                "attestationObject": B64.encode(att),
                "clientDataJSON": B64.encode(client),
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

/// The private key 1: its public key is the P-256 generator, so anyone can sign for it.
fn scalar_one() -> SigningKey {
    let mut one = [0u8; 32];
    one[31] = 1;
    SigningKey::from_slice(&one).expect("1 is a scalar")
}

/// The id of the first credential the options allow.
fn first_allowed(options: &Value) -> Vec<u8> {
    B64.decode(
        options["publicKey"]["allowCredentials"][0]["id"]
            .as_str()
            .expect("an allowed credential"),
    )
    .expect("base64url")
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

/// The details of the audit events of `what`, newest first.
async fn details(app: &TestApp, what: &str) -> Vec<Value> {
    app.state
        .store
        .audit_list(&Default::default(), 0, 500)
        .await
        .expect("audit")
        .items
        .into_iter()
        .filter(|e| e.activity == what)
        .map(|e| e.details)
        .collect()
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
        // Invisible formatting characters (Unicode Cf): a tag, an annotation anchor, a
        // right-to-left override, a zero-width space.
        ("Laptop\u{e0041}", StatusCode::BAD_REQUEST, "invalid_name"),
        ("Lap\u{fff9}top", StatusCode::BAD_REQUEST, "invalid_name"),
        ("Lap\u{202e}top", StatusCode::BAD_REQUEST, "invalid_name"),
        ("Lap\u{200b}top", StatusCode::BAD_REQUEST, "invalid_name"),
    ] {
        let (s, v) = post_json(&mut c, "/setup/passkey/options", &json!({"name": name})).await;
        assert_eq!(
            (s, &v["code"], &v["field"]),
            (status, &json!(code), &json!("name")),
            "{name:?}: {v}"
        );
        if name
            .chars()
            .any(latchkey_core::registration::is_format_char)
        {
            let message = v["message"].as_str().unwrap_or_default();
            assert!(message.contains("invisible character"), "{name:?}: {v}");
        }
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

    // In a new journey, the old answer signs another ceremony's challenge: not this
    // journey's ceremony, which is neither taken nor counted.
    let (mut k, k_options) = journey_options(&app, "rio").await;
    let (s, v) = post_json(&mut k, "/reset/verify/passkey/finish", &body).await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("no_ceremony")),
        "{v}"
    );
    assert_eq!(count(&app, activity::SSPR_FAILED_METHOD).await, 0);
    // That journey's ceremony still waits for its own answer, which it takes once.
    let good = json!({"credential": a.assert(&k_options, UP | UV)});
    let (s, v) = post_json(&mut k, "/reset/verify/passkey/finish", &good).await;
    assert_eq!(
        (s, &v["next"]),
        (StatusCode::OK, &json!("/reset/password")),
        "{v}"
    );
    let (s, v) = post_json(&mut k, "/reset/verify/passkey/finish", &good).await;
    assert_ne!(s, StatusCode::OK, "{v}");
    assert_eq!(count(&app, activity::SSPR_COMPLETED_METHOD).await, 2);
}

#[tokio::test]
async fn the_state_of_another_journey_is_refused() {
    let app = setup(&[Method::Passkey]).await;
    let (_, mut a) = registered(&app, "ana").await;
    let (_, options_a) = journey_options(&app, "ana").await;
    let (mut b, options_b) = journey_options(&app, "ana").await;
    // Journey B's ceremony doesn't accept an answer to journey A's challenge: it is not
    // B's ceremony (nothing counted), and B's still waits.
    let (s, v) = post_json(
        &mut b,
        "/reset/verify/passkey/finish",
        &json!({"credential": a.assert(&options_a, UP | UV)}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("no_ceremony")),
        "{v}"
    );
    assert_eq!(count(&app, activity::SSPR_FAILED_METHOD).await, 0);
    assert_eq!(count(&app, activity::SSPR_COMPLETED_METHOD).await, 0);
    let (s, v) = post_json(
        &mut b,
        "/reset/verify/passkey/finish",
        &json!({"credential": a.assert(&options_b, UP | UV)}),
    )
    .await;
    assert_eq!(
        (s, &v["next"]),
        (StatusCode::OK, &json!("/reset/password")),
        "{v}"
    );
}

#[tokio::test]
async fn an_answer_to_a_replaced_ceremony_is_not_a_failure() {
    let app = setup(&[Method::Passkey]).await;
    let (_, mut a) = registered(&app, "tab").await;
    // Two tabs of one journey: the second asks for options, replacing the first's.
    let (mut j, first) = journey_options(&app, "tab").await;
    let (s, second) = post_json(&mut j, "/reset/verify/passkey/options", &json!({})).await;
    assert_eq!(s, StatusCode::OK, "{second}");
    // The first tab's answer: the ceremony it answers is gone; nothing is counted.
    let (s, v) = post_json(
        &mut j,
        "/reset/verify/passkey/finish",
        &json!({"credential": a.assert(&first, UP | UV)}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("no_ceremony")),
        "{v}"
    );
    assert_eq!(count(&app, activity::SSPR_FAILED_METHOD).await, 0);
    // The second tab's answer still passes.
    let (s, v) = post_json(
        &mut j,
        "/reset/verify/passkey/finish",
        &json!({"credential": a.assert(&second, UP | UV)}),
    )
    .await;
    assert_eq!(
        (s, &v["next"]),
        (StatusCode::OK, &json!("/reset/password")),
        "{v}"
    );
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
    let u = make_user(&app, "dan", Role::User, PW).await;
    // Registered with an attestation for which the transports are kept.
    let mut c = app.signed_in("dan", PW).await;
    c.get("/setup/passkey").await;
    let (_, options) = post_json(&mut c, "/setup/passkey/options", &json!({"name": "Key"})).await;
    let a = Authenticator::new(&app);
    let (s, v) = post_json(
        &mut c,
        "/setup/passkey/finish",
        &json!({"name": "Key", "credential": a.attest_packed(&options, UP | UV | AT)}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let secret: Value = serde_json::from_str(&passkeys_of(&app, &u).await[0].secret).expect("json");
    assert_eq!(
        secret["cred"]["transports"],
        json!(["internal"]),
        "{secret}"
    );
    let (_, real) = journey_options(&app, "dan").await;
    let (mut d, decoy) = journey_options(&app, "nobody-here").await;
    let shape = |v: &Value| {
        let pk = &v["publicKey"];
        let mut keys: Vec<String> = pk.as_object().expect("object").keys().cloned().collect();
        keys.sort();
        (keys, pk["userVerification"].clone())
    };
    assert_eq!(shape(&real), shape(&decoy), "{real} {decoy}");
    // Each credential offered has the same fields as a real one (transports included).
    let entry_keys = |v: &Value| -> Vec<Vec<String>> {
        v["publicKey"]["allowCredentials"]
            .as_array()
            .expect("allowCredentials")
            .iter()
            .map(|c| {
                let mut k: Vec<String> = c.as_object().expect("entry").keys().cloned().collect();
                k.sort();
                k
            })
            .collect()
    };
    let real_keys = entry_keys(&real)[0].clone();
    let decoy_keys = entry_keys(&decoy);
    assert!((1..=3).contains(&decoy_keys.len()), "{decoy}");
    for k in &decoy_keys {
        assert_eq!(k, &real_keys, "{real} {decoy}");
    }
    // The decoy's credentials are stable for the name, and nobody's.
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
    // Nor does the private key 1 sign for a decoy credential.
    let (_, options) = post_json(&mut d, "/reset/verify/passkey/options", &json!({})).await;
    let mut one = Authenticator::holding(&app, scalar_one(), first_allowed(&options));
    let (s, v) = post_json(
        &mut d,
        "/reset/verify/passkey/finish",
        &json!({"credential": one.assert(&options, UP | UV)}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("passkey_failed")),
        "{v}"
    );
}

#[tokio::test]
async fn nobody_holds_the_key_of_a_decoy_passkey() {
    use latchkey_web::sspr::webauthn;
    let app = setup(&[Method::Passkey]).await;
    let decoys = webauthn::decoy_passkeys(&app.state, "nobody-here");
    assert!(!decoys.is_empty());
    // Its public key is none of 1·G … 16·G (the generator's private key is 1).
    let stored: Value =
        serde_json::from_str(&webauthn::stored(&decoys[0]).expect("json")).expect("json");
    let ec = &stored["cred"]["cred"]["key"]["EC_EC2"];
    let mut sec1 = vec![4u8];
    for c in ["x", "y"] {
        sec1.extend(
            B64.decode(ec[c].as_str().expect("coordinate"))
                .expect("base64url"),
        );
    }
    let key = p256::PublicKey::from_sec1_bytes(&sec1).expect("a point on the curve");
    for k in 1u64..=16 {
        let mut b = [0u8; 32];
        b[24..].copy_from_slice(&k.to_be_bytes());
        let small = p256::SecretKey::from_slice(&b)
            .expect("scalar")
            .public_key();
        assert_ne!(key, small, "the decoy key is {k}·G");
    }
    // An assertion signed with the private key 1 doesn't verify against it.
    let wa = webauthn::webauthn(&app.state).expect("relying party");
    let (options, ceremony) = wa.start_passkey_authentication(&decoys).expect("options");
    let options = serde_json::to_value(&options).expect("json");
    let mut one = Authenticator::holding(&app, scalar_one(), first_allowed(&options));
    let answer: webauthn_rs::prelude::PublicKeyCredential =
        serde_json::from_value(one.assert(&options, UP | UV)).expect("credential");
    assert!(
        wa.finish_passkey_authentication(&answer, &ceremony)
            .is_err(),
        "the private key 1 signs for the decoy"
    );
}

#[tokio::test]
async fn decoys_are_the_same_for_every_spelling_of_a_name() {
    use latchkey_web::service::journey;
    use latchkey_web::sspr::webauthn;
    // Passkeys only, so every name offers one.
    let app = setup(&[Method::Passkey]).await;
    registered(&app, "dan").await;
    let allowed = |v: &Value| v["publicKey"]["allowCredentials"].clone();
    // Through the pages, a real user's and a decoy's options are the same however the
    // name is typed.
    for (a, b) in [("Dan", " dan "), ("Nobody-Here", " nobody-here ")] {
        let (_, x) = journey_options(&app, a).await;
        let (_, y) = journey_options(&app, b).await;
        assert_eq!(allowed(&x), allowed(&y), "{a:?} {b:?}");
    }
    // Below the pages too: the decoy passkeys, methods and masks of a name are those of
    // the name as lookups normalise it (trimmed, lower case).
    let ids = |name: &str| -> Vec<String> {
        webauthn::decoy_passkeys(&app.state, name)
            .iter()
            .map(webauthn::credential_id)
            .collect()
    };
    assert_eq!(ids("Nobody-Here"), ids(" nobody-here "));
    let mut seen = Vec::new();
    for typed in ["Nobody-Here", " nobody-here\t"] {
        let token = journey::start(&app.state, typed, "203.0.113.7", true)
            .await
            .expect("start");
        let l = journey::load(&app.state, &token)
            .await
            .expect("load")
            .expect("a journey");
        assert!(l.user.is_none());
        let masks = [
            latchkey_core::journey::Channel::Email,
            latchkey_core::journey::Channel::MobileSms,
        ]
        .map(|c| l.masked(c));
        seen.push((format!("{:?}", l.offered), masks));
    }
    assert_eq!(seen[0], seen[1]);
    // One to three decoy passkeys, not always one (a real user may have several).
    let counts: Vec<usize> = (0..60)
        .map(|i| webauthn::decoy_passkeys(&app.state, &format!("nobody-{i}")).len())
        .collect();
    assert!(counts.iter().all(|n| (1..=3).contains(n)), "{counts:?}");
    assert!(counts.iter().any(|n| *n > 1), "{counts:?}");
}

#[tokio::test]
async fn a_real_users_unreadable_passkey_is_never_replaced_by_a_decoy() {
    let app = setup(&[Method::Passkey]).await;
    let (u, _) = registered(&app, "vic").await;
    let id = passkeys_of(&app, &u).await[0].id;
    assert!(
        app.state
            .store
            .method_set_secret(id, "{}")
            .await
            .expect("corrupt")
    );
    let mut c = app.client();
    start(&mut c, "vic").await;
    c.get("/reset/verify?method=passkey").await;
    let (s, options) = post_json(&mut c, "/reset/verify/passkey/options", &json!({})).await;
    if s == StatusCode::OK {
        // Whatever is offered, the private key 1 can't sign for it.
        let mut one = Authenticator::holding(&app, scalar_one(), first_allowed(&options));
        let (s, v) = post_json(
            &mut c,
            "/reset/verify/passkey/finish",
            &json!({"credential": one.assert(&options, UP | UV)}),
        )
        .await;
        assert_ne!(s, StatusCode::OK, "signed with the private key 1: {v}");
        assert_eq!(v["code"], "passkey_failed", "{v}");
    }
    // Passkeys are not offered at all: this user has none that can be used.
    assert_eq!(
        (s, &options["code"]),
        (StatusCode::CONFLICT, &json!("not_offered")),
        "{options}"
    );
    assert_eq!(count(&app, activity::SSPR_COMPLETED_METHOD).await, 0);
}

#[tokio::test]
async fn a_user_handle_must_be_the_users() {
    let app = setup(&[Method::Passkey]).await;
    let (u, mut a) = registered(&app, "uri").await;
    // Another user's handle with this user's good signature: refused, and counted.
    let (mut j, options) = journey_options(&app, "uri").await;
    let mut answer = a.assert(&options, UP | UV);
    let other = latchkey_web::sspr::webauthn::user_handle(&app.state, u.id + 1);
    answer["response"]["userHandle"] = json!(B64.encode(other.as_bytes()));
    let (s, v) = post_json(
        &mut j,
        "/reset/verify/passkey/finish",
        &json!({"credential": answer}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("passkey_failed")),
        "{v}"
    );
    assert_eq!(count(&app, activity::SSPR_FAILED_METHOD).await, 1);
    // Their own handle passes.
    let (_, options) = post_json(&mut j, "/reset/verify/passkey/options", &json!({})).await;
    let mut answer = a.assert(&options, UP | UV);
    let own = latchkey_web::sspr::webauthn::user_handle(&app.state, u.id);
    answer["response"]["userHandle"] = json!(B64.encode(own.as_bytes()));
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
}

#[tokio::test]
async fn a_counter_that_goes_backwards_is_a_possible_clone() {
    let app = setup(&[Method::Passkey]).await;
    let (u, mut a) = registered(&app, "cal").await;
    let (mut j, options) = journey_options(&app, "cal").await;
    a.counter = 4;
    let (s, v) = post_json(
        &mut j,
        "/reset/verify/passkey/finish",
        &json!({"credential": a.assert(&options, UP | UV)}),
    )
    .await;
    assert_eq!(
        (s, &v["next"]),
        (StatusCode::OK, &json!("/reset/password")),
        "{v}"
    );
    let stored = passkeys_of(&app, &u).await;
    let secret: Value = serde_json::from_str(&stored[0].secret).expect("json");
    assert_eq!(secret["cred"]["counter"], 5);
    assert_eq!(stored[0].last_used_step, Some(5));
    let before = app.messages().await.len();

    // A copy of the authenticator, behind the original: counter 3 after 5.
    let (mut k, options) = journey_options(&app, "cal").await;
    a.counter = 2;
    let (s, v) = post_json(
        &mut k,
        "/reset/verify/passkey/finish",
        &json!({"credential": a.assert(&options, UP | UV)}),
    )
    .await;
    assert_eq!(
        (s, &v["code"]),
        (StatusCode::BAD_REQUEST, &json!("passkey_failed")),
        "{v}"
    );
    let failed = details(&app, activity::SSPR_FAILED_METHOD).await;
    assert_eq!(failed.len(), 1, "counted as a failure: {failed:?}");
    assert_eq!(failed[0]["reason"], "possible cloned authenticator");
    assert_eq!(failed[0]["method_id"], json!(stored[0].id));
    assert_eq!(failed[0]["name"], "Laptop");
    let sent = app.messages().await;
    assert!(
        sent[before..]
            .iter()
            .any(|m| m.to == "cal@work.example" && m.subject.contains("may have been copied")),
        "{sent:?}"
    );
    // The stored counter stays where it was.
    let secret: Value = serde_json::from_str(&passkeys_of(&app, &u).await[0].secret).expect("json");
    assert_eq!(secret["cred"]["counter"], 5);
}

#[tokio::test]
async fn adding_removing_and_using_a_passkey_audit_which_one() {
    let app = setup(&[Method::Passkey]).await;
    let (u, mut a) = registered(&app, "ida").await;
    let mut c = app.signed_in("ida", PW).await;
    let b = Authenticator::new(&app);
    let (s, v) = register(&mut c, &b, "Phone", UP | UV | AT).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let keys = passkeys_of(&app, &u).await;
    let added = details(&app, activity::REGISTERED_METHOD).await;
    assert_eq!(added[0]["method"], "passkey");
    assert_eq!(added[0]["name"], "Phone");
    assert_eq!(added[0]["credential_id"], json!(B64.encode(&b.cred_id)));

    let (mut j, options) = journey_options(&app, "ida").await;
    let (s, v) = post_json(
        &mut j,
        "/reset/verify/passkey/finish",
        &json!({"credential": a.assert(&options, UP | UV)}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let used = details(&app, activity::SSPR_COMPLETED_METHOD).await;
    assert_eq!(used[0]["method_id"], json!(keys[0].id));
    assert_eq!(used[0]["name"], "Laptop");
    assert_eq!(used[0]["credential_id"], json!(B64.encode(&a.cred_id)));

    c.get("/setup").await;
    let id = keys[1].id.to_string();
    let r = c.post("/setup/remove", &[("id", id.as_str())]).await;
    assert!(r.status.is_redirection(), "{}", r.body);
    let removed = details(&app, activity::REMOVED_METHOD).await;
    assert_eq!(removed[0]["method"], "passkey");
    assert_eq!(removed[0]["method_id"], json!(keys[1].id));
    assert_eq!(removed[0]["name"], "Phone");
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
