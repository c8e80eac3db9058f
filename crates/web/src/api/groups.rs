//! `/api/v1/groups`: list, create, read with members, delete, add and remove members
//! (users and nested groups). Reading is for every administrator; changes for global ones.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use latchkey_core::clock::rfc3339;
use latchkey_core::directory::Group;
use latchkey_core::store::StoreError;
use latchkey_i18n::{t, tr};
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::{ApiJson, Params, page, path_id};
use super::openapi::{Access, Op, object, page_of, paging_params, schema_ref, time};
use crate::error::ApiError;
use crate::service::{ServiceError, directory};
use crate::state::AppState;

pub(super) fn ops() -> Vec<Op> {
    vec![
        Op::new("get", "/api/v1/groups", "listGroups", "List groups", get(list))
            .tag("groups")
            .query(paging_params())
            .ok(200, "A page of groups, by name", Some(page_of("Group"))),
        Op::new("post", "/api/v1/groups", "createGroup", "Create a group", post(create))
            .tag("groups")
            .access(Access::Global)
            .body(
                schema_ref("NewGroup"),
                json!({"name": "Finance", "description": "Finance department"}),
            )
            .ok(201, "Created", Some(schema_ref("Group")))
            .errors(&[409]),
        Op::new(
            "get",
            "/api/v1/groups/{id}",
            "getGroup",
            "Read a group and its direct members",
            get(show),
        )
        .tag("groups")
        .ok(200, "The group", Some(schema_ref("GroupDetail"))),
        Op::new(
            "delete",
            "/api/v1/groups/{id}",
            "deleteGroup",
            "Delete a group (its members stay)",
            delete(remove),
        )
        .tag("groups")
        .access(Access::Global)
        .describe(
            "The group self-service password reset is turned on for (scope `selected`) can't be \
             deleted: 409 `conflict`. Choose another group, or turn it off, first.",
        )
        .ok(204, "Deleted", None)
        .errors(&[409]),
        Op::new(
            "post",
            "/api/v1/groups/{id}/members",
            "addMember",
            "Add a user or a nested group",
            post(add_member),
        )
        .tag("groups")
        .access(Access::Global)
        .describe(
            "Nesting that would make a cycle is refused with 409. Adding a member twice is not an error.",
        )
        .body(schema_ref("MemberRef"), json!({"kind": "user", "id": 2}))
        .ok(204, "Added", None)
        .errors(&[409]),
        Op::new(
            "delete",
            "/api/v1/groups/{id}/members/{kind}/{member_id}",
            "removeMember",
            "Remove a user (kind users) or a nested group (kind groups)",
            delete(remove_member),
        )
        .tag("groups")
        .access(Access::Global)
        .ok(204, "Removed", None),
    ]
}

pub(super) fn schemas() -> Value {
    json!({
        "Group": object(json!({
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "description": {"type": "string"},
            "created_at": time(),
        })),
        "GroupDetail": object(json!({
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "description": {"type": "string"},
            "created_at": time(),
            "members": object(json!({
                "users": {"type": "array", "items": object(json!({
                    "id": {"type": "integer"},
                    "username": {"type": "string"},
                    "display_name": {"type": "string"},
                }))},
                "groups": {"type": "array", "items": object(json!({
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                }))},
            })),
        })),
        "NewGroup": {
            "type": "object",
            "additionalProperties": false,
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 64},
                "description": {"type": "string", "maxLength": 1024, "default": ""},
            }
        },
        "MemberRef": {
            "type": "object",
            "additionalProperties": false,
            "required": ["kind", "id"],
            "properties": {
                "kind": {"type": "string", "enum": ["user", "group"]},
                "id": {"type": "integer", "minimum": 1},
            }
        },
    })
}

/// A group as JSON: `id`, `name`, `description`, `created_at` (RFC 3339).
pub fn group_json(g: &Group) -> Value {
    json!({"id": g.id, "name": g.name, "description": g.description, "created_at": rfc3339(g.created_at)})
}

async fn load(state: &AppState, id: &str) -> Result<Group, ApiError> {
    match state.store.group_get(path_id(id)?).await {
        Err(StoreError::NotFound) => Err(ApiError::not_found(t("api-groups-not-found"))),
        other => Ok(other?),
    }
}

async fn list(State(state): State<AppState>, _: ApiAuth, q: Params) -> Result<Response, ApiError> {
    q.only(&["offset", "limit"])?;
    let p = q.paging()?;
    let all = state.store.group_list().await?;
    let items = all
        .iter()
        .skip(usize::try_from(p.offset).unwrap_or(usize::MAX))
        .take(usize::try_from(p.limit).unwrap_or(0))
        .map(group_json)
        .collect();
    Ok(axum::Json(page(items, all.len() as i64, p)).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewGroup {
    name: String,
    #[serde(default)]
    description: String,
}

async fn create(
    State(state): State<AppState>,
    auth: ApiAuth,
    ApiJson(b): ApiJson<NewGroup>,
) -> Result<Response, ApiError> {
    let group =
        directory::create_group(&state, &auth.actor(), &b.name, &b.description, &[]).await?;
    let mut resp = (StatusCode::CREATED, axum::Json(group_json(&group))).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("/api/v1/groups/{}", group.id)) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    Ok(resp)
}

async fn show(
    State(state): State<AppState>,
    _: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let group = load(&state, &id).await?;
    let m = state.store.group_members(group.id).await?;
    let mut body = group_json(&group);
    body["members"] = json!({
        "users": m.users.iter().map(|u| json!({"id": u.id, "username": u.username, "display_name": u.display_name})).collect::<Vec<_>>(),
        "groups": m.groups.iter().map(|g| json!({"id": g.id, "name": g.name})).collect::<Vec<_>>(),
    });
    Ok(axum::Json(body).into_response())
}

async fn remove(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let group = load(&state, &id).await?;
    directory::delete_group(&state, &auth.actor(), &group).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Kind {
    User,
    Group,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberRef {
    kind: Kind,
    id: i64,
}

async fn add_member(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<MemberRef>,
) -> Result<Response, ApiError> {
    let group = load(&state, &id).await?;
    let member = match b.kind {
        Kind::User => directory::MemberRef::User(b.id),
        Kind::Group => directory::MemberRef::Group(b.id),
    };
    directory::add_member(&state, &auth.actor(), &group, member).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn remove_member(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path((id, kind, member_id)): Path<(String, String, String)>,
) -> Result<Response, ApiError> {
    let group = load(&state, &id).await?;
    let id = path_id(&member_id)?;
    let (kind, member) = match kind.as_str() {
        "users" => ("user", directory::MemberRef::User(id)),
        "groups" => ("group", directory::MemberRef::Group(id)),
        _ => {
            return Err(ApiError::not_found(tr(
                "api-groups-member-path",
                &[
                    ("users", "members/users/{id}".into()),
                    ("groups", "members/groups/{id}".into()),
                ],
            )));
        }
    };
    match directory::remove_member(&state, &auth.actor(), &group, member).await {
        Err(ServiceError::NotMember) => Err(ApiError::not_found(tr(
            "api-groups-not-member",
            &[("kind", kind.into())],
        ))),
        other => {
            other?;
            Ok(StatusCode::NO_CONTENT.into_response())
        }
    }
}
