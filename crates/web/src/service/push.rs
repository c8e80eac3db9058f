//! What the Latchkey app asks of a request and how it answers (`/app/api/requests/…`).
//! There is no session: a device proves itself by signing its answer with the ECDSA P-256
//! key it registered ([`crate::sspr::push::signature_valid`]). An answer moves a pending,
//! unexpired request once (a compare-and-set in the store, with its audit event); a second
//! answer finds it answered, and a replay of the same answer only finishes what follows it
//! if that failed before (once: `followed_up_at`).
//!
//! A deny counts towards [`DENIES_TO_BLOCK`]; "this wasn't me" blocks sign-in and alerts
//! the administrators as the report link of a notice does
//! ([`crate::service::directory::report_not_me`]), and blocks self-service for a day.

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::User;
use latchkey_core::store::{AuthMethodRecord, Effects, MethodKind, PushRequest, PushStatus};
use subtle::ConstantTimeEq;

use crate::audit::{Ctx, event};
use crate::service::ServiceError;
use crate::service::journey::{DENIES_TO_BLOCK, status_word};
use crate::sspr::limits;
use crate::sspr::push::{Device, push_aad, signature_valid, signed_text};
use crate::state::AppState;

/// Seconds over which [`DENIES_TO_BLOCK`] denies count.
const DENY_WINDOW: i64 = 24 * 3600;

/// A request as the app shows it (`GET /app/api/requests/{id}`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RequestView {
    /// The request id.
    pub id: String,
    /// `pending`, `approved`, `denied`, `reported`, `wrong_number` or `expired`.
    pub status: &'static str,
    /// Always true: the app asks for the number shown on the reset page.
    pub number_required: bool,
    /// The organisation's name.
    pub organization: String,
    /// The user's display name.
    pub user: String,
    /// What is asked, in words: "Reset your password".
    pub action: String,
    /// The address the reset page was asked from.
    pub ip: String,
    /// The asking browser in a few words.
    pub browser: String,
    /// When it was asked (Unix seconds).
    pub created_at: i64,
    /// When it expires (Unix seconds).
    pub expires_at: i64,
}

/// The request `id` with the user whose device `device_id` is; `None` when either is
/// unknown or the device isn't one of the request's user's (one answer for all).
async fn load(
    state: &AppState,
    id: &str,
    device_id: i64,
) -> Result<Option<(PushRequest, User, AuthMethodRecord)>, ServiceError> {
    if id.is_empty() || id.len() > 64 {
        return Ok(None);
    }
    let Some(r) = state.store.push_request_get(id).await? else {
        return Ok(None);
    };
    let Some(user_id) = r.user_id else {
        return Ok(None);
    };
    let device = state
        .store
        .methods_of(user_id)
        .await?
        .into_iter()
        .find(|m| m.id == device_id && m.kind == MethodKind::Push);
    let Some(device) = device else {
        return Ok(None);
    };
    let user = match state.store.user_get(user_id).await {
        Ok(u) => u,
        Err(latchkey_core::store::StoreError::NotFound) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    Ok(Some((r, user, device)))
}

/// What the app shows of request `id` for device `device_id`; `None` when the request is
/// unknown or the device isn't its user's.
///
/// Errors: storage errors.
pub async fn request_view(
    state: &AppState,
    id: &str,
    device_id: i64,
) -> Result<Option<RequestView>, ServiceError> {
    let Some((r, user, _)) = load(state, id, device_id).await? else {
        return Ok(None);
    };
    Ok(Some(RequestView {
        status: status_word(&r, state.now()),
        id: r.id,
        number_required: true,
        organization: state.org_name(),
        user: user.display_name,
        // In the phone's language (its request's Accept-Language).
        action: latchkey_i18n::t("push-action-reset"),
        ip: r.client_ip,
        browser: crate::sspr::push::user_agent_words(&r.user_agent),
        created_at: r.created_at,
        expires_at: r.expires_at,
    }))
}

/// The app's answer: `approve` (with the two-digit number), `deny` or `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Approve, with the number typed.
    Approve,
    /// Deny: the journey ends.
    Deny,
    /// "This wasn't me": deny, block and alert.
    Report,
}

impl Answer {
    /// The JSON and signed form: `approve`, `deny`, `report`; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "approve" => Some(Answer::Approve),
            "deny" => Some(Answer::Deny),
            "report" => Some(Answer::Report),
            _ => None,
        }
    }
    fn as_str(self) -> &'static str {
        match self {
            Answer::Approve => "approve",
            Answer::Deny => "deny",
            Answer::Report => "report",
        }
    }
}

/// What answering gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerOutcome {
    /// Recorded with this final status.
    Answered(PushStatus),
    /// No such request, or the device isn't its user's.
    NotFound,
    /// The number is missing (approve) or not two digits, or present for another answer.
    Invalid,
    /// The signature doesn't verify under the device's key.
    BadSignature,
    /// It was answered already (otherwise than the same deny, wrong number or report
    /// from the same device, which answers [`AnswerOutcome::Answered`]).
    AlreadyAnswered,
    /// It expired unanswered.
    Expired,
}

/// Records the answer of device `device_id` to request `id`: the signature over
/// [`signed_text`] checked first, then the compare-and-set with its audit event; then,
/// for a deny, the block when it is the [`DENIES_TO_BLOCK`]th in a day; for a report,
/// [`crate::service::directory::report_not_me`] and a self-service block (see
/// [`follow_up`]). The same deny, wrong number or report again from the same device
/// finishes that follow-up if it never finished (`followed_up_at`), else does nothing,
/// and answers as the first time. `client_ip` and `request_id` are the app's, for the
/// audit events.
///
/// Errors: storage errors.
/// A refused answer (a bad signature, a second answer or a replay, an expired request) is
/// audited with its reason.
#[expect(
    clippy::too_many_arguments,
    reason = "the answer's fields, as the app sends them"
)]
pub async fn answer(
    state: &AppState,
    id: &str,
    device_id: i64,
    answer: Answer,
    number: &str,
    signature: &str,
    client_ip: &str,
    request_id: &str,
) -> Result<AnswerOutcome, ServiceError> {
    let outcome = answer_once(
        state, id, device_id, answer, number, signature, client_ip, request_id,
    )
    .await?;
    let reason = match outcome {
        AnswerOutcome::BadSignature => "bad_signature",
        AnswerOutcome::AlreadyAnswered => "already_answered",
        AnswerOutcome::Expired => "expired",
        _ => return Ok(outcome),
    };
    if let Some((r, user, device)) = load(state, id, device_id).await? {
        let ctx = answer_ctx(state, &r, &user, client_ip, request_id).await;
        crate::audit::record(
            state,
            &ctx,
            activity::APP_NOTIFICATION_REFUSED,
            user.username.as_str(),
            Outcome::Failure,
            serde_json::json!({
                "reason": reason,
                "answer": answer.as_str(),
                "device": device.value,
            }),
        )
        .await;
    }
    Ok(outcome)
}

#[expect(
    clippy::too_many_arguments,
    reason = "the answer's fields, as the app sends them"
)]
async fn answer_once(
    state: &AppState,
    id: &str,
    device_id: i64,
    answer: Answer,
    number: &str,
    signature: &str,
    client_ip: &str,
    request_id: &str,
) -> Result<AnswerOutcome, ServiceError> {
    let number_ok = match answer {
        Answer::Approve => number.len() == 2 && number.bytes().all(|b| b.is_ascii_digit()),
        _ => number.is_empty(),
    };
    if !number_ok {
        return Ok(AnswerOutcome::Invalid);
    }
    let Some((r, user, device)) = load(state, id, device_id).await? else {
        return Ok(AnswerOutcome::NotFound);
    };
    let key: Option<Device> = state
        .seal
        .open(&device.secret, &push_aad(user.id))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok());
    let Some(key) = key else {
        tracing::error!(
            method = device.id,
            "a Latchkey app device could not be decrypted (wrong encryption_key?)"
        );
        return Ok(AnswerOutcome::BadSignature);
    };
    if !signature_valid(
        &key.public_key,
        &signed_text(&r.id, answer.as_str(), number),
        signature,
    ) {
        return Ok(AnswerOutcome::BadSignature);
    }
    let now = state.now();
    if r.status != PushStatus::Pending {
        // The same answer again from the device that gave it: what follows it (the
        // failure counted, the blocks, the alert) may have failed after the answer was
        // recorded; a retry finishes it, once (`followed_up_at`), so a replay repeats
        // nothing.
        let same = match r.status {
            PushStatus::Denied => answer == Answer::Deny,
            PushStatus::Reported => answer == Answer::Report,
            PushStatus::WrongNumber => {
                answer == Answer::Approve && number != format!("{:02}", r.number)
            }
            _ => false,
        };
        if same && r.device_id == Some(device.id) {
            if r.followed_up_at.is_none() {
                let ctx = answer_ctx(state, &r, &user, client_ip, request_id).await;
                follow_up(state, &r, r.status, &user, &ctx, true).await?;
            }
            return Ok(AnswerOutcome::Answered(r.status));
        }
        return Ok(AnswerOutcome::AlreadyAnswered);
    }
    if r.expires_at <= now {
        return Ok(AnswerOutcome::Expired);
    }
    let status = match answer {
        Answer::Approve => {
            let shown = format!("{:02}", r.number);
            if bool::from(shown.as_bytes().ct_eq(number.as_bytes())) {
                PushStatus::Approved
            } else {
                PushStatus::WrongNumber
            }
        }
        Answer::Deny => PushStatus::Denied,
        Answer::Report => PushStatus::Reported,
    };
    let ctx = answer_ctx(state, &r, &user, client_ip, request_id).await;
    let target = user.username.as_str();
    let (what, result) = match status {
        PushStatus::Approved => (activity::APP_NOTIFICATION_APPROVED, Outcome::Success),
        PushStatus::WrongNumber => (activity::APP_NOTIFICATION_WRONG_NUMBER, Outcome::Failure),
        PushStatus::Denied => (activity::APP_NOTIFICATION_DENIED, Outcome::Failure),
        _ => (activity::APP_NOTIFICATION_REPORTED, Outcome::Failure),
    };
    let effects = Effects {
        audit: vec![event(
            state,
            &ctx,
            what,
            target,
            result,
            serde_json::json!({"device": device.value, "requested_from": r.client_ip}),
        )],
        deliveries: Vec::new(),
    };
    if !state
        .store
        .push_request_answer(&r.id, status, device.id, now, &effects)
        .await?
    {
        // Moved between the read and the write: answered by a parallel request, or
        // expired meanwhile.
        return Ok(match state.store.push_request_get(&r.id).await? {
            Some(now_r) if now_r.status == PushStatus::Pending => AnswerOutcome::Expired,
            _ => AnswerOutcome::AlreadyAnswered,
        });
    }
    follow_up(state, &r, status, &user, &ctx, false).await?;
    Ok(AnswerOutcome::Answered(status))
}

/// What follows an answer recorded with `status`: the journey's side first (ended, and
/// the failure counted, as the answer arrives), then for a deny the block when it is the
/// [`DENIES_TO_BLOCK`]th in a day, for a report [`report_follow_up`]; then the request is
/// marked followed up, so a retry (`retry`: the answer was recorded before, and this
/// finishes what failed then) runs this at most until it succeeds once.
async fn follow_up(
    state: &AppState,
    r: &PushRequest,
    status: PushStatus,
    user: &User,
    ctx: &Ctx,
    retry: bool,
) -> Result<(), ServiceError> {
    let target = user.username.as_str();
    crate::service::journey::push_answered(state, r, status, ctx, target).await?;
    match status {
        PushStatus::Denied => {
            let denies = state
                .store
                .push_answered_count(&r.subject, PushStatus::Denied, state.now() - DENY_WINDOW)
                .await?;
            if denies >= DENIES_TO_BLOCK {
                limits::start_block(
                    state,
                    &r.subject,
                    "app_notification_denied",
                    denies,
                    ctx,
                    target,
                )
                .await?;
            }
        }
        PushStatus::Reported => report_follow_up(state, r, user, ctx, retry).await?,
        _ => {}
    }
    state
        .store
        .push_request_followed_up(&r.id, state.now())
        .await?;
    Ok(())
}

/// The audit context of an answer: the app's address, the journey's correlation id (the
/// app's request id once the journey is gone).
async fn answer_ctx(
    state: &AppState,
    r: &PushRequest,
    user: &User,
    client_ip: &str,
    request_id: &str,
) -> Ctx {
    let correlation_id = match state.store.flow_get(&r.owner).await {
        Ok(f) => f.correlation_id,
        Err(_) => request_id.to_owned(),
    };
    Ctx {
        actor: user.username.to_string(),
        client_ip: client_ip.to_owned(),
        correlation_id,
    }
}

/// What follows "this wasn't me": sign-in blocked and the administrators alerted
/// ([`crate::service::directory::report_not_me`], with this request's details), and
/// self-service blocked for a day. `retry`: the answer was recorded before and its
/// follow-up never finished; the report is made again only if sign-in isn't blocked yet
/// (it was made before the failure otherwise); the self-service block is idempotent.
async fn report_follow_up(
    state: &AppState,
    r: &PushRequest,
    user: &User,
    ctx: &Ctx,
    retry: bool,
) -> Result<(), ServiceError> {
    let target = user.username.as_str();
    if !retry || user.enabled {
        let report = crate::service::directory::Reported::AppRequest {
            ip: r.client_ip.clone(),
            browser: r.user_agent.clone(),
            at: r.created_at,
        };
        crate::service::directory::report_not_me(state, ctx, user, &report).await?;
    }
    limits::start_block(
        state,
        &r.subject,
        "app_notification_reported",
        1,
        ctx,
        target,
    )
    .await?;
    Ok(())
}
