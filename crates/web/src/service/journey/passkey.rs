//! Passkeys in the reset journey: a WebAuthn authentication ceremony (W3C Web
//! Authentication Level 2) with user verification, counted like an authenticator code.
//!
//! * [`passkey_challenge`] keeps the ceremony's state for the journey (replacing one
//!   waiting, valid 5 minutes) and answers the options for `navigator.credentials.get()`,
//!   listing the user's passkeys in `allowCredentials`. A real user none of whose
//!   passkeys can be read is not offered passkeys (and the log says why at error level):
//!   they never get a decoy's credentials instead;
//! * [`check_passkey`] takes that state (once: a replayed or parallel second answer
//!   finds nothing and counts nothing; an answer to another ceremony, such as one
//!   replaced in another tab, leaves it waiting and counts nothing), then counts like an
//!   app code: a validation, and one of the account's failed verifications taken before
//!   the comparison and given back when right. A verified signature passes only for a
//!   credential the user registered (and their user handle, when one is given). A pass
//!   is [`Event::MethodPassed`] with [`Method::Passkey`], and the credential's signature
//!   counter is stored, only ever forward ([`MethodStore::method_advance_secret`]). A
//!   counter that went backwards (`webauthn-rs`'s `CredentialPossibleCompromise`: a copy
//!   of the passkey may be in use) fails with the reason "possible cloned authenticator"
//!   and a notice to the user.
//!
//! A name that can't reset (a decoy) gets the same answers up to the ceremony: options
//! of the same shape, whose one to three credentials are derived from the server key and
//! the normalised name ([`webauthn::decoy_passkeys`]), stable for that name; no
//! authenticator holds them, so the browser reports no passkey, and any answer fails and
//! is counted like a wrong one.
//!
//! [`MethodStore::method_advance_secret`]: latchkey_core::store::MethodStore::method_advance_secret

use super::verify::{block, blocked_now, passed_with};
use super::*;
use crate::sspr::webauthn::{self, Unavailable};
use latchkey_core::store::AuthMethodRecord;
use webauthn_rs::prelude::{Passkey, PasskeyAuthentication, PublicKeyCredential, WebauthnError};

/// What asking for a passkey ceremony gave.
#[derive(Debug)]
pub enum PasskeyChallenge {
    /// The options for `navigator.credentials.get()` (a `RequestChallengeResponse`:
    /// `{"publicKey": {…}}`, binary fields base64url).
    Options(serde_json::Value),
    /// Passkeys are not offered at this step.
    NotOffered,
    /// Self-service is blocked for this account.
    Blocked,
    /// Passkeys can't be used at this address.
    Unavailable(Unavailable),
}

/// Catalogue keys of the refusals.
const NO_CEREMONY: &str = "reset-passkey-no-ceremony";
const WRONG: &str = "reset-passkey-wrong";

/// Starts a passkey ceremony for the journey `l`.
///
/// Errors: [`ServiceError::RateLimited`] when the client address or everyone together
/// checked too much; storage errors.
pub async fn passkey_challenge(
    state: &AppState,
    l: &Loaded,
    client_ip: &str,
) -> Result<PasskeyChallenge, ServiceError> {
    if l.flow.journey.stage != Stage::Verify || !l.channels().contains(&Channel::Passkey) {
        return Ok(PasskeyChallenge::NotOffered);
    }
    if limits::blocked(state, &l.subject()).await? {
        return Ok(PasskeyChallenge::Blocked);
    }
    let ctx = l.ctx(client_ip);
    throttle::admit(state, Action::Check, &ctx).await?;
    let wa = match webauthn::webauthn(state) {
        Ok(wa) => wa,
        Err(e) => return Ok(PasskeyChallenge::Unavailable(e)),
    };
    // The decoy's credentials are derived for every name, so a real user's options cost
    // the same work as a decoy's.
    let decoys = webauthn::decoy_passkeys(state, &l.flow.typed);
    let creds = match &l.user {
        Some(_) => usable_passkeys(l),
        None => decoys,
    };
    if creds.is_empty() {
        // Only a real user's passkeys that can't be read: never the decoy's in their place.
        return Ok(PasskeyChallenge::NotOffered);
    }
    record(
        state,
        &ctx,
        activity::SSPR_STARTED_METHOD,
        &l.target(),
        Outcome::Success,
        serde_json::json!({"method": Channel::Passkey.as_str()}),
    )
    .await;
    let (options, ceremony) = wa
        .start_passkey_authentication(&creds)
        .map_err(|e| ServiceError::Internal(format!("passkey authentication options: {e}")))?;
    let serialized = serde_json::to_string(&ceremony)
        .map_err(|e| ServiceError::Internal(format!("passkey authentication state: {e}")))?;
    webauthn::put_ceremony(state, &l.flow.id_hash, serialized).await?;
    let mut options = serde_json::to_value(&options)
        .map_err(|e| ServiceError::Internal(format!("passkey authentication options: {e}")))?;
    // Every credential offered has the same fields, the user's and a decoy's alike: the
    // transports a credential reported at registration (kept only for some attestation
    // formats) are left out, and browsers then try every way they have.
    if let Some(list) = options["publicKey"]["allowCredentials"].as_array_mut() {
        for entry in list {
            if let Some(entry) = entry.as_object_mut() {
                entry.remove("transports");
            }
        }
    }
    Ok(PasskeyChallenge::Options(options))
}

/// Checks the browser's answer `credential` to the journey's passkey ceremony.
///
/// Errors: [`ServiceError::RateLimited`] as for [`passkey_challenge`]; storage errors.
pub async fn check_passkey(
    state: &AppState,
    l: &mut Loaded,
    credential: &PublicKeyCredential,
    client_ip: &str,
) -> Result<CheckOutcome, ServiceError> {
    let channel = Channel::Passkey;
    if l.flow.journey.stage != Stage::Verify || !l.channels().contains(&channel) {
        return Ok(CheckOutcome::NotOffered);
    }
    let subject = l.subject();
    if limits::blocked(state, &subject).await? {
        return Ok(CheckOutcome::Blocked);
    }
    let ctx = l.ctx(client_ip);
    throttle::admit(state, Action::Check, &ctx).await?;
    let target = l.target();
    let Some(pending) = webauthn::waiting_ceremony(state, &l.flow.id_hash).await? else {
        return Ok(CheckOutcome::NoCode(NO_CEREMONY));
    };
    // An answer to another ceremony (replaced since by one asked for in another tab, or
    // another journey's): that ceremony is gone, which is not the person's failure.
    // Nothing is taken or counted, and the ceremony waiting still takes its own answer.
    if webauthn::answers_ceremony(&pending, credential.response.client_data_json.as_slice())
        == Some(false)
    {
        return Ok(CheckOutcome::NoCode(NO_CEREMONY));
    }
    // The ceremony answers once: taken before anything is compared or counted.
    if !webauthn::take_ceremony(state, &pending).await? {
        return Ok(CheckOutcome::NoCode(NO_CEREMONY));
    }
    if limits::record_event(state, &subject, Kind::Validation, &ctx, &target).await? {
        blocked_now(state, l);
        return Ok(CheckOutcome::Blocked);
    }
    // The account-wide failure count, checked and taken before the comparison.
    let now = state.now();
    let taken = match state
        .store
        .attempt_take(&subject, FAILED_KIND, now - FAILED_WINDOW, MAX_FAILED, now)
        .await?
    {
        AttemptTake::Taken { id, count } => (id, count),
        AttemptTake::Refused => {
            if limits::refused_attempt(
                state,
                &subject,
                FAILED_KIND,
                (MAX_FAILED, FAILED_WINDOW),
                &ctx,
                &target,
            )
            .await?
            {
                blocked_now(state, l);
                return Ok(CheckOutcome::Blocked);
            }
            return Ok(CheckOutcome::Wrong("reset-passkey-busy"));
        }
    };
    // A decoy's ceremony is checked the same way; its credentials are nobody's.
    let verified = match webauthn::webauthn(state) {
        Ok(wa) => match serde_json::from_str::<PasskeyAuthentication>(&pending.destination) {
            Ok(ceremony) => wa
                .finish_passkey_authentication(credential, &ceremony)
                .map_err(Refused::Webauthn),
            Err(e) => Err(Refused::Other(format!("stored ceremony unreadable: {e}"))),
        },
        Err(e) => Err(Refused::Other(e.to_string())),
    };
    // The passkey the answer names, among the user's (none for a decoy).
    let named = registered_passkey(l, credential.raw_id.as_slice());
    // A signature that verifies is not enough: the credential must be one the user
    // registered, and the user handle, when the authenticator gives one, theirs.
    let accepted = match (verified, &l.user, &named) {
        (Err(why), _, _) => Err(why),
        (Ok(_), None, _) => Err(Refused::Other("no such account".into())),
        (Ok(result), Some(u), Some((rec, passkey))) if passkey.cred_id() == result.cred_id() => {
            match &credential.response.user_handle {
                Some(h) if h.as_slice() != webauthn::user_handle(state, u.id).as_bytes() => {
                    Err(Refused::Other("the user handle is not this user's".into()))
                }
                _ => Ok((result, rec.clone(), passkey.clone())),
            }
        }
        (Ok(_), Some(_), _) => Err(Refused::Other(
            "the credential is not one of the user's passkeys".into(),
        )),
    };
    let (result, rec, mut passkey) = match accepted {
        Ok(used) => used,
        Err(why) => {
            tracing::info!(reason = %why, "passkey authentication refused");
            let mut details = serde_json::json!({"method": channel.as_str()});
            if let Some((rec, passkey)) = &named {
                details["method_id"] = rec.id.into();
                details["name"] = rec.value.clone().into();
                details["credential_id"] = webauthn::credential_id(passkey).into();
            }
            match (&l.user, &named, why) {
                // The counter went backwards: a copy of the passkey may be in use.
                (
                    Some(u),
                    Some((rec, _)),
                    Refused::Webauthn(WebauthnError::CredentialPossibleCompromise),
                ) => {
                    details["reason"] = "possible cloned authenticator".into();
                    possibly_cloned(state, u, &rec.value, &ctx, &target, details).await?;
                }
                _ => {
                    record(
                        state,
                        &ctx,
                        activity::SSPR_FAILED_METHOD,
                        &target,
                        Outcome::Failure,
                        details,
                    )
                    .await;
                }
            }
            if taken.1 >= MAX_FAILED {
                block(state, l, &ctx, &target, taken.1).await?;
                blocked_now(state, l);
                return Ok(CheckOutcome::Blocked);
            }
            return Ok(CheckOutcome::Wrong(WRONG));
        }
    };
    state.store.attempt_refund(taken.0).await?;
    // The signature counter (and backup state) as the authenticator reported them; only
    // ever forward, whatever order parallel journeys finish in.
    if passkey.update_credential(&result) == Some(true)
        && !state
            .store
            .method_advance_secret(
                rec.id,
                &webauthn::stored(&passkey)?,
                i64::from(result.counter()),
            )
            .await?
    {
        tracing::info!(
            method_id = rec.id,
            "a newer passkey signature counter is stored"
        );
    }
    let details = serde_json::json!({
        "method": channel.as_str(),
        "method_id": rec.id,
        "name": rec.value,
        "credential_id": webauthn::credential_id(&passkey),
    });
    passed_with(state, l, channel, &ctx, &target, details).await
}

/// Why an answer was refused: `webauthn-rs`'s error, or ours (for the log).
#[derive(Debug)]
enum Refused {
    Webauthn(WebauthnError),
    Other(String),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::Webauthn(e) => write!(f, "{e}"),
            Refused::Other(why) => f.write_str(why),
        }
    }
}

/// The real user's passkeys that can be read. One that can't is logged (at error level:
/// the user can't use it until it is removed and added again); never replaced by a
/// decoy's.
fn usable_passkeys(l: &Loaded) -> Vec<Passkey> {
    let mut out = Vec::new();
    for rec in &l.registered.passkeys {
        match webauthn::passkey_of(rec) {
            Some(p) => out.push(p),
            None => tracing::error!(
                user = %l.target(),
                method_id = rec.id,
                "a stored passkey can't be read; it can't be used until it is removed and added again"
            ),
        }
    }
    if out.is_empty() {
        tracing::error!(user = %l.target(), "none of the user's passkeys can be read: passkeys are not offered");
    }
    out
}

/// The user's registered passkey whose credential id is `id`, with its stored record.
fn registered_passkey(l: &Loaded, id: &[u8]) -> Option<(AuthMethodRecord, Passkey)> {
    l.user.as_ref()?;
    l.registered.passkeys.iter().find_map(|rec| {
        webauthn::passkey_of(rec)
            .filter(|p| p.cred_id().as_slice() == id)
            .map(|p| (rec.clone(), p))
    })
}

/// A passkey whose signature counter went backwards: the failure (with its reason), and
/// the notice to the user, in one commit. It counts as a failed verification.
async fn possibly_cloned(
    state: &AppState,
    user: &User,
    name: &str,
    ctx: &Ctx,
    target: &str,
    details: serde_json::Value,
) -> Result<(), ServiceError> {
    tracing::warn!(
        user = user.username.as_str(),
        passkey = name,
        "passkey signature counter went backwards: possible cloned authenticator"
    );
    let notices = notices::passkey_possibly_cloned(state, user, name).await;
    let effects = Effects {
        audit: vec![event(
            state,
            ctx,
            activity::SSPR_FAILED_METHOD,
            target,
            Outcome::Failure,
            details,
        )],
        deliveries: crate::delivery::queue(state, ctx, notices),
    };
    state.store.effects_commit(&effects).await?;
    state.deliveries_waiting.notify_one();
    Ok(())
}
