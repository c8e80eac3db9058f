//! Security groups in the admin portal: list, create (with first members), view members,
//! add and remove users and nested groups, delete.

use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::{Group, Role, Username, parse_group_description, parse_group_name};
use latchkey_core::store::StoreError;
use serde::Deserialize;

use super::{ctx, layout, require_global};
use crate::audit::{Ctx, record};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
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

/// A member named by a person: a username first, else a group name.
enum Named {
    User(latchkey_core::directory::User),
    Group(Group),
}

async fn find_member(state: &AppState, name: &str) -> Result<Option<Named>, PageError> {
    if let Ok(u) = Username::parse(name) {
        match state.store.user_by_username(&u).await {
            Ok(user) => return Ok(Some(Named::User(user))),
            Err(StoreError::NotFound) => {}
            Err(e) => return Err(e.into()),
        }
    }
    match state.store.group_by_name(name).await {
        Ok(g) => Ok(Some(Named::Group(g))),
        Err(StoreError::NotFound) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Adds one member; a refusal comes back as a sentence for the form.
async fn add_member(
    state: &AppState,
    c: &Ctx,
    group: &Group,
    name: &str,
) -> Result<Result<(), String>, PageError> {
    let result = match find_member(state, name).await? {
        None => {
            return Ok(Err(format!(
                "There is no user or group called \u{201c}{name}\u{201d}."
            )));
        }
        Some(Named::User(u)) => state
            .store
            .group_add_user(group.id, u.id)
            .await
            .map(|_| ("user", u.username.to_string())),
        Some(Named::Group(g)) => state
            .store
            .group_add_group(group.id, g.id)
            .await
            .map(|_| ("group", g.name)),
    };
    match result {
        Ok((kind, member)) => {
            record(
                state,
                c,
                activity::ADD_MEMBER,
                &group.name,
                Outcome::Success,
                serde_json::json!({"kind": kind, "member": member}),
            )
            .await;
            Ok(Ok(()))
        }
        Err(StoreError::Refused(why)) => {
            Ok(Err(format!("Can't add \u{201c}{name}\u{201d}: {why}.")))
        }
        Err(StoreError::NotFound) => Ok(Err(format!("\u{201c}{name}\u{201d} no longer exists."))),
        Err(e) => Err(e.into()),
    }
}

pub async fn create(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(form): CsrfForm<NewGroupForm>,
) -> Result<Response, PageError> {
    require_global(&a)?;
    let mut errors = FormErrors::default();
    let name = parse_group_name(&form.name)
        .map_err(|e| errors.0.push(e))
        .ok();
    let description = parse_group_description(&form.description)
        .map_err(|e| errors.0.push(e))
        .ok();
    let names: Vec<String> = form
        .members
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    // Every member must exist before anything is created: nothing half-made.
    for n in &names {
        if find_member(&state, n).await?.is_none() {
            errors.push(
                "members",
                format!("There is no user or group called \u{201c}{n}\u{201d}."),
            );
        }
    }
    let again = |errors: FormErrors| {
        let mut r = render(&NewGroupPage {
            layout: layout(&state, "New group", &csrf, &a),
            group_name: form.name.clone(),
            description: form.description.clone(),
            members: form.members.clone(),
            errors,
        });
        *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
        r
    };
    let (Some(name), Some(description), true) = (name, description, errors.is_empty()) else {
        return Ok(again(errors));
    };
    let group = match state
        .store
        .group_create(&name, &description, state.now())
        .await
    {
        Ok(g) => g,
        Err(StoreError::Conflict(_)) => {
            let mut e = FormErrors::default();
            e.push(
                "name",
                "A group with that name already exists. Choose another name.",
            );
            return Ok(again(e));
        }
        Err(e) => return Err(e.into()),
    };
    let c = ctx(&a, &ip, &rid);
    record(
        &state,
        &c,
        activity::ADD_GROUP,
        &group.name,
        Outcome::Success,
        serde_json::json!({"description": group.description}),
    )
    .await;
    for n in &names {
        if let Err(why) = add_member(&state, &c, &group, n).await? {
            tracing::warn!(group = %group.name, %why, "member not added");
        }
    }
    Ok(Redirect::to(&format!("/admin/groups/{}", group.id)).into_response())
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
    require_global(&a)?;
    let group = load(&state, &id).await?;
    let name: String = form.member.trim().chars().take(256).collect();
    if name.is_empty() {
        let mut e = FormErrors::default();
        e.push("member", "Enter a username or a group name.");
        return group_page(&state, &csrf, &a, group, e, None, name).await;
    }
    match add_member(&state, &ctx(&a, &ip, &rid), &group, &name).await? {
        Ok(()) => {
            group_page(
                &state,
                &csrf,
                &a,
                group,
                FormErrors::default(),
                Some(format!("Added {name}.")),
                String::new(),
            )
            .await
        }
        Err(why) => {
            let mut e = FormErrors::default();
            e.push("member", why);
            group_page(&state, &csrf, &a, group, e, None, name).await
        }
    }
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
    require_global(&a)?;
    let group = load(&state, &id).await?;
    let member: i64 = form
        .id
        .parse()
        .map_err(|_| PageError::BadRequest("That member isn't known.".into()))?;
    let removed = match form.kind.as_str() {
        "user" => state.store.group_remove_user(group.id, member).await,
        "group" => state.store.group_remove_group(group.id, member).await,
        _ => return Err(PageError::BadRequest("That member isn't known.".into())),
    };
    let notice = match removed {
        Ok(()) => {
            record(
                &state,
                &ctx(&a, &ip, &rid),
                activity::REMOVE_MEMBER,
                &group.name,
                Outcome::Success,
                serde_json::json!({"kind": form.kind, "id": member}),
            )
            .await;
            "Member removed."
        }
        Err(StoreError::NotFound) => "That member had already been removed.",
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
    require_global(&a)?;
    let group = load(&state, &id).await?;
    if !form.confirm {
        let mut e = FormErrors::default();
        e.push(
            "confirm_delete",
            "Tick the box to confirm that you want to delete this group.",
        );
        return group_page(&state, &csrf, &a, group, e, None, String::new()).await;
    }
    state.store.group_delete(group.id).await?;
    record(
        &state,
        &ctx(&a, &ip, &rid),
        activity::DELETE_GROUP,
        &group.name,
        Outcome::Success,
        serde_json::json!({}),
    )
    .await;
    Ok(Redirect::to("/admin/groups").into_response())
}
