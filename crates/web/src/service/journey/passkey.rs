//! Passkeys in the reset journey: a WebAuthn authentication ceremony (W3C Web
//! Authentication Level 2) with user verification, counted like an authenticator code.
//!
//! * [`passkey_challenge`] keeps the ceremony's state for the journey (replacing one
//!   waiting, valid 5 minutes) and answers the options for `navigator.credentials.get()`,
//!   listing the user's passkeys in `allowCredentials`;
//! * [`check_passkey`] takes that state (once: a replayed or parallel second answer
//!   finds nothing and counts nothing), then counts like an app code: a validation, and
//!   one of the account's failed verifications taken before the comparison and given
//!   back when right. A pass is [`Event::MethodPassed`] with [`Method::Passkey`], and the
//!   credential's signature counter is stored.
//!
//! A name that can't reset (a decoy) gets the same answers up to the ceremony: options
//! of the same shape whose one credential is derived from the server key and the typed
//! name ([`webauthn::decoy_passkeys`]), stable for that name; no authenticator holds it,
//! so the browser reports no passkey, and any answer fails and is counted like a wrong
//! one.

use super::verify::{block, blocked_now, passed};
use super::*;
use crate::sspr::webauthn::{self, Unavailable};
use webauthn_rs::prelude::{PasskeyAuthentication, PublicKeyCredential};

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

const NO_CEREMONY: &str =
    "Your passkey request expired or was already used. Select \"Use my passkey\" to try again.";
const WRONG: &str = "Your passkey couldn't be verified. Try again, or choose another method.";

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
    record(
        state,
        &ctx,
        activity::SSPR_STARTED_METHOD,
        &l.target(),
        Outcome::Success,
        serde_json::json!({"method": Channel::Passkey.as_str()}),
    )
    .await;
    let mut creds: Vec<_> = match &l.user {
        Some(_) => l
            .registered
            .passkeys
            .iter()
            .filter_map(webauthn::passkey_of)
            .collect(),
        None => Vec::new(),
    };
    if creds.is_empty() {
        creds = webauthn::decoy_passkeys(state, &l.flow.typed);
    }
    let (options, ceremony) = wa
        .start_passkey_authentication(&creds)
        .map_err(|e| ServiceError::Internal(format!("passkey authentication options: {e}")))?;
    let serialized = serde_json::to_string(&ceremony)
        .map_err(|e| ServiceError::Internal(format!("passkey authentication state: {e}")))?;
    webauthn::put_ceremony(state, &l.flow.id_hash, serialized).await?;
    let options = serde_json::to_value(&options)
        .map_err(|e| ServiceError::Internal(format!("passkey authentication options: {e}")))?;
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
    // The ceremony answers once: taken before anything is compared or counted.
    let Some(pending) = webauthn::waiting_ceremony(state, &l.flow.id_hash).await? else {
        return Ok(CheckOutcome::NoCode(NO_CEREMONY));
    };
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
            return Ok(CheckOutcome::Wrong(
                "Several checks are under way at once. Wait a moment and try again.",
            ));
        }
    };
    // A decoy's ceremony is checked the same way; its credential is nobody's.
    let verified = match webauthn::webauthn(state) {
        Ok(wa) => serde_json::from_str::<PasskeyAuthentication>(&pending.destination)
            .map_err(|e| format!("stored ceremony unreadable: {e}"))
            .and_then(|ceremony| {
                wa.finish_passkey_authentication(credential, &ceremony)
                    .map_err(|e| e.to_string())
            }),
        Err(e) => Err(e.to_string()),
    };
    let result = match (verified, &l.user) {
        (Ok(result), Some(_)) => result,
        (outcome, _) => {
            let reason = outcome.err().unwrap_or_else(|| "no such account".into());
            tracing::info!(reason = %reason, "passkey authentication refused");
            record(
                state,
                &ctx,
                activity::SSPR_FAILED_METHOD,
                &target,
                Outcome::Failure,
                serde_json::json!({"method": channel.as_str()}),
            )
            .await;
            if taken.1 >= MAX_FAILED {
                block(state, l, &ctx, &target, taken.1).await?;
                blocked_now(state, l);
                return Ok(CheckOutcome::Blocked);
            }
            return Ok(CheckOutcome::Wrong(WRONG));
        }
    };
    state.store.attempt_refund(taken.0).await?;
    // The signature counter (and backup state) as the authenticator reported them.
    for rec in &l.registered.passkeys {
        if let Some(mut passkey) = webauthn::passkey_of(rec)
            && passkey.update_credential(&result) == Some(true)
        {
            state
                .store
                .method_set_secret(rec.id, &webauthn::stored(&passkey)?)
                .await?;
        }
    }
    passed(state, l, channel, &ctx, &target).await
}
