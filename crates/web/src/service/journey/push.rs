//! The app notification step of a reset journey: a request with a two-digit number, one
//! Web Push message a registered device (carrying only the request id), and the check
//! that counts the app's signed answer once.
//!
//! Push-bombing limits: at most [`MAX_REQUESTS`] requests per account in
//! [`REQUEST_WINDOW`] seconds (counted and stored atomically); the consequences of an
//! answer are applied when it arrives ([`push_answered`], from [`crate::service::push`]),
//! not when the reset page next asks: a deny or "this wasn't me" ends the journey there
//! and then, a deny or a wrong number counts as a failed verification (the account-wide
//! count codes use), [`DENIES_TO_BLOCK`] denies in a day block self-service. A decoy
//! journey gets a request and a number like anyone, and nothing is ever pushed.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use latchkey_core::store::{PushRequest, PushStatus};
use rand::{Rng, RngCore};

use super::verify::passed;
use super::*;
use crate::sspr::push;

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
    /// The journey's latest request was denied or reported in the app: the journey is
    /// over, nothing was sent; the text says why.
    Ended(&'static str),
    /// No device accepted it and the push service said a subscription is gone (404/410):
    /// the phone's notifications stopped working (the app was removed, or its browser
    /// data cleared). Nothing was counted; see [`SUBSCRIPTION_GONE`].
    Gone,
}

/// Words for the page when the push service says the phone's subscription is gone (a
/// catalogue key).
pub const SUBSCRIPTION_GONE: &str = "reset-push-gone";

/// What checking the app's answer gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushCheck {
    /// As for a code.
    Step(CheckOutcome),
    /// The journey ended here (the request was denied); the text (a catalogue key) says why.
    Ended(&'static str),
}

const NO_REQUEST: &str = "reset-push-no-request";

/// Why the journey ended, for a request denied in the app (a catalogue key).
pub const DENIED: &str = "reset-push-denied";
/// Why the journey ended, for a request reported as "this wasn't me" (a catalogue key).
pub const REPORTED: &str = "reset-push-reported";

/// The words for a journey ended by an answer in the app: `Some` when `r` was denied or
/// reported.
fn ended_words(r: &PushRequest) -> Option<&'static str> {
    match r.status {
        PushStatus::Denied => Some(DENIED),
        PushStatus::Reported => Some(REPORTED),
        _ => None,
    }
}

/// A journey the app ended (see [`ended_by_app`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppEnded {
    /// Why, in words: a catalogue key.
    pub words: &'static str,
    /// `denied` or `reported`.
    pub status: &'static str,
    /// Self-service is blocked for the account now.
    pub blocked: bool,
}

/// For a journey token whose journey is gone: how the app ended it (its latest request
/// was denied or reported), so the page can say so instead of "your session has expired".
///
/// Errors: storage errors.
pub async fn ended_by_app(state: &AppState, token: &str) -> Result<Option<AppEnded>, ServiceError> {
    if token.is_empty() || token.len() > 100 {
        return Ok(None);
    }
    let Some(r) = state.store.push_request_latest(&hash_token(token)).await? else {
        return Ok(None);
    };
    let Some(words) = ended_words(&r) else {
        return Ok(None);
    };
    Ok(Some(AppEnded {
        words,
        status: r.status.as_str(),
        blocked: limits::blocked(state, &r.subject).await?,
    }))
}

/// The consequences of the app's answer `status` to request `r`, applied as it arrives
/// (so sending again can't dodge them): denied or reported → the journey that asked is
/// ended (deleted) and the failure audited; denied or a wrong number → a failed
/// verification taken from the account-wide count codes use, and self-service blocked at
/// [`MAX_FAILED`]. ("This wasn't me" blocks on its own, see [`crate::service::push`].)
/// Safe to run again for the same answer but for the count: the caller runs it once.
///
/// Errors: storage errors.
pub async fn push_answered(
    state: &AppState,
    r: &PushRequest,
    status: PushStatus,
    ctx: &Ctx,
    target: &str,
) -> Result<(), ServiceError> {
    let channel = Channel::AppNotification;
    let reason = match status {
        PushStatus::Denied => "denied in the app",
        PushStatus::Reported => "reported in the app",
        PushStatus::WrongNumber => "wrong number in the app",
        _ => return Ok(()),
    };
    record(
        state,
        ctx,
        activity::SSPR_FAILED_METHOD,
        target,
        Outcome::Failure,
        serde_json::json!({"method": channel.as_str(), "reason": reason}),
    )
    .await;
    if matches!(status, PushStatus::Denied | PushStatus::WrongNumber) {
        let now = state.now();
        let count = match state
            .store
            .attempt_take(
                &r.subject,
                FAILED_KIND,
                now - FAILED_WINDOW,
                MAX_FAILED,
                now,
            )
            .await?
        {
            AttemptTake::Taken { count, .. } => count,
            AttemptTake::Refused => MAX_FAILED,
        };
        if count >= MAX_FAILED {
            limits::start_block(state, &r.subject, FAILED_KIND, count, ctx, target).await?;
        }
    }
    if matches!(status, PushStatus::Denied | PushStatus::Reported) {
        let flow = state.store.flow_get(&r.owner).await.ok();
        state.store.flow_delete(&r.owner).await?;
        if let Some(flow) = flow {
            let why = if status == PushStatus::Reported {
                JourneyFailure::Blocked
            } else {
                JourneyFailure::Invalidated
            };
            failed(state, &flow, why);
        }
    }
    Ok(())
}

/// Words for the page when a request is refused by the push-bombing limit (a catalogue
/// key).
pub const TOO_MANY: &str = "reset-push-too-many";

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
    // A deny or "this wasn't me" ended the journey (it is deleted as the answer arrives;
    // this covers a page that loaded it just before).
    if let Some(r) = state.store.push_request_latest(&l.flow.id_hash).await?
        && let Some(words) = ended_words(&r)
    {
        state.store.flow_delete(&l.flow.id_hash).await?;
        return Ok(PushSend::Ended(words));
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
        followed_up_at: None,
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
    let (accepted, gone) =
        push::send_to_devices(state, user.id, &l.registered.push_devices, &request, now).await?;
    if accepted == 0 {
        // Nothing reached a phone: the request counts against nothing.
        state.store.push_request_delete(&request.id).await?;
        record(
            state,
            &ctx,
            activity::SSPR_SEND_FAILED,
            &target,
            Outcome::Failure,
            serde_json::json!({
                "method": channel.as_str(),
                "error": if gone > 0 { "the subscription is gone" } else { "no device accepted the message" },
            }),
        )
        .await;
        if gone > 0 {
            return Ok(PushSend::Gone);
        }
        return Ok(PushSend::Outcome(SendOutcome::Failed));
    }
    Ok(PushSend::Outcome(SendOutcome::Sent))
}

/// Counts the app's answer to the journey's latest request, once: approved passes the
/// step; a wrong number fails it; denied or reported ends the journey. The failures were
/// counted (and the journey ended) when the answer arrived ([`push_answered`]): nothing
/// is counted again here. Pending and expired count nothing.
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
            return Ok(PushCheck::Step(CheckOutcome::NoCode("reset-push-expired")));
        }
        PushStatus::Pending => {
            return Ok(PushCheck::Step(CheckOutcome::NoCode("reset-push-not-yet")));
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
    match r.status {
        PushStatus::Approved if l.user.is_some() => Ok(PushCheck::Step(
            passed(state, l, channel, &ctx, &target).await?,
        )),
        PushStatus::Reported => {
            state.store.flow_delete(&l.flow.id_hash).await?;
            Ok(PushCheck::Step(CheckOutcome::Blocked))
        }
        PushStatus::Denied => {
            state.store.flow_delete(&l.flow.id_hash).await?;
            Ok(PushCheck::Ended(DENIED))
        }
        _ => Ok(PushCheck::Step(CheckOutcome::Wrong(
            "reset-push-wrong-number",
        ))),
    }
}
