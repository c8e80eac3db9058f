//! Security groups in the admin portal: list, create (with first members), view members,
//! add and remove users and nested groups, delete.

use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::directory::{Group, Role};
use serde::Deserialize;

use super::{actor, form_errors, layout, require_global};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::ServiceError;
use crate::service::directory::{self, MemberRef};
use crate::session::{Authed, RequireAdmin};
use crate::state::AppState;
use crate::views::{FormErrors, GroupPage, GroupsPage, NewGroupPage, UserRow, render};

pub async fn list(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
) -> Result<Response, PageError> {
    Ok(render(&GroupsPage {
        layout: layout(&state, "Groups", &csrf, &a),
        groups: state.store.group_list().await?,
        can_create: a.user.role == Role::GlobalAdmin,
    }))
}

pub async fn new_page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
) -> Result<Response, PageError> {
    require_global(&a)?;
    Ok(render(&NewGroupPage {
        layout: layout(&state, "New group", &csrf, &a),
        group_name: String::new(),
        description: String::new(),
        members: String::new(),
        errors: FormErrors::default(),
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewGroupForm {
    name: String,
    description: String,
    members: String,
}

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
                layout: layout(&state, "New group", &csrf, &a),
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
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::BAD_REQUEST
    };
    let mut r = render(&GroupPage {
        layout: layout(state, "Groups", csrf, a),
        users: members.users.iter().map(UserRow::from).collect(),
        groups: members.groups,
        group,
        errors,
        notice,
        member,
        can_edit: a.user.role == Role::GlobalAdmin,
    });
    *r.status_mut() = status;
    Ok(r)
}

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

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddForm {
    member: String,
}

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
        errors.push("member", "Enter a username or a group name.");
    } else {
        let added = directory::add_member(
            &state,
            &actor(&a, &ip, &rid),
            &group,
            MemberRef::Name(&name),
        )
        .await;
        match added {
            Ok(_) => {
                let notice = Some(format!("Added {name}."));
                return group_page(&state, &csrf, &a, group, errors, notice, String::new()).await;
            }
            Err(ServiceError::NoSuchMember) => errors.push(
                "member",
                format!("There is no user or group called \u{201c}{name}\u{201d}."),
            ),
            Err(e) => errors = form_errors(e)?,
        }
    }
    group_page(&state, &csrf, &a, group, errors, None, name).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemoveForm {
    kind: String,
    id: String,
}

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
    let unknown = || PageError::BadRequest("That member isn't known.".into());
    let id: i64 = form.id.parse().map_err(|_| unknown())?;
    let member = match form.kind.as_str() {
        "user" => MemberRef::User(id),
        "group" => MemberRef::Group(id),
        _ => return Err(unknown()),
    };
    let notice = match directory::remove_member(&state, &actor(&a, &ip, &rid), &group, member).await
    {
        Ok(()) => "Member removed.",
        Err(ServiceError::NotMember) => "That member had already been removed.",
        Err(e) => return Err(e.into()),
    };
    group_page(
        &state,
        &csrf,
        &a,
        group,
        FormErrors::default(),
        Some(notice.into()),
        String::new(),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConfirmForm {
    confirm: bool,
}

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
        e.push(
            "confirm_delete",
            "Tick the box to confirm that you want to delete this group.",
        );
        return group_page(&state, &csrf, &a, group, e, None, String::new()).await;
    }
    directory::delete_group(&state, &actor(&a, &ip, &rid), &group).await?;
    Ok(Redirect::to("/admin/groups").into_response())
}
