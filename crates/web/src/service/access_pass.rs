//! Temporary Access Pass (the rules are in [`latchkey_core::access_pass`]): a global or
//! password administrator issues one for a user in the portal, the API or the CLI; the
//! user signs in with it at `/signin/access-pass` to reach `/setup` only. Each operation
//! is one transaction with its audit event and notices.

use latchkey_core::Secret;
use latchkey_core::access_pass::{self, PassRequest};
use latchkey_core::audit::{Outcome, activity};
use latchkey_core::clock::rfc3339;
use latchkey_core::directory::{User, Username};
use latchkey_core::store::{AccessPassRecord, Effects, StoreError};
use subtle::ConstantTimeEq;

use crate::audit::{Ctx, event};
use crate::delivery;
use crate::error::PageError;
use crate::service::ServiceError;
use crate::service::directory::Actor;
use crate::sspr::notices;
use crate::state::AppState;

/// A pass just issued: the only time the pass itself exists outside the administrator's
/// screen.
#[derive(Debug, Clone)]
pub struct Issued {
    /// The pass, grouped as `7KQ4-M9PX-2HTC-W3FN`. Show it once; it is stored only as a MAC.
    pub pass: Secret,
    /// When it stops working (Unix seconds).
    pub expires_at: i64,
    /// Good for one sign-in only.
    pub one_time: bool,
    /// How long it is valid, in minutes.
    pub lifetime_minutes: u32,
    /// How many notices went out about it (emails and texts to the user, alerts to other
    /// global administrators); 0 when the user has no address to tell.
    pub notices: usize,
}

/// The keyed MAC a pass of user `user_id` is stored and compared as.
fn pass_mac(state: &AppState, user_id: i64, normalized: &str) -> String {
    state.mac(&[
        b"access-pass",
        user_id.to_string().as_bytes(),
        normalized.as_bytes(),
    ])
}

/// Whether `actor` may issue a pass for `user`: never for themselves; password
/// administrators for users who aren't administrators, global administrators (and the
/// CLI) for anyone.
///
/// Errors: [`ServiceError::SelfSecurityInfo`], [`ServiceError::Forbidden`].
pub fn may_issue(actor: &Actor, user: &User) -> Result<(), ServiceError> {
    if actor.is(user) {
        return Err(ServiceError::SelfSecurityInfo);
    }
    actor.require_manage(user)
}

/// Issues a pass for `user`, revoking any earlier one (and ending the sessions passes
/// opened) and clearing the name's sign-in lockout; the user is told by email and text,
/// and for an administrator's account the other global administrators (never the pass).
/// Audited as "Issue Temporary Access Pass" with the lifetime, whether it is one-time and
/// how many were told.
///
/// Errors: [`ServiceError::Invalid`] for a lifetime outside 10 minutes to 8 hours or a
/// disabled account; [`ServiceError::Forbidden`] when the actor may not manage the user
/// (password administrators: users who aren't administrators);
/// [`ServiceError::Helpdesk`] when a helpdesk agent hasn't verified the caller with one
/// of their own methods ([`crate::service::helpdesk::gate::authorize_details`]: a pass
/// is a ticket to register security info, so a manager's approval alone doesn't issue
/// one);
/// [`ServiceError::SelfSecurityInfo`] for a pass of one's own; storage errors.
pub async fn issue(
    state: &AppState,
    actor: &Actor,
    user: &User,
    req: PassRequest,
) -> Result<Issued, ServiceError> {
    may_issue(actor, user)?;
    let verification =
        crate::service::helpdesk::gate::authorize_details(state, actor, user).await?;
    req.validate().map_err(|e| ServiceError::Invalid(vec![e]))?;
    if !user.enabled {
        return Err(ServiceError::Invalid(vec![
            latchkey_core::directory::FieldError::new(
                "user",
                latchkey_i18n::t("errors-access-pass-blocked"),
            ),
        ]));
    }
    let pass = access_pass::generate();
    let normalized = access_pass::normalize(pass.expose()).unwrap_or_default();
    let now = state.now();
    let expires_at = now + i64::from(req.lifetime_minutes) * 60;
    let issued_by = match actor.admin {
        Some(_) => actor.ctx.actor.clone(),
        None => latchkey_core::access_pass::ISSUED_BY_CLI.to_owned(),
    };
    let record = AccessPassRecord {
        id: 0,
        user_id: user.id,
        pass_mac: pass_mac(state, user.id, &normalized),
        one_time: req.one_time,
        issued_by: issued_by.clone(),
        created_at: now,
        expires_at,
        used_at: None,
        revoked_at: None,
    };
    let notices = notices::access_pass_issued(
        state,
        &actor.ctx,
        user,
        &issued_by,
        expires_at,
        req.one_time,
    )
    .await;
    let mut details = serde_json::json!({
        "lifetime_minutes": req.lifetime_minutes,
        "one_time": req.one_time,
        "expires_at": rfc3339(expires_at),
        "notices": notices.len(),
    });
    crate::service::helpdesk::gate::mark(&mut details, verification);
    let effects = Effects {
        audit: vec![actor.event(
            state,
            activity::ISSUE_ACCESS_PASS,
            user.username.as_str(),
            details,
        )],
        deliveries: delivery::queue(state, &actor.ctx, notices),
    };
    // The administrator has just verified the person: a lockout of the name (by anyone's
    // wrong guesses) must not keep them from using the pass.
    let lockout = crate::auth::lockout_key(user.username.as_str());
    match state
        .store
        .access_pass_issue_commit(&record, user.role.as_str(), Some(&lockout), &effects)
        .await
    {
        Ok(_) => {}
        Err(StoreError::NotFound) => return Err(ServiceError::NotFound),
        Err(StoreError::Refused(_)) => {
            return Err(ServiceError::Invalid(vec![
                latchkey_core::directory::FieldError::new(
                    "user",
                    latchkey_i18n::t("errors-access-pass-changed"),
                ),
            ]));
        }
        Err(e) => return Err(e.into()),
    }
    if !effects.deliveries.is_empty() {
        state.deliveries_waiting.notify_one();
    }
    Ok(Issued {
        pass,
        expires_at,
        one_time: req.one_time,
        lifetime_minutes: req.lifetime_minutes,
        notices: effects.deliveries.len(),
    })
}

/// Revokes the user's pass and ends every session a pass of theirs opened (also one of a
/// used one-time pass, or of a pass a strong method already revoked). False when there was
/// neither (nothing written).
///
/// Errors: [`ServiceError::Forbidden`] when the actor may not manage the user (an
/// administrator may revoke a pass of their own); storage errors.
pub async fn revoke(state: &AppState, actor: &Actor, user: &User) -> Result<bool, ServiceError> {
    actor.require_manage(user)?;
    let open = current(state, user).await?;
    let effects = Effects {
        audit: vec![actor.event(
            state,
            activity::REVOKE_ACCESS_PASS,
            user.username.as_str(),
            serde_json::json!({"usable_pass": open.pass.is_some(),
                "session_open": open.session_until.is_some()}),
        )],
        deliveries: Vec::new(),
    };
    Ok(state
        .store
        .access_pass_revoke_commit(user.id, state.now(), &effects)
        .await?
        > 0)
}

/// What an administrator sees of a user's pass (never the pass itself).
#[derive(Debug, Clone, Default)]
pub struct PassState {
    /// The usable pass: when it was issued, by whom, until when, one-time or not, used.
    pub pass: Option<AccessPassRecord>,
    /// When the last session a pass opened ends (Unix seconds), if one is open.
    pub session_until: Option<i64>,
}

impl PassState {
    /// A usable pass or an open pass session: something to revoke.
    pub fn active(&self) -> bool {
        self.pass.is_some() || self.session_until.is_some()
    }
}

/// The user's usable pass and open pass sessions.
///
/// Errors: storage errors.
pub async fn current(state: &AppState, user: &User) -> Result<PassState, ServiceError> {
    let now = state.now();
    Ok(PassState {
        pass: state.store.access_pass_current(user.id, now).await?,
        session_until: state
            .store
            .access_pass_session_until(
                user.id,
                now,
                i64::from(state.settings.session.idle_timeout_minutes) * 60,
            )
            .await?,
    })
}

/// What signing in with a pass gave.
pub enum PassSignIn {
    /// Signed in: the `Set-Cookie` header value of a session that reaches `/setup` only.
    Success(String),
    /// Wrong username or pass, or no usable pass, in words that don't say which.
    Invalid,
    /// The name is locked by smart lockout (the same lock as the password's).
    Locked,
}

/// Signs in with a Temporary Access Pass: the same smart lockout as passwords (a wrong
/// pass counts as a wrong password of that name), the same answer for an unknown name,
/// a disabled account, a wrong, expired, used or revoked pass. Audited as "Sign-in with
/// Temporary Access Pass" (failure or success) in the same transaction as the session.
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn sign_in(
    state: &AppState,
    headers: &axum::http::HeaderMap,
    typed: &str,
    typed_pass: &Secret,
    ctx: &Ctx,
) -> Result<PassSignIn, PageError> {
    let key = crate::auth::lockout_key(typed);
    let now = state.now();
    let lock = state.store.lockout_get(&key).await?;
    if lock.is_locked(now) {
        crate::auth::locked(state, ctx, &key, &lock).await;
        return Ok(PassSignIn::Locked);
    }
    let user = match Username::parse(typed) {
        Ok(u) => match state.store.user_by_username(&u).await {
            Ok(user) if user.enabled => Some(user),
            Ok(_) | Err(StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        },
        Err(_) => None,
    };
    // The same query for every name (no user has id 0).
    let pass = state
        .store
        .access_pass_current(user.as_ref().map_or(0, |u| u.id), now)
        .await?;
    let normalized = access_pass::normalize(typed_pass.expose()).unwrap_or_default();
    // One MAC and one comparison for every name, so the answer takes as long whoever asks.
    let typed_mac = pass_mac(state, user.as_ref().map_or(0, |u| u.id), &normalized);
    let stored_mac = pass.as_ref().map_or("", |p| p.pass_mac.as_str());
    let matches = pass.is_some()
        && !normalized.is_empty()
        && bool::from(typed_mac.as_bytes().ct_eq(stored_mac.as_bytes()));
    // For the audit log only; the person is told the same whatever it was.
    let mut reason = match (&user, &pass) {
        (None, _) => "unknown or disabled account",
        (Some(_), None) => "no usable pass",
        (Some(_), Some(_)) if matches => "",
        (Some(_), Some(_)) => "wrong pass",
    };
    if let (true, Some(user), Some(pass)) = (matches, &user, &pass) {
        let effects = Effects {
            audit: vec![event(
                state,
                ctx,
                activity::SIGN_IN_ACCESS_PASS,
                user.username.as_str(),
                Outcome::Success,
                serde_json::json!({"pass_id": pass.id, "issued_by": pass.issued_by,
                    "one_time": pass.one_time}),
            )],
            deliveries: Vec::new(),
        };
        if let Some(cookie) =
            crate::session::open_access_pass(state, headers, user, pass, typed, &effects).await?
        {
            return Ok(PassSignIn::Success(cookie));
        }
        reason = "pass used or revoked meanwhile";
    }
    let after = crate::auth::count_failure(state, &key, typed_pass).await?;
    crate::audit::record(
        state,
        ctx,
        activity::SIGN_IN_ACCESS_PASS,
        &key,
        Outcome::Failure,
        serde_json::json!({"reason": reason}),
    )
    .await;
    Ok(if after.is_locked(state.now()) {
        PassSignIn::Locked
    } else {
        PassSignIn::Invalid
    })
}
