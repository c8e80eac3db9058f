//! `/admin`: the admin portal.

pub mod audit;
pub mod branding;
pub mod groups;
pub mod reports;
pub mod sspr;
pub mod users;

use axum::extract::{Extension, State};
use axum::response::Response;

use crate::audit::Ctx;
use crate::error::PageError;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::session::{Authed, RequireAdmin};
use crate::state::AppState;
use crate::views::{AdminHomePage, Layout, render};
use latchkey_core::directory::Role;

pub(crate) fn layout(state: &AppState, title: &str, csrf: &CsrfToken, a: &Authed) -> Layout {
    Layout::new(state, title, &csrf.0, Some(a)).section("admin")
}

pub(crate) fn ctx(a: &Authed, ip: &ClientIp, rid: &RequestId) -> Ctx {
    Ctx::new(a.user.username.as_str(), ip, rid)
}

pub(crate) fn require_global(a: &Authed) -> Result<(), PageError> {
    if a.user.role == Role::GlobalAdmin {
        Ok(())
    } else {
        Err(PageError::Forbidden(
            "Only global administrators can do this. Ask a global administrator for help.".into(),
        ))
    }
}

pub async fn home(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
) -> Result<Response, PageError> {
    let users = state.store.user_count().await?;
    let groups = state.store.group_list().await?.len();
    Ok(render(&AdminHomePage {
        layout: layout(&state, "Admin portal", &csrf, &a),
        users,
        groups,
        is_global: a.user.role == Role::GlobalAdmin,
    }))
}
