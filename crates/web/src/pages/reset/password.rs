//! The new password, and the last page.

use axum::extract::{Extension, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::Secret;
use latchkey_core::journey::{Intent, Stage};
use serde::Deserialize;

use super::journey_layout;
use super::{expired, flow_cookie, load, message};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, set_cookie};
use crate::service::journey::Loaded;
use crate::service::journey::{self, PasswordOutcome};
use crate::state::AppState;
use crate::views::{FormErrors, ResetPasswordPage, render};
use latchkey_i18n::t;

fn password_page(
    state: &AppState,
    csrf: &str,
    j: &Loaded,
    errors: FormErrors,
    min_length: usize,
) -> Response {
    let bad = !errors.is_empty();
    let mut r = render(&ResetPasswordPage {
        layout: journey_layout(state, t("reset-password-heading"), csrf, j),
        min_length,
        errors,
    });
    if bad {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    r
}

/// `GET /reset/password`.
pub async fn password(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let Some(j) = load(&state, &headers).await? else {
        return Ok(expired(&state, &csrf.0));
    };
    match j.flow.journey.stage {
        Stage::NewPassword if j.user.is_some() => Ok(password_page(
            &state,
            &csrf.0,
            &j,
            FormErrors::default(),
            crate::protect::load_policy(&state).await?.min_length,
        )),
        Stage::Done => Ok(Redirect::to("/reset/done").into_response()),
        // Verification isn't finished; /reset/verify never sends back here unless it is.
        _ => Ok(Redirect::to("/reset/verify").into_response()),
    }
}

/// The form of `POST /reset/password`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    new_password: Secret,
    confirm_password: Secret,
}

/// `POST /reset/password`: sets the new password, once.
pub async fn password_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<Response, PageError> {
    let Some(j) = load(&state, &headers).await? else {
        return Ok(expired(&state, &csrf.0));
    };
    match journey::set_new_password(
        &state,
        &j,
        &form.new_password,
        &form.confirm_password,
        &ip.0,
    )
    .await?
    {
        PasswordOutcome::Done => Ok(Redirect::to("/reset/done").into_response()),
        // Not "your password has been reset": this request's password wasn't stored.
        PasswordOutcome::AlreadyDone => Ok(message(
            &state,
            &csrf.0,
            "reset-already-done-title",
            &["reset-already-done-body", "reset-already-done-next"],
            Some(("/", "reset-sign-in")),
            None,
            false,
        )),
        PasswordOutcome::InProgress => Ok(message(
            &state,
            &csrf.0,
            "reset-in-progress-title",
            &["reset-in-progress-body", "reset-in-progress-next"],
            Some(("/reset/password", "reset-try-again")),
            None,
            false,
        )),
        PasswordOutcome::Expired => Ok(expired(&state, &csrf.0)),
        PasswordOutcome::NotReady => Ok(Redirect::to("/reset/verify").into_response()),
        PasswordOutcome::DirectoryRefused(why) => {
            let mut errors = FormErrors::default();
            errors.push("new_password", why.user_words());
            let mut r = password_page(
                &state,
                &csrf.0,
                &j,
                errors,
                crate::protect::load_policy(&state).await?.min_length,
            );
            *r.status_mut() = crate::error::directory_status(&why);
            Ok(r)
        }
        PasswordOutcome::Rejected(field, why) => {
            let mut errors = FormErrors::default();
            errors.push(field, why);
            Ok(password_page(
                &state,
                &csrf.0,
                &j,
                errors,
                crate::protect::load_policy(&state).await?.min_length,
            ))
        }
    }
}

/// `GET /reset/done`: the last page; ends the journey and its cookie.
pub async fn done(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let Some(j) = load(&state, &headers).await? else {
        return Ok(Redirect::to("/").into_response());
    };
    if j.flow.journey.stage != Stage::Done {
        return Ok(Redirect::to("/reset/verify").into_response());
    }
    journey::finish(&state, &j).await?;
    let mut r = if j.flow.journey.intent == Some(Intent::Unlock) {
        message(
            &state,
            &csrf.0,
            "reset-unlocked-title",
            &["reset-unlocked-body"],
            Some(("/", "reset-sign-in")),
            None,
            false,
        )
    } else {
        message(
            &state,
            &csrf.0,
            "reset-done-title",
            &["reset-done-body"],
            Some(("/", "reset-done-sign-in")),
            None,
            false,
        )
    };
    if let Ok(v) = axum::http::HeaderValue::from_str(&set_cookie(
        &state,
        &flow_cookie(&state),
        "",
        "Strict",
        Some(0),
    )) {
        r.headers_mut().append(axum::http::header::SET_COOKIE, v);
    }
    Ok(r)
}
