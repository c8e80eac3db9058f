//! The app notification step on the verification page: "Send a notification", then the
//! number to type in the Latchkey app, "Waiting for your approval…" with
//! `static/push-wait.js` asking `GET /reset/verify/push-status` every 2 seconds and
//! submitting "I've approved it" once the app answered (the button works without
//! JavaScript too).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::journey::Channel;

use super::verify::{PanelState, error, verify_page};
use super::{blocked_page, flow_cookie, load, message, read_cookie};
use crate::error::PageError;
use crate::service::journey::{self, CheckOutcome, Loaded, PushCheck, PushSend, SendOutcome};
use crate::state::AppState;
use crate::views::ResetVerifyPage;
use latchkey_i18n::t;

/// Fills the app notification panel of `page`: the number and the wait while the
/// journey's latest request is pending (or answered and not yet counted), else the
/// button that sends one. `again`: the person asked to send a new one.
pub(super) async fn panel(
    state: &AppState,
    j: &Loaded,
    page: &mut ResetVerifyPage,
    again: bool,
) -> Result<(), PageError> {
    match journey::push_request(state, j).await? {
        Some((number, status)) if status != "expired" && !again => {
            page.panel = "push_wait";
            page.push_number = format!("{number:02}");
            page.prompt = t("reset-verify-push-wait-prompt");
        }
        _ => {
            page.panel = "push_send";
            page.prompt = t("reset-verify-push-send-prompt");
        }
    }
    Ok(())
}

/// `POST /reset/verify/send` with `channel=app_notification`: a request to the app.
pub(super) async fn send(
    state: &AppState,
    csrf: &str,
    j: &mut Loaded,
    headers: &HeaderMap,
    client_ip: &str,
    proof: bool,
) -> Result<Response, PageError> {
    let c = Some(Channel::AppNotification);
    let ua = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    match journey::send_push(state, j, client_ip, ua, proof).await? {
        PushSend::Outcome(SendOutcome::Blocked) => Ok(blocked_page(state, csrf, &j.policy)),
        PushSend::Outcome(SendOutcome::NotOffered) => {
            verify_page(state, csrf, j, None, error(t("reset-verify-choose-shown"))).await
        }
        PushSend::Outcome(SendOutcome::Failed) => {
            let mut p = error(t("reset-push-failed"));
            p.force_destination = true;
            verify_page(state, csrf, j, c, p).await
        }
        PushSend::Ended(why) => Ok(ended_page(state, csrf, j, why)),
        PushSend::Gone => {
            let mut p = error(t(journey::SUBSCRIPTION_GONE));
            p.force_destination = true;
            verify_page(state, csrf, j, c, p).await
        }
        PushSend::TooManyRequests => {
            let mut p = error(t(journey::TOO_MANY));
            p.force_destination = true;
            verify_page(state, csrf, j, c, p).await
        }
        PushSend::Outcome(_) => {
            Ok(Redirect::to("/reset/verify?method=app_notification").into_response())
        }
    }
}

/// `POST /reset/verify/check` with `channel=app_notification`: counts the app's answer.
pub(super) async fn check(
    state: &AppState,
    csrf: &str,
    j: &mut Loaded,
    client_ip: &str,
) -> Result<Response, PageError> {
    let c = Some(Channel::AppNotification);
    let outcome = match journey::check_push(state, j, client_ip).await? {
        PushCheck::Ended(why) => return Ok(ended_page(state, csrf, j, why)),
        PushCheck::Step(o) => o,
    };
    match outcome {
        CheckOutcome::NextMethod => {
            let p = PanelState {
                notice: Some(t("reset-verify-second-method")),
                ..Default::default()
            };
            verify_page(state, csrf, j, None, p).await
        }
        CheckOutcome::ChoosePassword => Ok(Redirect::to("/reset/password").into_response()),
        CheckOutcome::Unlocked => Ok(Redirect::to("/reset/done").into_response()),
        CheckOutcome::Wrong(msg) => {
            let mut p = error(t(msg));
            p.force_destination = true;
            verify_page(state, csrf, j, c, p).await
        }
        CheckOutcome::NoCode(msg) => verify_page(state, csrf, j, c, error(t(msg))).await,
        CheckOutcome::Blocked => Ok(blocked_page(state, csrf, &j.policy)),
        _ => Ok(Redirect::to("/reset/verify").into_response()),
    }
}

/// "Request denied": the journey ended by an answer in the app; `why` is a catalogue key.
fn ended_page(state: &AppState, csrf: &str, j: &Loaded, why: &str) -> Response {
    message(
        state,
        csrf,
        "reset-push-denied-title",
        &[why],
        Some(("/reset", "reset-start-again")),
        Some(&j.policy),
        false,
    )
}

/// For a browser whose journey is gone: "Request denied" when the app ended it (its latest
/// request was denied or reported), else `None` ("Your session has expired").
///
/// Errors: 500 when the store fails.
pub(super) async fn ended(
    state: &AppState,
    csrf: &str,
    headers: &HeaderMap,
) -> Result<Option<Response>, PageError> {
    let Some(token) = read_cookie(headers, &flow_cookie(state)) else {
        return Ok(None);
    };
    let Some(ended) = journey::ended_by_app(state, &token).await? else {
        return Ok(None);
    };
    if ended.blocked {
        let policy = crate::sspr::load_policy(state).await?;
        return Ok(Some(blocked_page(state, csrf, &policy)));
    }
    Ok(Some(message(
        state,
        csrf,
        "reset-push-denied-title",
        &[ended.words],
        Some(("/reset", "reset-start-again")),
        None,
        false,
    )))
}

/// `GET /reset/verify/push-status`: `{"status": …}` of this browser's journey's latest
/// request to the app: `pending`, `approved`, `denied`, `reported`, `wrong_number`, or
/// `expired` (also when there is none, or no journey). Changes nothing.
///
/// Errors: 500 when the store fails.
pub async fn push_status(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let status = match load(&state, &headers).await? {
        Some(j) => journey::push_request(&state, &j)
            .await?
            .map_or("expired", |(_, s)| s),
        // Ended by a deny or "this wasn't me": say so, so the page moves on to its words.
        None => match read_cookie(&headers, &flow_cookie(&state)) {
            Some(token) => journey::ended_by_app(&state, &token)
                .await?
                .map_or("expired", |e| e.status),
            None => "expired",
        },
    };
    Ok((
        StatusCode::OK,
        [(header::CACHE_CONTROL, "no-store")],
        axum::Json(serde_json::json!({ "status": status })),
    )
        .into_response())
}
