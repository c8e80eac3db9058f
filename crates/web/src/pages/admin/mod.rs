//! `/admin`: the admin portal.

pub mod access_pass;
pub mod audit;
pub mod branding;
pub mod campaigns;
pub mod deliveries;
pub mod expiry;
pub mod groups;
pub mod helpdesk;
pub mod reports;
pub mod sspr;
pub mod tokens;
pub mod users;

use axum::extract::{Extension, State};
use axum::response::Response;

use crate::audit::Ctx;
use crate::error::PageError;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::directory::Actor;
use crate::service::{Permission, ServiceError};
use crate::session::{Authed, RequireAdmin};
use crate::state::AppState;
use crate::views::{AdminHomePage, FormErrors, Layout, render};
use latchkey_core::directory::Role;
use latchkey_i18n::t;

pub(crate) fn layout(state: &AppState, title: &str, csrf: &CsrfToken, a: &Authed) -> Layout {
    Layout::new(state, title, &csrf.0, Some(a)).section("admin")
}

pub(crate) fn ctx(a: &Authed, ip: &ClientIp, rid: &RequestId) -> Ctx {
    Ctx::new(a.user.username.as_str(), ip, rid)
}

/// The signed-in administrator as the actor of a service operation.
pub(crate) fn actor(a: &Authed, ip: &ClientIp, rid: &RequestId) -> Actor {
    Actor::portal(&a.user, ctx(a, ip, rid))
}

/// A refusal a form shows beside its fields (invalid input, a refused password, a taken
/// name, an unknown or refused member), in the portal's words; anything else is the error
/// page it becomes.
pub(crate) fn form_errors(e: ServiceError) -> Result<FormErrors, PageError> {
    let field = match &e {
        ServiceError::Invalid(errors) => return Ok(FormErrors(errors.clone())),
        ServiceError::Password(_) => "password",
        ServiceError::Conflict(field) => field,
        ServiceError::NoSuchMember
        | ServiceError::AmbiguousMember { .. }
        | ServiceError::Nesting { .. } => "member",
        _ => return Err(e.into()),
    };
    match PageError::from(e) {
        PageError::BadRequest(message) => {
            let mut errors = FormErrors::default();
            errors.push(field, message);
            Ok(errors)
        }
        other => Err(other),
    }
}

pub(crate) fn require_global(a: &Authed) -> Result<(), PageError> {
    if a.user.role == Role::GlobalAdmin {
        Ok(())
    } else {
        Err(ServiceError::Forbidden(Permission::GlobalOnly).into())
    }
}

/// `GET /admin`: the admin portal's home, with the numbers of users and groups.
///
/// Administrators only (see [`RequireAdmin`]). Errors: 500 when the store fails.
pub async fn home(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
) -> Result<Response, PageError> {
    let users = state.store.user_count().await?;
    let groups = state.store.group_list().await?.len();
    let (_, failed_today) = state.store.delivery_failed(state.now() - 86_400, 0).await?;
    Ok(render(&AdminHomePage {
        layout: layout(&state, &t("admin-home-title"), &csrf, &a),
        users,
        groups,
        is_global: a.user.role == Role::GlobalAdmin,
        failed_today,
        help_unreachable: crate::sspr::notices::help_recipients(&state)
            .await
            .is_empty(),
    }))
}
