//! Errors at the edge. Pages get an HTML page with a plain explanation; the API gets
//! `{"error": {"code": "...", "message": "...", "request_id": "..."}}`. A 5xx never
//! says more than "something went wrong" and the request id; the cause is logged once.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use latchkey_core::password::HashError;
use latchkey_core::store::StoreError;

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
    fn parts(&self) -> (StatusCode, &'static str, String) {
        match self {
            PageError::NotFound => (
                StatusCode::NOT_FOUND,
                "We can't find that page",
                "The page you asked for doesn't exist or was removed. Check the address, or go back and try again.".into(),
            ),
            PageError::BadRequest(m) => (StatusCode::BAD_REQUEST, "Something in the request wasn't right", m.clone()),
            PageError::Forbidden(m) => (StatusCode::FORBIDDEN, "You don't have access to this", m.clone()),
            PageError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                "This address doesn't work that way",
                "This page can't be used like that. Go back and use the links and buttons on the page.".into(),
            ),
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
            PageError::SignInUnavailable(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "We can't check passwords right now",
                "Your organization's directory isn't answering, so your password can't be checked. Try again in a few \
                 minutes; if it keeps happening, tell your IT team."
                    .into(),
            ),
            PageError::DirectoryUnavailable(e) => (
                directory_status(e),
                "The password wasn't changed",
                e.user_words().into(),
            ),
            PageError::StorageUnavailable(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "We can't save anything right now",
                "Our database isn't answering at the moment, so nothing you sent was saved. Wait a minute and try \
                 again; if it keeps happening, tell your IT team."
                    .into(),
            ),
            PageError::RateLimited(secs) => (
                StatusCode::TOO_MANY_REQUESTS,
                "Too many requests",
                format!(
                    "We've had too many requests like this one from your network, or from everyone, just now. \
                     Wait {} and try again from the page you were on (your browser's Back button). \
                     Nothing you typed was used.",
                    wait_words(*secs)
                ),
            ),
            // Answered with a redirect (see `into_response`); these words are a fallback.
            PageError::StepUpRequired { .. } => (
                StatusCode::FORBIDDEN,
                "Confirm it's you",
                "For your security, enter your password again before you change your security info.".into(),
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
        let mut resp = render(&ErrorPage::new(title, &message)).into_response();
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
        1 => "a minute".into(),
        2..=59 => format!("{minutes} minutes"),
        60..=89 => "about an hour".into(),
        _ => format!("about {} hours", (minutes + 59) / 60),
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
            .unwrap_or_else(|| (String::new(), "A field is not valid.".into()));
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
            "Changing security info needs the password confirmed within the last 10 minutes; nothing was changed.",
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
            format!("Too many requests from this address or overall; try again in {secs} seconds."),
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
            "The database can't be reached or can't save right now; nothing was changed. Try again after Retry-After seconds.",
        )
    }

    /// `500 internal`: logs `cause` at error level; the message only asks for the request id.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(%cause, "request failed");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Something went wrong. Give your administrator the x-request-id of this response.",
        )
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ApiError::not_found("There is no such resource."),
            StoreError::Conflict(what) => {
                ApiError::conflict(format!("That {} already exists.", what.replace('_', " ")))
            }
            StoreError::Refused(why) => ApiError::conflict(format!("Refused: {why}.")),
            StoreError::Unavailable(cause) => ApiError::storage_unavailable(cause),
            other => ApiError::internal(other),
        }
    }
}

impl From<HashError> for ApiError {
    fn from(e: HashError) -> Self {
        match e {
            HashError::Overloaded => ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                "Too many passwords are being checked at this moment. Try again in a few seconds.",
            ),
            other => ApiError::internal(other),
        }
    }
}

/// The services below the pages answer with [`PageError`]; the API turns them into its own shape.
impl From<PageError> for ApiError {
    fn from(e: PageError) -> Self {
        match e {
            PageError::NotFound => ApiError::not_found("There is no such resource."),
            PageError::BadRequest(m) => ApiError::new(StatusCode::BAD_REQUEST, "invalid_field", m),
            PageError::Forbidden(m) => ApiError::forbidden(m),
            PageError::Csrf => ApiError::forbidden("Refused."),
            PageError::TooLarge => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                "The body is larger than 64 KiB.",
            ),
            PageError::Busy => ApiError::from(HashError::Overloaded),
            PageError::RateLimited(secs) => ApiError::rate_limited(secs),
            PageError::MethodNotAllowed => ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "This endpoint doesn't accept that method.",
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
            format!("Nothing was changed: {}.", e.admin_words()),
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
