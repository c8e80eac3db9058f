//! Whom each user reports to: the manager a helpdesk agent may ask to approve a caller
//! (see [`crate::service::helpdesk::ask_manager`]). For a local account an administrator
//! sets it here; a synced account's manager comes from the on-premises directory's
//! `manager` attribute and is read-only.

use latchkey_core::audit::activity;
use latchkey_core::directory::{FieldError, User, Username};
use latchkey_core::store::{Effects, StoreError};
use latchkey_i18n::t;

use crate::service::ServiceError;
use crate::service::actor::Actor;
use crate::state::AppState;

/// The manager of `user`, if one is set and their account still exists.
///
/// Errors: storage errors.
pub async fn manager_of(state: &AppState, user: &User) -> Result<Option<User>, ServiceError> {
    let Some(id) = state.store.manager_of(user.id).await? else {
        return Ok(None);
    };
    match state.store.user_get(id).await {
        Ok(m) => Ok(Some(m)),
        Err(StoreError::NotFound) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Sets `target`'s manager to the user named `manager` (a username; empty removes it).
/// The manager vouches for the user to the helpdesk, so this is a change of recovery
/// details: never one's own, and for an agent who isn't a global administrator only
/// within their open verification of the caller (as contact changes), and never the
/// actor themself as the manager. Audited as "Update manager" with the usernames before
/// and after; the user is told. Returns the new manager.
///
/// Errors: [`ServiceError::Managed`] for an account from the on-premises directory;
/// [`ServiceError::SelfSecurityInfo`] for one's own account; [`ServiceError::Invalid`]
/// (`manager`) for a username that doesn't name another account, or names the actor;
/// those of
/// [`crate::service::helpdesk::gate::authorize_details`]; [`ServiceError::Forbidden`] when the
/// actor may not manage the account; storage errors.
pub async fn set_manager(
    state: &AppState,
    actor: &Actor,
    target: &User,
    manager: &str,
) -> Result<Option<User>, ServiceError> {
    super::onprem::local_user(state, target)?;
    actor.require_manage(target)?;
    if actor.is(target) {
        return Err(ServiceError::SelfSecurityInfo);
    }
    let manager = manager.trim();
    let new = if manager.is_empty() {
        None
    } else {
        let unknown =
            || ServiceError::Invalid(vec![FieldError::new("manager", t("admin-manager-unknown"))]);
        let name = Username::parse(manager).map_err(|_| unknown())?;
        let m = match state.store.user_by_username(&name).await {
            Ok(m) => m,
            Err(StoreError::NotFound) => return Err(unknown()),
            Err(e) => return Err(e.into()),
        };
        if m.id == target.id {
            return Err(ServiceError::Invalid(vec![FieldError::new(
                "manager",
                t("admin-manager-self"),
            )]));
        }
        // An agent naming themself would vouch for the user to their own colleagues.
        if actor.is(&m) {
            return Err(ServiceError::Invalid(vec![FieldError::new(
                "manager",
                t("admin-manager-yourself"),
            )]));
        }
        Some(m)
    };
    let before = manager_of(state, target).await?;
    if before.as_ref().map(|m| m.id) == new.as_ref().map(|m| m.id) {
        return Ok(new);
    }
    let verification =
        crate::service::helpdesk::gate::authorize_details(state, actor, target).await?;
    let name = |u: &Option<User>| u.as_ref().map(|m| m.username.to_string());
    let mut details = serde_json::json!({"before": name(&before), "after": name(&new)});
    crate::service::helpdesk::gate::mark(&mut details, verification);
    let event = actor.event(
        state,
        activity::UPDATE_MANAGER,
        target.username.as_str(),
        details,
    );
    // The user is told who may now vouch for them, with a "this wasn't me" link.
    let told = crate::service::helpdesk::notices::manager_changed(
        state,
        target,
        &actor.ctx.actor,
        new.as_ref(),
    )
    .await;
    state
        .store
        .manager_set_commit(
            target.id,
            new.as_ref().map(|m| m.id),
            state.now(),
            &Effects {
                audit: vec![event],
                deliveries: crate::delivery::queue(state, &actor.ctx, told),
            },
        )
        .await
        .map_err(|e| match e {
            // The manager's account went meanwhile.
            StoreError::NotFound => {
                ServiceError::Invalid(vec![FieldError::new("manager", t("admin-manager-unknown"))])
            }
            e => e.into(),
        })?;
    state.deliveries_waiting.notify_one();
    Ok(new)
}
