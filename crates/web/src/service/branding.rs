//! The organisation's name and logo, as the portal's Customization section and the API's
//! `PUT /api/v1/branding` change them: the same checks, then
//! [`crate::service::policy::save_branding`] (the change and its audit event in one
//! transaction). Logos are PNG, JPEG or SVG up to [`MAX_LOGO`], recognised by their bytes,
//! kept as a data URL and only ever shown through `<img>`, where an SVG's scripts don't run.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use latchkey_core::directory::FieldError;
use latchkey_i18n::t;

use crate::audit::Ctx;
use crate::service::ServiceError;
use crate::service::policy::{LogoChange, save_branding};
use crate::state::{AppState, Branding};

/// Largest logo accepted, in bytes (200 KiB).
pub const MAX_LOGO: usize = 200 * 1024;

fn invalid(field: &'static str, message: &str) -> ServiceError {
    ServiceError::Invalid(vec![FieldError::new(field, message)])
}

/// The image type of a logo by its bytes (`declared` is the browser's content type, a
/// hint for SVG only): PNG, JPEG or SVG, or `None`.
pub fn logo_type(bytes: &[u8], declared: &str) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some("image/png");
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some("image/jpeg");
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_lowercase();
    if declared == "image/svg+xml" || head.trim_start().starts_with("<svg") || head.contains("<svg")
    {
        return head.contains("<svg").then_some("image/svg+xml");
    }
    None
}

/// An organisation name: 1 to 64 characters on one line, trimmed.
/// [`ServiceError::Invalid`] on field `organization_name` otherwise.
pub fn parse_name(name: &str) -> Result<String, ServiceError> {
    let n = name.trim();
    if n.is_empty() || n.chars().count() > 64 || n.chars().any(char::is_control) {
        return Err(invalid(
            "organization_name",
            &t("errors-branding-name-length"),
        ));
    }
    Ok(n.to_owned())
}

/// A logo file as the data URL kept: at most [`MAX_LOGO`] bytes of PNG, JPEG or SVG.
/// [`ServiceError::Invalid`] on field `logo` otherwise.
pub fn logo_url(bytes: &[u8], declared: &str) -> Result<String, ServiceError> {
    if bytes.len() > MAX_LOGO {
        return Err(invalid("logo", &t("errors-branding-logo-too-large")));
    }
    let Some(kind) = logo_type(bytes, declared) else {
        return Err(invalid("logo", &t("errors-branding-logo-type")));
    };
    Ok(format!("data:{kind};base64,{}", B64.encode(bytes)))
}

/// A logo sent as base64 text (the API), checked as [`logo_url`] does.
/// [`ServiceError::Invalid`] on field `logo` when it isn't base64.
pub fn logo_from_base64(text: &str) -> Result<String, ServiceError> {
    // Whitespace (line breaks of a wrapped encoding) is ignored.
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    if compact.len() > MAX_LOGO.div_ceil(3) * 4 {
        return Err(invalid("logo", &t("errors-branding-logo-too-large")));
    }
    let bytes = B64
        .decode(compact.as_bytes())
        .map_err(|_| invalid("logo", &t("errors-branding-logo-base64")))?;
    logo_url(&bytes, "")
}

/// The logo of a [`Branding`] as its type and base64 bytes; `None` without one.
pub fn logo_parts(b: &Branding) -> Option<(&str, &str)> {
    b.logo
        .strip_prefix("data:")
        .and_then(|rest| rest.split_once(";base64,"))
}

/// Saves the organisation's name (checked with [`parse_name`]) and logo (already checked
/// with [`logo_url`] or [`logo_from_base64`]) with its audit event in one transaction,
/// and reloads the branding every page shows.
///
/// Errors: [`ServiceError::Invalid`] for a bad name; [`ServiceError::ChangedMeanwhile`]
/// when someone else changed the branding at the same moment (nothing saved);
/// [`ServiceError::Internal`] when the store fails.
pub async fn update(
    state: &AppState,
    ctx: &Ctx,
    organization_name: &str,
    logo: LogoChange,
) -> Result<Branding, ServiceError> {
    let name = parse_name(organization_name)?;
    save_branding(state, ctx, name, logo).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn logos_are_recognised_by_their_bytes() {
        assert_eq!(
            super::logo_type(b"\x89PNG\r\n\x1a\nrest", ""),
            Some("image/png")
        );
        assert_eq!(
            super::logo_type(
                b"<?xml version=\"1.0\"?><svg xmlns=\"...\"/>",
                "image/svg+xml"
            ),
            Some("image/svg+xml")
        );
        assert_eq!(super::logo_type(b"GIF89a", "image/gif"), None);
        assert_eq!(super::logo_type(b"<html><script>", "image/svg+xml"), None);
        assert!(super::logo_from_base64("R0lGODlh").is_err());
        assert!(super::logo_from_base64("not base64!").is_err());
    }
}
