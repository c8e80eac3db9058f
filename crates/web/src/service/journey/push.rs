//! The app notification step of a reset journey: a request with a two-digit number, one
//! Web Push message a registered device (carrying only the request id), and the check
//! that counts the app's signed answer once.
//!
//! Push-bombing limits: at most [`MAX_REQUESTS`] requests per account in
//! [`REQUEST_WINDOW`] seconds (counted and stored atomically), a deny ends the journey and
//! counts as a failed verification, [`DENIES_TO_BLOCK`] denies in a day block
//! self-service (see [`crate::service::push`], where answers arrive). A decoy journey
//! gets a request and a number like anyone, and nothing is ever pushed.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use latchkey_core::store::{PushRequest, PushStatus};
use rand::{Rng, RngCore};

use super::verify::{block, blocked_now, passed};
use super::*;
use crate::sspr::push::{self, Device, Sent, push_aad};

/// Requests one account may be sent in [`REQUEST_WINDOW`]; the next is refused.
pub const MAX_REQUESTS: i64 = 3;
/// Seconds over which [`MAX_REQUESTS`] counts.
pub const REQUEST_WINDOW: i64 = 10 * 60;
/// Denies of one account in a day that block self-service.
pub const DENIES_TO_BLOCK: i64 = 2;

/// What asking for a request to the app gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushSend {
    /// As for a code: sent (to at least one device; as if, for a decoy), not offered,
    /// blocked, or failed (no device accepted it: nothing was counted).
    Outcome(SendOutcome),
    /// Too many requests to the app for this account lately (the push-bombing limit):
    /// nothing was sent. See [`TOO_MANY`].
    TooManyRequests,
}

/// What checking the app's answer gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushCheck {
    /// As for a code.
    Step(CheckOutcome),
    /// The journey ended here (the request was denied); the text says why.
    Ended(&'static str),
}

const NO_REQUEST: &str = "There's no request waiting for your phone. Send a new one.";

/// Words for the page when a request is refused by the push-bombing limit.
pub const TOO_MANY: &str = "We've already sent 3 requests to your phone in the last 10 minutes. Wait a few minutes, or choose another method.";

/// The journey's latest request, as the page shows it: its number and status (a pending
/// request past its lifetime is `"expired"`); `None` when none was sent or its answer
/// was counted already.
pub async fn push_request(
    state: &AppState,
    l: &Loaded,
) -> Result<Option<(i64, &'static str)>, ServiceError> {
    let latest = state.store.push_request_latest(&l.flow.id_hash).await?;
    let Some(r) = latest.filter(|r| r.consumed_at.is_none()) else {
        return Ok(None);
    };
    Ok(Some((r.number, status_word(&r, state.now()))))
}

/// `pending`, `approved`, `denied`, `reported`, `wrong_number`, or `expired` for a pending
/// request past its lifetime.
pub fn status_word(r: &PushRequest, now: i64) -> &'static str {
    if r.status == PushStatus::Pending && r.expires_at <= now {
        "expired"
    } else {
        r.status.as_str()
    }
}

/// Sends a request to the Latchkey app on every device of the journey's user. `user_agent`
/// is the asking browser's (shortened for the app). A decoy journey's request is stored
/// (it shows a number and counts against the limit) and never pushed.
///
/// Errors: [`ServiceError::RateLimited`] when the client address or everyone together
/// had too many codes sent; storage errors.
pub async fn send_push(
    state: &AppState,
    l: &mut Loaded,
    client_ip: &str,
    user_agent: &str,
    proof: bool,
) -> Result<PushSend, ServiceError> {
    let channel = Channel::AppNotification;
    if l.flow.journey.stage != Stage::Verify || !l.channels().contains(&channel) {
        return Ok(PushSend::Outcome(SendOutcome::NotOffered));
    }
    let subject = l.subject();
    if limits::blocked(state, &subject).await? {
        return Ok(PushSend::Outcome(SendOutcome::Blocked));
    }
    let ctx = l.ctx(client_ip);
    throttle::admit(state, Action::Send { proof }, &ctx).await?;
    let target = l.target();
    record(
        state,
        &ctx,
        activity::SSPR_STARTED_METHOD,
        &target,
        Outcome::Success,
        serde_json::json!({"method": channel.as_str()}),
    )
    .await;
    let now = state.now();
    let mut raw = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut raw);
    let request = PushRequest {
        id: URL_SAFE_NO_PAD.encode(raw),
        user_id: l.user.as_ref().map(|u| u.id),
        subject: subject.clone(),
        owner: l.flow.id_hash.clone(),
        number: rand::rngs::OsRng.gen_range(10..=99),
        client_ip: client_ip.to_owned(),
        user_agent: push::short_user_agent(user_agent),
        created_at: now,
        expires_at: now + codes::VALID_SECS,
        status: PushStatus::Pending,
        answered_at: None,
        device_id: None,
        consumed_at: None,
    };
    if !state
        .store
        .push_request_create(&request, now - REQUEST_WINDOW, MAX_REQUESTS)
        .await?
    {
        record(
            state,
            &ctx,
            activity::SSPR_FAILED_METHOD,
            &target,
            Outcome::Failure,
            serde_json::json!({"method": channel.as_str(), "reason": "too many requests to the app"}),
        )
        .await;
        return Ok(PushSend::TooManyRequests);
    }
    let Some(user) = l.user.clone() else {
        // A decoy: as if sent, after about as long as a push service takes to answer.
        let ms = rand::rngs::OsRng.gen_range(150..=600);
        tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
        return Ok(PushSend::Outcome(SendOutcome::Sent));
    };
    let payload = serde_json::json!({"request": request.id}).to_string();
    let ttl = request.expires_at - now;
    let mut sends = tokio::task::JoinSet::new();
    for d in &l.registered.push_devices {
        let device: Option<Device> = state
            .seal
            .open(&d.secret, &push_aad(user.id))
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
            let sent = push::send(&state, &device.subscription, payload.as_bytes(), ttl).await;
            (id, sent)
        });
    }
    let mut accepted = 0;
    while let Some(joined) = sends.join_next().await {
        match joined {
            Ok((_, Sent::Accepted)) => accepted += 1,
            Ok((id, Sent::Gone)) => {
                tracing::warn!(method = id, "a Latchkey app subscription is gone (404/410)");
            }
            Ok((id, Sent::Failed(why))) => {
                tracing::warn!(method = id, reason = %why, "a push message was not accepted");
            }
            Err(e) => tracing::error!(error = %e, "a push send task failed"),
        }
    }
    if accepted == 0 {
        // Nothing reached a phone: the request counts against nothing.
        state.store.push_request_delete(&request.id).await?;
        record(
            state,
            &ctx,
            activity::SSPR_SEND_FAILED,
            &target,
            Outcome::Failure,
            serde_json::json!({"method": channel.as_str(), "error": "no device accepted the message"}),
        )
        .await;
        return Ok(PushSend::Outcome(SendOutcome::Failed));
    }
    Ok(PushSend::Outcome(SendOutcome::Sent))
}

/// Counts the app's answer to the journey's latest request, once: approved passes the
/// step; a wrong number fails it (a failed verification); denied ends the journey (and
/// counts as a failed verification); reported ends it (self-service was blocked and the
/// administrators told when the app reported). Pending and expired count nothing.
///
/// Errors: [`ServiceError::RateLimited`] when the client address or everyone together
/// checked too much; storage errors.
pub async fn check_push(
    state: &AppState,
    l: &mut Loaded,
    client_ip: &str,
) -> Result<PushCheck, ServiceError> {
    let channel = Channel::AppNotification;
    if l.flow.journey.stage != Stage::Verify || !l.channels().contains(&channel) {
        return Ok(PushCheck::Step(CheckOutcome::NotOffered));
    }
    let subject = l.subject();
    if limits::blocked(state, &subject).await? {
        return Ok(PushCheck::Step(CheckOutcome::Blocked));
    }
    let ctx = l.ctx(client_ip);
    throttle::admit(state, Action::Check, &ctx).await?;
    let target = l.target();
    let now = state.now();
    let latest = state.store.push_request_latest(&l.flow.id_hash).await?;
    let Some(r) = latest.filter(|r| r.consumed_at.is_none()) else {
        return Ok(PushCheck::Step(CheckOutcome::NoCode(NO_REQUEST)));
    };
    match r.status {
        PushStatus::Pending if r.expires_at <= now => {
            return Ok(PushCheck::Step(CheckOutcome::NoCode(
                "The request expired. Send a new one.",
            )));
        }
        PushStatus::Pending => {
            return Ok(PushCheck::Step(CheckOutcome::NoCode(
                "Not approved yet. Open the Latchkey app on your phone, enter the number shown here and approve.",
            )));
        }
        _ => {}
    }
    // Counted once: of parallel checks, one goes on.
    if !state
        .store
        .push_request_consume(&r.id, &l.flow.id_hash, now)
        .await?
    {
        return Ok(PushCheck::Step(CheckOutcome::NoCode(NO_REQUEST)));
    }
    let failure =
        |reason: &'static str| serde_json::json!({"method": channel.as_str(), "reason": reason});
    match r.status {
        PushStatus::Approved if l.user.is_some() => Ok(PushCheck::Step(
            passed(state, l, channel, &ctx, &target).await?,
        )),
        PushStatus::Reported => {
            record(
                state,
                &ctx,
                activity::SSPR_FAILED_METHOD,
                &target,
                Outcome::Failure,
                failure("reported in the app"),
            )
            .await;
            state.store.flow_delete(&l.flow.id_hash).await?;
            blocked_now(state, l);
            Ok(PushCheck::Step(CheckOutcome::Blocked))
        }
        status => {
            let denied = status == PushStatus::Denied;
            let reason = if denied {
                "denied in the app"
            } else {
                "wrong number in the app"
            };
            record(
                state,
                &ctx,
                activity::SSPR_FAILED_METHOD,
                &target,
                Outcome::Failure,
                failure(reason),
            )
            .await;
            let count = match state
                .store
                .attempt_take(&subject, FAILED_KIND, now - FAILED_WINDOW, MAX_FAILED, now)
                .await?
            {
                AttemptTake::Taken { count, .. } => count,
                AttemptTake::Refused => MAX_FAILED,
            };
            if count >= MAX_FAILED {
                block(state, l, &ctx, &target, count).await?;
                blocked_now(state, l);
                return Ok(PushCheck::Step(CheckOutcome::Blocked));
            }
            if denied {
                state.store.flow_delete(&l.flow.id_hash).await?;
                failed(state, &l.flow, JourneyFailure::Invalidated);
                return Ok(PushCheck::Ended(
                    "You denied the request. Start again if that was a mistake.",
                ));
            }
            Ok(PushCheck::Step(CheckOutcome::Wrong(
                "The number entered in the app didn't match the one shown here. Send a new request and enter the number shown on this page.",
            )))
        }
    }
}
