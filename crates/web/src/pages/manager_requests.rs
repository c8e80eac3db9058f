//! `/account/helpdesk-requests`: the helpdesk asks the signed-in user, as a caller's
//! manager, to confirm the caller; they reach the caller themselves, ask for the number
//! the helpdesk gave them, and approve with it, or deny. The rules are in
//! [`crate::service::helpdesk::decide`].

use axum::extract::{Extension, Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_i18n::{t, tr};
use serde::Deserialize;

use crate::audit::Ctx;
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::ServiceError;
use crate::service::helpdesk::{self, ManagerAnswer, ManagerDecision};
use crate::session::RequireUser;
use crate::state::AppState;
use crate::views::{Layout, ManagerRequestView, ManagerRequestsPage, render};
use latchkey_core::helpdesk::ManagerApproval;

const PAGE: &str = "/account/helpdesk-requests";

/// `GET /account/helpdesk-requests`: the requests waiting for the signed-in user's
/// answer. `?done=gone|ended|no-number|wrong-N` says what the last answer did;
/// `?done=approved|denied|unconfirmed&request=ID` too, only when the stored request says
/// so — a crafted link can't claim an answer this manager didn't give.
///
/// Redirects as My account does when not signed in. Errors: 500 when the store fails.
pub async fn page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireUser(a): RequireUser,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let query: Vec<(String, String)> =
        serde_urlencoded::from_str(q.as_deref().unwrap_or("")).unwrap_or_default();
    let param = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let answered = |want: fn(ManagerApproval) -> Option<i64>| {
        let id = param("request").and_then(|r| r.parse::<i64>().ok());
        let state = &state;
        let me = a.user.id;
        async move {
            match id {
                Some(id) => matches!(
                    state.store.helpdesk_get(id).await,
                    Ok(Some(v)) if want(v.manager) == Some(me)
                ),
                None => false,
            }
        }
    };
    let notice = match param("done") {
        Some("approved") => answered(|m| match m {
            ManagerApproval::Approved { manager_id, .. } => Some(manager_id),
            _ => None,
        })
        .await
        .then(|| t("manager-requests-approved")),
        Some("denied") => answered(|m| match m {
            ManagerApproval::Denied { manager_id, .. } => Some(manager_id),
            _ => None,
        })
        .await
        .then(|| t("manager-requests-denied")),
        Some("unconfirmed") => answered(|m| match m {
            ManagerApproval::Unconfirmed { manager_id, .. } => Some(manager_id),
            _ => None,
        })
        .await
        .then(|| t("manager-requests-unconfirmed")),
        Some("gone") => Some(t("manager-requests-gone")),
        Some("ended") => Some(t("manager-requests-ended")),
        Some("no-number") => Some(t("manager-requests-no-number")),
        Some(w) => w
            .strip_prefix("wrong-")
            .and_then(|n| n.parse::<i64>().ok())
            .filter(|n| (1..=helpdesk::MAX_WRONG_NUMBERS).contains(n))
            .map(|n| tr("manager-requests-wrong", &[("left", n.into())])),
        None => None,
    };
    let requests = helpdesk::requests_for(&state, &a.user)
        .await?
        .into_iter()
        .map(|r| ManagerRequestView {
            id: r.verification.id,
            caller: format!("{} ({})", r.caller.display_name, r.caller.username),
            caller_name: r.caller.display_name.clone(),
            agent: r.agent,
            asked: match r.verification.manager {
                latchkey_core::helpdesk::ManagerApproval::Asked { at, .. } => {
                    crate::views::admin_datetime(at)
                }
                _ => String::new(),
            },
            until: crate::views::admin_datetime(r.verification.manager_deadline()),
            // The office number only: a mobile number is what a SIM swap takes over.
            office_phone: r
                .caller
                .office_phone
                .as_ref()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default(),
            ended: !r.may_approve,
        })
        .collect();
    Ok(render(&ManagerRequestsPage {
        layout: Layout::new(&state, t("manager-requests-title"), &csrf.0, Some(&a))
            .section("account"),
        requests,
        notice,
    }))
}

/// The answer form: `approve` with the `number` the caller was given, `deny`, or
/// `cannot_confirm`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
    number: String,
}

/// `POST /account/helpdesk-requests/{id}` ([`DecisionForm`]): approves (with the number),
/// denies, or says the manager can't confirm it, and redirects (303) back to the list
/// with what it did. A request no longer waiting (answered, lapsed, or not this user's)
/// says so; a wrong number says how many tries remain. To approve, a session whose
/// password is older than the step-up window goes to "Confirm it's you" first.
///
/// Errors: 403 for a failed CSRF check; 500 when the store fails.
pub async fn decide(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireUser(a): RequireUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> Result<Response, PageError> {
    let Some(id) = id.parse::<i64>().ok().filter(|n| *n > 0) else {
        return Ok(Redirect::to(&format!("{PAGE}?done=gone")).into_response());
    };
    let answer = match form.decision.as_str() {
        "approve" => {
            let typed: String = form.number.chars().take(16).collect();
            ManagerAnswer::Approve(latchkey_core::helpdesk::parse_number(&typed))
        }
        "deny" => ManagerAnswer::Deny,
        "cannot_confirm" => ManagerAnswer::CannotConfirm,
        _ => return Ok(Redirect::to(PAGE).into_response()),
    };
    let ctx = Ctx::new(a.user.username.as_str(), &ip, &rid);
    let done = match helpdesk::decide(&state, &a, &ctx, id, answer).await {
        Ok(ManagerDecision::Verified) => format!("approved&request={id}"),
        Ok(ManagerDecision::Denied) => format!("denied&request={id}"),
        Ok(ManagerDecision::Unconfirmed) => format!("unconfirmed&request={id}"),
        Ok(ManagerDecision::WrongNumber(left)) => format!("wrong-{left}"),
        Ok(ManagerDecision::NoNumber) => "no-number".to_owned(),
        Err(ServiceError::Helpdesk(latchkey_core::helpdesk::Refusal::NotPending)) => {
            "ended".to_owned()
        }
        Err(ServiceError::Helpdesk(_) | ServiceError::ChangedMeanwhile) => "gone".to_owned(),
        Err(ServiceError::StepUpRequired) => {
            return Err(PageError::StepUpRequired {
                next: PAGE.to_owned(),
            });
        }
        Err(e) => return Err(e.into()),
    };
    Ok(Redirect::to(&format!("{PAGE}?done={done}")).into_response())
}

/// `GET /account/helpdesk-requests/{id}` (a reload after answering): back to the list.
pub async fn back() -> impl IntoResponse {
    Redirect::to(PAGE)
}
