//! `/api/v1/users/{id}/methods`: what a user registered for self-service reset, removing
//! one method, and requiring the user to register again from scratch.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use latchkey_core::clock::rfc3339;
use latchkey_core::store::MethodKind;
use latchkey_i18n::t;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::path_id;
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
