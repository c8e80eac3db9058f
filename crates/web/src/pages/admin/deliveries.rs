//! `/admin/deliveries`: messages that couldn't be delivered (the delivery queue's
//! dead-letter list), with Send again for notices and Remove from list.

use axum::extract::{Extension, Path, State};
use axum::response::Response;
use latchkey_core::directory::Role;
use latchkey_i18n::t;

use super::{actor, layout};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::pages::signin::Empty;
use crate::service::{ServiceError, deliveries};
use crate::session::{Authed, RequireAdmin};
use crate::state::AppState;
use crate::views::{Layout, render};
use askama::Template;

/// One row of the Deliveries page: a message that couldn't be delivered.
#[derive(Debug, Clone)]
pub struct FailedRow {
    /// Row id, for the Send again / Remove buttons.
    pub id: i64,
    /// When it was given up (RFC 3339, UTC).
    pub when: String,
    /// What kind of message, in words ("Verification code", "password_reset_notice").
    pub what: String,
    /// The username it was about.
    pub target: String,
    /// email, sms or voice.
    pub channel: String,
    /// Tries made.
    pub attempts: i64,
    /// The provider's last answer, or why it was given up.
    pub error: String,
    /// A verification code: never sent again.
    pub is_code: bool,
}

/// `templates/admin/deliveries.html`: messages that couldn't be delivered
/// (`GET /admin/deliveries`).
#[derive(Template)]
#[template(path = "admin/deliveries.html")]
pub struct DeliveriesPage {
    /// Shared layout.
    pub layout: Layout,
    /// The failed messages, newest first.
    pub failed: Vec<FailedRow>,
    /// How many failed in the last 30 days.
    pub total: i64,
    /// How many failed in the last 24 hours.
    pub today: i64,
    /// How many are waiting to be sent.
    pub waiting: i64,
    /// A global administrator: shows Send again and Remove from list.
    pub can_act: bool,
    /// What the last action did.
    pub notice: Option<String>,
}

async fn page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let (list, total, today) = deliveries::failed(state).await?;
    let waiting = state.store.delivery_pending().await?;
    let failed = list
        .into_iter()
        .map(|f| FailedRow {
            id: f.id,
            when: latchkey_core::clock::rfc3339(f.finished_at),
            what: if f.is_code {
                t("admin-deliveries-code")
            } else {
                f.what.replace('_', " ")
            },
            target: f.target,
            channel: f.channel,
            attempts: f.attempts,
            error: f.last_error,
            is_code: f.is_code,
        })
        .collect();
    Ok(render(&DeliveriesPage {
        layout: layout(state, &t("admin-deliveries-title"), csrf, a),
        failed,
        total,
        today,
        waiting,
        can_act: a.user.role == Role::GlobalAdmin,
        notice,
    }))
}

/// `GET /admin/deliveries`: the messages given up in the last 30 days, newest first, and
/// how many are waiting. Administrators only.
///
/// Errors: 503 when the database can't be reached, 500 when the store fails.
pub async fn show(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
) -> Result<Response, PageError> {
    page(&state, &csrf, &a, None).await
}

fn id_of(id: &str) -> Result<i64, PageError> {
    id.parse().map_err(|_| PageError::NotFound)
}

/// `POST /admin/deliveries/{id}/resend`: queues a failed notice again and shows the list
/// with a note. Global administrators only.
///
/// Errors: 403 for a password administrator or a failed CSRF check; the list with a note
/// when it was no longer on the list; 503/500 when the store fails.
pub async fn resend(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let note = match deliveries::resend(&state, &actor(&a, &ip, &rid), id_of(&id)?).await {
        Ok(()) => t("admin-deliveries-queued"),
        Err(ServiceError::NotFound) => t("admin-deliveries-gone"),
        Err(e) => return Err(e.into()),
    };
    page(&state, &csrf, &a, Some(note)).await
}

/// `POST /admin/deliveries/{id}/dismiss`: removes a failed message from the list.
/// Global administrators only.
///
/// Errors: as [`resend`].
pub async fn dismiss(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let note = match deliveries::dismiss(&state, &actor(&a, &ip, &rid), id_of(&id)?).await {
        Ok(()) => t("admin-deliveries-removed"),
        Err(ServiceError::NotFound) => t("admin-deliveries-gone"),
        Err(e) => return Err(e.into()),
    };
    page(&state, &csrf, &a, Some(note)).await
}
