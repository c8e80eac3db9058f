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

const PAGE: &str = "/account/helpdesk-requests";

/// `GET /account/helpdesk-requests`: the requests waiting for the signed-in user's
/// answer; `?done=approved|denied|gone|no-number|wrong-N` says what the last answer did.
///
/// Redirects as My account does when not signed in. Errors: 500 when the store fails.
pub async fn page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireUser(a): RequireUser,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let notice = match q.as_deref().and_then(|q| q.strip_prefix("done=")) {
        Some("approved") => Some(t("manager-requests-approved")),
        Some("denied") => Some(t("manager-requests-denied")),
        Some("gone") => Some(t("manager-requests-gone")),
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
        })
        .collect();
    Ok(render(&ManagerRequestsPage {
        layout: Layout::new(&state, t("manager-requests-title"), &csrf.0, Some(&a))
            .section("account"),
        requests,
        notice,
    }))
}

/// The answer form: `approve` with the `number` the caller was given, or `deny`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
    number: String,
}

/// `POST /account/helpdesk-requests/{id}` ([`DecisionForm`]): approves (with the number)
/// or denies, and redirects (303) back to the list with what it did. A request no longer
/// waiting (answered, lapsed, or not this user's) says so; a wrong number says how many
/// tries remain. A session whose password is older than the step-up window goes to
/// "Confirm it's you" first.
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
        _ => return Ok(Redirect::to(PAGE).into_response()),
    };
    let ctx = Ctx::new(a.user.username.as_str(), &ip, &rid);
    let done = match helpdesk::decide(&state, &a, &ctx, id, answer).await {
        Ok(ManagerDecision::Verified) => "approved".to_owned(),
        Ok(ManagerDecision::Denied) => "denied".to_owned(),
        Ok(ManagerDecision::WrongNumber(left)) => format!("wrong-{left}"),
        Ok(ManagerDecision::NoNumber) => "no-number".to_owned(),
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
