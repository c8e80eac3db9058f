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

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use crate::error::ApiError;
use crate::form::check_text;
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
        latchkey_i18n::t("setup-passkey-api-csrf"),
    )
}

impl<T: DeserializeOwned + Send> FromRequest<AppState> for CsrfJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if req.method() != Method::POST {
            return Err(ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                latchkey_i18n::t("setup-passkey-api-post-only"),
            ));
        }
        if !crate::form::same_origin(&req, state) {
            return Err(csrf_refused());
        }
        let json = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| {
                t.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .eq_ignore_ascii_case("application/json")
            });
        if !json {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                latchkey_i18n::t("setup-passkey-api-json"),
            ));
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
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "too_large",
                    latchkey_i18n::t("setup-passkey-api-too-large"),
                )
            } else {
                invalid_json()
            }
        })?;
        parse(&bytes).map(CsrfJson)
    }
}

fn invalid_json() -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "invalid_json",
        latchkey_i18n::t("setup-passkey-api-unreadable"),
    )
}

/// Every string (and key) of `v` at `at` and below, checked with [`check_text`].
fn check_strings(v: &serde_json::Value, at: &str) -> Result<(), ApiError> {
    match v {
        serde_json::Value::String(s) => check_text(at, s).map_err(|r| r.api_error()),
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, item)| check_strings(item, &format!("{at}[{i}]"))),
        serde_json::Value::Object(fields) => fields.iter().try_for_each(|(k, item)| {
            let path = if at.is_empty() {
                k.clone()
            } else {
                format!("{at}.{k}")
            };
            check_text(&path, k).map_err(|r| r.api_error())?;
            check_strings(item, &path)
        }),
        _ => Ok(()),
    }
}

/// A JSON object as `T`, its text held to the rules every field follows (no NUL, at
/// most [`crate::form::MAX_TEXT_CHARS`] characters a string).
fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let tree: serde_json::Value = serde_json::from_slice(bytes).map_err(|_| invalid_json())?;
    if !tree.is_object() {
        return Err(invalid_json());
    }
    check_strings(&tree, "")?;
    serde_json::from_value(tree).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_json",
            latchkey_i18n::tr(
                "setup-passkey-api-unexpected",
                &[("detail", e.to_string().into())],
            ),
        )
    })
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
        latchkey_i18n::t("setup-passkey-api-unavailable"),
        None,
    )
}
