//! What the passkey pages' JSON endpoints share (`/setup/passkey/*`,
//! `/reset/verify/passkey/*`, called by `static/passkey.js`): a JSON body accepted only
//! with the page's CSRF token, and answers in the API's error shape.
//!
//! The CSRF token is the one every form of the page carries (the hidden `csrf` field),
//! sent in the `X-CSRF-Token` header; it is compared with the cookie's as
//! [`crate::form::CsrfForm`] compares the field, after the same `Origin` and
//! `Sec-Fetch-Site` checks. Errors are `{"code": "...", "message": "..."}` with a stable
//! code ([`ApiError`]); a `next` member, when present, is the page the browser should
//! show instead.

use axum::extract::{FromRequest, Request};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use crate::api::extract::ApiJson;
use crate::error::ApiError;
use crate::middleware::CsrfToken;
use crate::state::AppState;

/// The header the passkey script sends the page's CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// A JSON body of type `T`, accepted only from our own page with its CSRF token.
pub struct CsrfJson<T>(pub T);

/// `403 csrf`: the token is missing or wrong, or the request came from another site.
fn csrf_refused() -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "csrf",
        "For your security, this page expired. Reload it and try again.",
    )
}

impl<T: DeserializeOwned + Send> FromRequest<AppState> for CsrfJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if req.method() != Method::POST {
            return Err(ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "This endpoint only accepts POST.",
            ));
        }
        if !crate::form::same_origin(&req, state) {
            return Err(csrf_refused());
        }
        let expected = req
            .extensions()
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let sent = req
            .headers()
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if expected.is_empty() || !bool::from(sent.as_bytes().ct_eq(expected.as_bytes())) {
            return Err(csrf_refused());
        }
        let ApiJson(value) = ApiJson::<T>::from_request(req, state).await?;
        Ok(CsrfJson(value))
    }
}

/// An error answer: `status`, a stable `code`, a sentence, and where to go instead.
pub fn refused(
    status: StatusCode,
    code: &'static str,
    message: impl Into<String>,
    next: Option<&str>,
) -> Response {
    let mut body = serde_json::json!({"code": code, "message": message.into()});
    if let Some(n) = next {
        body["next"] = serde_json::Value::String(n.to_owned());
    }
    (status, axum::Json(body)).into_response()
}

/// A success answer: the page to go to next.
pub fn go(next: &str) -> Response {
    axum::Json(serde_json::json!({"next": next})).into_response()
}

/// The options of a ceremony, as `webauthn-rs` made them (`{"publicKey": {…}}`).
pub fn options(value: serde_json::Value) -> Response {
    axum::Json(value).into_response()
}

/// `503 passkeys_unavailable`: the relying party can't be built at this address; the
/// cause is logged for the administrator.
pub fn unavailable(cause: &crate::sspr::webauthn::Unavailable) -> Response {
    tracing::warn!(%cause, "passkeys unavailable");
    refused(
        StatusCode::SERVICE_UNAVAILABLE,
        "passkeys_unavailable",
        "Passkeys can't be used at this address. Choose another method, or tell your administrator.",
        None,
    )
}
