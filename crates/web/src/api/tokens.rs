//! Creating, listing and revoking admin API tokens (the CLI and the portal use these).
//! A token is shown once, when it is made; the store keeps only its hash.

use latchkey_core::Secret;
use latchkey_core::audit::Outcome;
use latchkey_core::directory::User;
use latchkey_core::store::{ApiTokenRecord, NewApiToken};

use super::auth::{Scope, hash_token, new_token};
use crate::audit::{Ctx, record};
use crate::error::ApiError;
use crate::state::AppState;

pub const CREATE_TOKEN: &str = latchkey_core::audit::activity::CREATE_TOKEN;
pub const REVOKE_TOKEN: &str = latchkey_core::audit::activity::REVOKE_TOKEN;

/// A token just made: the record, and the token itself, to be shown once.
pub struct Created {
    pub record: ApiTokenRecord,
    pub token: Secret,
}

/// A token name: 1 to 64 characters on one line.
pub fn parse_name(name: &str) -> Result<String, ApiError> {
    let n = name.trim();
    if n.is_empty() || n.chars().count() > 64 || n.chars().any(char::is_control) {
        return Err(ApiError::field(
            "name",
            "Give the token a name of 1 to 64 characters, such as what will use it.",
        ));
    }
    Ok(n.to_owned())
}

/// Makes a token for `owner`, who must be an administrator.
pub async fn create(
    state: &AppState,
    ctx: &Ctx,
    owner: &User,
    name: &str,
    scope: Scope,
) -> Result<Created, ApiError> {
    let name = parse_name(name)?;
    if !owner.role.is_admin() {
        return Err(ApiError::field(
            "owner",
            "A token acts for its owner, so the owner must be a global or password administrator.",
        ));
    }
    let token = new_token();
    let saved = state
        .store
        .api_token_create(&NewApiToken {
            name,
            owner_id: owner.id,
            scope,
            token_hash: hash_token(token.expose()),
            created_at: state.now(),
        })
        .await?;
    record(
        state,
        ctx,
        CREATE_TOKEN,
        owner.username.as_str(),
        Outcome::Success,
        serde_json::json!({"token_id": saved.id, "name": saved.name, "scope": saved.scope.as_str()}),
    )
    .await;
    Ok(Created {
        record: saved,
        token,
    })
}

/// Revokes a token; it stops working at once, on every instance.
pub async fn revoke(state: &AppState, ctx: &Ctx, id: i64) -> Result<ApiTokenRecord, ApiError> {
    state.store.api_token_revoke(id, state.now()).await?;
    let t = state.store.api_token_get(id).await?;
    record(
        state,
        ctx,
        REVOKE_TOKEN,
        &t.owner_username,
        Outcome::Success,
        serde_json::json!({"token_id": t.id, "name": t.name}),
    )
    .await;
    Ok(t)
}

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
