//! The second agent: acting on an administrator's account needs another global
//! administrator's approval, asked for by the agent who verified the caller and given by
//! someone who is neither that agent nor the caller.

use latchkey_core::audit::activity;
use latchkey_core::directory::{Role, User};
use latchkey_core::helpdesk::{Refusal, Verification};
use latchkey_core::store::Effects;

use super::{agent_of, caller, notices, settings};
use crate::delivery;
use crate::service::ServiceError;
use crate::service::actor::Actor;
use crate::state::AppState;

/// The agent asks a second agent to approve acting on an administrator's account;
/// the other global administrators are told. Audited as "Helpdesk asked for a second
/// agent's approval".
///
/// Errors: [`ServiceError::Helpdesk`] with [`Refusal::NotVerified`],
/// [`Refusal::NothingToApprove`] (not an administrator), [`Refusal::ApprovalAlreadyAsked`]
/// or [`Refusal::NoApprover`] (no other enabled global administrator: the command line
/// resets then); those of [`caller`].
pub async fn request_approval(
    state: &AppState,
    actor: &Actor,
    user_id: i64,
) -> Result<Verification, ServiceError> {
    let c = caller(state, actor, user_id).await?;
    let now = state.now();
    let mut v = c
        .verification
        .ok_or(ServiceError::Helpdesk(Refusal::NotVerified))?;
    v.request_approval(now).map_err(ServiceError::Helpdesk)?;
    // Someone must be able to approve: an enabled global administrator who is neither
    // this agent nor the caller. Otherwise say so now, not after the window ran out.
    let me = actor.admin.map(|(id, _)| id);
    let approvers = state
        .store
        .users_with_role(Role::GlobalAdmin, 100)
        .await?
        .into_iter()
        .filter(|a| a.enabled && Some(a.id) != me && a.id != c.user.id)
        .count();
    if approvers == 0 {
        return Err(ServiceError::Helpdesk(Refusal::NoApprover));
    }
    let audit = vec![actor.event(
        state,
        activity::HELPDESK_APPROVAL_ASKED,
        c.user.username.as_str(),
        serde_json::json!({"verification": v.id}),
    )];
    let told = notices::approval_asked(state, &c.user, actor).await;
    let deliveries = delivery::queue(state, &actor.ctx, told);
    if !state
        .store
        .helpdesk_update_commit(&v, &Effects { audit, deliveries })
        .await?
    {
        return Err(ServiceError::ChangedMeanwhile);
    }
    state.deliveries_waiting.notify_one();
    v.version += 1;
    Ok(v)
}

/// A second agent approves verification `id`: only a global administrator who is
/// neither the first agent nor the caller. The first agent's window restarts. Audited as
/// "Helpdesk second agent approved".
///
/// Errors: [`ServiceError::Forbidden`] unless a global administrator;
/// [`ServiceError::NotFound`]; [`ServiceError::Helpdesk`] with
/// [`Refusal::NothingToApprove`] or [`Refusal::NotAnotherAgent`].
pub async fn approve(
    state: &AppState,
    actor: &Actor,
    id: i64,
) -> Result<Verification, ServiceError> {
    let (approver, _) = agent_of(actor)?;
    actor.require_global()?;
    let mut v = state
        .store
        .helpdesk_get(id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let user = state.store.user_get(v.user_id).await?;
    let s = settings(state).await?;
    let now = state.now();
    v.approve(approver, now, i64::from(s.window_minutes) * 60)
        .map_err(ServiceError::Helpdesk)?;
    let agent = state.store.user_get(v.agent_id).await?;
    let audit = vec![actor.event(
        state,
        activity::HELPDESK_APPROVED,
        user.username.as_str(),
        serde_json::json!({"verification": v.id, "agent": agent.username.as_str()}),
    )];
    if !state
        .store
        .helpdesk_update_commit(
            &v,
            &Effects {
                audit,
                deliveries: Vec::new(),
            },
        )
        .await?
    {
        return Err(ServiceError::ChangedMeanwhile);
    }
    v.version += 1;
    Ok(v)
}

/// Verifications waiting for a second agent's approval, with the agent's and the
/// caller's accounts: what a global administrator may approve (their own requests and
/// those about themselves are left out).
///
/// Errors: storage errors.
pub async fn awaiting_approval(
    state: &AppState,
    actor: &Actor,
) -> Result<Vec<(Verification, User, User)>, ServiceError> {
    let Some((me, role)) = actor.admin else {
        return Ok(Vec::new());
    };
    if role != latchkey_core::directory::Role::GlobalAdmin {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for v in state
        .store
        .helpdesk_awaiting_approval(state.now(), 50)
        .await?
    {
        if v.agent_id == me || v.user_id == me {
            continue;
        }
        let (Ok(agent), Ok(user)) = (
            state.store.user_get(v.agent_id).await,
            state.store.user_get(v.user_id).await,
        ) else {
            continue;
        };
        out.push((v, agent, user));
    }
    Ok(out)
}
