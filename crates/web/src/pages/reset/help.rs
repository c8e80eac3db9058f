//! "Contact your administrator".

use axum::extract::{Extension, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Deserialize;

use super::{helpdesk, load, message};
use crate::audit::Ctx;
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::journey;
use crate::sspr::load_policy;
use crate::state::AppState;
use crate::views::{HelpPage, Layout, render};
use latchkey_i18n::t;

/// `GET /reset/help`.
pub async fn help(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
) -> Result<Response, PageError> {
    let policy = load_policy(&state).await?;
    Ok(render(&HelpPage {
        layout: Layout::new(&state, t("reset-contact-admin"), &csrf.0, None),
        helpdesk: helpdesk(&policy),
    }))
}

/// A form with no fields (only the CSRF token).
#[derive(Deserialize, Default)]
pub struct Empty {}

/// `POST /reset/help`: asks the administrators to help; the same answer for every name.
pub async fn help_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    headers: HeaderMap,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let policy = load_policy(&state).await?;
    let j = load(&state, &headers).await?;
    if journey::help(&state, j.as_ref(), Ctx::new("anonymous", &ip, &rid)).await?
        == journey::Help::NoRecipient
    {
        return Ok(message(
            &state,
            &csrf.0,
            "reset-help-none-title",
            &["reset-help-none-body", "reset-help-none-next"],
            Some(("/", "reset-back-to-sign-in")),
            Some(&policy),
            false,
        ));
    }
    Ok(message(
        &state,
        &csrf.0,
        "reset-help-sent-title",
        &["reset-help-sent-body", "reset-help-sent-next"],
        Some(("/", "reset-back-to-sign-in")),
        Some(&policy),
        false,
    ))
}
