//! `/admin/branding`: the organisation's name and logo, shown on every page and message.
//! A multipart form (the logo is a file); the CSRF token and Origin are checked as for
//! every form. Logos are PNG, JPEG or SVG up to 200 KB, kept as a data URL and only ever
//! shown through `<img>`, where an SVG's scripts don't run.

use axum::extract::{Extension, Multipart, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use subtle::ConstantTimeEq;

use super::{ctx, require_global};
use crate::error::PageError;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::ServiceError;
use crate::service::branding::{logo_url, update};
use crate::service::policy::{LogoChange, load_branding};
use crate::session::RequireAdmin;
use crate::state::{AppState, Branding};

/// Largest logo accepted, in bytes (200 KiB); the route's body limit is twice this.
pub const MAX_LOGO: usize = crate::service::branding::MAX_LOGO;

/// `POST /admin/branding` (multipart: `csrf`, `organization_name`, `logo` file,
/// `remove_logo`): saves the organisation's name (1 to 64 characters) and logo (PNG, JPEG
/// or SVG by content, at most [`MAX_LOGO`]) with its audit event in one transaction,
/// reloads the branding and redirects (303) to `/admin/password-reset/customization?saved=1`.
/// When someone else changed the branding while it was saved, nothing is saved and the
/// Customization section is shown again with the name as typed, the error and status 409.
///
/// Errors: 400 for an unreadable form, a bad name or logo; 403 unless a global
/// administrator, for a foreign origin or a wrong CSRF token; 413 for a body over the limit;
/// 500 when the store fails.
pub async fn save(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    req: Request,
) -> Result<Response, PageError> {
    require_global(&a)?;
    if !crate::form::same_origin(&req, &state) {
        return Err(PageError::Csrf);
    }
    let mut form = Multipart::from_request(req, &state)
        .await
        .map_err(|_| PageError::BadRequest(latchkey_i18n::t("page-error-form-unreadable")))?;
    let (mut token, mut name, mut remove) = (String::new(), String::new(), false);
    let mut logo: Option<(Vec<u8>, String)> = None;
    while let Some(field) = form.next_field().await.map_err(|e| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            PageError::TooLarge
        } else {
            PageError::BadRequest(latchkey_i18n::t("page-error-form-unreadable"))
        }
    })? {
        let field_name = field.name().unwrap_or_default().to_owned();
        let declared = field.content_type().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(|_| PageError::TooLarge)?;
        match field_name.as_str() {
            "csrf" => token = String::from_utf8_lossy(&bytes).into_owned(),
            "organization_name" => name = String::from_utf8_lossy(&bytes).trim().to_owned(),
            "remove_logo" => remove = bytes.as_ref() == b"true",
            "logo" if !bytes.is_empty() => logo = Some((bytes.to_vec(), declared)),
            _ => {}
        }
    }
    if token.is_empty() || !bool::from(token.as_bytes().ct_eq(csrf.0.as_bytes())) {
        return Err(PageError::Csrf);
    }
    let mut change = if remove {
        LogoChange::Remove
    } else {
        LogoChange::Keep
    };
    if let Some((bytes, declared)) = logo {
        change = LogoChange::Replace(logo_url(&bytes, &declared)?);
    }
    match update(&state, &ctx(&a, &ip, &rid), &name, change).await {
        Ok(_) => Ok(Redirect::to("/admin/password-reset/customization?saved=1").into_response()),
        Err(ServiceError::ChangedMeanwhile) => {
            // The name as typed, beside the logo now stored (a chosen file can't be put
            // back into the form).
            let typed = Branding {
                organization_name: name,
                ..load_branding(&state).await?.value
            };
            super::sspr::branding_changed_meanwhile(&state, &csrf, &a, typed).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The form's fields, for the customization page.
pub fn current(state: &AppState) -> Branding {
    state
        .branding
        .read()
        .map(|b| (**b).clone())
        .unwrap_or_default()
}

use axum::extract::FromRequest;
