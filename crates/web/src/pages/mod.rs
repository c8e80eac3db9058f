//! Server-rendered pages, one module per area.

pub mod account;
pub mod admin;
pub mod signin;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

use crate::views::ResetPage;
use crate::views::{Layout, render};
use crate::{middleware::CsrfToken, state::AppState};
use axum::extract::{Extension, State};

/// A redirect (303, so the browser follows with GET) that also sets a cookie.
pub fn redirect_with_cookie(to: &str, cookie: &str) -> Response {
    let mut r = Redirect::to(to).into_response();
    if let Ok(v) = HeaderValue::from_str(cookie) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    r
}

/// `/reset`: the self-service journey arrives with the SSPR issue; until then this page
/// says plainly whom to ask, so "Forgot my password" is never a dead end.
pub async fn reset(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
) -> Response {
    render(&ResetPage {
        layout: Layout::new(&state, "Get back into your account", &csrf.0, None),
    })
}
