//! `/api/v1/users/{id}/methods`: what a user registered for self-service reset, removing
//! one method, and requiring the user to register again from scratch; and
//! `/api/v1/users/{id}/manager`, the manager the helpdesk may ask to vouch for them.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use latchkey_core::clock::rfc3339;
use latchkey_core::store::MethodKind;
use latchkey_i18n::t;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::{ApiJson, path_id};
use super::openapi::{Access, Op, object, schema_ref, time};
use super::users::load;
use crate::error::ApiError;
use crate::service::registration::{self, AdminRemoval, Removal};
use crate::state::AppState;

/// Audit activities (Entra's names for the same administrator actions).
pub const ADMIN_DELETED_METHOD: &str = latchkey_core::audit::activity::ADMIN_DELETED_METHOD;
/// Audit activity of an administrator requiring a user to register again.
pub const ADMIN_REQUIRED_REREGISTRATION: &str =
    latchkey_core::audit::activity::ADMIN_REQUIRED_REREGISTRATION;

pub(super) fn ops() -> Vec<Op> {
    vec![
        Op::new(
            "get",
            "/api/v1/users/{id}/methods",
            "listMethods",
            "The user's registered authentication methods",
            get(list),
        )
        .tag("methods")
        .describe("Authenticator seeds and security answers never leave the server; for answers only their number is shown.")
        .ok(200, "The registered methods", Some(schema_ref("AuthMethods"))),
        Op::new(
            "delete",
            "/api/v1/users/{id}/methods/{method_id}",
            "deleteMethod",
            "Remove one method (an id from the list, or `questions` for the security answers)",
            delete(remove),
        )
        .tag("methods")
        .access(Access::Manage)
        .ok(204, "Removed", None),
        Op::new(
            "post",
            "/api/v1/users/{id}/require-reregistration",
            "requireReregistration",
            "Remove every method and answer: the user registers again at next sign-in",
            post(require_reregistration),
        )
        .tag("methods")
        .access(Access::Manage)
        .ok(200, "What was removed", Some(schema_ref("Reregistration"))),
        Op::new(
            "get",
            "/api/v1/users/{id}/manager",
            "getManager",
            "The user's manager, whom the helpdesk may ask to approve the user as a caller",
            get(manager),
        )
        .tag("methods")
        .ok(200, "The manager (`manager` null when none is set)", Some(schema_ref("UserManager"))),
        Op::new(
            "put",
            "/api/v1/users/{id}/manager",
            "putManager",
            "Set or remove the user's manager",
            put(set_manager),
        )
        .tag("methods")
        .access(Access::Manage)
        .describe(
            "`manager`: another account's username, or null to remove. The manager vouches \
             for the user to the helpdesk, so this is a change of recovery details: never \
             one's own (403 `step_up_required`: one changes one's own recovery details on My account), and for a password administrator only \
             within their open helpdesk verification of the user (403 \
             `caller_not_verified`). 400 `invalid_field` (`manager`) for a username that \
             names no other account; 409 `managed_by_directory` for an account synced from \
             the on-premises directory (its `manager` attribute counts). Audited as *Update \
             manager*.",
        )
        .body(schema_ref("UserManagerRequest"), json!({"manager": "mark"}))
        .ok(200, "Saved", Some(schema_ref("UserManager")))
        .errors(&[409]),
    ]
}

pub(super) fn schemas() -> Value {
    let method = object(json!({
        "id": {"type": "integer"},
        "kind": {"type": "string", "enum": MethodKind::ALL.map(MethodKind::as_str),
                 "description": "email, mobile, office; app (an authenticator app), push (a phone with the Latchkey app), passkey"},
        "value": {"type": "string", "description": "The address or E.164 number, in full for a global administrator's token and masked (`m***@example.org`, `+1 ******0100`) for a password administrator's; for an app, a phone with the Latchkey app or a passkey, its name"},
        "created_at": time(),
    }));
    json!({
        "AuthMethod": method,
        "AuthMethods": object(json!({
            "methods": {"type": "array", "items": schema_ref("AuthMethod")},
            "security_questions": {"type": "integer", "minimum": 0, "description": "How many security questions are answered"},
        })),
        "UserManagerRequest": {
            "type": "object", "additionalProperties": false, "required": ["manager"],
            "properties": {"manager": {"type": ["string", "null"], "maxLength": 256}},
        },
        "UserManager": object(json!({
            "manager": {"oneOf": [{"type": "null"}, object(json!({
                "id": {"type": "integer"},
                "username": {"type": "string"},
                "display_name": {"type": "string"},
            }))]},
        })),
        "Reregistration": object(json!({
            "removed_methods": {"type": "integer", "minimum": 0},
            "removed_answers": {"type": "integer", "minimum": 0},
        })),
    })
}

async fn list(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    let methods: Vec<Value> = state
        .store
        .methods_of(user.id)
        .await?
        .iter()
        .map(|m| {
            // An app's, a Latchkey app phone's or a passkey's value is its name; addresses and
            // numbers are masked for anyone but a global administrator.
            let value = match m.kind {
                MethodKind::App | MethodKind::Push | MethodKind::Passkey => m.value.clone(),
                _ => super::users::contact_for(auth.is_global(), &m.value),
            };
            json!({"id": m.id, "kind": m.kind.as_str(), "value": value, "created_at": rfc3339(m.created_at)})
        })
        .collect();
    let answers = state.store.answers_of(user.id).await?.len();
    Ok(axum::Json(json!({"methods": methods, "security_questions": answers})).into_response())
}

async fn remove(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path((id, method_id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    let what = if method_id == "questions" {
        Removal::Questions
    } else {
        Removal::Method(path_id(&method_id)?)
    };
    match registration::admin_remove_method(&state, &auth.actor(), &user, what).await? {
        AdminRemoval::Removed => Ok(StatusCode::NO_CONTENT.into_response()),
        AdminRemoval::NoAnswers => Err(ApiError::not_found(t("api-methods-no-answers"))),
        AdminRemoval::NoSuchMethod => Err(ApiError::not_found(t("api-methods-no-method"))),
    }
}

async fn require_reregistration(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    let done = registration::require_reregistration(&state, &auth.actor(), &user).await?;
    Ok(axum::Json(json!({
        "removed_methods": done.removed_methods,
        "removed_answers": done.removed_answers,
    }))
    .into_response())
}

fn manager_json(m: Option<&latchkey_core::directory::User>) -> Value {
    json!({"manager": m.map(manager_object)})
}

/// A manager as the API shows one: `{"id", "username", "display_name"}`.
pub(super) fn manager_object(m: &latchkey_core::directory::User) -> Value {
    json!({"id": m.id, "username": m.username.as_str(), "display_name": m.display_name})
}

async fn manager(
    State(state): State<AppState>,
    _auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    let m = crate::service::managers::manager_of(&state, &user).await?;
    Ok(axum::Json(manager_json(m.as_ref())).into_response())
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ManagerBody {
    manager: Option<String>,
}

async fn set_manager(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<ManagerBody>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    let name: String = b.manager.unwrap_or_default().chars().take(256).collect();
    let m = crate::service::managers::set_manager(&state, &auth.actor(), &user, &name).await?;
    Ok(axum::Json(manager_json(m.as_ref())).into_response())
}
