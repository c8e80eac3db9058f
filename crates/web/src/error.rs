//! Errors at the edge. Pages get an HTML page with a plain explanation; the API gets
//! `{"error": {"code": "...", "message": "...", "request_id": "..."}}`. A 5xx never
//! says more than "something went wrong" and the request id; the cause is logged once.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use latchkey_core::password::HashError;
use latchkey_core::store::StoreError;
use latchkey_i18n::{t, tr};

use crate::views::{ErrorPage, render};

/// An error a page answers with: an error page with a title and a plain explanation, under
/// the status each variant names. 5xx causes are logged, never shown.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// 404: no such page or record.
    #[error("not found")]
    NotFound,
    /// 400: the request can't be used; the text is shown to the user.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// 403: the signed-in user may not do this; the text is shown to the user.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// 403: the form's CSRF token is missing, wrong or expired.
    #[error("csrf check failed")]
    Csrf,
    /// 405: the route exists, not for this method.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// 413: the form body is over the size limit.
    #[error("form too large")]
    TooLarge,
    /// 503 with `Retry-After: 2`: the password hashing pool is full.
    #[error("busy")]
    Busy,
    /// The on-premises directory refused a password or an unlock, or could not be reached;
    /// nothing was changed. 422 when the password itself was refused, 409 for the account
    /// (locked, protected), 503 otherwise; the page says what to do.
    #[error("directory: {0}")]
    DirectoryUnavailable(latchkey_core::writeback::WriteBackError),
    /// 503: a sign-in of an account from the on-premises directory, which can't be
    /// reached to check the password. The text is for the log only.
    #[error("directory unavailable at sign-in: {0}")]
    SignInUnavailable(String),
    /// 503 with `Retry-After: 2`: the database can't be reached or can't write right now;
    /// nothing was saved. The text is for the log only.
    #[error("storage unavailable: {0}")]
    StorageUnavailable(String),
    /// 429 with `Retry-After`: a rate limit of the client's address or of the whole
    /// service was reached ([`crate::sspr::throttle`]); the seconds until it frees. The
    /// page says nothing about any account.
    #[error("rate limited for {0} s")]
    RateLimited(i64),
    /// 500: anything else; the text is the logged cause, the page shows only the request id.
    #[error("internal: {0}")]
    Internal(String),
    /// 303 to `/account/confirm?next=…`: changing security info needs the password
    /// confirmed first ([`crate::service::ServiceError::StepUpRequired`]); `next` is the
    /// page to return to (a local `/setup…` path), where the user tries again.
    #[error("step-up required")]
    StepUpRequired {
        /// The page the user goes back to once confirmed, e.g. `/setup/app`.
        next: String,
    },
}

impl From<StoreError> for PageError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => PageError::NotFound,
            StoreError::Unavailable(m) => PageError::StorageUnavailable(m),
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
    fn parts(&self) -> (StatusCode, String, String) {
        let page = |status: StatusCode, key: &str| {
            (
                status,
                t(&format!("{key}-title")),
                t(&format!("{key}-text")),
            )
        };
        match self {
            PageError::NotFound => page(StatusCode::NOT_FOUND, "page-error-not-found"),
            PageError::BadRequest(m) => (
                StatusCode::BAD_REQUEST,
                t("page-error-bad-request-title"),
                m.clone(),
            ),
            PageError::Forbidden(m) => (
                StatusCode::FORBIDDEN,
                t("page-error-forbidden-title"),
                m.clone(),
            ),
            PageError::MethodNotAllowed => {
                page(StatusCode::METHOD_NOT_ALLOWED, "page-error-method")
            }
            PageError::Csrf => page(StatusCode::FORBIDDEN, "page-error-csrf"),
            PageError::TooLarge => page(StatusCode::PAYLOAD_TOO_LARGE, "page-error-too-large"),
            PageError::Busy => page(StatusCode::SERVICE_UNAVAILABLE, "page-error-busy"),
            PageError::SignInUnavailable(_) => page(
                StatusCode::SERVICE_UNAVAILABLE,
                "page-error-signin-unavailable",
            ),
            PageError::DirectoryUnavailable(e) => (
                directory_status(e),
                t("page-error-directory-title"),
                e.user_words(),
            ),
            PageError::StorageUnavailable(_) => {
                page(StatusCode::SERVICE_UNAVAILABLE, "page-error-storage")
            }
            PageError::RateLimited(secs) => (
                StatusCode::TOO_MANY_REQUESTS,
                t("page-error-rate-limited-title"),
                tr(
                    "page-error-rate-limited-text",
                    &[("wait", wait_words(*secs).into())],
                ),
            ),
            // Answered with a redirect (see `into_response`); these words are a fallback.
            PageError::StepUpRequired { .. } => page(StatusCode::FORBIDDEN, "page-error-step-up"),
            PageError::Internal(_) => {
                page(StatusCode::INTERNAL_SERVER_ERROR, "page-error-internal")
            }
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        if let PageError::StepUpRequired { next } = &self {
            let query = serde_urlencoded::to_string([("next", next.as_str())]).unwrap_or_default();
            return axum::response::Redirect::to(&format!("/account/confirm?{query}"))
                .into_response();
        }
        if let PageError::SignInUnavailable(why) = &self {
            tracing::warn!(cause = %why, "the on-premises directory couldn't check a password");
        }
        if let PageError::DirectoryUnavailable(why) = &self {
            tracing::warn!(code = why.code(), cause = %why.admin_words(), "the on-premises directory refused a change");
        }
        if let PageError::StorageUnavailable(cause) = &self {
            tracing::warn!(%cause, "storage unavailable; answered 503");
        }
        if let PageError::Internal(cause) = &self {
            tracing::error!(%cause, "request failed");
        }
        let (status, title, message) = self.parts();
        let mut resp = render(&ErrorPage::new(&title, &message)).into_response();
        *resp.status_mut() = status;
        if status == StatusCode::SERVICE_UNAVAILABLE {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        }
        if let PageError::RateLimited(secs) = self {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
        }
        resp
    }
}

/// "about 3 minutes", "about an hour", "a minute": a wait in words, rounded up to minutes.
fn wait_words(secs: i64) -> String {
    let minutes = (secs.max(1) + 59) / 60;
    match minutes {
        1..=59 => tr("page-error-wait-minutes", &[("n", minutes.into())]),
        60..=89 => t("page-error-wait-about-hour"),
        _ => tr(
            "page-error-wait-about-hours",
            &[("n", ((minutes + 59) / 60).into())],
        ),
    }
}

/// A JSON API error with a stable machine code (the codes are listed in `docs/API.md`).
#[derive(Debug)]
pub struct ApiError {
    /// HTTP status of the response.
    pub status: StatusCode,
    /// Stable machine code, e.g. `not_found`, `invalid_field`, `busy`.
    pub code: &'static str,
    /// One sentence for a person.
    pub message: String,
    /// The request field at fault, for `invalid_field` and the `password_*` codes.
    pub field: Option<String>,
    /// Every field at fault, when a document had several problems.
    pub errors: Vec<(String, String)>,
    /// Seconds for `Retry-After` (429); 503s always say 2.
    pub retry_after: Option<i64>,
}

impl ApiError {
    /// An error with this status, code and message, naming no field.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            field: None,
            errors: Vec::new(),
            retry_after: None,
        }
    }

    /// `400 invalid_field` naming the field.
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: Some(field.into()),
            ..Self::new(StatusCode::BAD_REQUEST, "invalid_field", message)
        }
    }

    /// `400 invalid_field` for several fields at once; `field` and `message` are the first.
    pub fn fields(errors: Vec<(String, String)>) -> Self {
        let (field, message) = errors
            .first()
            .cloned()
            .unwrap_or_else(|| (String::new(), t("api-error-field-invalid")));
        Self {
            errors,
            ..Self::field(field, message)
        }
    }

    /// `404 not_found`.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    /// `403 forbidden`.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    /// `403 step_up_required`: changing security info needs the password confirmed
    /// recently; nothing was changed.
    pub fn step_up_required() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "step_up_required",
            t("api-error-step-up"),
        )
    }

    /// `409 conflict`.
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, "conflict", message)
    }

    /// 429 `rate_limited`: a rate limit of the client address or of the whole service.
    pub fn rate_limited(secs: i64) -> Self {
        let mut e = Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            tr("api-error-rate-limited", &[("secs", secs.into())]),
        );
        e.retry_after = Some(secs.max(1));
        e
    }

    /// `503 storage_unavailable` with `Retry-After`: the database can't be reached or can't
    /// write right now and nothing was saved; logs `cause` at warn level.
    pub fn storage_unavailable(cause: impl std::fmt::Display) -> Self {
        tracing::warn!(%cause, "storage unavailable; answered 503");
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "storage_unavailable",
            t("api-error-storage"),
        )
    }

    /// `500 internal`: logs `cause` at error level; the message only asks for the request id.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(%cause, "request failed");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            t("api-error-internal"),
        )
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ApiError::not_found(t("api-error-not-found")),
            StoreError::Conflict(what) => ApiError::conflict(tr(
                "api-error-conflict",
                &[("what", what.replace('_', " ").into())],
            )),
            StoreError::Refused(why) => {
                ApiError::conflict(tr("api-error-refused", &[("why", why.to_string().into())]))
            }
            StoreError::Unavailable(cause) => ApiError::storage_unavailable(cause),
            other => ApiError::internal(other),
        }
    }
}

impl From<HashError> for ApiError {
    fn from(e: HashError) -> Self {
        match e {
            HashError::Overloaded => {
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "busy", t("api-error-busy"))
            }
            other => ApiError::internal(other),
        }
    }
}

/// The services below the pages answer with [`PageError`]; the API turns them into its own shape.
impl From<PageError> for ApiError {
    fn from(e: PageError) -> Self {
        match e {
            PageError::NotFound => ApiError::not_found(t("api-error-not-found")),
            PageError::BadRequest(m) => ApiError::new(StatusCode::BAD_REQUEST, "invalid_field", m),
            PageError::Forbidden(m) => ApiError::forbidden(m),
            PageError::Csrf => ApiError::forbidden(t("api-error-csrf")),
            PageError::TooLarge => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                t("api-error-too-large"),
            ),
            PageError::Busy => ApiError::from(HashError::Overloaded),
            PageError::RateLimited(secs) => ApiError::rate_limited(secs),
            PageError::MethodNotAllowed => ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                t("api-error-method"),
            ),
            PageError::DirectoryUnavailable(e) => ApiError::directory(&e),
            PageError::SignInUnavailable(cause) => ApiError::directory(
                &latchkey_core::writeback::WriteBackError::Unavailable(cause),
            ),
            PageError::StorageUnavailable(cause) => ApiError::storage_unavailable(cause),
            PageError::Internal(cause) => ApiError::internal(cause),
            PageError::StepUpRequired { .. } => ApiError::step_up_required(),
        }
    }
}

/// The status of a directory refusal: the password (422), the account (409), the
/// connection or the service account (503).
pub fn directory_status(e: &latchkey_core::writeback::WriteBackError) -> StatusCode {
    use latchkey_core::writeback::WriteBackError as W;
    match e {
        W::Policy(_) | W::WrongCurrent => StatusCode::UNPROCESSABLE_ENTITY,
        W::Locked | W::Protected(_) | W::Off | W::NotFound => StatusCode::CONFLICT,
        W::InsufficientRights(_) | W::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
    }
}

impl ApiError {
    /// The on-premises directory's refusal with its stable code
    /// ([`latchkey_core::writeback::WriteBackError::code`]) and the precise cause for the
    /// administrator or script calling the API.
    pub fn directory(e: &latchkey_core::writeback::WriteBackError) -> Self {
        let mut api = ApiError::new(
            directory_status(e),
            e.code(),
            tr(
                "api-error-directory",
                &[("why", e.admin_words().to_string().into())],
            ),
        );
        if e.is_policy() {
            api.field = Some("password".into());
        }
        api
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut error = serde_json::json!({"code": self.code, "message": self.message});
        if let Some(f) = &self.field {
            error["field"] = serde_json::Value::String(f.clone());
        }
        if !self.errors.is_empty() {
            error["errors"] = self
                .errors
                .iter()
                .map(|(field, message)| serde_json::json!({"field": field, "message": message}))
                .collect();
        }
        let mut resp =
            (self.status, axum::Json(serde_json::json!({"error": error}))).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        }
        if let Some(secs) = self.retry_after {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if self.status == StatusCode::UNAUTHORIZED {
            resp.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"latchkey\""),
            );
        }
        resp
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.field {
            Some(_) if self.errors.len() > 1 => {
                let all: Vec<String> = self
                    .errors
                    .iter()
                    .map(|(f, m)| format!("{f}: {m}"))
                    .collect();
                f.write_str(&all.join("\n"))
            }
            Some(field) => write!(f, "{field}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}
