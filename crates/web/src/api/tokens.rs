//! Creating, listing and revoking admin API tokens: `/api/v1/tokens` (global
//! administrators only), with the same operations as the portal's `/admin/tokens` and the
//! CLI ([`crate::service::tokens`]). A token is shown once, when it is made; the store
//! keeps only its hash.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use latchkey_core::directory::Username;
use latchkey_core::store::{ApiTokenRecord, StoreError, TokenScope};
use latchkey_i18n::t;
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::{ApiJson, Params, page, path_id};
use super::openapi::{Access, Op, nullable_time, object, page_of, paging_params, schema_ref, time};
use crate::error::ApiError;
use crate::service::tokens as service;
use crate::state::AppState;

pub use crate::service::tokens::{Created, create, parse_name, revoke};

/// "Create API token", as audited.
pub const CREATE_TOKEN: &str = latchkey_core::audit::activity::CREATE_TOKEN;
/// "Revoke API token", as audited.
pub const REVOKE_TOKEN: &str = latchkey_core::audit::activity::REVOKE_TOKEN;

/// A token as JSON (never its hash).
pub fn token_json(t: &ApiTokenRecord) -> serde_json::Value {
    use latchkey_core::clock::rfc3339;
    serde_json::json!({
        "id": t.id,
        "name": t.name,
        "owner": t.owner_username,
        "scope": t.scope.as_str(),
        "created_at": rfc3339(t.created_at),
        "last_used_at": t.last_used_at.map(rfc3339),
        "revoked_at": t.revoked_at.map(rfc3339),
    })
}

const PATH: &str = "/api/v1/tokens";
const ONE: &str = "/api/v1/tokens/{id}";

pub(super) fn ops() -> Vec<Op> {
    vec![
        Op::new(
            "get",
            PATH,
            "listTokens",
            "Every API token (never the tokens themselves)",
            get(list),
        )
        .tag("tokens")
        .access(Access::Global)
        .describe("Newest first, revoked ones too.")
        .query(paging_params())
        .ok(200, "A page of tokens", Some(page_of("ApiToken"))),
        Op::new(
            "post",
            PATH,
            "createToken",
            "Create an API token, shown once",
            post(create_op),
        )
        .tag("tokens")
        .access(Access::Global)
        .describe(
            "The token acts for the caller's own account (`owner`, when given, must name it: \
                 tokens for other administrators are made with the command line), with the \
                 owner's role and the token's `scope`. It is returned only in this answer; the store keeps its SHA-256. \
                 Audited as *Create API token*.",
        )
        .body(
            schema_ref("TokenRequest"),
            json!({"name": "HR sync", "scope": "read"}),
        )
        .ok(201, "Created", Some(schema_ref("CreatedToken"))),
        Op::new(
            "get",
            ONE,
            "getToken",
            "One API token (never the token itself)",
            get(show),
        )
        .tag("tokens")
        .access(Access::Global)
        .ok(200, "The token", Some(schema_ref("ApiToken"))),
        Op::new(
            "delete",
            ONE,
            "revokeToken",
            "Revoke an API token",
            delete(revoke_op),
        )
        .tag("tokens")
        .access(Access::Global)
        .describe(
            "It stops working at once, on every instance. Idempotent: 204 also for a token \
                 already revoked (nothing is audited then). A token can't revoke itself (409 \
                 `conflict`): use another token or the portal.",
        )
        .ok(204, "Revoked", None)
        .errors(&[409]),
    ]
}

pub(super) fn schemas() -> Value {
    let token = json!({
        "id": {"type": "integer"},
        "name": {"type": "string"},
        "owner": {"type": "string", "description": "The username the token acts for"},
        "scope": {"type": "string", "enum": ["read", "write"]},
        "created_at": time(),
        "last_used_at": nullable_time(),
        "revoked_at": nullable_time(),
    });
    let mut created = token.clone();
    created["token"] =
        json!({"type": "string", "description": "lk_ and 43 characters; shown only this once"});
    json!({
        "ApiToken": object(token),
        "CreatedToken": object(created),
        "TokenRequest": {
            "type": "object",
            "additionalProperties": false,
            "required": ["name", "scope"],
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 64, "description": "What will use it"},
                "scope": {"type": "string", "enum": ["read", "write"]},
                "owner": {"type": "string", "description": "The caller's own username (the default); any other is refused with `invalid_field`"},
            }
        },
    })
}

async fn list(
    State(state): State<AppState>,
    auth: ApiAuth,
    q: Params,
) -> Result<Response, ApiError> {
    q.only(&["offset", "limit"])?;
    let p = q.paging()?;
    let all = service::list(&state, &auth.actor()).await?;
    let items = all
        .iter()
        .skip(usize::try_from(p.offset).unwrap_or(usize::MAX))
        .take(usize::try_from(p.limit).unwrap_or(0))
        .map(token_json)
        .collect();
    Ok(axum::Json(page(items, all.len() as i64, p)).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateBody {
    name: String,
    scope: String,
    #[serde(default)]
    owner: Option<String>,
}

async fn create_op(
    State(state): State<AppState>,
    auth: ApiAuth,
    ApiJson(b): ApiJson<CreateBody>,
) -> Result<Response, ApiError> {
    auth.require_global()?;
    let scope = TokenScope::parse(b.scope.trim())
        .ok_or_else(|| ApiError::field("scope", t("api-tokens-scope")))?;
    let owner = match b.owner.as_deref().map(str::trim) {
        None => auth.user.clone(),
        Some(name) => {
            let no_such = || ApiError::field("owner", t("api-tokens-no-owner"));
            let name = Username::parse(name).map_err(|_| no_such())?;
            match state.store.user_by_username(&name).await {
                Ok(u) => u,
                Err(StoreError::NotFound) => return Err(no_such()),
                Err(e) => return Err(e.into()),
            }
        }
    };
    let made = service::create_by(&state, &auth.actor(), &owner, &b.name, scope).await?;
    let mut body = token_json(&made.record);
    body["token"] = made.token.expose().into();
    Ok((
        StatusCode::CREATED,
        [(
            axum::http::header::LOCATION,
            format!("{PATH}/{}", made.record.id),
        )],
        axum::Json(body),
    )
        .into_response())
}

async fn show(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let t = service::get(&state, &auth.actor(), path_id(&id)?).await?;
    Ok(axum::Json(token_json(&t)).into_response())
}

async fn revoke_op(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    auth.require_global()?;
    let id = path_id(&id)?;
    if id == auth.token.id {
        return Err(ApiError::conflict(t("api-tokens-self-revoke")));
    }
    // Idempotent: a token already revoked is the state asked for.
    service::revoke_by(&state, &auth.actor(), id).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
