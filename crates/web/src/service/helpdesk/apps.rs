//! The caller's phone apps as helpdesk challenges: a notification to the Latchkey app
//! (number matching: the agent reads the number out, the caller chooses it in the app)
//! and a code read from an authenticator app (RFC 6238; a code accepted once is refused
//! again, as in self-service).

use latchkey_core::directory::User;
use latchkey_core::helpdesk::Verification;
use latchkey_core::journey::Channel;

use super::{Answer, Challenge, owner, subject};
use crate::service::ServiceError;
use crate::service::actor::Actor;
use crate::sspr::{codes, registry};
use crate::state::AppState;

/// A notification to the caller's Latchkey app for verification `v`: a request with a
/// number the agent reads out, counted against the app's push-bombing limit (3 in 10
/// minutes per account). The app shows it as coming from the helpdesk and the agent.
pub(super) async fn push_to_app(
    state: &AppState,
    actor: &Actor,
    user: &User,
    v: &Verification,
) -> Result<Challenge, ServiceError> {
    use crate::service::journey::{MAX_REQUESTS, REQUEST_WINDOW};
    use base64::Engine as _;
    use rand::{Rng as _, RngCore as _};
    let now = state.now();
    let mut raw = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut raw);
    let request = latchkey_core::store::PushRequest {
        id: base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw),
        user_id: Some(user.id),
        subject: subject(user),
        owner: owner(v),
        number: rand::rngs::OsRng.gen_range(10..=99),
        client_ip: actor.ctx.client_ip.clone(),
        user_agent: format!("Helpdesk ({})", actor.ctx.actor),
        created_at: now,
        expires_at: now + codes::VALID_SECS,
        status: latchkey_core::store::PushStatus::Pending,
        answered_at: None,
        device_id: None,
        consumed_at: None,
        followed_up_at: None,
    };
    if !state
        .store
        .push_request_create(&request, now - REQUEST_WINDOW, MAX_REQUESTS)
        .await?
    {
        return Err(ServiceError::RateLimited(REQUEST_WINDOW));
    }
    let reg = registry::load(state, user.id).await?;
    let (accepted, _) =
        crate::sspr::push::send_to_devices(state, user.id, &reg.push_devices, &request, now)
            .await?;
    if accepted == 0 {
        state.store.push_request_delete(&request.id).await?;
        return Ok(Challenge::NotSent);
    }
    Ok(Challenge::Pushed(request.number))
}

/// The number of the app notification waiting for the caller of `v`, if one is.
///
/// Errors: storage errors.
pub async fn pushed_number(
    state: &AppState,
    v: &Verification,
) -> Result<Option<i64>, ServiceError> {
    if v.challenge != Some(Channel::AppNotification) {
        return Ok(None);
    }
    Ok(state
        .store
        .push_request_latest(&owner(v))
        .await?
        .filter(|r| r.consumed_at.is_none())
        .map(|r| r.number))
}

/// The app's answer to the verification's latest notification, counted once: approved
/// with the right number passes; a wrong number is wrong (the verification stays open for
/// another try); denied or "this wasn't me" closes it. (Wrong numbers and denies are
/// counted against the account as they arrive from the app.)
pub(super) async fn app_answer(state: &AppState, owner: &str) -> Result<Answer, ServiceError> {
    use latchkey_core::store::PushStatus;
    let now = state.now();
    let Some(r) = state
        .store
        .push_request_latest(owner)
        .await?
        .filter(|r| r.consumed_at.is_none())
    else {
        return Ok(Answer::NoCode);
    };
    match r.status {
        PushStatus::Pending if r.expires_at <= now => return Ok(Answer::NoCode),
        PushStatus::Pending => return Ok(Answer::NotYet),
        _ => {}
    }
    // Counted once: of parallel checks, one goes on.
    if !state.store.push_request_consume(&r.id, owner, now).await? {
        return Ok(Answer::NoCode);
    }
    Ok(match r.status {
        PushStatus::Approved => Answer::Verified(0),
        PushStatus::Denied | PushStatus::Reported => Answer::Denied,
        _ => Answer::Wrong,
    })
}

/// Checks an authenticator code read out by the caller against every app they
/// registered; a code accepted before is refused (the account's try was taken by the
/// caller).
pub(super) async fn app_code(
    state: &AppState,
    user: &User,
    typed: &str,
) -> Result<Answer, ServiceError> {
    let reg = registry::load(state, user.id).await?;
    Ok(
        match registry::verify_app_code(state, user.id, &reg.apps, typed).await? {
            registry::AppCheck::Accepted => Answer::Verified(0),
            _ => Answer::Wrong,
        },
    )
}
