//! Admin API tokens: made for an administrator (shown once; the store keeps only the
//! SHA-256), revoked at once on every instance. The CLI and the portal use these; each
//! change is written with its audit event in one transaction.

use latchkey_core::Secret;
use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::{FieldError, User};
use latchkey_core::store::{ApiTokenRecord, Effects, NewApiToken, TokenScope};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::audit::{Ctx, event};
use crate::service::directory::Actor;
use crate::service::{ServiceError, Via};
use crate::state::AppState;

/// Every token starts with this, so secret scanners and people can tell what it is.
pub const TOKEN_PREFIX: &str = "lk_";

/// A fresh token: `lk_` and 32 random bytes, base64url (43 characters).
pub fn new_token() -> Secret {
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    Secret::new(format!("{TOKEN_PREFIX}{}", B64URL.encode(b)))
}

/// What the store keeps of a token: its SHA-256, lower-case hex.
pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A token just made: the record, and the token itself, to be shown once.
pub struct Created {
    /// The token as stored (never its hash in any output).
    pub record: ApiTokenRecord,
    /// `lk_` and 43 base64url characters (256 random bits).
    pub token: Secret,
}

/// A token name: 1 to 64 characters on one line. [`ServiceError::Invalid`] on field
/// `name` otherwise.
pub fn parse_name(name: &str) -> Result<String, ServiceError> {
    let n = name.trim();
    if n.is_empty() || n.chars().count() > 64 || n.chars().any(char::is_control) {
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "name",
            latchkey_i18n::t("admin-tokens-error-name"),
        )]));
    }
    Ok(n.to_owned())
}

/// Makes a token acting for `owner`, who must be an administrator
/// ([`ServiceError::Invalid`] on field `owner` otherwise), audited as "Create API
/// token" in the same transaction.
pub async fn create(
    state: &AppState,
    ctx: &Ctx,
    owner: &User,
    name: &str,
    scope: TokenScope,
) -> Result<Created, ServiceError> {
    create_marked(state, ctx, Via::Portal, owner, name, scope).await
}

/// [`create`] by an administrator of the portal or a token of the API: only global
/// administrators manage tokens ([`ServiceError::Forbidden`] otherwise), and only for
/// themselves ([`ServiceError::Invalid`] on field `owner` otherwise); the audit event
/// says where it came from.
pub async fn create_by(
    state: &AppState,
    actor: &Actor,
    owner: &User,
    name: &str,
    scope: TokenScope,
) -> Result<Created, ServiceError> {
    actor.require_global()?;
    // A token acts for the administrator who makes it: a leaked token or session can't
    // mint tokens that act (and are audited) as someone else. The command line, run by
    // whoever runs the server, makes them for anyone.
    if let Some((id, _)) = actor.admin
        && id != owner.id
    {
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "owner",
            latchkey_i18n::t("errors-token-owner-self"),
        )]));
    }
    create_marked(state, &actor.ctx, actor.via, owner, name, scope).await
}

async fn create_marked(
    state: &AppState,
    ctx: &Ctx,
    via: Via,
    owner: &User,
    name: &str,
    scope: TokenScope,
) -> Result<Created, ServiceError> {
    let name = parse_name(name)?;
    if !owner.role.is_admin() {
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "owner",
            latchkey_i18n::t("admin-tokens-error-owner-role"),
        )]));
    }
    let token = new_token();
    let new = NewApiToken {
        name,
        owner_id: owner.id,
        scope,
        token_hash: hash_token(token.expose()),
        created_at: state.now(),
    };
    let effects = |t: &ApiTokenRecord| {
        let mut details =
            serde_json::json!({"token_id": t.id, "name": t.name, "scope": t.scope.as_str()});
        via.mark(&mut details);
        Effects {
            audit: vec![event(
                state,
                ctx,
                activity::CREATE_TOKEN,
                owner.username.as_str(),
                Outcome::Success,
                details,
            )],
            deliveries: Vec::new(),
        }
    };
    let record = state.store.api_token_create_commit(&new, &effects).await?;
    Ok(Created { record, token })
}

/// Revokes token `id`; it stops working at once, on every instance. Audited as "Revoke
/// API token" in the same transaction. [`ServiceError::NotFound`] when there is none.
pub async fn revoke(state: &AppState, ctx: &Ctx, id: i64) -> Result<ApiTokenRecord, ServiceError> {
    revoke_marked(state, ctx, Via::Portal, id).await
}

async fn revoke_marked(
    state: &AppState,
    ctx: &Ctx,
    via: Via,
    id: i64,
) -> Result<ApiTokenRecord, ServiceError> {
    let effects = |t: &ApiTokenRecord| {
        let mut details = serde_json::json!({"token_id": t.id, "name": t.name});
        via.mark(&mut details);
        Effects {
            audit: vec![event(
                state,
                ctx,
                activity::REVOKE_TOKEN,
                &t.owner_username,
                Outcome::Success,
                details,
            )],
            deliveries: Vec::new(),
        }
    };
    Ok(state
        .store
        .api_token_revoke_commit(id, state.now(), &effects)
        .await?)
}

/// Revokes token `id` for an administrator of the portal or a token of the API (global
/// administrators only: [`ServiceError::Forbidden`]). Idempotent: `false`, with nothing
/// written or audited, when it was already revoked.
///
/// Errors: [`ServiceError::NotFound`] when there is no such token.
pub async fn revoke_by(state: &AppState, actor: &Actor, id: i64) -> Result<bool, ServiceError> {
    actor.require_global()?;
    if get(state, actor, id).await?.revoked_at.is_some() {
        return Ok(false);
    }
    revoke_marked(state, &actor.ctx, actor.via, id).await?;
    Ok(true)
}

/// Every token, newest first, revoked ones too (never a token itself, only its record).
/// Global administrators only ([`ServiceError::Forbidden`]).
pub async fn list(state: &AppState, actor: &Actor) -> Result<Vec<ApiTokenRecord>, ServiceError> {
    actor.require_global()?;
    let mut all = state.store.api_token_list().await?;
    all.sort_by_key(|t| std::cmp::Reverse(t.id));
    Ok(all)
}

/// Token `id`'s record. Global administrators only ([`ServiceError::Forbidden`]).
///
/// Errors: [`ServiceError::NotFound`] when there is none.
pub async fn get(state: &AppState, actor: &Actor, id: i64) -> Result<ApiTokenRecord, ServiceError> {
    actor.require_global()?;
    match state.store.api_token_get(id).await {
        Ok(t) => Ok(t),
        Err(latchkey_core::store::StoreError::NotFound) => Err(ServiceError::NotFound),
        Err(e) => Err(e.into()),
    }
}
