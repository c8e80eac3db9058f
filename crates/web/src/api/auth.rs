//! Bearer-token authentication for the API. A token is `lk_` and 32 random bytes in
//! base64url; only its SHA-256 is stored. The owner's role decides what the token may
//! do (the portal's rules), its scope whether it may write. Cookies are never read here,
//! so a signed-in browser can't be made to call the API (no CSRF to guard against).

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{Method, StatusCode, header};
use latchkey_core::audit::Outcome;
use latchkey_core::directory::{Role, User};
use latchkey_core::store::{ApiTokenRecord, StoreError};
use latchkey_i18n::t;

use crate::audit::{Ctx, record};
use crate::error::ApiError;
use crate::middleware::{ClientIp, RequestId};
use crate::service::directory::Actor;
use crate::service::{Permission, ServiceError};
use crate::state::AppState;

pub use crate::service::tokens::{TOKEN_PREFIX, hash_token, new_token};

/// What a token may do besides reading: the stored scope, under its API name.
pub use latchkey_core::store::TokenScope as Scope;

/// The caller of an API request: a valid token and its enabled, administrator owner.
#[derive(Debug, Clone)]
pub struct ApiAuth {
    /// The token the request was sent with.
    pub token: ApiTokenRecord,
    /// The token's owner, enabled and an administrator when the request got here.
    pub user: User,
    /// Audit context: the owner as actor, the client IP and the request id.
    pub ctx: Ctx,
}

fn unauthenticated(message: String) -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, "unauthenticated", message)
}

impl FromRequestParts<AppState> for ApiAuth {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Some(value) = parts.headers.get(header::AUTHORIZATION) else {
            return Err(unauthenticated(t("api-auth-missing")));
        };
        let token = value
            .to_str()
            .ok()
            .and_then(|v| v.split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, t)| t.trim())
            .filter(|t| t.starts_with(TOKEN_PREFIX) && t.len() <= 100)
            .ok_or_else(|| unauthenticated(t("api-auth-malformed")))?;
        let bad = || unauthenticated(t("api-auth-invalid"));
        let record = match state.store.api_token_by_hash(&hash_token(token)).await {
            Ok(r) => r,
            Err(StoreError::NotFound) => return Err(bad()),
            Err(e) => return Err(e.into()),
        };
        if record.revoked_at.is_some() {
            return Err(bad());
        }
        let user = match state.store.user_get(record.owner_id).await {
            Ok(u) if u.enabled => u,
            Ok(_) | Err(StoreError::NotFound) => {
                return Err(unauthenticated(t("api-auth-owner-disabled")));
            }
            Err(e) => return Err(e.into()),
        };
        if !user.role.is_admin() {
            return Err(ApiError::forbidden(t("api-auth-owner-not-admin")));
        }
        if record.scope != Scope::Write
            && parts.method != Method::GET
            && parts.method != Method::HEAD
        {
            return Err(ApiError::forbidden(t("api-auth-read-only")));
        }
        let now = state.now();
        // One write a minute at most, not one per request.
        if record.last_used_at.is_none_or(|t| now - t >= 60) {
            // Best effort: a read must not fail because the disk is full.
            if let Err(e) = state.store.api_token_touch(record.id, now).await {
                tracing::warn!(%e, "could not note the token's last use");
            }
        }
        let ip = parts
            .extensions
            .get::<ClientIp>()
            .cloned()
            .unwrap_or_else(|| ClientIp("unknown".into()));
        let rid = parts
            .extensions
            .get::<RequestId>()
            .cloned()
            .unwrap_or_else(|| RequestId(String::new()));
        Ok(ApiAuth {
            ctx: Ctx::new(user.username.as_str(), &ip, &rid),
            token: record,
            user,
        })
    }
}

impl ApiAuth {
    /// Whether the owner is a global administrator.
    pub fn is_global(&self) -> bool {
        self.user.role == Role::GlobalAdmin
    }

    /// Only global administrators create and delete users and groups, change roles and policies.
    pub fn require_global(&self) -> Result<(), ApiError> {
        if self.is_global() {
            Ok(())
        } else {
            Err(ServiceError::Forbidden(Permission::GlobalOnly).into())
        }
    }

    /// Password administrators act on users who aren't administrators; global ones on everyone.
    pub fn require_manage(&self, target: &User) -> Result<(), ApiError> {
        if self.user.role.may_manage(target.role) {
            Ok(())
        } else {
            Err(ServiceError::Forbidden(Permission::ManageAdmins).into())
        }
    }

    /// This token's owner as the actor of a service operation (its events say `"via":
    /// "api"` and the token's id).
    pub fn actor(&self) -> Actor {
        Actor::api(&self.user, self.token.id, self.ctx.clone())
    }

    /// An audit event by this token's owner, marked as coming through the API, for an
    /// operation to commit with its change.
    pub fn event(
        &self,
        state: &AppState,
        activity: &'static str,
        target: &str,
        mut details: serde_json::Value,
    ) -> latchkey_core::audit::NewAuditEvent {
        crate::service::Via::Api(self.token.id).mark(&mut details);
        crate::audit::event(
            state,
            &self.ctx,
            activity,
            target,
            Outcome::Success,
            details,
        )
    }

    /// Writes an audit event as the portal does, marked as coming through the API.
    pub async fn record(
        &self,
        state: &AppState,
        activity: &'static str,
        target: &str,
        mut details: serde_json::Value,
    ) {
        crate::service::Via::Api(self.token.id).mark(&mut details);
        record(
            state,
            &self.ctx,
            activity,
            target,
            Outcome::Success,
            details,
        )
        .await;
    }
}
