//! Server-side sessions. The cookie holds 256 random bits; the database holds only their
//! SHA-256, so any instance can serve any request and a copied database opens no session.
//! Sessions end after `session.idle_timeout_minutes` without a request, after
//! `session.absolute_timeout_hours` in any case, on sign-out, and when the password changes.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::store::{SessionRecord, StoreError};
use sha2::{Digest, Sha256};

use crate::error::PageError;
use crate::middleware::{cookie_name, random_token, read_cookie, set_cookie};
use crate::state::AppState;

/// Name of the session cookie (with the `__Host-` prefix when cookies are secure).
pub const SESSION_COOKIE: &str = "latchkey-session";

fn hash_id(cookie: &str) -> String {
    let d = Sha256::digest(cookie.as_bytes());
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// Starts a session for `user_id`; returns the `Set-Cookie` header value.
pub async fn start(state: &AppState, user_id: i64) -> Result<String, PageError> {
    let now = state.now();
    let cookie = random_token();
    let record = SessionRecord {
        id_hash: hash_id(&cookie),
        user_id,
        created_at: now,
        last_seen_at: now,
        expires_at: now + i64::from(state.settings.session.absolute_timeout_hours) * 3600,
        access_pass: None,
    };
    state.store.session_create(&record).await?;
    Ok(set_cookie(
        state,
        &cookie_name(state, SESSION_COOKIE),
        &cookie,
        "Lax",
        None,
    ))
}

/// Opens the session of a successful sign-in, in one transaction: the request's old
/// session (if any) ends, a new one starts, the lockout of the name as `typed` is
/// cleared, and "Sign in" is audited. Returns the `Set-Cookie` header value.
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn open(
    state: &AppState,
    headers: &axum::http::HeaderMap,
    user: &latchkey_core::directory::User,
    typed: &str,
    ctx: &crate::audit::Ctx,
) -> Result<String, PageError> {
    open_with(state, headers, user, typed, ctx, serde_json::json!({})).await
}

/// Opens a new session after "Confirm it's you" (`/account/confirm`), as [`open`] does
/// for a sign-in (a new cookie, the old session ended, the lockout cleared), audited as
/// "Sign in" with `"step_up": true`. The new session's creation time is the proof of the
/// password that changes to security info ask for.
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn open_step_up(
    state: &AppState,
    headers: &axum::http::HeaderMap,
    user: &latchkey_core::directory::User,
    ctx: &crate::audit::Ctx,
) -> Result<String, PageError> {
    let typed = user.username.as_str();
    open_with(
        state,
        headers,
        user,
        typed,
        ctx,
        serde_json::json!({"step_up": true}),
    )
    .await
}

async fn open_with(
    state: &AppState,
    headers: &axum::http::HeaderMap,
    user: &latchkey_core::directory::User,
    typed: &str,
    ctx: &crate::audit::Ctx,
    details: serde_json::Value,
) -> Result<String, PageError> {
    let now = state.now();
    let cookie = random_token();
    let record = SessionRecord {
        id_hash: hash_id(&cookie),
        user_id: user.id,
        created_at: now,
        last_seen_at: now,
        expires_at: now + i64::from(state.settings.session.absolute_timeout_hours) * 3600,
        access_pass: None,
    };
    let old = read_cookie(headers, &cookie_name(state, SESSION_COOKIE)).map(|c| hash_id(&c));
    let effects = latchkey_core::store::Effects {
        audit: vec![crate::audit::event(
            state,
            ctx,
            latchkey_core::audit::activity::SIGN_IN,
            user.username.as_str(),
            latchkey_core::audit::Outcome::Success,
            details,
        )],
        deliveries: Vec::new(),
    };
    state
        .store
        .session_commit(
            old.as_deref(),
            Some(&record),
            Some(&crate::auth::lockout_key(typed)),
            &effects,
        )
        .await?;
    Ok(set_cookie(
        state,
        &cookie_name(state, SESSION_COOKIE),
        &cookie,
        "Lax",
        None,
    ))
}

/// Opens a session with Temporary Access Pass `pass` for `user`, in one transaction: the
/// pass is marked used (a one-time pass only if no parallel sign-in took it first), the
/// request's old session ends, the new one starts (reaching `/setup` only, ending when the
/// pass expires at the latest), the lockout of the name as `typed` is cleared and
/// `effects` are written. Returns the `Set-Cookie` header value; `None`, nothing written,
/// when the pass was no longer usable.
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn open_access_pass(
    state: &AppState,
    headers: &axum::http::HeaderMap,
    user: &latchkey_core::directory::User,
    pass: &latchkey_core::store::AccessPassRecord,
    typed: &str,
    effects: &latchkey_core::store::Effects,
) -> Result<Option<String>, PageError> {
    let now = state.now();
    let cookie = random_token();
    let absolute = now + i64::from(state.settings.session.absolute_timeout_hours) * 3600;
    let record = SessionRecord {
        id_hash: hash_id(&cookie),
        user_id: user.id,
        created_at: now,
        last_seen_at: now,
        expires_at: absolute.min(pass.expires_at),
        access_pass: Some(pass.id),
    };
    let old = read_cookie(headers, &cookie_name(state, SESSION_COOKIE)).map(|c| hash_id(&c));
    let opened = state
        .store
        .access_pass_redeem_commit(
            pass.id,
            now,
            old.as_deref(),
            &record,
            Some(&crate::auth::lockout_key(typed)),
            effects,
        )
        .await?;
    Ok(opened.then(|| {
        set_cookie(
            state,
            &cookie_name(state, SESSION_COOKIE),
            &cookie,
            "Lax",
            None,
        )
    }))
}

/// Ends the request's session and audits "Sign out" for `who`, in one transaction;
/// returns the clearing `Set-Cookie` header value.
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn close(
    state: &AppState,
    headers: &axum::http::HeaderMap,
    who: Option<(&latchkey_core::directory::User, &crate::audit::Ctx)>,
) -> Result<String, PageError> {
    let name = cookie_name(state, SESSION_COOKIE);
    let old = read_cookie(headers, &name).map(|c| hash_id(&c));
    let audit = who
        .map(|(u, ctx)| {
            vec![crate::audit::event(
                state,
                ctx,
                latchkey_core::audit::activity::SIGN_OUT,
                u.username.as_str(),
                latchkey_core::audit::Outcome::Success,
                serde_json::json!({}),
            )]
        })
        .unwrap_or_default();
    state
        .store
        .session_commit(
            old.as_deref(),
            None,
            None,
            &latchkey_core::store::Effects {
                audit,
                deliveries: Vec::new(),
            },
        )
        .await?;
    Ok(set_cookie(state, &name, "", "Lax", Some(0)))
}

/// Ends the session named by the request's cookie, if any; returns the clearing `Set-Cookie`.
pub async fn end(state: &AppState, headers: &axum::http::HeaderMap) -> Result<String, PageError> {
    let name = cookie_name(state, SESSION_COOKIE);
    if let Some(c) = read_cookie(headers, &name) {
        state.store.session_delete(&hash_id(&c)).await?;
    }
    Ok(set_cookie(state, &name, "", "Lax", Some(0)))
}

pub use crate::identity::Authed;

/// `Some` when signed in. Never rejects.
pub struct MaybeUser(pub Option<Authed>);

async fn lookup(parts: &Parts, state: &AppState) -> Result<Option<Authed>, PageError> {
    let Some(cookie) = read_cookie(&parts.headers, &cookie_name(state, SESSION_COOKIE)) else {
        return Ok(None);
    };
    if cookie.len() > 100 {
        return Ok(None);
    }
    let id = hash_id(&cookie);
    let session = match state.store.session_get(&id).await {
        Ok(s) => s,
        Err(StoreError::NotFound) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let now = state.now();
    let idle = i64::from(state.settings.session.idle_timeout_minutes) * 60;
    if session.expires_at <= now || session.last_seen_at + idle <= now {
        state.store.session_delete(&id).await?;
        return Ok(None);
    }
    let mut user = match state.store.user_get(session.user_id).await {
        Ok(u) if u.enabled => u,
        Ok(_) | Err(StoreError::NotFound) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    // A password past its expiry must be changed before anything else, as at sign-in
    // (computed, never stored: a change moves the expiry and ends it).
    if !user.must_change_password && crate::expiry::is_expired(state, &user).await? {
        user.must_change_password = true;
    }
    // One write a minute at most, not one per request.
    if now - session.last_seen_at >= 60 {
        // Best effort: a read must not fail because the disk is full; the session then
        // ends a minute early at worst.
        if let Err(e) = state.store.session_touch(&id, now).await {
            tracing::warn!(%e, "could not note the session's last use");
        }
    }
    Ok(Some(Authed {
        user,
        signed_in_at: session.created_at,
        access_pass: session.access_pass.is_some(),
    }))
}

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = PageError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(a) = parts.extensions.get::<Authed>() {
            return Ok(MaybeUser(Some(a.clone())));
        }
        let found = lookup(parts, state).await?;
        if let Some(a) = &found {
            parts.extensions.insert(a.clone());
        }
        Ok(MaybeUser(found))
    }
}

/// Why a page that needs a user can't run.
pub enum NeedUser {
    /// Not signed in: redirect to `/`.
    SignIn,
    /// A forced password change is pending: redirect to `/password/change`.
    ChangePassword,
    /// The policy requires registration first: redirect to `/setup`.
    Register,
    /// Reading the session failed: that error's page.
    Error(PageError),
}

impl IntoResponse for NeedUser {
    fn into_response(self) -> Response {
        match self {
            NeedUser::SignIn => Redirect::to("/").into_response(),
            NeedUser::ChangePassword => Redirect::to("/password/change").into_response(),
            NeedUser::Register => Redirect::to("/setup").into_response(),
            NeedUser::Error(e) => e.into_response(),
        }
    }
}

/// A signed-in user with no forced password change pending, or signed in with a
/// Temporary Access Pass: may use `/setup`.
pub struct SetupUser(pub Authed);

impl FromRequestParts<AppState> for SetupUser {
    type Rejection = NeedUser;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match MaybeUser::from_request_parts(parts, state)
            .await
            .map_err(NeedUser::Error)?
            .0
        {
            None => Err(NeedUser::SignIn),
            // A Temporary Access Pass session is for registering: it has no password to
            // change with.
            Some(a) if a.access_pass => Ok(SetupUser(a)),
            Some(a) if a.user.must_change_password => Err(NeedUser::ChangePassword),
            Some(a) => Ok(SetupUser(a)),
        }
    }
}

/// A signed-in user with nothing pending: no forced password change, and no
/// registration the policy requires first ("More information required").
pub struct RequireUser(pub Authed);

impl FromRequestParts<AppState> for RequireUser {
    type Rejection = NeedUser;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let SetupUser(a) = SetupUser::from_request_parts(parts, state).await?;
        // A Temporary Access Pass opens `/setup` only, never the rest of the product.
        if a.access_pass {
            return Err(NeedUser::Register);
        }
        if crate::sspr::interrupt_for(state, &a.user)
            .await
            .map_err(NeedUser::Error)?
            .is_some()
        {
            return Err(NeedUser::Register);
        }
        Ok(RequireUser(a))
    }
}

/// A signed-in global or password administrator.
pub struct RequireAdmin(pub Authed);

impl FromRequestParts<AppState> for RequireAdmin {
    type Rejection = NeedUser;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let RequireUser(a) = RequireUser::from_request_parts(parts, state).await?;
        if !a.user.role.is_admin() {
            return Err(NeedUser::Error(PageError::Forbidden(latchkey_i18n::t(
                "page-error-admin-only",
            ))));
        }
        Ok(RequireAdmin(a))
    }
}

/// Deletes expired sessions every minute until told to stop.
pub async fn sweeper(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    let idle = i64::from(state.settings.session.idle_timeout_minutes) * 60;
    loop {
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(60)) => {}
            _ = stop.changed() => return,
        }
        if let Err(e) = state.refresh_branding().await {
            tracing::warn!(%e, "could not reload the branding");
        }
        match state.store.session_delete_expired(state.now(), idle).await {
            Ok(n) if n > 0 => tracing::debug!(removed = n, "expired sessions removed"),
            Ok(_) => {}
            Err(e) => tracing::warn!(%e, "session sweep failed"),
        }
        if let Err(e) = crate::audit::apply_retention(&state).await {
            tracing::warn!(%e, "audit retention failed");
        }
        // Journeys, codes and CAPTCHA nonces expire; limit events matter for a day.
        let now = state.now();
        if let Err(e) = state.store.sspr_sweep(now, now - 24 * 3600 - 60).await {
            tracing::warn!(%e, "self-service sweep failed");
        }
        if let Err(e) = state
            .store
            .delivery_prune(now - crate::delivery::KEEP_FAILED_SECS)
            .await
        {
            tracing::warn!(%e, "could not remove old undelivered messages");
        }
    }
}
