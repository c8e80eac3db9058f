//! Form extraction with CSRF protection and our own error pages, and the rules for text
//! that every form field, query parameter and JSON string must follow.
//!
//! Every form carries a hidden `csrf` field: an HMAC, under the server key, of a random
//! value kept in a `SameSite=Strict`, `HttpOnly` cookie. A request whose field does not
//! match its cookie, or whose `Origin` names another site, is refused before the handler runs.
//!
//! Text the two database engines would treat differently is refused at the edge, the same
//! way on both: a NUL character (PostgreSQL can't store it, SQLite can), a lone surrogate
//! or bytes that are not UTF-8 (they arrive percent-encoded or as a JSON `\ud800`), and
//! values longer than [`MAX_TEXT_CHARS`] (see [`check_text`] for the few fields that may be
//! longer). Forms are checked here ([`CsrfForm`]), query
//! strings and addresses in [`refuse_bad_address`], JSON bodies in
//! [`crate::api::extract::parse_json`].

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use crate::error::{ApiError, PageError};
use crate::middleware::CsrfToken;
use crate::state::AppState;

/// A form body of type `T`, accepted only with a valid CSRF token.
pub struct CsrfForm<T>(pub T);

#[derive(serde::Deserialize)]
struct CsrfField {
    #[serde(default)]
    csrf: String,
}

/// Whether the request comes from one of our own pages. Browsers say so with
/// `Sec-Fetch-Site` (which pages cannot forge) and `Origin`. Because our pages use
/// `Referrer-Policy: no-referrer`, a browser may send `Origin: null` for our own forms;
/// that is accepted only together with `Sec-Fetch-Site: same-origin`.
pub(crate) fn same_origin(req: &Request, state: &AppState) -> bool {
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    let fetch_site = header("sec-fetch-site");
    if let Some(site) = fetch_site
        && site != "same-origin"
        && site != "none"
    {
        return false;
    }
    let Some(origin) = header(header::ORIGIN.as_str()) else {
        return true;
    };
    if origin == "null" {
        return fetch_site == Some("same-origin");
    }
    let host_of = |o: &str| {
        o.split_once("://")
            .map(|(_, rest)| rest.trim_end_matches('/').to_owned())
    };
    if !state.settings.public_url.is_empty() {
        return host_of(origin) == host_of(&state.settings.public_url);
    }
    host_of(origin).as_deref() == header(header::HOST.as_str())
}

impl<T: DeserializeOwned + Send> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = PageError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if req.method() != Method::POST {
            return Err(PageError::BadRequest(latchkey_i18n::t(
                "page-error-form-wrong-method",
            )));
        }
        if !same_origin(&req, state) {
            return Err(PageError::Csrf);
        }
        let expected = req
            .extensions()
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                PageError::TooLarge
            } else if crate::body_timed_out(&e) {
                PageError::BadRequest(latchkey_i18n::tr(
                    "page-error-form-timeout",
                    &[(
                        "time",
                        seconds(state.settings.server.body_timeout_seconds).into(),
                    )],
                ))
            } else {
                PageError::BadRequest(latchkey_i18n::t("page-error-form-unreadable"))
            }
        })?;
        let field: CsrfField = serde_urlencoded::from_bytes(&bytes).map_err(|_| PageError::Csrf)?;
        if expected.is_empty() || !bool::from(field.csrf.as_bytes().ct_eq(expected.as_bytes())) {
            return Err(PageError::Csrf);
        }
        pairs(&bytes).map_err(|r| r.page_error())?;
        let value = serde_urlencoded::from_bytes(&bytes).map_err(|e| {
            PageError::BadRequest(latchkey_i18n::tr(
                "page-error-form-fields",
                &[("detail", e.to_string().into())],
            ))
        })?;
        Ok(CsrfForm(value))
    }
}

/// "1 second", "30 seconds".
pub(crate) fn seconds(n: u32) -> String {
    latchkey_i18n::tr("common-duration-seconds", &[("n", n.into())])
}

/// The most characters one form field, query parameter or JSON string may hold.
pub const MAX_TEXT_CHARS: usize = 1024;
/// The most characters of a form field that holds one entry a line ([`LIST_FIELDS`]).
pub const MAX_LIST_CHARS: usize = 20_000;
/// Form fields that hold one entry a line and may be longer than [`MAX_TEXT_CHARS`]: the
/// banned password terms (up to 1000 of up to 16 characters) and custom security questions.
pub const LIST_FIELDS: &[&str] = &["custom_terms", "custom_questions"];

/// Fields that hold a password: hashed, never stored as text, so they have no length limit
/// here; the password policy's own limit (at most 256 characters) answers with its own code.
pub const SECRET_FIELDS: &[&str] = &[
    "password",
    "current_password",
    "new_password",
    "confirm_password",
    "sample",
];

/// Why a value was refused at the edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// A NUL character, a lone surrogate or bytes that are not UTF-8.
    Character,
    /// More characters than the number given.
    TooLong(usize),
}

/// A field, query parameter or JSON string refused at the edge, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The field's name (for JSON, its path, e.g. `custom_terms[1]`).
    pub field: String,
    /// What is wrong with it.
    pub why: Refusal,
}

/// A number of characters as the request's language writes it ("20,000" in English).
fn count(n: usize) -> String {
    latchkey_i18n::format_number(
        latchkey_i18n::current(),
        i64::try_from(n).unwrap_or(i64::MAX),
    )
}

impl Refused {
    /// A refusal of `field` for `why`.
    pub fn new(field: impl Into<String>, why: Refusal) -> Self {
        Self {
            field: field.into(),
            why,
        }
    }

    /// The field as people see it on a page ("search" for `q`, spaces for underscores).
    fn label(&self) -> String {
        if self.field == "q" {
            return latchkey_i18n::t("page-error-field-search");
        }
        self.field
            .chars()
            .filter(|c| !c.is_control())
            .take(40)
            .map(|c| if c == '_' { ' ' } else { c })
            .collect()
    }

    /// The error page (400) naming the field. The value itself is never shown.
    pub fn page_error(&self) -> PageError {
        let label = self.label();
        PageError::BadRequest(match self.why {
            Refusal::Character => {
                latchkey_i18n::tr("page-error-field-character", &[("field", label.into())])
            }
            Refusal::TooLong(max) => latchkey_i18n::tr(
                "page-error-field-too-long",
                &[("field", label.into()), ("max", count(max).into())],
            ),
        })
    }

    /// `400 invalid_field` naming the field.
    pub fn api_error(&self) -> ApiError {
        ApiError::field(
            self.field.clone(),
            match self.why {
                Refusal::Character => latchkey_i18n::t("api-error-bad-character"),
                Refusal::TooLong(max) => {
                    latchkey_i18n::tr("api-error-too-long", &[("max", count(max).into())])
                }
            },
        )
    }
}

/// Checks one value (and its name) against the rules above.
///
/// # Errors
///
/// A [`Refused`] naming `field` when it or `value` holds a NUL, or either is too long
/// ([`MAX_TEXT_CHARS`]; [`MAX_LIST_CHARS`] for [`LIST_FIELDS`]; no limit on the value of
/// [`SECRET_FIELDS`]).
pub fn check_text(field: &str, value: &str) -> Result<(), Refused> {
    if field.contains('\0') || value.contains('\0') {
        return Err(Refused::new(field, Refusal::Character));
    }
    if field.chars().nth(MAX_TEXT_CHARS).is_some() {
        return Err(Refused::new(field, Refusal::TooLong(MAX_TEXT_CHARS)));
    }
    if SECRET_FIELDS.contains(&field) {
        return Ok(());
    }
    let max = if LIST_FIELDS.contains(&field) {
        MAX_LIST_CHARS
    } else {
        MAX_TEXT_CHARS
    };
    if value.chars().nth(max).is_some() {
        return Err(Refused::new(field, Refusal::TooLong(max)));
    }
    Ok(())
}

/// Percent-decodes one part of `application/x-www-form-urlencoded` text (`+` is a space);
/// `None` when the bytes are not UTF-8.
fn decode(part: &[u8]) -> Option<String> {
    let plus: Vec<u8> = part
        .iter()
        .map(|b| if *b == b'+' { b' ' } else { *b })
        .collect();
    let bytes: Vec<u8> = percent_encoding::percent_decode(&plus).collect();
    String::from_utf8(bytes).ok()
}

/// Decodes a form body or a query string into name–value pairs, refusing the first one
/// that breaks the rules: not UTF-8 once decoded (how a lone surrogate arrives), a NUL, or
/// too long.
///
/// # Errors
///
/// A [`Refused`] naming the first field at fault.
pub fn pairs(raw: &[u8]) -> Result<Vec<(String, String)>, Refused> {
    let mut out = Vec::new();
    for pair in raw.split(|b| *b == b'&').filter(|p| !p.is_empty()) {
        let (name, value) = match pair.iter().position(|b| *b == b'=') {
            Some(i) => (&pair[..i], &pair[i + 1..]),
            None => (pair, &[][..]),
        };
        let Some(name) = decode(name) else {
            let shown = String::from_utf8_lossy(name).into_owned();
            return Err(Refused::new(shown, Refusal::Character));
        };
        let Some(value) = decode(value) else {
            return Err(Refused::new(name, Refusal::Character));
        };
        check_text(&name, &value)?;
        out.push((name, value));
    }
    Ok(out)
}

/// Middleware, before any handler: with a `public_url`, refuses (421) a request whose
/// `Host` names another host ([`crate::client::host_allowed`]), except the health and
/// metrics endpoints that load balancers call by address.
pub async fn refuse_other_host(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    if crate::client::host_allowed(&state.settings.public_url, req.headers())
        || matches!(req.uri().path(), "/healthz" | "/readyz" | "/metrics")
    {
        return next.run(req).await;
    }
    let mut r = PageError::BadRequest(latchkey_i18n::t("page-error-wrong-host")).into_response();
    *r.status_mut() = axum::http::StatusCode::MISDIRECTED_REQUEST;
    r
}

/// Middleware, before any handler: refuses an address that is not valid UTF-8 text or
/// holds a NUL, and a query string that breaks the rules above (every query parameter of
/// every page and API call). Pages get the error page (400), `/api/` its JSON error
/// (`invalid_field`, naming `path` or the parameter).
pub async fn refuse_bad_address(req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    if !valid_path(req.uri().path()) {
        return if api {
            ApiError::field("path", latchkey_i18n::t("api-error-bad-path")).into_response()
        } else {
            PageError::BadRequest(latchkey_i18n::t("page-error-bad-address")).into_response()
        };
    }
    if let Some(Err(refused)) = req.uri().query().map(|q| pairs(q.as_bytes())) {
        return if api {
            refused.api_error().into_response()
        } else {
            refused.page_error().into_response()
        };
    }
    next.run(req).await
}

/// Whether a request path, percent-decoded, is UTF-8 text without a NUL.
pub fn valid_path(path: &str) -> bool {
    percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .is_ok_and(|p| !p.contains('\0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_decode_like_forms_and_refuse_what_the_engines_disagree_on() {
        assert_eq!(
            pairs(b"a=1+2&b=%C3%A9&c&=x"),
            Ok(vec![
                ("a".into(), "1 2".into()),
                ("b".into(), "\u{e9}".into()),
                ("c".into(), String::new()),
                (String::new(), "x".into()),
            ])
        );
        let refused = |raw: &[u8]| pairs(raw).err().map(|r| (r.field, r.why));
        assert_eq!(
            refused(b"ok=1&q=a%00b"),
            Some(("q".into(), Refusal::Character))
        );
        assert_eq!(
            refused(b"q=%ED%A0%80"),
            Some(("q".into(), Refusal::Character))
        );
        assert_eq!(refused(b"q=%FF"), Some(("q".into(), Refusal::Character)));
        assert_eq!(refused(b"a%00=1"), Some(("a\0".into(), Refusal::Character)));
        let long = format!("q={}", "é".repeat(MAX_TEXT_CHARS + 1));
        assert_eq!(
            refused(long.as_bytes()),
            Some(("q".into(), Refusal::TooLong(MAX_TEXT_CHARS)))
        );
        let fits = format!("q={}", "é".repeat(MAX_TEXT_CHARS));
        assert!(pairs(fits.as_bytes()).is_ok());
        let list = format!("custom_terms={}", "abcd%0A".repeat(2000));
        assert!(pairs(list.as_bytes()).is_ok());
        let password = format!("password={}", "a".repeat(30_000));
        assert!(pairs(password.as_bytes()).is_ok());
        assert_eq!(
            refused(b"password=a%00"),
            Some(("password".into(), Refusal::Character))
        );
    }

    #[test]
    fn paths_must_be_utf8_without_nul() {
        assert!(valid_path("/admin/users/12"));
        assert!(valid_path("/report/%C3%A9"));
        assert!(!valid_path("/report/%FF"));
        assert!(!valid_path("/admin/users/%C3%28"));
        assert!(!valid_path("/admin/users/%00"));
    }
}
