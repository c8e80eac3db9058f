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
use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::FieldError;
use latchkey_core::policy::{ADMIN_METHODS, Method, Scope, SsprPolicy};
use latchkey_core::protect::ProtectionPolicy;
use latchkey_core::store::StoreError;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::ApiJson;
use super::openapi::{Access, Op, defaults_allowed, object, schema_ref};
use crate::audit::{Ctx, record};
use crate::error::ApiError;
use crate::state::AppState;

pub const APPLY_POLICY: &str = latchkey_core::audit::activity::APPLY_POLICY;
pub const DOCUMENT_TARGET: &str = "Policy document";

/// The administrator policy: fixed, shown for completeness, never changed by a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdministratorPolicy {
    pub methods_required: u8,
    pub methods: Vec<Method>,
    pub security_questions: bool,
}

impl AdministratorPolicy {
    pub fn fixed() -> Self {
        Self {
            methods_required: 2,
            methods: ADMIN_METHODS.to_vec(),
            security_questions: false,
        }
    }
}

/// The whole policy. `administrator` may be left out of a document to apply; when it is
/// there it must be the fixed one (so an exported document applies as it is).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyDocument {
    pub sspr: SsprPolicy,
    pub password: ProtectionPolicy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub administrator: Option<AdministratorPolicy>,
}

/// The policy in force.
pub async fn current(state: &AppState) -> Result<PolicyDocument, ApiError> {
    Ok(PolicyDocument {
        sspr: crate::sspr::load_policy(state).await?,
        password: crate::protect::load_policy(state).await?,
        administrator: Some(AdministratorPolicy::fixed()),
    })
}

fn prefixed(prefix: &str, errors: Vec<FieldError>) -> impl Iterator<Item = (String, String)> {
    errors.into_iter().map(move |e| {
        // The portal calls the group field "group"; in documents it is the key, group_id.
        let field = if e.field == "group" {
            "group_id"
        } else {
            e.field
        };
        (format!("{prefix}{field}"), e.message)
    })
}

async fn check_sspr(
    state: &AppState,
    p: &SsprPolicy,
    prefix: &str,
) -> Result<Vec<(String, String)>, ApiError> {
    let mut out: Vec<(String, String)> = Vec::new();
    if let Err(e) = p.validate() {
        out.extend(prefixed(prefix, e));
    }
    if p.scope == Scope::Selected
        && let Some(g) = p.group_id
    {
        match state.store.group_get(g).await {
            Ok(_) => {}
            Err(StoreError::NotFound) => out.push((
                format!("{prefix}group_id"),
                format!("There is no group with id {g}. Choose an existing group."),
            )),
            Err(e) => return Err(e.into()),
        }
    }
    Ok(out)
}

fn check_password(p: &ProtectionPolicy, prefix: &str) -> Vec<(String, String)> {
    match p.validate() {
        Ok(()) => Vec::new(),
        Err(e) => prefixed(prefix, e).collect(),
    }
}

/// Every problem of a document, each named by its path. Empty when it can be applied.
pub async fn validate(
    state: &AppState,
    doc: &PolicyDocument,
) -> Result<Vec<(String, String)>, ApiError> {
    let mut errors = check_sspr(state, &doc.sspr, "sspr.").await?;
    errors.extend(check_password(&doc.password, "password."));
    if let Some(a) = &doc.administrator
        && *a != AdministratorPolicy::fixed()
    {
        errors.push((
            "administrator".into(),
            "The administrator policy is fixed (two methods, no security questions) and can't be changed. \
             Leave the section out or keep it as exported."
                .into(),
        ));
    }
    Ok(errors)
}

/// Validates and applies a whole document in one transaction, and audits it as one event.
/// `extra` goes into the event's details (e.g. how it came). A document equal to the policy
/// in force changes nothing and is not audited. Returns the policy now in force.
pub async fn apply(
    state: &AppState,
    ctx: &Ctx,
    doc: PolicyDocument,
    extra: Value,
) -> Result<PolicyDocument, ApiError> {
    let errors = validate(state, &doc).await?;
    if !errors.is_empty() {
        return Err(ApiError::fields(errors));
    }
    let before = current(state).await?;
    if before.sspr == doc.sspr && before.password == doc.password {
        // Nothing to change: applying the same document again writes and audits nothing.
        return Ok(before);
    }
    let sspr = serde_json::to_string(&doc.sspr).map_err(ApiError::internal)?;
    let password = serde_json::to_string(&doc.password).map_err(ApiError::internal)?;
    state
        .store
        .settings_put_many(&[
            (crate::sspr::POLICY_KEY, &sspr),
            (crate::protect::KEY, &password),
        ])
        .await?;
    let after = current(state).await?;
    let mut changed = Vec::new();
    if before.sspr != after.sspr {
        changed.push("sspr");
    }
    if before.password != after.password {
        changed.push("password");
    }
    let mut details = json!({"before": before, "after": after, "changed": changed});
    if let (Some(d), Some(e)) = (details.as_object_mut(), extra.as_object()) {
        d.extend(e.clone());
    }
    record(
        state,
        ctx,
        APPLY_POLICY,
        DOCUMENT_TARGET,
        Outcome::Success,
        details,
    )
    .await;
    Ok(after)
}

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
             or send it unchanged.",
        )
        .body(schema_ref("PolicyDocumentInput"), document_example())
        .ok(
            200,
            "The policy now in force",
            Some(schema_ref("PolicyDocument")),
        ),
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
        .describe("Fields left out take their default values.")
        .body(schema_ref("SsprPolicyInput"), sspr_example())
        .ok(
            200,
            "The policy now in force",
            Some(schema_ref("SsprPolicy")),
        ),
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
        .describe("Fields left out take their default values.")
        .body(schema_ref("PasswordPolicyInput"), password_example())
        .ok(
            200,
            "The policy now in force",
            Some(schema_ref("PasswordPolicy")),
        ),
    ]
}

fn sspr_example() -> Value {
    json!({
        "scope": "all", "group_id": null, "methods_required": 1,
        "methods": ["app_code", "email", "mobile_phone"],
        "questions_to_register": 3, "questions_to_reset": 3, "custom_questions": [],
        "require_registration": true, "reconfirm_days": 180, "notify_users": true,
        "notify_admins": true, "helpdesk": "https://help.example.org", "allow_unlock": false,
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
    let method = || json!({"type": "string", "enum": ["app_code", "email", "mobile_phone", "office_phone", "questions"]});
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
    let before = crate::sspr::load_policy(&state).await?;
    crate::sspr::save_policy(&state, &after).await?;
    auth.record(
        &state,
        activity::UPDATE_POLICY,
        "Self-service password reset",
        json!({"before": before, "after": after}),
    )
    .await;
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
    let before = crate::protect::load_policy(&state).await?;
    crate::protect::save_policy(&state, &after).await?;
    auth.record(
        &state,
        activity::UPDATE_PASSWORD_POLICY,
        "Password protection",
        json!({"before": before, "after": after}),
    )
    .await;
    Ok(axum::Json(after).into_response())
}
