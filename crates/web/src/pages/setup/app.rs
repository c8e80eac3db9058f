//! `/setup/app`: adding an authenticator app, proven by its first code.

use axum::extract::{Extension, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::totp::display_grouped;
use serde::Deserialize;

use super::{BLOCKED, BUSY, back_to, ctx, refusal_text};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::registration::{self, CheckOutcome};
use crate::session::{Authed, SetupUser};
use crate::state::AppState;
use crate::views::{FormErrors, Layout, SetupAppPage, render};
use latchkey_i18n::t;

async fn app_page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    name: String,
    errors: FormErrors,
) -> Result<Response, PageError> {
    let secret = registration::app_secret(state, a)
        .await
        .map_err(back_to("/setup/app"))?;
    let org = &state.org_name();
    let bad = !errors.is_empty();
    let mut r = render(&SetupAppPage {
        layout: Layout::new(state, t("setup-app-title"), &csrf.0, Some(a)).section("account"),
        qr: secret.qr_svg(org, a.user.username.as_str()),
        secret: display_grouped(&secret.to_base32()),
        app_name: name,
        errors,
    });
    if bad {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(r)
}

/// `GET /setup/app`: the QR code and key of a new app (back to `/setup` when the most
/// apps are registered).
pub async fn app(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    SetupUser(a): SetupUser,
) -> Result<Response, PageError> {
    if !registration::may_add_app(&state, &a.user).await? {
        return Ok(Redirect::to("/setup").into_response());
    }
    app_page(
        &state,
        &csrf,
        &a,
        t("setup-app-default-name"),
        FormErrors::default(),
    )
    .await
}

/// The form of `POST /setup/app`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AppForm {
    name: String,
    code: String,
}

/// `POST /setup/app`: the app's name and its first code.
pub async fn app_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    CsrfForm(f): CsrfForm<AppForm>,
) -> Result<Response, PageError> {
    let name = registration::app_name(&f.name);
    let c = ctx(&a, &ip, &rid);
    let problem = match registration::add_app(&state, &c, &a, &name, &f.code)
        .await
        .map_err(back_to("/setup/app"))?
    {
        CheckOutcome::Registered => return Ok(Redirect::to("/setup?added=1").into_response()),
        CheckOutcome::Wrong { .. } => t("setup-app-code-wrong"),
        CheckOutcome::NoCode => t("setup-app-too-long"),
        CheckOutcome::Refused(refusal) => refusal_text(&refusal),
        CheckOutcome::Blocked => t(BLOCKED),
        CheckOutcome::Busy => t(BUSY),
    };
    let mut errors = FormErrors::default();
    errors.push("code", problem);
    app_page(&state, &csrf, &a, name, errors).await
}
