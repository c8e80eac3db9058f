//! Policy as code: the self-service reset policy, the password policy, and the fixed
//! administrator policy as one document, read and applied whole (`/api/v1/policy`,
//! `latchkey policy export` and `apply`), plus each policy on its own.
//!
//! A document is validated as a whole (every problem named by its path, such as
//! `sspr.methods_required`), written in one store transaction, and audited as one event
//! with the document before and after.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use latchkey_core::policy::SsprPolicy;
use latchkey_core::protect::ProtectionPolicy;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::ApiJson;
use super::openapi::{Access, Op, defaults_allowed, object, schema_ref};
use crate::error::ApiError;
use crate::state::AppState;

pub use crate::service::policy::{
    APPLY_POLICY, AdministratorPolicy, DOCUMENT_TARGET, PolicyDocument, apply, check_password,
    check_sspr, current, validate,
};

pub(super) fn ops() -> Vec<Op> {
    vec![
        Op::new(
            "get",
            "/api/v1/policy",
            "getPolicy",
            "The whole policy document",
            get(get_document),
        )
        .tag("policy")
        .ok(
            200,
            "The policy in force",
            Some(schema_ref("PolicyDocument")),
        ),
        Op::new(
            "put",
            "/api/v1/policy",
            "applyPolicy",
            "Apply a whole policy document",
            put(put_document),
        )
        .tag("policy")
        .access(Access::Global)
        .describe(
            "Validated as a whole (every problem is listed in `error.errors`, named by its path), \
             applied atomically, audited as one event. `administrator` is read-only: leave it out \
             or send it unchanged. When the policy is changed by someone else at the same moment, \
             nothing is applied and the answer is 409 `conflict`: read it and retry.",
        )
        .body(schema_ref("PolicyDocumentInput"), document_example())
        .ok(
            200,
            "The policy now in force",
            Some(schema_ref("PolicyDocument")),
        )
        .errors(&[409]),
        Op::new(
            "get",
            "/api/v1/policy/sspr",
            "getSsprPolicy",
            "The self-service password reset policy",
            get(get_sspr),
        )
        .tag("policy")
        .ok(200, "The policy", Some(schema_ref("SsprPolicy"))),
        Op::new(
            "put",
            "/api/v1/policy/sspr",
            "putSsprPolicy",
            "Replace the self-service password reset policy",
            put(put_sspr),
        )
        .tag("policy")
        .access(Access::Global)
        .describe(
            "Fields left out take their default values. When the policy is changed by someone else \
             at the same moment, nothing is saved and the answer is 409 `conflict`: read it and retry.",
        )
        .body(schema_ref("SsprPolicyInput"), sspr_example())
        .ok(
            200,
            "The policy now in force",
            Some(schema_ref("SsprPolicy")),
        )
        .errors(&[409]),
        Op::new(
            "get",
            "/api/v1/policy/password",
            "getPasswordPolicy",
            "The password policy",
            get(get_password),
        )
        .tag("policy")
        .ok(200, "The policy", Some(schema_ref("PasswordPolicy"))),
        Op::new(
            "put",
            "/api/v1/policy/password",
            "putPasswordPolicy",
            "Replace the password policy",
            put(put_password),
        )
        .tag("policy")
        .access(Access::Global)
        .describe(
            "Fields left out take their default values. When the policy is changed by someone else \
             at the same moment, nothing is saved and the answer is 409 `conflict`: read it and retry.",
        )
        .body(schema_ref("PasswordPolicyInput"), password_example())
        .ok(
            200,
            "The policy now in force",
            Some(schema_ref("PasswordPolicy")),
        )
        .errors(&[409]),
    ]
}

fn sspr_example() -> Value {
    json!({
        "scope": "all", "group_id": null, "methods_required": 1,
        "methods": ["app_code", "email", "mobile_phone"],
        "questions_to_register": 3, "questions_to_reset": 3, "custom_questions": [],
        "require_registration": true, "reconfirm_days": 180, "notify_users": true,
        "notify_admins": true, "helpdesk": "https://help.example.org", "allow_unlock": false, "writeback": true, "use_directory_contacts": false,
        "phone_countries": ["US", "CA", "GB"],
    })
}

fn password_example() -> Value {
    json!({
        "min_length": 12, "require_classes": false, "history": 5, "min_score": 0,
        "enforce_custom": true, "custom_terms": ["contoso", "latchkey"], "check_breached": true,
    })
}

fn document_example() -> Value {
    json!({"sspr": sspr_example(), "password": password_example()})
}

pub(super) fn schemas() -> Value {
    let method = || {
        let all: Vec<&str> = latchkey_core::policy::Method::ALL
            .iter()
            .map(|m| m.as_str())
            .collect();
        json!({"type": "string", "enum": all})
    };
    let sspr = object(json!({
            "scope": {"type": "string", "enum": ["none", "selected", "all"], "description": "Who may reset"},
            "group_id": {"type": ["integer", "null"], "description": "With scope selected: the group whose members (also through nested groups) may reset"},
            "methods_required": {"type": "integer", "minimum": 1, "maximum": 2},
            "methods": {"type": "array", "items": method(), "minItems": 1},
            "questions_to_register": {"type": "integer", "minimum": 3, "maximum": 5},
            "questions_to_reset": {"type": "integer", "minimum": 3, "maximum": 5},
            "custom_questions": {"type": "array", "items": {"type": "string", "minLength": 3, "maxLength": 200}, "maxItems": 20},
            "require_registration": {"type": "boolean"},
            "reconfirm_days": {"type": "integer", "minimum": 0, "maximum": 730},
            "notify_users": {"type": "boolean"},
            "notify_admins": {"type": "boolean"},
            "helpdesk": {"type": "string", "description": "A web address or an email address; empty for none"},
            "allow_unlock": {"type": "boolean"},
            "writeback": {"type": "boolean", "description": "Write back passwords (and unlocks) to the on-premises directory for accounts synced from it"},
            "use_directory_contacts": {"type": "boolean", "description": "Use the alternate email, mobile and office phone set by the on-premises directory or an administrator as registered methods"},
            "phone_countries": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}, "minItems": 1, "uniqueItems": true, "description": "ISO 3166 alpha-2 codes of the countries codes may be texted or called to; numbers elsewhere can't be registered and get no code"},
    }));
    let password = object(json!({
            "min_length": {"type": "integer", "minimum": 8, "maximum": 256},
            "require_classes": {"type": "boolean"},
            "history": {"type": "integer", "minimum": 0, "maximum": 24},
            "min_score": {"type": "integer", "minimum": 0, "maximum": 4},
            "enforce_custom": {"type": "boolean"},
            "custom_terms": {"type": "array", "items": {"type": "string", "minLength": 4, "maxLength": 16}, "maxItems": 1000},
            "check_breached": {"type": "boolean"},
    }));
    json!({
        "SsprPolicyInput": defaults_allowed(&sspr),
        "PasswordPolicyInput": defaults_allowed(&password),
        "SsprPolicy": sspr,
        "PasswordPolicy": password,
        "AdministratorPolicy": object(json!({
            "methods_required": {"type": "integer", "const": 2},
            "methods": {"type": "array", "items": method()},
            "security_questions": {"type": "boolean", "const": false},
        })),
        "PolicyDocument": {
            "type": "object",
            "additionalProperties": false,
            "required": ["sspr", "password"],
            "properties": {
                "sspr": schema_ref("SsprPolicy"),
                "password": schema_ref("PasswordPolicy"),
                "administrator": schema_ref("AdministratorPolicy"),
            }
        },
        "PolicyDocumentInput": {
            "type": "object",
            "additionalProperties": false,
            "required": ["sspr", "password"],
            "description": "Fields left out of `sspr` and `password` take their defaults. `administrator` is read-only: leave it out, or send it as exported.",
            "properties": {
                "sspr": schema_ref("SsprPolicyInput"),
                "password": schema_ref("PasswordPolicyInput"),
                "administrator": {"anyOf": [schema_ref("AdministratorPolicy"), {"type": "null"}]},
            }
        },
    })
}

async fn get_document(State(state): State<AppState>, _: ApiAuth) -> Result<Response, ApiError> {
    Ok(axum::Json(current(&state).await?).into_response())
}

async fn put_document(
    State(state): State<AppState>,
    auth: ApiAuth,
    ApiJson(doc): ApiJson<PolicyDocument>,
) -> Result<Response, ApiError> {
    auth.require_global()?;
    let after = apply(
        &state,
        &auth.ctx,
        doc,
        json!({"via": "api", "token_id": auth.token.id}),
    )
    .await?;
    Ok(axum::Json(after).into_response())
}

async fn get_sspr(State(state): State<AppState>, _: ApiAuth) -> Result<Response, ApiError> {
    Ok(axum::Json(crate::sspr::load_policy(&state).await?).into_response())
}

async fn put_sspr(
    State(state): State<AppState>,
    auth: ApiAuth,
    ApiJson(after): ApiJson<SsprPolicy>,
) -> Result<Response, ApiError> {
    auth.require_global()?;
    let errors = check_sspr(&state, &after, "").await?;
    if !errors.is_empty() {
        return Err(ApiError::fields(errors));
    }
    let before = crate::service::policy::load_sspr(&state).await?;
    let mut via = json!({});
    crate::service::Via::Api(auth.token.id).mark(&mut via);
    crate::service::policy::save_sspr(
        &state,
        &auth.ctx,
        "Self-service password reset",
        &before,
        &after,
        via,
    )
    .await?;
    Ok(axum::Json(after).into_response())
}

async fn get_password(State(state): State<AppState>, _: ApiAuth) -> Result<Response, ApiError> {
    Ok(axum::Json(crate::protect::load_policy(&state).await?).into_response())
}

async fn put_password(
    State(state): State<AppState>,
    auth: ApiAuth,
    ApiJson(after): ApiJson<ProtectionPolicy>,
) -> Result<Response, ApiError> {
    auth.require_global()?;
    let errors = check_password(&after, "");
    if !errors.is_empty() {
        return Err(ApiError::fields(errors));
    }
    let before = crate::service::policy::load_password(&state).await?;
    let mut via = json!({});
    crate::service::Via::Api(auth.token.id).mark(&mut via);
    crate::service::policy::save_password(&state, &auth.ctx, &before, &after, via).await?;
    Ok(axum::Json(after).into_response())
}
