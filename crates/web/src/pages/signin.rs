//! `/`: sign in, and `/signout`.

use axum::extract::{Extension, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::Secret;
use latchkey_i18n::t;
use serde::Deserialize;

use crate::audit::Ctx;
use crate::auth::{SignIn, sign_in};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::pages::redirect_with_cookie;
use crate::session::{self, MaybeUser};
use crate::state::AppState;
use crate::views::{Layout, SignInPage, render};

/// What a locked-out name is told, at sign-in and at "Confirm it's you".
pub fn locked() -> String {
    t("signin-locked")
}

/// Where a user lands after signing in.
fn home_for(user: &latchkey_core::directory::User) -> &'static str {
    if user.must_change_password {
        "/password/change"
    } else if user.role.is_admin() {
        "/admin"
    } else {
        "/account"
    }
}

/// `GET /`: the sign-in page; `?signed_out=1` adds "You've signed out". A signed-in user
/// is redirected to their home (`/password/change`, `/admin` or `/account`).
pub async fn page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    MaybeUser(who): MaybeUser,
    RawQuery(query): RawQuery,
) -> Response {
    if let Some(a) = who {
        if a.access_pass {
            return Redirect::to("/setup").into_response();
        }
        return Redirect::to(home_for(&a.user)).into_response();
    }
    render(&SignInPage {
        layout: Layout::new(&state, t("signin-title"), &csrf.0, None),
        username: String::new(),
        error: None,
        notice: (query.as_deref() == Some("signed_out=1")).then(|| t("signin-signed-out")),
    })
}

/// The sign-in form, posted to `POST /`. Missing fields are empty.
#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: Secret,
}

/// `POST /` ([`SignInForm`]): signs in. On success ends any old session, starts a new one
/// and redirects (303) to the user's home; a wrong username or password, or a lockout,
/// re-renders the page with status 401 (400 when a field is empty), in words that don't say
/// whether the account exists.
///
/// Errors: 403 for a failed CSRF check, 503 when the hashing pool is full, 500 when the
/// store fails.
pub async fn submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<SignInForm>,
) -> Result<Response, PageError> {
    let typed: String = form.username.trim().chars().take(256).collect();
    let again = |error: &str| {
        let mut r = render(&SignInPage {
            layout: Layout::new(&state, t("signin-title"), &csrf.0, None),
            username: typed.clone(),
            error: Some(error.to_owned()),
            notice: None,
        });
        *r.status_mut() = axum::http::StatusCode::UNAUTHORIZED;
        r
    };
    if typed.is_empty() || form.password.is_empty() {
        let mut r = again(&t("signin-empty"));
        *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
        return Ok(r);
    }
    let ctx = Ctx::new(typed.to_lowercase(), &ip, &rid);
    match sign_in(&state, &typed, &form.password, &ctx).await? {
        SignIn::Success(user) => {
            // A new session id at every sign-in; the old one, if any, ends.
            let cookie = session::open(&state, &headers, &user, &typed, &ctx).await?;
            // A manager the helpdesk is waiting for lands on the request (the email's link
            // brought them to sign in first).
            let waiting = !user.must_change_password
                && crate::service::helpdesk::requests_waiting(&state, &user).await > 0;
            let home = if waiting {
                "/account/helpdesk-requests"
            } else {
                home_for(&user)
            };
            let mut r = redirect_with_cookie(home, &cookie);
            crate::lang::restore_saved(&state, user.id, &mut r).await;
            Ok(r)
        }
        SignIn::Invalid => Ok(again(&t("signin-invalid"))),
        SignIn::Locked(_) => Ok(again(&t("signin-locked"))),
    }
}

/// A form with no fields but the CSRF token (the sign-out button).
#[derive(Deserialize)]
pub struct Empty {}

/// `POST /signout`: ends the session, records the sign-out and redirects (303) to
/// `/?signed_out=1` with the session cookie cleared.
///
/// Errors: 403 for a failed CSRF check, 500 when the store fails.
pub async fn sign_out(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    MaybeUser(who): MaybeUser,
    headers: HeaderMap,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let ctx = who
        .as_ref()
        .map(|a| (a, Ctx::new(a.user.username.as_str(), &ip, &rid)));
    let cookie = session::close(&state, &headers, ctx.as_ref().map(|(a, c)| (&a.user, c))).await?;
    Ok(redirect_with_cookie("/?signed_out=1", &cookie))
}
