//! Devices with the Latchkey app (app notification): a one-time enrolment token shown as
//! a QR code at `/setup/push`, then the app's own request with its public key and push
//! subscription (`POST /app/api/enrol`).
//!
//! The token is 32 random bytes (base64url). It is kept as a code row of purpose
//! [`CodePurpose::Push`] whose owner is `push:<keyed MAC of the token>` (the app knows only
//! the token), whose destination is the user's id and whose MAC binds the token to that
//! owner; it is valid [`ENROL_SECS`] and consumed in the transaction that adds the device.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use latchkey_core::audit::activity;
use latchkey_core::policy::{Method, Requirement};
use latchkey_core::registration::{Refusal, check_push_device_count, passkey_name};
use latchkey_core::store::{
    AuthMethodRecord, CodePurpose, CodeRecord, METHOD_LIMIT, MethodChange, MethodKind,
};
use rand::RngCore;
use subtle::ConstantTimeEq;

use super::{ADDED, Change, commit, require_recent_password};
use crate::audit::Ctx;
use crate::identity::Authed;
use crate::service::ServiceError;
use crate::sspr::push::{Device, Jwk, Subscription, push_aad};
use crate::sspr::registry;
use crate::sspr::{codes, load_policy};
use crate::state::AppState;

/// Seconds an enrolment token stays valid.
pub const ENROL_SECS: i64 = 10 * 60;

fn token_owner(state: &AppState, token: &str) -> String {
    format!("push:{}", state.mac(&[b"push-enrol", token.as_bytes()]))
}

/// Whether the policy offers app notifications under `req`: a registered strong method
/// is asked for at every reset, so one the organisation doesn't offer can't be added.
pub fn push_offered(req: &Requirement) -> bool {
    req.allowed.contains(&Method::AppNotification)
}

/// A new enrolment token for the signed-in user `who`, valid [`ENROL_SECS`], replacing any
/// older one (one live token a user); refused ([`Refusal::NotAllowed`]) when the policy
/// doesn't offer app notifications to the user ([`push_offered`]), or
/// ([`Refusal::TooManyDevices`]) when the most devices
/// ([`latchkey_core::registration::MAX_PUSH_DEVICES`]) are registered.
///
/// Errors: [`ServiceError::StepUpRequired`] without a recent password
/// ([`require_recent_password`]); storage errors.
pub async fn push_enrol_token(
    state: &AppState,
    who: &Authed,
) -> Result<Result<String, Refusal>, ServiceError> {
    require_recent_password(state, who)?;
    if !push_offered(&load_policy(state).await?.requirement(who.user.role)) {
        return Ok(Err(Refusal::NotAllowed(Method::AppNotification)));
    }
    let reg = registry::load(state, who.user.id).await?;
    if let Err(refusal) = check_push_device_count(reg.push_devices.len()) {
        return Ok(Err(refusal));
    }
    let mut raw = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut raw);
    let token = URL_SAFE_NO_PAD.encode(raw);
    let owner = token_owner(state, &token);
    // One live token a user: the older ones end in the transaction that stores the new
    // one, so parallel requests leave one.
    state
        .store
        .code_replace_for(&CodeRecord {
            code_mac: codes::mac(state, &owner, CodePurpose::Push, &token),
            owner,
            purpose: CodePurpose::Push,
            destination: who.user.id.to_string(),
            expires_at: state.now() + ENROL_SECS,
            attempts: 0,
        })
        .await?;
    Ok(Ok(token))
}

/// What the app sends to enrol (`POST /app/api/enrol`).
#[derive(Debug, Clone)]
pub struct Enrolment {
    /// The token from the QR code.
    pub token: String,
    /// The device's name as typed (see [`device_name`]).
    pub name: String,
    /// The device's signing key.
    pub public_key: Jwk,
    /// The device's push subscription.
    pub subscription: Subscription,
}

/// What enrolling gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnrolOutcome {
    /// Registered.
    Added {
        /// The new `auth_methods` id: the device id the app sends with its answers.
        device_id: i64,
        /// The name it was registered under.
        name: String,
        /// The user's display name.
        user: String,
    },
    /// The key, the subscription or the name is malformed; the words say which.
    Invalid(&'static str),
    /// Another of the user's devices already has this name (compared without case).
    DuplicateName,
    /// The policy doesn't offer app notifications to the user ([`push_offered`]).
    NotAllowed,
    /// The token is unknown, used or expired (one answer for the three).
    InvalidToken,
    /// The most devices are registered.
    LimitReached,
    /// The subscription's endpoint is not on `push.endpoint_hosts` (or not `https://`).
    EndpointNotAllowed,
}

/// The name a device is registered under, by the passkey's rule
/// ([`latchkey_core::registration::passkey_name`]: trimmed, 1 to 64 characters, no control
/// or invisible formatting characters, none of `taken` without case); "My phone" when
/// empty.
///
/// Errors: the refusal [`passkey_name`] gives.
pub fn device_name<'a>(
    typed: &str,
    taken: impl IntoIterator<Item = &'a str>,
) -> Result<String, Refusal> {
    if typed.trim().is_empty() {
        passkey_name(&latchkey_i18n::t("setup-push-default-device"), taken)
    } else {
        passkey_name(typed, taken)
    }
}

/// Registers the device an enrolment describes, for the user whose token it carries: the
/// token consumed, the device added, its audit event and the "security info changed"
/// notices in one transaction. Needs no session (the token is the proof); `client_ip`
/// and `request_id` are for the audit event.
///
/// Errors: storage errors only; every refusal is an [`EnrolOutcome`].
pub async fn push_enrol(
    state: &AppState,
    client_ip: &str,
    request_id: &str,
    e: &Enrolment,
) -> Result<EnrolOutcome, ServiceError> {
    // The name's form first (its uniqueness once the user is known).
    if let Err(Refusal::PasskeyName | Refusal::PasskeyNameInvisible) = device_name(&e.name, []) {
        return Ok(EnrolOutcome::Invalid("name"));
    }
    if e.public_key.verifying_key().is_none() {
        return Ok(EnrolOutcome::Invalid("public_key"));
    }
    if !e.subscription.well_formed() {
        return Ok(EnrolOutcome::Invalid("subscription"));
    }
    // The token first: without one, nobody learns what the allow-list accepts.
    if e.token.is_empty() || e.token.len() > 100 {
        return Ok(EnrolOutcome::InvalidToken);
    }
    let owner = token_owner(state, &e.token);
    let Some(rec) = state.store.code_get(&owner, CodePurpose::Push).await? else {
        return Ok(EnrolOutcome::InvalidToken);
    };
    let mac = codes::mac(state, &owner, CodePurpose::Push, &e.token);
    if rec.expires_at <= state.now() || !bool::from(mac.as_bytes().ct_eq(rec.code_mac.as_bytes())) {
        return Ok(EnrolOutcome::InvalidToken);
    }
    // Parsed once; the normalised URL is what is stored and later contacted.
    let Some(endpoint) = state.settings.push.endpoint_url(&e.subscription.endpoint) else {
        return Ok(EnrolOutcome::EndpointNotAllowed);
    };
    let mut subscription = e.subscription.clone();
    subscription.endpoint = endpoint.as_str().to_owned();
    let Ok(user_id) = rec.destination.parse::<i64>() else {
        return Ok(EnrolOutcome::InvalidToken);
    };
    let user = match state.store.user_get(user_id).await {
        Ok(u) if u.enabled => u,
        Ok(_) | Err(latchkey_core::store::StoreError::NotFound) => {
            return Ok(EnrolOutcome::InvalidToken);
        }
        Err(other) => return Err(other.into()),
    };
    let req = load_policy(state).await?.requirement(user.role);
    if !push_offered(&req) {
        return Ok(EnrolOutcome::NotAllowed);
    }
    let reg = registry::load(state, user.id).await?;
    if let Err(Refusal::TooManyDevices { .. }) = check_push_device_count(reg.push_devices.len()) {
        return Ok(EnrolOutcome::LimitReached);
    }
    let name = match device_name(&e.name, reg.push_devices.iter().map(|d| d.value.as_str())) {
        Ok(n) => n,
        Err(Refusal::DuplicatePasskeyName) => return Ok(EnrolOutcome::DuplicateName),
        Err(_) => return Ok(EnrolOutcome::Invalid("name")),
    };
    let device = Device {
        public_key: e.public_key.clone(),
        subscription,
        gone: false,
    };
    let sealed = state.seal.seal(
        serde_json::to_string(&device)
            .map_err(|e| ServiceError::Internal(e.to_string()))?
            .as_bytes(),
        &push_aad(user.id),
    );
    let method = AuthMethodRecord {
        id: 0,
        user_id: user.id,
        kind: MethodKind::Push,
        value: name.clone(),
        secret: sealed.clone(),
        last_used_step: None,
        created_at: state.now(),
    };
    let mut after = reg;
    after.push_devices.push(method.clone());
    let change = Change {
        change: MethodChange::Add(method),
        consumes: Some(rec),
        after,
        activity: activity::REGISTERED_METHOD,
        details: serde_json::json!({"method": "push", "device": name}),
        notice: ADDED,
        confirms: true,
    };
    let ctx = Ctx {
        actor: user.username.to_string(),
        client_ip: client_ip.to_owned(),
        correlation_id: request_id.to_owned(),
    };
    // The token is consumed in the same transaction: of parallel enrolments with one
    // token, one adds its device.
    // The device limit is counted again inside that transaction (parallel enrolments).
    match commit(state, &ctx, &user, &req, change).await {
        Ok(true) => {}
        Ok(false) => return Ok(EnrolOutcome::InvalidToken),
        Err(ServiceError::Refused(why)) if why == METHOD_LIMIT => {
            return Ok(EnrolOutcome::LimitReached);
        }
        Err(e) => return Err(e),
    }
    let added = registry::load(state, user.id).await?;
    let Some(device_id) = added
        .push_devices
        .iter()
        .find(|d| d.secret == sealed)
        .map(|d| d.id)
    else {
        return Ok(EnrolOutcome::InvalidToken);
    };
    Ok(EnrolOutcome::Added {
        device_id,
        name,
        user: user.display_name.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_names_are_checked() {
        let name = |typed: &str| device_name(typed, ["Pixel 7"]).ok();
        assert_eq!(name("  Pixel 8 "), Some("Pixel 8".into()));
        assert_eq!(name(" "), Some("My phone".into()));
        assert_eq!(name("a\u{7}b"), None);
        // A right-to-left override ("Pixel" that reads otherwise), a zero-width space.
        assert_eq!(name("Pixel \u{202E}8"), None);
        assert_eq!(name("Pix\u{200B}el"), None);
        assert_eq!(name("Pixel\u{2066}"), None);
        assert_eq!(name("Pixel\u{FEFF}"), None);
        // A tag character (Unicode Cf), as for passkeys.
        assert_eq!(name("Pixel\u{E0041}"), None);
        assert_eq!(name(&"x".repeat(65)), None);
        assert_eq!(name(&"é".repeat(64)).map(|n| n.chars().count()), Some(64));
        // Another device's name, without case.
        assert_eq!(
            device_name(" pixel 7", ["Pixel 7"]),
            Err(Refusal::DuplicatePasskeyName)
        );
    }
}
