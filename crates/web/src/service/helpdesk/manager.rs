//! The caller's manager as a helpdesk challenge (when the settings allow it, for callers
//! who aren't administrators). The agent asks and reads a number (10–99) to the caller;
//! Latchkey emails the manager (nothing secret in it: the manager signs in to Latchkey to
//! answer, at `/account/helpdesk-requests`). The manager reaches the caller themselves, on
//! a number they already know, asks for the number the helpdesk gave them, and approves
//! by typing it — so the approval is bound to this call, not to whoever asks the manager
//! to click. An approval counts as one method; a deny (or three wrong numbers) closes the
//! verification, alerts the user, the global administrators and the security contacts,
//! and pauses manager asks for the account for a day. One ask per account waits at a
//! time, whichever agent asked, and the manager asked may answer once.

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::User;
use latchkey_core::helpdesk::{ManagerApproval, Refusal, Status, Verification};
use latchkey_core::store::{AttemptTake, Effects};

use super::answer::BLOCK_SECS;
use super::{Challenge, HelpdeskSettings, caller, notices, pending_or_start, settings, subject};
use crate::audit::Ctx;
use crate::delivery;
use crate::service::ServiceError;
use crate::service::actor::Actor;
use crate::session::Authed;
use crate::sspr::limits;
use crate::state::AppState;

/// Wrong numbers a manager may type for one request; the last one denies it.
pub const MAX_WRONG_NUMBERS: i64 = 3;

/// The subject a deny pauses: manager asks for the account, a day.
fn pause_subject(user: &User) -> String {
    format!("helpdesk-manager:user:{}", user.id)
}

/// Whether a manager's deny in the last day pauses manager asks for `user`.
///
/// Errors: storage errors.
pub(super) async fn paused(state: &AppState, user: &User) -> Result<bool, ServiceError> {
    Ok(limits::blocked(state, &pause_subject(user)).await?)
}

/// The manager of `user` the helpdesk may ask: the settings allow it, the caller isn't
/// an administrator, a manager is set whose account is enabled, has an email address and
/// no password change pending (they must be able to sign in and answer now), and who is
/// neither the caller nor the agent (`agent`).
///
/// Errors: storage errors.
pub(super) async fn eligible(
    state: &AppState,
    s: &HelpdeskSettings,
    agent: Option<i64>,
    user: &User,
) -> Result<Option<User>, ServiceError> {
    if !s.manager_approval || user.role.is_admin() {
        return Ok(None);
    }
    let Some(m) = crate::service::managers::manager_of(state, user).await? else {
        return Ok(None);
    };
    let reachable = m.email.is_some() || m.alternate_email.is_some();
    let can_answer = m.enabled && !m.must_change_password;
    Ok((reachable && can_answer && m.id != user.id && Some(m.id) != agent).then_some(m))
}

/// The agent asks the caller's manager to approve: starts a verification when none is
/// waiting, emails the manager in their language, and records the ask with the number
/// the agent reads to the caller ([`Challenge::ManagerAsked`]). Audited as "Helpdesk
/// asked the caller's manager to approve".
///
/// Errors: [`ServiceError::Helpdesk`] with [`Refusal::ChannelNotAllowed`] when the
/// settings don't allow manager approval, [`Refusal::ManagerNotForAdministrators`],
/// [`Refusal::NoManager`] (none set, disabled, no email address, a password change
/// pending, or the agent themself), [`Refusal::ManagerAlreadyAsked`] (in this
/// verification, or another agent's ask about the account is waiting),
/// [`Refusal::ManagerPaused`] (the manager denied in the last day),
/// [`Refusal::AlreadyPassed`], [`Refusal::NotPending`] when already verified,
/// [`Refusal::Blocked`] while verification of the account is paused;
/// [`ServiceError::RateLimited`] after 20 sends to one account in an hour; those of
/// [`super::caller`].
pub async fn ask_manager(
    state: &AppState,
    actor: &Actor,
    user_id: i64,
) -> Result<(Verification, Challenge), ServiceError> {
    let c = &caller(state, actor, user_id).await?;
    let refused = |r| Err(ServiceError::Helpdesk(r));
    let s = settings(state).await?;
    if !s.manager_approval {
        return refused(Refusal::ChannelNotAllowed);
    }
    if c.user.role.is_admin() {
        return refused(Refusal::ManagerNotForAdministrators);
    }
    let Some(manager) = c.manager.clone() else {
        return refused(Refusal::NoManager);
    };
    if limits::blocked(state, &subject(&c.user)).await? {
        return refused(Refusal::Blocked);
    }
    if c.manager_paused {
        return refused(Refusal::ManagerPaused);
    }
    let now = state.now();
    // One ask per account at a time, whichever agent: parallel asks (two agents, or a
    // double click) race for one slot, held while this one checks and commits.
    let slot = match state
        .store
        .attempt_take(
            &format!("helpdesk-manager-ask:user:{}", c.user.id),
            "manager_ask",
            now - ASK_SLOT_SECS,
            1,
            now,
        )
        .await?
    {
        AttemptTake::Taken { id, .. } => id,
        AttemptTake::Refused => return refused(Refusal::ManagerAlreadyAsked),
    };
    let asked = ask_in_slot(state, actor, c, &manager, now).await;
    if let Err(e) = state.store.attempt_refund(slot).await {
        // The slot lapses by itself after ASK_SLOT_SECS.
        tracing::error!(error = %e, "a manager ask's slot could not be given back");
    }
    asked
}

/// Seconds a manager ask holds its account's slot at most (it is given back when the ask
/// is done; this only bounds a crash).
const ASK_SLOT_SECS: i64 = 30;

/// [`ask_manager`]'s checks and writes, with the account's slot held.
async fn ask_in_slot(
    state: &AppState,
    actor: &Actor,
    c: &super::Caller,
    manager: &User,
    now: i64,
) -> Result<(Verification, Challenge), ServiceError> {
    let refused = |r| Err(ServiceError::Helpdesk(r));
    // Refused before anything starts when the waiting verification asked already, or
    // another agent's ask about this account waits for the manager.
    let mine = c
        .verification
        .as_ref()
        .filter(|v| v.status(now) == Status::Pending);
    if let Some(v) = mine {
        v.may_ask_manager(manager.id, now)
            .map_err(ServiceError::Helpdesk)?;
    }
    let others = state
        .store
        .helpdesk_awaiting_manager(manager.id, now, 100)
        .await?;
    if others
        .iter()
        .any(|o| o.user_id == c.user.id && Some(o.id) != mine.map(|v| v.id))
    {
        return refused(Refusal::ManagerAlreadyAsked);
    }
    let mut v = pending_or_start(state, actor, c).await?;
    v.may_ask_manager(manager.id, now)
        .map_err(ServiceError::Helpdesk)?;
    if !limits::provider_call(state, &subject(&c.user)).await? {
        return Err(ServiceError::RateLimited(3600));
    }
    let number = {
        use rand::Rng as _;
        rand::rngs::OsRng.gen_range(10..=99)
    };
    v.asked_manager(manager.id, number, now);
    let target = c.user.username.to_string();
    let audit = vec![actor.event(
        state,
        activity::HELPDESK_MANAGER_ASKED,
        &target,
        serde_json::json!({"verification": v.id, "manager": manager.username.as_str()}),
    )];
    let told = notices::manager_asked(state, manager, &c.user, &actor.ctx.actor, &v).await;
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
    Ok((v, Challenge::ManagerAsked(number)))
}

/// A verification waiting for a manager's answer, as the manager's page shows it.
#[derive(Debug, Clone)]
pub struct ManagerRequest {
    /// The verification.
    pub verification: Verification,
    /// The caller: the account someone on the phone claims.
    pub caller: User,
    /// The agent's display name.
    pub agent: String,
    /// Whether the manager may still approve (see [`decide`]); otherwise only a deny
    /// counts.
    pub may_approve: bool,
}

/// Verifications waiting for `manager`'s answer now, oldest first: asked of them, not
/// answered, before the deadline ([`Verification::awaits_manager`]). Each says whether
/// it may still be approved; a deny always counts.
///
/// Errors: storage errors.
pub async fn requests_for(
    state: &AppState,
    manager: &User,
) -> Result<Vec<ManagerRequest>, ServiceError> {
    let now = state.now();
    let s = settings(state).await?;
    let mut out = Vec::new();
    for v in state
        .store
        .helpdesk_awaiting_manager(manager.id, now, 20)
        .await?
    {
        let Ok(caller) = state.store.user_get(v.user_id).await else {
            continue;
        };
        let agent = match state.store.user_get(v.agent_id).await {
            Ok(a) => a.display_name,
            Err(_) => String::new(),
        };
        let may_approve = may_approve(state, &s, &v, manager, &caller).await?;
        out.push(ManagerRequest {
            verification: v,
            caller,
            agent,
            may_approve,
        });
    }
    Ok(out)
}

/// Whether `manager` may approve `v` (of `caller`) now — not only deny it: the
/// verification is still open, manager approval is on, the caller isn't an
/// administrator, still reports to them, and helpdesk verification of the account
/// isn't paused.
///
/// Errors: storage errors.
async fn may_approve(
    state: &AppState,
    s: &HelpdeskSettings,
    v: &Verification,
    manager: &User,
    caller: &User,
) -> Result<bool, ServiceError> {
    Ok(v.manager_may_approve(manager.id, state.now())
        && s.manager_approval
        && !caller.role.is_admin()
        && state.store.manager_of(v.user_id).await? == Some(manager.id)
        && !limits::blocked(state, &subject(caller)).await?)
}

/// How many requests wait for `manager` — for the sign-in landing and My account, where
/// a storage failure must not stop the page: it is logged and counts as none.
pub async fn requests_waiting(state: &AppState, manager: &User) -> usize {
    match requests_for(state, manager).await {
        Ok(r) => r.len(),
        Err(e) => {
            tracing::error!(error = %e, "helpdesk requests for a manager could not be read");
            0
        }
    }
}

/// The manager's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManagerAnswer {
    /// Approve, with the number the caller said the helpdesk gave them, as
    /// [`latchkey_core::helpdesk::parse_number`] read it (`None`: nothing readable as a
    /// number was typed).
    Approve(Option<i64>),
    /// Deny: it isn't them (they don't know about the call, or the number doesn't match).
    Deny,
    /// The manager can't confirm it now (they couldn't reach the caller): no alert.
    CannotConfirm,
}

/// What the manager's answer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManagerDecision {
    /// Approved: the caller is verified and the agent may act.
    Verified,
    /// Nothing readable as a number was typed: nothing counted, type it again.
    NoNumber,
    /// Another number than the caller was given; this many tries remain.
    WrongNumber(i64),
    /// Denied (or the last wrong number): the verification is closed and the alert went
    /// out.
    Denied,
    /// The manager couldn't confirm it: the ask ended, nobody was alerted.
    Unconfirmed,
}

/// `who`, signed in (never with a Temporary Access Pass session), answers verification
/// `id` as the caller's manager.
///
/// * **Approve** needs the password proved in the last minutes (a stolen session alone
///   can't vouch for anyone). Every number typed takes one of [`MAX_WRONG_NUMBERS`] tries
///   before it is compared (given back when right), so parallel posts can't beat the
///   count. The right number verifies the caller (audited as "Manager approved a
///   helpdesk caller" and "Helpdesk caller verified"; the user is told); a wrong one is
///   audited as "Manager typed a wrong number for a helpdesk caller" and changes nothing,
///   and the last try counts as a deny.
/// * **Deny** closes the verification — also when the caller passed another method
///   meanwhile — (audited as "Manager denied a helpdesk caller", outcome failure), tells
///   the user, the global administrators and the security contacts, and pauses manager
///   asks for the account for a day, all in one transaction. A deny still counts after
///   the agent ended the call or its window, until [`Verification::manager_deadline`],
///   whatever became of the setting, the account or the manager relation meanwhile.
///   When anything was done to the account since the call began (a password set, an
///   unlock, a pass, a change of security info — by anyone), the alert is urgent and
///   lists it, so someone undoes it at once.
/// * **Can't confirm** ends the ask without an alert or a pause; the caller may still
///   pass one of their own methods.
///
/// Neither a deny nor "can't confirm" vouches for anyone, so neither needs a fresh
/// password. The same answer again (a double click, a reload) answers what it did the
/// first time.
///
/// Errors: [`ServiceError::StepUpRequired`] for an approval when the session's password
/// is older than `session.step_up_minutes`; [`ServiceError::Helpdesk`] with
/// [`Refusal::NothingToApprove`] when nothing of this manager's is waiting (answered,
/// past its deadline, asked of someone else), or [`Refusal::NotPending`] to approve one
/// that may only be denied now (the call or its window ended, manager approval turned
/// off, the caller no longer reports to them or is an administrator, or helpdesk
/// verification of the account paused); [`ServiceError::ChangedMeanwhile`] when the
/// verification kept changing; storage errors.
pub async fn decide(
    state: &AppState,
    who: &Authed,
    ctx: &Ctx,
    id: i64,
    answer: ManagerAnswer,
) -> Result<ManagerDecision, ServiceError> {
    let nothing = || ServiceError::Helpdesk(Refusal::NothingToApprove);
    if who.access_pass {
        return Err(nothing());
    }
    if matches!(answer, ManagerAnswer::Approve(_)) {
        crate::service::registration::require_recent_password(state, who)?;
    }
    let manager = &who.user;
    let now = state.now();
    let stored = state.store.helpdesk_get(id).await?.ok_or_else(nothing)?;
    if let Some(done) = answered_already(&stored, manager.id, answer) {
        return Ok(done);
    }
    let load = || async {
        match state.store.helpdesk_get(id).await? {
            Some(v) if v.awaits_manager(manager.id, now) => Ok(v),
            _ => Err(nothing()),
        }
    };
    if !stored.awaits_manager(manager.id, now) {
        return Err(nothing());
    }
    let mut v = stored;
    let s = settings(state).await?;
    let caller = state.store.user_get(v.user_id).await?;
    // Only an approval vouches for anyone; the manager asked may deny (or say they can't
    // reach the caller) until the deadline, whatever became of the call, the setting or
    // the account meanwhile.
    if matches!(answer, ManagerAnswer::Approve(_))
        && !may_approve(state, &s, &v, manager, &caller).await?
    {
        return Err(ServiceError::Helpdesk(Refusal::NotPending));
    }
    let agent = state
        .store
        .user_get(v.agent_id)
        .await
        .map(|a| a.username.to_string())
        .unwrap_or_default();
    let target = caller.username.to_string();
    let window = i64::from(s.window_minutes) * 60;
    let details = |reason: Option<&str>| {
        let mut d = serde_json::json!({"verification": id, "agent": agent});
        if let (Some(o), Some(r)) = (d.as_object_mut(), reason) {
            o.insert("reason".into(), r.into());
        }
        d
    };
    let event = |activity, reason: Option<&str>| {
        crate::audit::event(
            state,
            ctx,
            activity,
            &target,
            Outcome::Failure,
            details(reason),
        )
    };
    let mut deny_reason = None;
    let mut refund = None;
    match answer {
        ManagerAnswer::Approve(None) => return Ok(ManagerDecision::NoNumber),
        ManagerAnswer::Approve(Some(number)) => {
            // A try is taken before anything is compared, and given back when right.
            match state
                .store
                .attempt_take(
                    &format!("helpdesk-manager-number:{id}"),
                    "manager_number",
                    v.created_at - 1,
                    MAX_WRONG_NUMBERS,
                    now,
                )
                .await?
            {
                AttemptTake::Refused => deny_reason = Some("too many wrong numbers"),
                AttemptTake::Taken { id: take, count } => {
                    let mut probe = v.clone();
                    match probe.manager_approved(manager.id, number, now, window) {
                        Err(Refusal::WrongNumber) => {
                            let wrong = event(activity::HELPDESK_MANAGER_WRONG_NUMBER, None);
                            state
                                .store
                                .effects_commit(&Effects {
                                    audit: vec![wrong],
                                    deliveries: Vec::new(),
                                })
                                .await?;
                            if count < MAX_WRONG_NUMBERS {
                                return Ok(ManagerDecision::WrongNumber(MAX_WRONG_NUMBERS - count));
                            }
                            deny_reason = Some("too many wrong numbers");
                        }
                        _ => refund = Some(take),
                    }
                }
            }
        }
        ManagerAnswer::Deny => deny_reason = Some("denied"),
        ManagerAnswer::CannotConfirm => {
            // The agent may send the caller a code at the same moment (the version
            // moves): the answer is applied again to what is stored then.
            for _ in 0..3 {
                v.manager_unconfirmed(manager.id, now)
                    .map_err(ServiceError::Helpdesk)?;
                let audit = vec![event(activity::HELPDESK_MANAGER_UNCONFIRMED, None)];
                let effects = Effects {
                    audit,
                    deliveries: Vec::new(),
                };
                if state.store.helpdesk_update_commit(&v, &effects).await? {
                    return Ok(ManagerDecision::Unconfirmed);
                }
                v = load().await?;
            }
            return Err(ServiceError::ChangedMeanwhile);
        }
    }
    if let Some(reason) = deny_reason {
        let acted = acted_since(state, &v, &target).await?;
        let acted_names: Vec<&str> = acted.iter().map(|a| a.activity.as_str()).collect();
        for _ in 0..3 {
            v.manager_denied(manager.id, now)
                .map_err(ServiceError::Helpdesk)?;
            let mut denied = event(activity::HELPDESK_MANAGER_DENIED, Some(reason));
            if let Some(o) = denied.details.as_object_mut() {
                o.insert("acted".into(), serde_json::json!(acted_names));
            }
            let told = notices::manager_denied(state, &s, &caller, &agent, manager, &acted).await;
            let effects = Effects {
                audit: vec![denied],
                deliveries: delivery::queue(state, ctx, told),
            };
            // The deny, its alert and the day's pause of manager asks: one transaction.
            if state
                .store
                .helpdesk_update_paused_commit(
                    &v,
                    &pause_subject(&caller),
                    now + BLOCK_SECS,
                    &effects,
                )
                .await?
            {
                state.deliveries_waiting.notify_one();
                return Ok(ManagerDecision::Denied);
            }
            v = load().await?;
        }
        return Err(ServiceError::ChangedMeanwhile);
    }
    let ManagerAnswer::Approve(Some(number)) = answer else {
        return Err(nothing());
    };
    if let Some(take) = refund {
        state.store.attempt_refund(take).await?;
    }
    for _ in 0..3 {
        let was_verified = v.verified_until.is_some();
        v.manager_approved(manager.id, number, now, window)
            .map_err(ServiceError::Helpdesk)?;
        let mut audit = vec![crate::audit::event(
            state,
            ctx,
            activity::HELPDESK_MANAGER_APPROVED,
            &target,
            Outcome::Success,
            details(None),
        )];
        let mut deliveries = Vec::new();
        if !was_verified {
            audit.push(crate::audit::event(
                state,
                ctx,
                activity::HELPDESK_VERIFIED,
                &target,
                Outcome::Success,
                serde_json::json!({"verification": v.id, "methods": v.passed_names().join(","),
                    "window_minutes": s.window_minutes, "agent": agent}),
            ));
            let told = notices::verified(state, &caller, &agent).await;
            deliveries = delivery::queue(state, ctx, told);
        }
        if state
            .store
            .helpdesk_update_commit(&v, &Effects { audit, deliveries })
            .await?
        {
            state.deliveries_waiting.notify_one();
            return Ok(ManagerDecision::Verified);
        }
        v = load().await?;
    }
    Err(ServiceError::ChangedMeanwhile)
}

/// What `answer` did when `manager` gave it already to `v` (a double click, a reload).
fn answered_already(
    v: &Verification,
    manager: i64,
    answer: ManagerAnswer,
) -> Option<ManagerDecision> {
    match (v.manager, answer) {
        (ManagerApproval::Approved { manager_id, .. }, ManagerAnswer::Approve(_))
            if manager_id == manager =>
        {
            Some(ManagerDecision::Verified)
        }
        (ManagerApproval::Denied { manager_id, .. }, ManagerAnswer::Deny)
            if manager_id == manager =>
        {
            Some(ManagerDecision::Denied)
        }
        (ManagerApproval::Unconfirmed { manager_id, .. }, ManagerAnswer::CannotConfirm)
            if manager_id == manager =>
        {
            Some(ManagerDecision::Unconfirmed)
        }
        _ => None,
    }
}

/// What counts as done to an account, for a manager's deny: its password set or its
/// lockout cleared (by an administrator, the helpdesk or self-service), a pass issued or
/// used, and its security info changing — by anyone.
const ACCOUNT_ACTIONS: &[&str] = &[
    activity::RESET_PASSWORD_ADMIN,
    activity::SSPR_RESET,
    activity::CHANGE_PASSWORD,
    activity::HELPDESK_UNLOCK,
    activity::SSPR_UNLOCK,
    activity::ISSUE_ACCESS_PASS,
    activity::SIGN_IN_ACCESS_PASS,
    activity::UPDATE_USER,
    activity::UPDATE_MANAGER,
    activity::ADMIN_DELETED_METHOD,
    activity::ADMIN_REQUIRED_REREGISTRATION,
    activity::REGISTERED_METHOD,
    activity::REMOVED_METHOD,
];

/// Events of one kind read back at most, per kind.
const ACTED_LIMIT: i64 = 20;

/// What was done to the account `target` since verification `v` started, oldest first:
/// the successful events of [`ACCOUNT_ACTIONS`], whoever did them and under whichever
/// verification (another agent's, a global administrator's, none) — each kind read on
/// its own, so a flood of other events can't push one out of sight.
///
/// Errors: storage errors.
async fn acted_since(
    state: &AppState,
    v: &Verification,
    target: &str,
) -> Result<Vec<notices::Acted>, ServiceError> {
    let mut out = Vec::new();
    for kind in ACCOUNT_ACTIONS {
        let filter = latchkey_core::store::AuditFilter {
            activity: Some((*kind).to_owned()),
            target: Some(target.to_owned()),
            result: Some(Outcome::Success),
            since: Some(v.created_at),
            ..Default::default()
        };
        let page = state.store.audit_list(&filter, 0, ACTED_LIMIT).await?;
        out.extend(page.items.into_iter().map(|e| notices::Acted {
            activity: e.activity,
            actor: e.actor,
            at: e.time,
        }));
    }
    out.sort_by_key(|a| a.at);
    Ok(out)
}
