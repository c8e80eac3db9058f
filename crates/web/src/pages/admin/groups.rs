//! Security groups in the admin portal: list, create (with first members), view members,
//! add and remove users and nested groups, delete.

use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::directory::{Group, Role};
use latchkey_i18n::{t, tr};
use serde::Deserialize;

use super::{actor, form_errors, layout, require_global};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::directory::{self, MemberRef};
use crate::service::{ServiceError, sspr_group_words};
use crate::session::{Authed, RequireAdmin};
use crate::state::AppState;
use crate::views::{FormErrors, GroupPage, GroupsPage, NewGroupPage, UserRow, render};

/// `GET /admin/groups`: every group; the create button for global administrators.
///
/// Administrators only (see [`RequireAdmin`]). Errors: 500 when the store fails.
pub async fn list(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
) -> Result<Response, PageError> {
    Ok(render(&GroupsPage {
        layout: layout(&state, &t("admin-groups-title"), &csrf, &a),
        groups: state.store.group_list().await?,
        can_create: a.user.role == Role::GlobalAdmin,
    }))
}

/// `GET /admin/groups/new`: the empty new-group form.
///
/// Errors: 403 unless a global administrator.
pub async fn new_page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
) -> Result<Response, PageError> {
    require_global(&a)?;
    Ok(render(&NewGroupPage {
        layout: layout(&state, &t("admin-groups-new-title"), &csrf, &a),
        group_name: String::new(),
        description: String::new(),
        members: String::new(),
        errors: FormErrors::default(),
    }))
}

/// The new-group form, posted to `POST /admin/groups/new`: name, description, and first
/// members as user or group names separated by commas, semicolons or lines.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewGroupForm {
    name: String,
    description: String,
    members: String,
}

/// `POST /admin/groups/new` ([`NewGroupForm`]): creates the group with its members and
/// redirects (303) to its page; invalid input, a taken name or an unknown member
/// re-renders the form with the errors and status 400.
///
/// Errors: 403 unless a global administrator or for a failed CSRF check, 500 when the
/// store fails.
pub async fn create(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(form): CsrfForm<NewGroupForm>,
) -> Result<Response, PageError> {
    let names: Vec<String> = form
        .members
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let created = directory::create_group(
        &state,
        &actor(&a, &ip, &rid),
        &form.name,
        &form.description,
        &names,
    )
    .await;
    match created {
        Ok(group) => Ok(Redirect::to(&format!("/admin/groups/{}", group.id)).into_response()),
        Err(e) => {
            let mut r = render(&NewGroupPage {
                layout: layout(&state, &t("admin-groups-new-title"), &csrf, &a),
                group_name: form.name.clone(),
                description: form.description.clone(),
                members: form.members.clone(),
                errors: form_errors(e)?,
            });
            *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
            Ok(r)
        }
    }
}

async fn load(state: &AppState, id: &str) -> Result<Group, PageError> {
    let id: i64 = id.parse().map_err(|_| PageError::NotFound)?;
    Ok(state.store.group_get(id).await?)
}

async fn group_page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    group: Group,
    errors: FormErrors,
    notice: Option<String>,
    member: String,
) -> Result<Response, PageError> {
    let members = state.store.group_members(group.id).await?;
    // A group from the on-premises directory keeps its name and members from there.
    let can_edit = a.user.role == Role::GlobalAdmin && group.external.is_none();
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::BAD_REQUEST
    };
    let mut r = render(&GroupPage {
        layout: layout(state, &t("admin-groups-title"), csrf, a),
        users: members.users.iter().map(UserRow::from).collect(),
        groups: members.groups,
        group,
        errors,
        notice,
        member,
        can_edit,
    });
    *r.status_mut() = status;
    Ok(r)
}

/// `GET /admin/groups/{id}`: a group with its direct members; the member controls for
/// global administrators, unless the group comes from the on-premises directory (then a
/// note says so and its name and members are read-only).
///
/// Administrators only (see [`RequireAdmin`]). Errors: 404 for an unknown id, 500 when the
/// store fails.
pub async fn show(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let group = load(&state, &id).await?;
    group_page(
        &state,
        &csrf,
        &a,
        group,
        FormErrors::default(),
        None,
        String::new(),
    )
    .await
}

/// The add-member form on a group's page, posted to `POST /admin/groups/{id}/add`: a
/// username or group name.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddForm {
    member: String,
}

/// `POST /admin/groups/{id}/add` ([`AddForm`]): adds a user or nested group, then shows
/// the group's page with "Added …"; an empty or unknown name, or a nesting loop,
/// re-renders it with the error and status 400.
///
/// Errors: 403 unless a global administrator or for a failed CSRF check, 404 for an unknown
/// group, 500 when the store fails.
pub async fn add(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<AddForm>,
) -> Result<Response, PageError> {
    let group = load(&state, &id).await?;
    let name: String = form.member.trim().chars().take(256).collect();
    let mut errors = FormErrors::default();
    if name.is_empty() {
        errors.push("member", t("admin-group-enter-member"));
    } else {
        let added = directory::add_member(
            &state,
            &actor(&a, &ip, &rid),
            &group,
            MemberRef::Name(&name),
        )
        .await;
        match added {
            Ok(done) => {
                let notice = Some(if done.added {
                    tr("admin-group-added", &[("name", name.clone().into())])
                } else {
                    tr(
                        "admin-group-already-member",
                        &[
                            ("member", done.member.name().to_owned().into()),
                            ("group", group.name.clone().into()),
                        ],
                    )
                });
                return group_page(&state, &csrf, &a, group, errors, notice, String::new()).await;
            }
            Err(ServiceError::NoSuchMember) => errors.push(
                "member",
                tr(
                    "admin-group-no-such-member",
                    &[("name", name.clone().into())],
                ),
            ),
            Err(e) => errors = form_errors(e)?,
        }
    }
    group_page(&state, &csrf, &a, group, errors, None, name).await
}

/// The remove button of one member on a group's page, posted to
/// `POST /admin/groups/{id}/remove`: `kind` (`user` or `group`) and the member's id.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemoveForm {
    kind: String,
    id: String,
}

/// `POST /admin/groups/{id}/remove` ([`RemoveForm`]): removes a direct member, then shows
/// the group's page with a notice (also when it was already gone).
///
/// Errors: 400 for an unknown kind or id, 403 unless a global administrator or for a
/// failed CSRF check, 404 for an unknown group, 500 when the store fails.
pub async fn remove(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<RemoveForm>,
) -> Result<Response, PageError> {
    let group = load(&state, &id).await?;
    let unknown = || PageError::BadRequest(t("admin-group-unknown-member"));
    let id: i64 = form.id.parse().map_err(|_| unknown())?;
    let member = match form.kind.as_str() {
        "user" => MemberRef::User(id),
        "group" => MemberRef::Group(id),
        _ => return Err(unknown()),
    };
    let notice = match directory::remove_member(&state, &actor(&a, &ip, &rid), &group, member).await
    {
        Ok(()) => t("admin-group-member-removed"),
        Err(ServiceError::NotMember) => t("admin-group-already-removed"),
        Err(e) => return Err(e.into()),
    };
    group_page(
        &state,
        &csrf,
        &a,
        group,
        FormErrors::default(),
        Some(notice),
        String::new(),
    )
    .await
}

/// The delete form on a group's page, posted to `POST /admin/groups/{id}/delete`: the
/// confirmation box.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConfirmForm {
    confirm: bool,
}

/// `POST /admin/groups/{id}/delete` ([`ConfirmForm`]): deletes the group and redirects
/// (303) to `/admin/groups`; without the box ticked, re-renders the group's page with the
/// error and status 400; for the group self-service password reset is turned on for,
/// re-renders it with that refusal and status 409 (nothing is deleted).
///
/// Errors: 403 unless a global administrator or for a failed CSRF check, 404 for an unknown
/// group, 500 when the store fails.
pub async fn delete(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> Result<Response, PageError> {
    let group = load(&state, &id).await?;
    if !form.confirm {
        let mut e = FormErrors::default();
        e.push("confirm_delete", t("admin-group-confirm-delete-error"));
        return group_page(&state, &csrf, &a, group, e, None, String::new()).await;
    }
    match directory::delete_group(&state, &actor(&a, &ip, &rid), &group).await {
        Ok(()) => Ok(Redirect::to("/admin/groups").into_response()),
        Err(ServiceError::SsprGroup) => {
            let mut e = FormErrors::default();
            e.push("confirm_delete", sspr_group_words());
            let mut r = group_page(&state, &csrf, &a, group, e, None, String::new()).await?;
            *r.status_mut() = axum::http::StatusCode::CONFLICT;
            Ok(r)
        }
        Err(e) => Err(e.into()),
    }
}
