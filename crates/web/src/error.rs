//! Errors at the edge. Pages get an HTML page with a plain explanation; the API gets
//! `{"error": {"code": "...", "message": "...", "request_id": "..."}}`. A 5xx never
//! says more than "something went wrong" and the request id; the cause is logged once.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use latchkey_core::password::HashError;
use latchkey_core::store::StoreError;

use crate::views::{ErrorPage, render};

#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("csrf check failed")]
    Csrf,
    #[error("form too large")]
    TooLarge,
    #[error("busy")]
    Busy,
    #[error("internal: {0}")]
    Internal(String),
}

impl From<StoreError> for PageError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => PageError::NotFound,
            other => PageError::Internal(other.to_string()),
        }
    }
}

impl From<HashError> for PageError {
    fn from(e: HashError) -> Self {
        match e {
            HashError::Overloaded => PageError::Busy,
            other => PageError::Internal(other.to_string()),
        }
    }
}

impl PageError {
    fn parts(&self) -> (StatusCode, &'static str, String) {
        match self {
            PageError::NotFound => (
                StatusCode::NOT_FOUND,
                "We can't find that page",
                "The page you asked for doesn't exist or was removed. Check the address, or go back and try again.".into(),
            ),
            PageError::BadRequest(m) => (StatusCode::BAD_REQUEST, "Something in the request wasn't right", m.clone()),
            PageError::Forbidden(m) => (StatusCode::FORBIDDEN, "You don't have access to this", m.clone()),
            PageError::Csrf => (
                StatusCode::FORBIDDEN,
                "Your form expired",
                "For your security, forms can only be sent from the page they belong to, and they expire. \
                 Go back, reload the page and try again."
                    .into(),
            ),
            PageError::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "That was too much text",
                "The form you sent was larger than we accept. Shorten what you typed and try again.".into(),
            ),
            PageError::Busy => (
                StatusCode::SERVICE_UNAVAILABLE,
                "We're busy right now",
                "Too many people are signing in or changing passwords at this moment. Wait a few seconds and try again."
                    .into(),
            ),
            PageError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong",
                "We couldn't complete your request. Try again in a moment; if it keeps happening, give your \
                 administrator the reference below."
                    .into(),
            ),
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        if let PageError::Internal(cause) = &self {
            tracing::error!(%cause, "request failed");
        }
        let (status, title, message) = self.parts();
        let mut resp = render(&ErrorPage::new(title, &message)).into_response();
        *resp.status_mut() = status;
        if status == StatusCode::SERVICE_UNAVAILABLE {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        }
        resp
    }
}

/// A JSON API error with a stable machine code.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({"error": {"code": self.code, "message": self.message}});
        (self.status, axum::Json(body)).into_response()
    }
}
