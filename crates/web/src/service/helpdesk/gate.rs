//! The doors every reset and unlock ([`authorize`]), and every Temporary Access Pass and
//! change of security info ([`authorize_details`]), of another person go through when a
//! helpdesk agent does it; the unlock itself; and the registration link verifiers may
//! send.

use latchkey_core::audit::activity;
use latchkey_core::directory::{FieldError, Role, User};
use latchkey_core::helpdesk::Refusal;
use latchkey_core::store::Effects;

use super::{notices, settings};
use crate::service::ServiceError;
use crate::service::actor::Actor;
use crate::state::AppState;

/// Whether `actor` may reset or unlock `user` now, as far as caller verification goes
/// (the caller checks the role first; a pass and changes of security info go through
/// [`authorize_details`]):
///
/// * the command line, and one's own account (other rules refuse that): yes;
/// * an administrator's account: only within the window of the actor's own
///   verification of the caller with two methods, after a second agent approved —
///   whatever the settings say;
/// * a user's account, by a global administrator: yes (direct administration);
/// * a user's account, by a password administrator: only within the window of their own
///   verification of the caller, unless `require_verification` is off.
///
/// The caller's role is read now, so a caller promoted during the window needs the
/// administrator's verification. Returns the verification's id, for the action's audit
/// event.
///
/// Errors: [`ServiceError::Helpdesk`] with [`Refusal::NotVerified`] or
/// [`Refusal::ApprovalNeeded`]; storage errors.
pub async fn authorize(
    state: &AppState,
    actor: &Actor,
    user: &User,
) -> Result<Option<i64>, ServiceError> {
    door(state, actor, user, false).await
}

/// As [`authorize`], for issuing `user` a Temporary Access Pass or changing their
/// security info (contact addresses and numbers, registered methods, manager): where a
/// verification is needed, the caller
/// must also have passed one of their own methods — their manager's approval alone
/// lets the agent help them back in, never move their recovery elsewhere.
///
/// Errors: those of [`authorize`]; [`ServiceError::Helpdesk`] with
/// [`Refusal::OwnMethodNeeded`].
pub async fn authorize_details(
    state: &AppState,
    actor: &Actor,
    user: &User,
) -> Result<Option<i64>, ServiceError> {
    door(state, actor, user, true).await
}

async fn door(
    state: &AppState,
    actor: &Actor,
    user: &User,
    details: bool,
) -> Result<Option<i64>, ServiceError> {
    let Some((agent, role)) = actor.admin else {
        return Ok(None);
    };
    if actor.is(user) {
        return Ok(None);
    }
    let admin_caller = user.role.is_admin();
    if !admin_caller && (role == Role::GlobalAdmin || !settings(state).await?.require_verification)
    {
        return Ok(None);
    }
    let v = state
        .store
        .helpdesk_latest(agent, user.id)
        .await?
        .ok_or(ServiceError::Helpdesk(Refusal::NotVerified))?;
    let now = state.now();
    if details {
        v.may_change_details(agent, now, admin_caller)
    } else {
        v.may_act(agent, now, admin_caller)
    }
    .map_err(ServiceError::Helpdesk)?;
    Ok(Some(v.id))
}

/// Marks an action's audit details with the verification that allowed it.
pub fn mark(details: &mut serde_json::Value, verification: Option<i64>) {
    if let (Some(o), Some(id)) = (details.as_object_mut(), verification) {
        o.insert("helpdesk_verification".into(), id.into());
    }
}

/// Unlocks `user`: clears the sign-in lockout and any self-service block, and for an
/// account from the on-premises directory unlocks it there first. Audited as "Unlock
/// user account (helpdesk)"; the user is told.
///
/// Errors: [`ServiceError::SelfReset`] for one's own account; [`ServiceError::Forbidden`]
/// when the role may not manage the user; those of [`authorize`];
/// [`ServiceError::Directory`] when the directory refused (nothing changed here).
pub async fn unlock(state: &AppState, actor: &Actor, user: &User) -> Result<(), ServiceError> {
    if actor.is(user) {
        return Err(ServiceError::SelfReset);
    }
    actor.require_manage(user)?;
    let verification = authorize(state, actor, user).await?;
    if user.external.is_some() {
        crate::service::password::write_back(state, &actor.ctx, user, "unlock", |d| d.unlock(user))
            .await?;
    }
    state
        .store
        .sspr_clear(&crate::sspr::limits::subject(Some(user.id), ""))
        .await?;
    let mut details = serde_json::json!({});
    mark(&mut details, verification);
    let audit = vec![actor.event(
        state,
        activity::HELPDESK_UNLOCK,
        user.username.as_str(),
        details,
    )];
    let told = notices::unlocked(state, user, &actor.ctx.actor).await;
    let effects = Effects {
        audit,
        deliveries: crate::delivery::queue(state, &actor.ctx, told),
    };
    state
        .store
        .session_commit(
            None,
            None,
            Some(&crate::auth::lockout_key(user.username.as_str())),
            &effects,
        )
        .await?;
    state.deliveries_waiting.notify_one();
    Ok(())
}

/// Emails `user` a link to register their security info (`/setup`), in their language.
/// Any agent who may verify the account may send it: it goes only to the user's own
/// addresses (profile, alternate, registered). Audited as "Helpdesk sent a registration link".
///
/// Errors: [`ServiceError::Forbidden`] when the agent may not verify the account;
/// [`ServiceError::Invalid`] on `email` when the user has no address;
/// storage errors.
pub async fn send_registration_link(
    state: &AppState,
    actor: &Actor,
    user: &User,
) -> Result<(), ServiceError> {
    if actor.is(user) || !actor.role().may_verify(user.role) {
        return Err(ServiceError::Forbidden(
            crate::service::Permission::ManageAdmins,
        ));
    }
    let to = crate::sspr::notices::own_addresses(state, user).await;
    if to.is_empty() {
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "email",
            latchkey_i18n::t("helpdesk-error-no-address"),
        )]));
    }
    let org = state.org_name();
    let url = format!("{}/setup", state.base_url());
    let lang = crate::sspr::recipient_lang::language_for(state, user.id).await;
    let notices = to
        .iter()
        .map(|addr| crate::delivery::Notice {
            what: "registration_reminder",
            target: user.username.to_string(),
            message: latchkey_i18n::with_lang(lang, || {
                latchkey_notify::templates::registration_reminder(
                    &org,
                    addr,
                    &user.display_name,
                    &url,
                )
            }),
        })
        .collect();
    let effects = Effects {
        audit: vec![actor.event(
            state,
            activity::HELPDESK_REGISTRATION_LINK,
            user.username.as_str(),
            serde_json::json!({"sent": to.len()}),
        )],
        deliveries: crate::delivery::queue(state, &actor.ctx, notices),
    };
    state.store.effects_commit(&effects).await?;
    state.deliveries_waiting.notify_one();
    Ok(())
}
