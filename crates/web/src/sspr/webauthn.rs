//! Passkeys (W3C Web Authentication Level 2, on `webauthn-rs`) below the services: the
//! relying party Latchkey is, the ceremony state kept between a ceremony's two requests,
//! the stored credentials, and the decoy credentials of a name that can't reset.
//!
//! * **Relying party.** Its id is the host of the address people reach Latchkey at
//!   (`public_url`), its origin that address (scheme, host, port) and its name the
//!   organisation's. Without a `public_url` (development, tests) Latchkey is reached at
//!   `http://localhost:<listen port>`: browsers treat `localhost` as a secure context,
//!   and an IP address can never be a relying party id. A `public_url` that names an IP
//!   address can't offer passkeys ([`Unavailable`]).
//! * **User verification** is required at registration and at every authentication
//!   (`webauthn-rs`'s passkey ceremonies); attestation is not asked for ("none").
//! * **Ceremony state** (the challenge and what it allows) waits in a
//!   `verification_codes` row ([`CodePurpose::Passkey`]) for [`codes::VALID_SECS`] (5
//!   minutes): a registration's owner is `setup:<user id>`, an authentication's the reset
//!   journey's id hash. A new ceremony replaces the one waiting; each is used once (the
//!   row is deleted before, or in the same transaction as, what it allows), so a replayed
//!   or parallel second answer finds nothing.

use latchkey_core::store::{AuthMethodRecord, CodePurpose, CodeRecord};
use sha2::{Digest, Sha256};
use webauthn_rs::prelude::{Passkey, Url, Uuid, Webauthn, WebauthnBuilder};

use crate::error::PageError;
use crate::sspr::codes;
use crate::state::AppState;

/// Passkeys can't be offered at this address; the text (for the log and the
/// administrator) says why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("passkeys are unavailable: {0}")]
pub struct Unavailable(pub String);

/// The relying party: its id (a host name) and the one origin ceremonies may come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelyingParty {
    /// The RP id: `public_url`'s host, or `localhost`.
    pub id: String,
    /// The origin browsers report in `clientDataJSON`, e.g. `https://sspr.contoso.com`
    /// or `http://localhost:8080`.
    pub origin: Url,
}

/// The relying party Latchkey is, from `public_url` (or `localhost` and the listen port
/// when none is set).
///
/// Errors: [`Unavailable`] when the address doesn't parse or names an IP address.
pub fn relying_party(state: &AppState) -> Result<RelyingParty, Unavailable> {
    let base = Url::parse(&state.base_url())
        .map_err(|e| Unavailable(format!("the service address doesn't parse ({e})")))?;
    let port = base.port().map(|p| format!(":{p}")).unwrap_or_default();
    match base.domain() {
        Some(host) => Ok(RelyingParty {
            id: host.to_ascii_lowercase(),
            origin: Url::parse(&format!("{}://{host}{port}", base.scheme()))
                .map_err(|e| Unavailable(format!("the origin doesn't parse ({e})")))?,
        }),
        None if state.settings.public_url.is_empty() => Ok(RelyingParty {
            id: "localhost".into(),
            origin: Url::parse(&format!("http://localhost{port}"))
                .map_err(|e| Unavailable(format!("the origin doesn't parse ({e})")))?,
        }),
        _ => Err(Unavailable(
            "public_url names an IP address; passkeys need a host name (e.g. https://sspr.contoso.com)"
                .into(),
        )),
    }
}

/// The `webauthn-rs` instance for [`relying_party`]; built per call (it is a few
/// strings and a hash).
///
/// Errors: [`Unavailable`] as for [`relying_party`], or when `webauthn-rs` refuses the
/// configuration.
pub fn webauthn(state: &AppState) -> Result<Webauthn, Unavailable> {
    let rp = relying_party(state)?;
    let org = state.org_name();
    let name = if org.trim().is_empty() {
        "Latchkey".to_owned()
    } else {
        org
    };
    WebauthnBuilder::new(&rp.id, &rp.origin)
        .and_then(|b| b.rp_name(&name).build())
        .map_err(|e| Unavailable(format!("webauthn-rs refused the relying party: {e}")))
}

/// The WebAuthn user handle of `user_id`: 16 bytes derived from the server key, so the
/// authenticator never learns the database id.
pub fn user_handle(state: &AppState, user_id: i64) -> Uuid {
    let mac = state.mac(&[b"passkey-user", user_id.to_string().as_bytes()]);
    let digest = Sha256::digest(mac.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    Uuid::from_bytes(bytes)
}

/// The credential a stored passkey holds; `None` when its secret doesn't parse (it then
/// can't be used, but can still be removed).
pub fn passkey_of(rec: &AuthMethodRecord) -> Option<Passkey> {
    serde_json::from_str(&rec.secret).ok()
}

/// A credential's id, base64url (as browsers and the audit log show it).
pub fn credential_id(passkey: &Passkey) -> String {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    URL_SAFE_NO_PAD.encode(passkey.cred_id().as_slice())
}

/// The stored form of a credential (`auth_methods.secret`): `webauthn-rs`'s JSON.
///
/// Errors: [`PageError::Internal`] if it can't be serialized (never expected).
pub fn stored(passkey: &Passkey) -> Result<String, PageError> {
    serde_json::to_string(passkey).map_err(|e| PageError::Internal(format!("passkey: {e}")))
}

/// The credentials a name that can't reset seems to have: one to three (most people have
/// one), each with an id of 16 bytes like a platform passkey's, derived from the server
/// key and the name as every lookup normalises it ([`crate::auth::lockout_key`]: trimmed,
/// lower case), so every request for the same name offers the same ones. (The journey
/// offers real and decoy credentials in the same shape: id and type only.) Nobody holds
/// them: their public key is that of a private key derived from the server key, which is
/// never stored or shown ([`decoy_public_key`]).
pub fn decoy_passkeys(state: &AppState, typed: &str) -> Vec<Passkey> {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let name = crate::auth::lockout_key(typed);
    let Some((x, y)) = decoy_public_key(state) else {
        tracing::error!("the decoy passkey key could not be derived");
        return Vec::new();
    };
    let seed = Sha256::digest(
        state
            .mac(&[b"decoy-passkey-count", name.as_bytes()])
            .as_bytes(),
    );
    // 1 in 10 shows three passkeys, 2 in 10 two, the rest one.
    let count = match seed[0] % 10 {
        0 => 3,
        1 | 2 => 2,
        _ => 1,
    };
    (0..count)
        .filter_map(|i: u8| {
            let digest = Sha256::digest(
                state
                    .mac(&[b"decoy-passkey", name.as_bytes(), &[i]])
                    .as_bytes(),
            );
            let id = URL_SAFE_NO_PAD.encode(&digest[..16]);
            let json = format!(
                r#"{{"cred":{{"cred_id":"{id}","cred":{{"type_":"ES256","key":{{"EC_EC2":{{"curve":"SECP256R1","x":"{x}","y":"{y}"}}}}}},"counter":0,"transports":null,"user_verified":true,"backup_eligible":false,"backup_state":false,"registration_policy":"required","extensions":{{"cred_protect":"Ignored","hmac_create_secret":"NotRequested","appid":"NotRequested","cred_props":"Ignored"}},"attestation":{{"data":"None","metadata":"None"}},"attestation_format":"none"}}}}"#,
            );
            match serde_json::from_str(&json) {
                Ok(p) => Some(p),
                Err(e) => {
                    tracing::error!(error = %e, "the decoy passkey template no longer parses");
                    None
                }
            }
        })
        .collect()
}

/// The public key (P-256, x and y base64url) of the decoy passkeys: that of a private
/// key derived from the server key (HMAC), used for nothing else and never stored or
/// shown, so no one can sign for a decoy. `None` only if no candidate is a valid
/// scalar (never expected: the chance is about 2^-32 for each).
fn decoy_public_key(state: &AppState) -> Option<(String, String)> {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use p256::elliptic_curve::sec1::ToEncodedPoint;
    (0u8..8).find_map(|i| {
        let seed = Sha256::digest(state.mac(&[b"decoy-passkey-key", &[i]]).as_bytes());
        let secret = p256::SecretKey::from_slice(&seed).ok()?;
        let point = secret.public_key().to_encoded_point(false);
        Some((
            URL_SAFE_NO_PAD.encode(point.x()?),
            URL_SAFE_NO_PAD.encode(point.y()?),
        ))
    })
}

/// Whether the answer whose `clientDataJSON` is `client_data` signs the challenge of the
/// authentication ceremony `rec` keeps: `Some(false)` for an answer to another ceremony
/// (one since replaced in another tab, or another journey's), `None` when either can't
/// be read (then `webauthn-rs` refuses it as it is).
pub fn answers_ceremony(rec: &CodeRecord, client_data: &[u8]) -> Option<bool> {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let decode = |v: &serde_json::Value| {
        URL_SAFE_NO_PAD
            .decode(v.as_str()?.trim_end_matches('='))
            .ok()
    };
    let state: serde_json::Value = serde_json::from_str(&rec.destination).ok()?;
    let expected = decode(&state["ast"]["challenge"])?;
    let answer: serde_json::Value = serde_json::from_slice(client_data).ok()?;
    let got = decode(&answer["challenge"])?;
    Some(expected == got)
}

/// Stores a ceremony's serialized state for `owner`, replacing any waiting, valid
/// [`codes::VALID_SECS`]. Returns the record as stored (for [`take_ceremony`]).
///
/// Errors: storage errors.
pub async fn put_ceremony(
    state: &AppState,
    owner: &str,
    serialized: String,
) -> Result<CodeRecord, PageError> {
    let rec = CodeRecord {
        owner: owner.to_owned(),
        purpose: CodePurpose::Passkey,
        destination: serialized,
        // A random tag, so taking the ceremony removes exactly this one.
        code_mac: crate::middleware::random_token(),
        expires_at: state.now() + codes::VALID_SECS,
        attempts: 0,
    };
    state.store.code_put(&rec).await?;
    Ok(rec)
}

/// The ceremony waiting for `owner`, unexpired; `None` when none waits (never started,
/// replaced, used or expired).
///
/// Errors: storage errors.
pub async fn waiting_ceremony(
    state: &AppState,
    owner: &str,
) -> Result<Option<CodeRecord>, PageError> {
    Ok(state
        .store
        .code_get(owner, CodePurpose::Passkey)
        .await?
        .filter(|rec| rec.expires_at > state.now()))
}

/// Takes (deletes) the ceremony `rec` if it is still the one waiting and unexpired: true
/// once, never twice, however many requests race for it.
///
/// Errors: storage errors.
pub async fn take_ceremony(state: &AppState, rec: &CodeRecord) -> Result<bool, PageError> {
    Ok(state
        .store
        .code_consume(&rec.owner, CodePurpose::Passkey, &rec.code_mac, state.now())
        .await?)
}
