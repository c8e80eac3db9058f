//! Passkeys (W3C Web Authentication Level 2), proven by a registration ceremony: the
//! browser asks for options, the authenticator creates a credential with user
//! verification, and the answer is checked against the ceremony state kept for this
//! user ([`crate::sspr::webauthn`]). At most
//! [`MAX_PASSKEYS`](latchkey_core::registration::MAX_PASSKEYS) a user, each with its own
//! name ([`passkey_name`]).

use latchkey_core::audit::activity;
use latchkey_core::directory::User;
use latchkey_core::policy::{Method, Requirement};
use latchkey_core::registration::{Refusal, check_passkey_count, passkey_name};
use latchkey_core::store::{AuthMethodRecord, MethodChange, MethodKind};
use webauthn_rs::prelude::{PasskeyRegistration, RegisterPublicKeyCredential};

use super::{ADDED, Change, commit, owner, require_recent_password};
use crate::audit::Ctx;
use crate::identity::Authed;
use crate::service::ServiceError;
use crate::sspr::load_policy;
use crate::sspr::registry::{self, Registered};
use crate::sspr::webauthn::{self, Unavailable};
use crate::state::AppState;

/// What starting or finishing a passkey's registration gave.
#[derive(Debug)]
pub enum PasskeySetup {
    /// The options for `navigator.credentials.create()` (a `CreationChallengeResponse`:
    /// `{"publicKey": {…}}`, binary fields base64url).
    Options(serde_json::Value),
    /// The passkey is registered, with its audit event and notices.
    Registered,
    /// Refused by a rule of registration (not offered, too many, the name).
    Refused(Refusal),
    /// No ceremony waits for this user (never started, replaced, used or older than 5
    /// minutes): start again.
    NoCeremony,
    /// The authenticator's answer didn't verify (wrong challenge or origin, no user
    /// verification, a bad signature, an already registered credential); the ceremony is
    /// used up. The text is for the log.
    Failed(String),
    /// Passkeys can't be offered at this address.
    Unavailable(Unavailable),
}

/// What the policy and the registration allow now, for `name` (when given): the name
/// as it will be stored.
fn allowed(req: &Requirement, reg: &Registered, name: Option<&str>) -> Result<String, Refusal> {
    if !req.allowed.contains(&Method::Passkey) {
        return Err(Refusal::NotAllowed(Method::Passkey));
    }
    check_passkey_count(reg.passkeys.len())?;
    match name {
        Some(typed) => passkey_name(typed, reg.passkeys.iter().map(|p| p.value.as_str())),
        None => Ok(String::new()),
    }
}

async fn load(state: &AppState, user: &User) -> Result<(Requirement, Registered), ServiceError> {
    let policy = load_policy(state).await?;
    let req = policy.requirement(user.role);
    Ok((req, registry::load(state, user.id).await?))
}

/// Whether the signed-in user `who` may add a passkey now (offered to them, fewer than
/// ten). Adding starts here, so the password is asked for before the page.
///
/// Errors: [`ServiceError::StepUpRequired`] without a recent password
/// ([`require_recent_password`]).
pub async fn may_add_passkey(
    state: &AppState,
    who: &Authed,
) -> Result<Result<(), Refusal>, ServiceError> {
    require_recent_password(state, who)?;
    let (req, reg) = load(state, &who.user).await?;
    Ok(allowed(&req, &reg, None).map(|_| ()))
}

/// Starts registering a passkey named `name` for `who`: checks the rules, then keeps
/// the ceremony's state (replacing one waiting) and answers the options for the
/// browser. User verification is required, attestation is not asked for, and the
/// user's registered passkeys are excluded.
///
/// Errors: [`ServiceError::StepUpRequired`] without a recent password.
pub async fn passkey_options(
    state: &AppState,
    who: &Authed,
    name: &str,
) -> Result<PasskeySetup, ServiceError> {
    require_recent_password(state, who)?;
    let user = &who.user;
    let (req, reg) = load(state, user).await?;
    if let Err(refusal) = allowed(&req, &reg, Some(name)) {
        return Ok(PasskeySetup::Refused(refusal));
    }
    let wa = match webauthn::webauthn(state) {
        Ok(wa) => wa,
        Err(e) => return Ok(PasskeySetup::Unavailable(e)),
    };
    let exclude: Vec<_> = reg
        .passkeys
        .iter()
        .filter_map(webauthn::passkey_of)
        .map(|p| p.cred_id().clone())
        .collect();
    let (options, ceremony) = wa
        .start_passkey_registration(
            webauthn::user_handle(state, user.id),
            user.username.as_str(),
            &user.display_name,
            Some(exclude),
        )
        .map_err(|e| ServiceError::Internal(format!("passkey registration options: {e}")))?;
    let serialized = serde_json::to_string(&ceremony)
        .map_err(|e| ServiceError::Internal(format!("passkey registration state: {e}")))?;
    webauthn::put_ceremony(state, &owner(user), serialized).await?;
    let options = serde_json::to_value(&options)
        .map_err(|e| ServiceError::Internal(format!("passkey registration options: {e}")))?;
    Ok(PasskeySetup::Options(options))
}

/// Registers the passkey `credential` (the browser's answer to [`passkey_options`])
/// under `name` for `who`, once it verifies against the ceremony waiting: one
/// transaction with the ceremony's removal, the audit event and the notices, so of two
/// identical answers at most one registers anything. Every answer uses the ceremony up.
///
/// Errors: [`ServiceError::StepUpRequired`] without a recent password: nothing is
/// checked or used.
pub async fn add_passkey(
    state: &AppState,
    ctx: &Ctx,
    who: &Authed,
    name: &str,
    credential: &RegisterPublicKeyCredential,
) -> Result<PasskeySetup, ServiceError> {
    require_recent_password(state, who)?;
    let user = &who.user;
    let (req, reg) = load(state, user).await?;
    let name = match allowed(&req, &reg, Some(name)) {
        Ok(n) => n,
        Err(refusal) => return Ok(PasskeySetup::Refused(refusal)),
    };
    let Some(pending) = webauthn::waiting_ceremony(state, &owner(user)).await? else {
        return Ok(PasskeySetup::NoCeremony);
    };
    let wa = match webauthn::webauthn(state) {
        Ok(wa) => wa,
        Err(e) => return Ok(PasskeySetup::Unavailable(e)),
    };
    let verified = serde_json::from_str::<PasskeyRegistration>(&pending.destination)
        .map_err(|e| format!("stored ceremony unreadable: {e}"))
        .and_then(|ceremony| {
            wa.finish_passkey_registration(credential, &ceremony)
                .map_err(|e| e.to_string())
        })
        .and_then(|passkey| {
            let known = reg
                .passkeys
                .iter()
                .filter_map(webauthn::passkey_of)
                .any(|p| p.cred_id() == passkey.cred_id());
            if known {
                Err("credential already registered".to_owned())
            } else {
                Ok(passkey)
            }
        });
    let passkey = match verified {
        Ok(p) => p,
        Err(why) => {
            // Used up: a ceremony answers once, right or wrong.
            webauthn::take_ceremony(state, &pending).await?;
            tracing::info!(user = user.username.as_str(), reason = %why, "passkey registration refused");
            return Ok(PasskeySetup::Failed(why));
        }
    };
    // The row id is assigned in the transaction that writes the audit event: the event
    // names the passkey by its name and credential id (which the removal and each use
    // name too).
    let details = serde_json::json!({
        "method": MethodKind::Passkey.as_str(),
        "name": name,
        "credential_id": webauthn::credential_id(&passkey),
    });
    let method = AuthMethodRecord {
        id: 0,
        user_id: user.id,
        kind: MethodKind::Passkey,
        value: name,
        secret: webauthn::stored(&passkey)?,
        last_used_step: None,
        created_at: state.now(),
    };
    let mut after = reg;
    after.passkeys.push(method.clone());
    let change = Change {
        change: MethodChange::Add(method),
        consumes: Some(pending),
        after,
        activity: activity::REGISTERED_METHOD,
        details,
        notice: ADDED,
        confirms: true,
    };
    // False: a parallel answer used the ceremony first (or another replaced it).
    Ok(if commit(state, ctx, user, &req, change).await? {
        PasskeySetup::Registered
    } else {
        PasskeySetup::NoCeremony
    })
}
