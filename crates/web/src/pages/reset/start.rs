//! The first page: username and the human check.

use axum::extract::{Extension, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::flow_cookie;
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, set_cookie};
use crate::pages::redirect_with_cookie;
use crate::service::journey;
use crate::sspr::human::{self, Checked, HumanForm, Place};
use crate::state::AppState;
use crate::views::{FormErrors, Layout, ResetStartPage, render};
use latchkey_i18n::t;

async fn start_page(
    state: &AppState,
    csrf: &str,
    client_ip: &str,
    username: String,
    errors: FormErrors,
) -> Result<Response, PageError> {
    let bad = !errors.is_empty();
    let check = human::view(state, client_ip, Place::Start).await?;
    let mut r = render(&ResetStartPage {
        layout: Layout::new(state, t("reset-title"), csrf, None),
        username,
        errors,
        captcha: check.image,
        pow: check.pow,
        provider: check.provider,
    });
    if bad {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(r)
}

/// `GET /reset`.
pub async fn start(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
) -> Result<Response, PageError> {
    start_page(&state, &csrf.0, &ip.0, String::new(), FormErrors::default()).await
}

/// The form of `POST /reset`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StartForm {
    username: String,
    #[serde(flatten)]
    human: HumanForm,
}

/// `POST /reset`: checks the human check, starts a journey and sets its cookie.
pub async fn start_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    CsrfForm(form): CsrfForm<StartForm>,
) -> Result<Response, PageError> {
    let typed: String = form
        .username
        .trim()
        .to_lowercase()
        .chars()
        .take(256)
        .collect();
    let mut errors = FormErrors::default();
    if typed.is_empty() {
        errors.push("username", t("reset-start-username-missing"));
    }
    let mut proof = true;
    if errors.is_empty() {
        match human::check(&state, &form.human, Place::Start, &ip.0).await? {
            Checked::Passed { proof: p } => proof = p,
            Checked::Refused(field, why) => errors.push(field, t(why)),
        }
    }
    if !errors.is_empty() {
        return start_page(&state, &csrf.0, &ip.0, typed, errors).await;
    }
    let token = journey::start(&state, &typed, &ip.0, proof).await?;
    let policy = crate::sspr::load_policy(&state).await?;
    let cookie = set_cookie(&state, &flow_cookie(&state), &token, "Strict", None);
    let next = if policy.allow_unlock {
        "/reset/options"
    } else {
        "/reset/verify"
    };
    Ok(redirect_with_cookie(next, &cookie))
}
