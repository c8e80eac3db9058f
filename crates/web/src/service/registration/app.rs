//! Authenticator apps, proven by their first code.

use latchkey_core::audit::activity;
use latchkey_core::directory::User;
use latchkey_core::registration::check_app_count;
use latchkey_core::store::{AuthMethodRecord, CodePurpose, CodeRecord, MethodChange, MethodKind};
use latchkey_core::totp::TotpSecret;

use super::{
    ADDED, Change, CheckOutcome, commit, failed, owner, require_recent_password, take_attempt,
};
use crate::audit::Ctx;
use crate::identity::Authed;
use crate::service::ServiceError;
use crate::sspr::load_policy;
use crate::sspr::registry::{self, app_aad};
use crate::state::AppState;

/// Seconds an authenticator app's seed waits for its first code.
const APP_SETUP_SECS: i64 = 15 * 60;

/// The seed of the authenticator app being set up, as stored, if one waits.
async fn pending_app(
    state: &AppState,
    user: &User,
) -> Result<Option<(CodeRecord, TotpSecret)>, ServiceError> {
    let Some(rec) = state
        .store
        .code_get(&owner(user), CodePurpose::RegisterApp)
        .await?
    else {
        return Ok(None);
    };
    if rec.expires_at <= state.now() {
        return Ok(None);
    }
    Ok(state
        .seal
        .open(&rec.destination, &app_aad(user.id))
        .ok()
        .map(|seed| (rec, TotpSecret::from_bytes(seed))))
}

/// The seed of the authenticator app the signed-in user `who` is setting up (a new one
/// when none waits, valid 15 minutes), for the QR code and the key shown. Adding an app
/// starts here, so the password is asked for before the code is scanned.
///
/// Errors: [`ServiceError::StepUpRequired`] without a recent password
/// ([`require_recent_password`]).
pub async fn app_secret(state: &AppState, who: &Authed) -> Result<TotpSecret, ServiceError> {
    require_recent_password(state, who)?;
    let user = &who.user;
    if let Some((_, secret)) = pending_app(state, user).await? {
        return Ok(secret);
    }
    let secret = TotpSecret::generate();
    state
        .store
        .code_put(&CodeRecord {
            owner: owner(user),
            purpose: CodePurpose::RegisterApp,
            destination: state.seal.seal(secret.as_bytes(), &app_aad(user.id)),
            code_mac: String::new(),
            expires_at: state.now() + APP_SETUP_SECS,
            attempts: 0,
        })
        .await?;
    Ok(secret)
}

/// Whether `user` may add another authenticator app ([`check_app_count`]).
pub async fn may_add_app(state: &AppState, user: &User) -> Result<bool, ServiceError> {
    let reg = registry::load(state, user.id).await?;
    Ok(check_app_count(reg.apps.len()).is_ok())
}

/// The name an app is registered under: the typed one without control characters, at
/// most 64 characters, else "Authenticator app".
pub fn app_name(typed: &str) -> String {
    let visible: String = typed.chars().filter(|ch| !ch.is_control()).collect();
    let name: String = visible.trim().chars().take(64).collect();
    if name.is_empty() {
        latchkey_i18n::t("setup-app-default-name")
    } else {
        name
    }
}

/// Registers the authenticator app the signed-in user `who` is setting up once its first
/// `code` is right, in one transaction with its audit event and notices. `name` as
/// [`app_name`] made it.
///
/// Errors: [`ServiceError::StepUpRequired`] without a recent password
/// ([`require_recent_password`]): nothing is compared or counted.
pub async fn add_app(
    state: &AppState,
    ctx: &Ctx,
    who: &Authed,
    name: &str,
    code: &str,
) -> Result<CheckOutcome, ServiceError> {
    require_recent_password(state, who)?;
    let user = &who.user;
    let policy = load_policy(state).await?;
    let req = policy.requirement(user.role);
    let reg = registry::load(state, user.id).await?;
    if let Err(refusal) = check_app_count(reg.apps.len()) {
        return Ok(CheckOutcome::Refused(refusal));
    }
    let Some((pending, secret)) = pending_app(state, user).await? else {
        return Ok(CheckOutcome::NoCode);
    };
    let (taken, count) = match take_attempt(state, ctx, user).await? {
        Ok(t) => t,
        Err(outcome) => return Ok(outcome),
    };
    let Some(step) = secret.verify(code.trim(), state.now(), None) else {
        return failed(state, ctx, user, count, false).await;
    };
    state.store.attempt_refund(taken).await?;
    let method = AuthMethodRecord {
        id: 0,
        user_id: user.id,
        kind: MethodKind::App,
        value: name.to_owned(),
        secret: state.seal.seal(secret.as_bytes(), &app_aad(user.id)),
        last_used_step: Some(step),
        created_at: state.now(),
    };
    let mut after = reg;
    after.apps.push(method.clone());
    let change = Change {
        change: MethodChange::Add(method),
        consumes: Some(pending),
        after,
        activity: activity::REGISTERED_METHOD,
        details: serde_json::json!({"method": "app"}),
        notice: ADDED,
        confirms: true,
    };
    // When a parallel request with the same code used the seed first, it added this app.
    commit(state, ctx, user, &req, change).await?;
    Ok(CheckOutcome::Registered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_names_are_cleaned() {
        assert_eq!(app_name("  Work phone \u{7} "), "Work phone");
        assert_eq!(app_name(" \t"), "Authenticator app");
        assert_eq!(app_name(&"x".repeat(100)).len(), 64);
        assert_eq!(latchkey_core::registration::MAX_APPS, 5);
    }
}
