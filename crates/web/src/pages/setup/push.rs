//! `/setup/push`: setting up the Latchkey app (app notification) on a phone. The page
//! shows a QR code of `{base_url}/app#enrol={token}` (a one-time token, valid 10 minutes;
//! in the fragment, so it never reaches a server log); the app then registers itself with
//! `POST /app/api/enrol`.

use axum::extract::{Extension, State};
use axum::response::Response;
use latchkey_core::registration::MAX_PUSH_DEVICES;

use super::back_to;
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::CsrfToken;
use crate::service::registration;
use crate::session::SetupUser;
use crate::sspr::registry;
use crate::state::AppState;
use crate::views::{Layout, SetupPushPage, render};
use latchkey_i18n::t;

/// An inline `<svg>` QR code of `text`, with `role="img"`, an `aria-label` and a `<title>`.
fn qr_svg(text: &str, label: &str) -> String {
    let label = label
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    let Ok(code) = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
    else {
        return String::new();
    };
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    // Without the XML prolog, so it can be inlined in HTML, and with its accessible name.
    let svg = &svg[svg.find("<svg").unwrap_or(0)..];
    let body = svg.strip_prefix("<svg").unwrap_or(svg);
    match body.find('>') {
        Some(end) => format!(
            r#"<svg role="img" aria-label="{label}"{}><title>{label}</title>{}"#,
            &body[..end],
            &body[end + 1..]
        ),
        None => String::new(),
    }
}

/// `GET /setup/push`: what setting up the app involves and a "Show a QR code" button (a
/// POST: a token is only ever made by a deliberate, CSRF-checked request), or, with
/// [`MAX_PUSH_DEVICES`] set up, a line saying so. Needs the password confirmed recently
/// (else "Confirm it's you", then back here).
pub async fn push(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    SetupUser(a): SetupUser,
) -> Result<Response, PageError> {
    registration::require_recent_password(&state, &a).map_err(back_to("/setup/push"))?;
    page(&state, &csrf.0, &a, None).await
}

/// `POST /setup/push`: a new one-time setup code (replacing any earlier one) as a QR code
/// and a link.
pub async fn push_code(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    SetupUser(a): SetupUser,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, PageError> {
    let token = registration::push_enrol_token(&state, &a)
        .await
        .map_err(back_to("/setup/push"))?;
    page(&state, &csrf.0, &a, Some(token.ok())).await
}

/// A form without fields but its CSRF token.
#[derive(serde::Deserialize, Default)]
pub struct NoFields {}

/// The page, with the QR code of `token` when one was just made (`Some(None)`: refused,
/// the most devices are set up or the policy doesn't offer the app).
async fn page(
    state: &AppState,
    csrf: &str,
    a: &crate::identity::Authed,
    token: Option<Option<String>>,
) -> Result<Response, PageError> {
    let registered = registry::load(state, a.user.id).await?.push_devices;
    let devices = registered.len();
    // The phones whose push subscription the push service said is gone.
    let gone: Vec<String> = registered
        .iter()
        .filter(|d| {
            state
                .seal
                .open(&d.secret, &crate::sspr::push::push_aad(a.user.id))
                .ok()
                .and_then(|b| serde_json::from_slice::<crate::sspr::push::Device>(&b).ok())
                .is_some_and(|device| device.gone)
        })
        .map(|d| d.value.clone())
        .collect();
    let offered = registration::push_offered(
        &crate::sspr::load_policy(state)
            .await?
            .requirement(a.user.role),
    );
    let link = token
        .clone()
        .flatten()
        .map(|t| format!("{}/app#enrol={t}", state.base_url()))
        .unwrap_or_default();
    let qr = if link.is_empty() {
        String::new()
    } else {
        qr_svg(&link, &t("setup-push-qr-label"))
    };
    Ok(render(&SetupPushPage {
        layout: Layout::new(state, t("setup-push-title"), csrf, Some(a)).section("account"),
        qr,
        link,
        offer: offered && devices < MAX_PUSH_DEVICES && token.is_none_or(|t| t.is_some()),
        offered,
        gone,
        valid_minutes: registration::ENROL_SECS / 60,
        max_devices: MAX_PUSH_DEVICES,
        devices,
    }))
}
