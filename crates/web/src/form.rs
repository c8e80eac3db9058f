//! Form extraction with CSRF protection and our own error pages.
//!
//! Every form carries a hidden `csrf` field: an HMAC, under the server key, of a random
//! value kept in a `SameSite=Strict`, `HttpOnly` cookie. A request whose field does not
//! match its cookie, or whose `Origin` names another site, is refused before the handler runs.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{Method, header};
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use crate::error::PageError;
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
            return Err(PageError::BadRequest(
                "This address only accepts forms sent from its page.".into(),
            ));
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
            } else {
                PageError::BadRequest(
                    "We couldn't read the form you sent. Reload the page and try again.".into(),
                )
            }
        })?;
        let field: CsrfField = serde_urlencoded::from_bytes(&bytes).map_err(|_| PageError::Csrf)?;
        if expected.is_empty() || !bool::from(field.csrf.as_bytes().ct_eq(expected.as_bytes())) {
            return Err(PageError::Csrf);
        }
        let value = serde_urlencoded::from_bytes(&bytes).map_err(|e| {
            PageError::BadRequest(format!("Some fields of the form were missing or not understood ({e}). Reload the page and try again."))
        })?;
        Ok(CsrfForm(value))
    }
}
