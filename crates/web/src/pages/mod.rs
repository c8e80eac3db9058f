//! Server-rendered pages, one module per area.

pub mod access_pass;
pub mod account;
pub mod admin;
pub mod app_shell;
pub mod confirm;
pub mod manager_requests;
pub mod passkey;
pub mod protection;
pub mod report;
pub mod reset;
pub mod setup;
pub mod signin;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

/// A redirect (303, so the browser follows with GET) that also sets a cookie.
pub fn redirect_with_cookie(to: &str, cookie: &str) -> Response {
    let mut r = Redirect::to(to).into_response();
    if let Ok(v) = HeaderValue::from_str(cookie) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    r
}
