//! The first page: username and CAPTCHA.

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
use crate::state::AppState;
use crate::views::{CaptchaView, FormErrors, Layout, ResetStartPage, render};

fn captcha_view(state: &AppState) -> Option<CaptchaView> {
    if state.settings.captcha == "off" {
        return None;
    }
    use base64::Engine as _;
    let c = latchkey_core::captcha::challenge(state.server_key(), state.now());
    Some(CaptchaView {
        token: c.token,
        image: format!(
            "data:image/svg+xml;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(c.svg)
        ),
        question: c.question,
    })
}

fn start_page(state: &AppState, csrf: &str, username: String, errors: FormErrors) -> Response {
    let bad = !errors.is_empty();
    let mut r = render(&ResetStartPage {
        layout: Layout::new(state, "Get back into your account", csrf, None),
        username,
        errors,
        captcha: captcha_view(state),
    });
    if bad {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    r
}

/// `GET /reset`.
pub async fn start(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
) -> Response {
    start_page(&state, &csrf.0, String::new(), FormErrors::default())
}

/// The form of `POST /reset`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StartForm {
    username: String,
    captcha_token: String,
    captcha_answer: String,
}

/// `POST /reset`: checks the CAPTCHA, starts a journey and sets its cookie.
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
        errors.push("username", "Enter your username.");
    }
    let now = state.now();
    if state.settings.captcha != "off" {
        match latchkey_core::captcha::verify(state.server_key(), &form.captcha_token, &form.captcha_answer, now) {
            Ok(nonce) => {
                if !state.store.captcha_use(&nonce, now + 600).await? {
                    errors.push("captcha_answer", "That picture was already used. Enter the characters in the new picture.");
                }
            }
            Err(latchkey_core::captcha::CaptchaError::Expired) => {
                errors.push("captcha_answer", "The picture expired. Enter the characters in the new picture.")
            }
            Err(_) => errors.push(
                "captcha_answer",
                "The characters didn't match the picture. Try the new picture, or answer the question instead.",
            ),
        }
    }
    if !errors.is_empty() {
        return Ok(start_page(&state, &csrf.0, typed, errors));
    }
    let token = journey::start(&state, &typed, &ip.0).await?;
    let policy = crate::sspr::load_policy(&state).await?;
    let cookie = set_cookie(&state, &flow_cookie(&state), &token, "Strict", None);
    let next = if policy.allow_unlock {
        "/reset/options"
    } else {
        "/reset/verify"
    };
    Ok(redirect_with_cookie(next, &cookie))
}
