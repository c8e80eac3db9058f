//! Self-service password reset, below the pages: the policy document, what a user has
//! registered, one-time codes, and the limits that stop guessing. The services in
//! `service/journey/` and `service/registration/`, and `pages/admin/sspr.rs`, use these.

pub mod codes;
pub mod human;
pub mod limits;
pub mod notices;
pub mod push;
pub mod question_text;
pub mod recipient_lang;
pub mod registry;
pub mod throttle;
pub mod webauthn;

use latchkey_core::directory::User;
use latchkey_core::policy::SsprPolicy;

use crate::error::PageError;
use crate::state::AppState;

/// The settings name of the stored policy document.
pub const POLICY_KEY: &str = "sspr_policy";

/// The SSPR policy as saved by the administrators (defaults until first saved).
pub async fn load_policy(state: &AppState) -> Result<SsprPolicy, PageError> {
    match state.store.setting_get(POLICY_KEY).await? {
        None => Ok(SsprPolicy::default()),
        Some(json) => serde_json::from_str(&json)
            .map_err(|e| PageError::Internal(format!("stored SSPR policy is unreadable: {e}"))),
    }
}

/// Stores `policy` as the self-service policy in force; it is not validated here (the
/// policy service checks it first).
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn save_policy(state: &AppState, policy: &SsprPolicy) -> Result<(), PageError> {
    let json = serde_json::to_string(policy).map_err(|e| PageError::Internal(e.to_string()))?;
    Ok(state.store.setting_put(POLICY_KEY, &json).await?)
}

/// Whether self-service reset applies to `user`. Administrators are always in scope;
/// with "Selected", members of nested groups count.
pub async fn in_scope(
    state: &AppState,
    policy: &SsprPolicy,
    user: &User,
) -> Result<bool, PageError> {
    use latchkey_core::policy::Scope;
    if !user.enabled {
        return Ok(false);
    }
    if user.role.is_admin() {
        return Ok(true);
    }
    Ok(match (policy.scope, policy.group_id) {
        (Scope::All, _) => true,
        (Scope::None, _) | (Scope::Selected, None) => false,
        (Scope::Selected, Some(g)) => state.store.is_member(user.id, g).await?,
    })
}

/// What the sign-in interrupt must ask of a user, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interrupt {
    /// Fewer methods registered than a reset needs.
    Register,
    /// Registered, but the re-confirmation period has passed.
    Reconfirm,
}

/// What the sign-in interrupt must ask of `user`, if anything: the user's
/// [`latchkey_core::registration::standing`] while self-service reset is on, registration
/// is required and the user is in scope.
pub async fn interrupt_for(state: &AppState, user: &User) -> Result<Option<Interrupt>, PageError> {
    use latchkey_core::registration::{Standing, standing};
    let policy = load_policy(state).await?;
    // With self-service reset switched off (None), nobody is asked to register, not even
    // administrators: the interrupt is part of rolling the feature out.
    if policy.scope == latchkey_core::policy::Scope::None
        || !policy.require_registration
        || !in_scope(state, &policy, user).await?
    {
        return Ok(None);
    }
    let req = policy.requirement(user.role);
    let reg = registry::load_for(state, user, &policy).await?;
    // Only read when it matters: 0 days never asks again.
    let confirmed = if policy.reconfirm_days > 0 {
        state.store.user_confirmed_at(user.id).await?
    } else {
        None
    };
    Ok(
        match standing(
            &reg.methods(&req),
            &req,
            confirmed,
            policy.reconfirm_days,
            state.now(),
        ) {
            Standing::NeedsMore { .. } => Some(Interrupt::Register),
            Standing::Reconfirm => Some(Interrupt::Reconfirm),
            Standing::Complete => None,
        },
    )
}
