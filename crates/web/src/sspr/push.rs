//! Web Push for the app notification method: the VAPID key (RFC 8292), the message
//! encryption (RFC 8291, `aes128gcm` of RFC 8188, by the `web-push-native` crate), sending
//! to the push service (RFC 8030), and checking the device's signed answers.
//!
//! A registered device is an `auth_methods` row of kind `push`: its `value` is the name
//! the user gave it, its `secret` the sealed JSON of a [`Device`] (the device's ECDSA P-256
//! public key as a JWK and its push subscription), sealed under [`push_aad`].

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use p256::ecdsa::signature::Verifier as _;
use serde::{Deserialize, Serialize};
use std::time::Duration;

use crate::state::AppState;

/// What the HKDF info of the VAPID key is (`SealKey::derive`): the key is derived from
/// the encryption key, the same on every instance, and never stored.
const VAPID_INFO: &[u8] = b"latchkey vapid p256";
/// How long a VAPID token is valid (RFC 8292 allows at most 24 hours).
const VAPID_HOURS: u64 = 12;
/// How long a push service may take to accept a message.
const SEND_TIMEOUT: Duration = Duration::from_secs(5);
/// The first line of what a device signs (see [`signed_text`]).
pub const SIGNATURE_CONTEXT: &str = "latchkey-app-notification-v1";

/// A device's ECDSA P-256 public key as WebCrypto exports it (JWK, RFC 7517/7518):
/// `{"kty":"EC","crv":"P-256","x":"<base64url>","y":"<base64url>"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jwk {
    /// Always `EC`.
    pub kty: String,
    /// Always `P-256`.
    pub crv: String,
    /// The point's x coordinate: 32 bytes, base64url.
    pub x: String,
    /// The point's y coordinate: 32 bytes, base64url.
    pub y: String,
}

/// A push subscription's keys (RFC 8291): the user agent's ECDH P-256 public key and the
/// 16-byte authentication secret, base64url.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionKeys {
    /// The uncompressed P-256 point (65 bytes), base64url.
    pub p256dh: String,
    /// The authentication secret (16 bytes), base64url.
    pub auth: String,
}

/// A push subscription as `PushSubscription.toJSON()` gives it (the fields we use).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    /// The push service's URL for this subscription (RFC 8030 push resource).
    pub endpoint: String,
    /// Its encryption keys.
    pub keys: SubscriptionKeys,
}

/// What is sealed in a device's `secret`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    /// The key its answers are signed with.
    pub public_key: Jwk,
    /// Where messages for it go.
    pub subscription: Subscription,
    /// The push service said the subscription is gone (404/410): the phone's
    /// notifications stopped working, and `/setup/push` says to set the app up again.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub gone: bool,
}

/// The additional data that binds a sealed [`Device`] to its owner.
pub fn push_aad(user_id: i64) -> Vec<u8> {
    format!("push:user:{user_id}").into_bytes()
}

/// Base64url, with or without padding.
pub fn b64(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text.trim_end_matches('=')).ok()
}

impl Jwk {
    /// The verifying key, when this is a valid P-256 point.
    pub fn verifying_key(&self) -> Option<p256::ecdsa::VerifyingKey> {
        if self.kty != "EC" || self.crv != "P-256" {
            return None;
        }
        let (x, y) = (b64(&self.x)?, b64(&self.y)?);
        if x.len() != 32 || y.len() != 32 {
            return None;
        }
        let mut point = vec![4u8];
        point.extend_from_slice(&x);
        point.extend_from_slice(&y);
        p256::ecdsa::VerifyingKey::from_sec1_bytes(&point).ok()
    }
}

impl Subscription {
    /// The subscription's ECDH key and authentication secret, when both are well formed.
    fn keys(&self) -> Option<(p256::PublicKey, web_push_native::Auth)> {
        let public = p256::PublicKey::from_sec1_bytes(&b64(&self.keys.p256dh)?).ok()?;
        let auth = b64(&self.keys.auth)?;
        (auth.len() == 16).then(|| (public, web_push_native::Auth::clone_from_slice(&auth)))
    }

    /// Whether the keys are well formed and the endpoint an absolute URL.
    pub fn well_formed(&self) -> bool {
        self.keys().is_some()
            && self.endpoint.len() <= 2048
            && self.endpoint.parse::<reqwest::Url>().is_ok()
    }
}

/// The text a device signs to answer request `id`: UTF-8 of
/// `latchkey-app-notification-v1\n{id}\n{answer}\n{number}`.
pub fn signed_text(id: &str, answer: &str, number: &str) -> String {
    format!("{SIGNATURE_CONTEXT}\n{id}\n{answer}\n{number}")
}

/// Whether `signature` (base64url of the 64-byte IEEE P1363 `r || s`, as WebCrypto's
/// ECDSA P-256 SHA-256 gives it) signs `text` under `key`.
pub fn signature_valid(key: &Jwk, text: &str, signature: &str) -> bool {
    let Some(vk) = key.verifying_key() else {
        return false;
    };
    let Some(bytes) = b64(signature).filter(|b| b.len() == 64) else {
        return false;
    };
    let Ok(sig) = p256::ecdsa::Signature::from_slice(&bytes) else {
        return false;
    };
    vk.verify(text.as_bytes(), &sig).is_ok()
}

/// The VAPID key pair: `SealKey::derive("latchkey vapid p256")` as the P-256 scalar; on
/// the (astronomically unlikely) invalid scalar, the derivation again with a counter.
pub fn vapid_key(state: &AppState) -> p256::SecretKey {
    let mut counter: u32 = 0;
    loop {
        let mut info = VAPID_INFO.to_vec();
        if counter > 0 {
            info.extend_from_slice(format!(" {counter}").as_bytes());
        }
        if let Ok(k) = p256::SecretKey::from_slice(&state.seal.derive(&info)) {
            return k;
        }
        counter += 1;
    }
}

/// The VAPID public key (RFC 8292 `k`, and `applicationServerKey` for the app): the
/// uncompressed SEC1 point, 65 bytes, base64url without padding.
pub fn vapid_public(state: &AppState) -> String {
    use p256::elliptic_curve::sec1::ToEncodedPoint as _;
    URL_SAFE_NO_PAD.encode(
        vapid_key(state)
            .public_key()
            .to_encoded_point(false)
            .as_bytes(),
    )
}

/// The VAPID `sub`: `mailto:` the email sender's address, else the public URL.
pub fn vapid_subject(state: &AppState) -> String {
    let from = &state.settings.email.from;
    let address = match (from.find('<'), from.rfind('>')) {
        (Some(a), Some(b)) if a < b => &from[a + 1..b],
        _ => from.trim(),
    };
    if address.contains('@') {
        format!("mailto:{address}")
    } else {
        state.base_url()
    }
}

/// The origin (`scheme://host[:port]`) of `endpoint`: the VAPID `aud`.
fn origin(endpoint: &reqwest::Url) -> String {
    endpoint.origin().ascii_serialization()
}

/// The RFC 8292 `Authorization` header for a message to `endpoint`:
/// `vapid t=<ES256 JWT with aud, exp (12 h) and sub>, k=<public key>`.
fn vapid_header(state: &AppState, endpoint: &reqwest::Url) -> Result<String, String> {
    use web_push_native::jwt_simple::prelude::*;
    let key = ES256KeyPair::from_bytes(&vapid_key(state).to_bytes()).map_err(|e| e.to_string())?;
    let claims = Claims::create(Duration::from_hours(VAPID_HOURS))
        .with_audience(origin(endpoint))
        .with_subject(vapid_subject(state));
    let token = key.sign(claims).map_err(|e| e.to_string())?;
    Ok(format!("vapid t={token}, k={}", vapid_public(state)))
}

/// What a push service said to one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    /// Accepted (2xx).
    Accepted,
    /// 404 or 410: the subscription is gone (the app was removed or unsubscribed).
    Gone,
    /// Refused or unreachable; the words are for the log.
    Failed(String),
}

/// The one HTTP client for push services: no redirects, [`SEND_TIMEOUT`]. `None` (logged)
/// when it can't be built: nothing is then sent, rather than by a client that follows
/// redirects and never times out.
fn client() -> Option<&'static reqwest::Client> {
    static CLIENT: std::sync::OnceLock<Option<reqwest::Client>> = std::sync::OnceLock::new();
    CLIENT
        .get_or_init(|| {
            reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(SEND_TIMEOUT)
                .build()
                .inspect_err(|e| tracing::error!("the push HTTP client can't be built: {e}"))
                .ok()
        })
        .as_ref()
}

/// Sends `payload` to `subscription` as one Web Push message (RFC 8030): encrypted
/// `aes128gcm` (RFC 8291), `TTL` of `ttl_secs`, `Urgency: high`, VAPID (RFC 8292); no
/// redirects followed, 5 seconds at most. An endpoint off `push.endpoint_hosts` is never
/// contacted.
pub async fn send(
    state: &AppState,
    subscription: &Subscription,
    payload: &[u8],
    ttl_secs: i64,
) -> Sent {
    // Checked again on every send (the list may have changed since enrolment), and the
    // URL checked is the one contacted: parsed once.
    let Some(endpoint) = state.settings.push.endpoint_url(&subscription.endpoint) else {
        return Sent::Failed("endpoint not allowed by push.endpoint_hosts".into());
    };
    let Some((ua_public, auth)) = subscription.keys() else {
        return Sent::Failed("subscription keys are malformed".into());
    };
    let body = match web_push_native::encrypt(payload.to_vec(), &ua_public, &auth) {
        Ok(b) => b,
        Err(e) => return Sent::Failed(format!("encryption: {e}")),
    };
    let authorization = match vapid_header(state, &endpoint) {
        Ok(h) => h,
        Err(e) => return Sent::Failed(format!("vapid: {e}")),
    };
    let Some(client) = client() else {
        return Sent::Failed("the push HTTP client can't be built".into());
    };
    let answer = client
        .post(endpoint)
        .header("TTL", ttl_secs.max(0).to_string())
        .header("Urgency", "high")
        .header("Content-Encoding", "aes128gcm")
        .header("Content-Type", "application/octet-stream")
        .header("Authorization", authorization)
        .body(body)
        .send()
        .await;
    match answer {
        Ok(r) if r.status().is_success() => Sent::Accepted,
        Ok(r) if matches!(r.status().as_u16(), 404 | 410) => Sent::Gone,
        Ok(r) => Sent::Failed(format!("push service answered {}", r.status().as_u16())),
        Err(e) => Sent::Failed(if e.is_timeout() {
            "push service timed out".into()
        } else {
            "push service unreachable".into()
        }),
    }
}

/// Sends `request` (its id, as `{"request": id}`) to every device in `devices` (the
/// user's `push` methods) at once, each message living until the request expires. A
/// device whose subscription is gone (404/410) is marked so, sealed again under
/// [`push_aad`], for `/setup/push` to say so. Returns (how many push services accepted,
/// how many subscriptions are gone).
///
/// Errors: [`crate::error::PageError`] when the store fails marking a device.
pub async fn send_to_devices(
    state: &AppState,
    user_id: i64,
    devices: &[latchkey_core::store::AuthMethodRecord],
    request: &latchkey_core::store::PushRequest,
    now: i64,
) -> Result<(usize, usize), crate::error::PageError> {
    let payload = serde_json::json!({"request": request.id}).to_string();
    let ttl = request.expires_at - now;
    let mut sends = tokio::task::JoinSet::new();
    for d in devices {
        let device: Option<Device> = state
            .seal
            .open(&d.secret, &push_aad(user_id))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok());
        let Some(device) = device else {
            tracing::error!(
                method = d.id,
                "a Latchkey app device could not be decrypted (wrong encryption_key?)"
            );
            continue;
        };
        let (state, payload, id) = (state.clone(), payload.clone(), d.id);
        sends.spawn(async move {
            let sent = send(&state, &device.subscription, payload.as_bytes(), ttl).await;
            (id, device, sent)
        });
    }
    let mut accepted = 0;
    let mut gone = 0;
    while let Some(joined) = sends.join_next().await {
        match joined {
            Ok((_, _, Sent::Accepted)) => accepted += 1,
            Ok((id, mut device, Sent::Gone)) => {
                tracing::warn!(method = id, "a Latchkey app subscription is gone (404/410)");
                gone += 1;
                // Kept on the device, so `/setup/push` says to set the app up again.
                if !device.gone {
                    device.gone = true;
                    let json = serde_json::to_vec(&device)
                        .map_err(|e| crate::error::PageError::Internal(e.to_string()))?;
                    let sealed = state.seal.seal(&json, &push_aad(user_id));
                    state.store.method_set_secret(id, &sealed).await?;
                }
            }
            Ok((id, _, Sent::Failed(why))) => {
                tracing::warn!(method = id, reason = %why, "a push message was not accepted");
            }
            Err(e) => tracing::error!(error = %e, "a push send task failed"),
        }
    }
    Ok((accepted, gone))
}

/// A browser's `User-Agent` in a few words ("Firefox on Windows"): only browser and system
/// names recognised here, "Unknown browser" otherwise (never the header's own text).
pub fn short_user_agent(ua: &str) -> String {
    let has = |s: &str| ua.contains(s);
    let browser = if has("Edg/") {
        "Edge"
    } else if has("OPR/") {
        "Opera"
    } else if has("Firefox/") {
        "Firefox"
    } else if has("Chrome/") || has("CriOS/") {
        "Chrome"
    } else if has("Safari/") {
        "Safari"
    } else {
        ""
    };
    let system = if has("Android") {
        "Android"
    } else if has("iPhone") || has("iPad") {
        "iOS"
    } else if has("Windows") {
        "Windows"
    } else if has("Mac OS X") || has("Macintosh") {
        "macOS"
    } else if has("CrOS") {
        "ChromeOS"
    } else if has("Linux") {
        "Linux"
    } else {
        ""
    };
    // Only names recognised above are ever shown: the header is the asker's to write.
    match (browser, system) {
        ("", "") => "Unknown browser".into(),
        (b, "") => b.to_owned(),
        ("", s) => format!("A browser on {s}"),
        (b, s) => format!("{b} on {s}"),
    }
}

/// The words of [`short_user_agent`], as stored with a request, in the reader's language
/// ("Firefox unter Linux"), for where they are shown. Words it never makes come back as
/// they are.
pub fn user_agent_words(stored: &str) -> String {
    use latchkey_i18n::{t, tr};
    if stored == "Unknown browser" {
        t("push-device-unknown")
    } else if let Some(system) = stored.strip_prefix("A browser on ") {
        tr("push-device-browser-on", &[("system", system.into())])
    } else if let Some((browser, system)) = stored.split_once(" on ") {
        tr(
            "push-device-on",
            &[("browser", browser.into()), ("system", system.into())],
        )
    } else {
        stored.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_user_agent_words_in_the_readers_language() {
        use latchkey_i18n::{Lang, with_lang};
        for ua in [
            "Firefox on Linux",
            "A browser on iOS",
            "Unknown browser",
            "Safari",
        ] {
            assert_eq!(user_agent_words(ua), ua);
        }
        with_lang(Lang::De, || {
            assert_eq!(user_agent_words("Firefox on Linux"), "Firefox unter Linux");
            assert_eq!(
                user_agent_words("A browser on iOS"),
                "Ein Browser unter iOS"
            );
            assert_eq!(user_agent_words("Unknown browser"), "Unbekannter Browser");
            assert_eq!(user_agent_words("Safari"), "Safari");
        });
    }

    #[test]
    fn user_agents_in_a_few_words() {
        assert_eq!(
            short_user_agent(
                "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
            ),
            "Firefox on Linux"
        );
        assert_eq!(
            short_user_agent(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0"
            ),
            "Edge on Windows"
        );
        assert_eq!(short_user_agent(""), "Unknown browser");
        assert_eq!(short_user_agent(&"x".repeat(200)), "Unknown browser");
        // Words of the asker's own never reach the approval screen.
        assert_eq!(
            short_user_agent("IT helpdesk \u{2013} please approve"),
            "Unknown browser"
        );
    }

    #[test]
    fn signatures_over_the_signed_text() {
        use p256::ecdsa::SigningKey;
        use p256::ecdsa::signature::Signer as _;
        let sk = SigningKey::random(&mut rand::rngs::OsRng);
        let point = sk.verifying_key().to_encoded_point(false);
        let jwk = Jwk {
            kty: "EC".into(),
            crv: "P-256".into(),
            x: URL_SAFE_NO_PAD.encode(point.x().map(|x| x.to_vec()).unwrap_or_default()),
            y: URL_SAFE_NO_PAD.encode(point.y().map(|y| y.to_vec()).unwrap_or_default()),
        };
        let text = signed_text("abc", "approve", "42");
        let sig: p256::ecdsa::Signature = sk.sign(text.as_bytes());
        let encoded = URL_SAFE_NO_PAD.encode(sig.to_bytes());
        assert!(signature_valid(&jwk, &text, &encoded));
        assert!(!signature_valid(
            &jwk,
            &signed_text("abc", "approve", "43"),
            &encoded
        ));
        assert!(!signature_valid(&jwk, &text, "AAAA"));
    }
}
