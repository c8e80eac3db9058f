//! `/signin/access-pass`: signing in with a Temporary Access Pass, to reach `/setup` only
//! (see [`crate::service::access_pass`]).

use axum::extract::{Extension, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::Secret;
use latchkey_i18n::t;
use serde::Deserialize;

use crate::audit::Ctx;
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::pages::redirect_with_cookie;
use crate::service::access_pass::{self, PassSignIn};
use crate::session::MaybeUser;
use crate::state::AppState;
use crate::views::{FormErrors, Layout, PassSignInPage, render};

fn page_with(
    state: &AppState,
    csrf: &CsrfToken,
    username: String,
    errors: FormErrors,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let mut r = render(&PassSignInPage {
        layout: Layout::new(state, t("signin-pass-title"), &csrf.0, None),
        username,
        errors,
        error,
    });
    *r.status_mut() = status;
    r
}

/// `GET /signin/access-pass`: the form. Someone already signed in goes to `/setup`.
pub async fn page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    MaybeUser(who): MaybeUser,
) -> Response {
    if who.is_some() {
        return Redirect::to("/setup").into_response();
    }
    page_with(
        &state,
        &csrf,
        String::new(),
        FormErrors::default(),
        None,
        StatusCode::OK,
    )
}

/// The form posted to `POST /signin/access-pass`.
#[derive(Deserialize)]
pub struct PassForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    pass: Secret,
}

/// `POST /signin/access-pass` ([`PassForm`]): signs in with the pass and redirects (303)
/// to `/setup`; an empty field re-renders the form with status 400, a wrong username or
/// pass (or a pass expired, used or revoked) or a lockout with 401, in words that don't
/// say which.
///
/// Errors: 403 for a failed CSRF check, 500 when the store fails.
pub async fn submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<PassForm>,
) -> Result<Response, PageError> {
    let typed: String = form.username.trim().chars().take(256).collect();
    let mut errors = FormErrors::default();
    if typed.is_empty() {
        errors.push("username", t("signin-pass-enter-username"));
    }
    if form.pass.is_empty() {
        errors.push("pass", t("signin-pass-enter-pass"));
    }
    if !errors.is_empty() {
        return Ok(page_with(
            &state,
            &csrf,
            typed,
            errors,
            None,
            StatusCode::BAD_REQUEST,
        ));
    }
    let ctx = Ctx::new(typed.to_lowercase(), &ip, &rid);
    let refusal = match access_pass::sign_in(&state, &headers, &typed, &form.pass, &ctx).await? {
        PassSignIn::Success(cookie) => return Ok(redirect_with_cookie("/setup", &cookie)),
        PassSignIn::Invalid => t("signin-pass-invalid"),
        PassSignIn::Locked => crate::pages::signin::locked(),
    };
    Ok(page_with(
        &state,
        &csrf,
        typed,
        FormErrors::default(),
        Some(refusal),
        StatusCode::UNAUTHORIZED,
    ))
}
