//! The helpdesk console's operations (`/admin/helpdesk`, `/api/v1/helpdesk/…`): an agent
//! verifies a caller with one of the caller's registered methods, and only then — for a
//! window, and for an administrator only after a second agent's approval — may reset
//! their password, unlock them or issue a Temporary Access Pass. The rules are the state
//! machine of [`latchkey_core::helpdesk`]; every step is one transaction with its audit
//! event ("Helpdesk …", naming the agent and the channel) and the notices it causes.
//!
//! * [`challenge`] sends a code by text, call or email, a notification to the Latchkey
//!   app, or asks for a code from the caller's authenticator app; codes are those of
//!   self-service: 6 digits (8 by email), valid 5 minutes, single use, 5 tries, stored
//!   only as a keyed MAC.
//! * [`ask_manager`] emails the caller's manager, who signs in to approve or deny
//!   ([`decide`]); an approval counts as one method.
//! * [`answer`] checks what the caller read back; passing the required methods opens the
//!   agent's window and tells the user the helpdesk verified them. Five wrong answers for
//!   one account in a day pause the helpdesk for that account.
//! * [`gate::authorize`] is the door every reset, unlock, pass and change of recovery
//!   details of another person goes through, in the portal's pages and the API alike.
//! * Each multiple of `burst_threshold` verifications of one account started within an
//!   hour alerts the global administrators and the security contacts.

mod answer;
mod approval;
mod apps;
pub mod gate;
mod manager;
pub mod notices;
mod settings;

use latchkey_core::audit::activity;
use latchkey_core::directory::User;
use latchkey_core::helpdesk::{CHANNELS, Refusal, Status, Verification};
use latchkey_core::journey::Channel;
use latchkey_core::store::{AttemptTake, CodePurpose, CodeRecord, Effects};
use latchkey_notify::templates;

pub use answer::{Answer, answer};
pub use approval::{approve, awaiting_approval, request_approval};
pub use apps::pushed_number;
pub use manager::{
    MAX_WRONG_NUMBERS, ManagerAnswer, ManagerDecision, ManagerRequest, ask_manager, decide,
    requests_for, requests_waiting,
};
pub use settings::{HelpdeskSettings, SETTING, SettingsInput, save_settings, settings};

use latchkey_core::store::CodeDelivery;

use crate::delivery;
use crate::service::ServiceError;
use crate::service::actor::Actor;
use crate::sspr::{codes, limits, registry};
use crate::state::AppState;

/// A registered method the agent may challenge the caller with, and where it goes,
/// masked as the user pages mask it (`********31`, `m***@home.example`).
#[derive(Debug, Clone)]
pub struct Offer {
    /// The channel.
    pub channel: Channel,
    /// The masked destination; empty for an authenticator app.
    pub destination: String,
}

/// What the console shows about a caller.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The caller's account.
    pub user: User,
    /// The challenges the agent may send, in the console's order.
    pub offers: Vec<Offer>,
    /// This agent's newest verification of the caller, if any.
    pub verification: Option<Verification>,
    /// Where it stands now (`Lapsed` when there is none).
    pub status: Status,
    /// Whether the agent may reset, unlock and issue passes now (the window is open,
    /// approval is in, and the agent's role may manage the account).
    pub may_act: bool,
    /// Whether the agent may also issue a pass and change the caller's security info: as
    /// `may_act`, and the caller passed one of their own methods (not only their
    /// manager's approval).
    pub may_change_details: bool,
    /// Whether the agent's role lets them act at all once verified (helpdesk verifiers
    /// never may).
    pub role_may_act: bool,
    /// The caller's manager the agent may ask to approve, if the settings allow it and
    /// one can answer (see the `manager` module's `eligible`).
    pub manager: Option<User>,
    /// The manager denied a helpdesk call for this account in the last 24 hours: they
    /// aren't asked again until then.
    pub manager_paused: bool,
}

/// The channel and masked destination of each registered method the helpdesk may use.
fn offers(reg: &registry::Registered) -> Vec<Offer> {
    let mut out = Vec::new();
    for c in CHANNELS {
        let destination = match c {
            Channel::MobileSms | Channel::MobileVoice => {
                registry::Registered::masked_phone(&reg.mobile)
            }
            Channel::OfficeVoice => registry::Registered::masked_phone(&reg.office),
            Channel::Email => reg.masked_email(),
            Channel::App => (!reg.apps.is_empty()).then(String::new),
            Channel::AppNotification => (!reg.push_devices.is_empty()).then(String::new),
            _ => None,
        };
        if let Some(destination) = destination {
            out.push(Offer {
                channel: c,
                destination,
            });
        }
    }
    out
}

/// The caller `user_id` as the agent sees them.
///
/// Errors: [`ServiceError::NotFound`]; [`ServiceError::Forbidden`] when the agent's role
/// may not verify this account (password administrators and verifiers: users who aren't
/// administrators); storage errors.
pub async fn caller(state: &AppState, actor: &Actor, user_id: i64) -> Result<Caller, ServiceError> {
    let (agent, _) = agent_of(actor)?;
    let user = state.store.user_get(user_id).await?;
    may_verify(actor, &user)?;
    let reg = registry::load(state, user.id).await?;
    let verification = state.store.helpdesk_latest(agent, user.id).await?;
    let now = state.now();
    let status = verification
        .as_ref()
        .map_or(Status::Lapsed, |v| v.status(now));
    let role_may_act = actor.role().may_manage(user.role);
    let may_act = role_may_act
        && verification
            .as_ref()
            .is_some_and(|v| v.may_act(agent, now, user.role.is_admin()).is_ok());
    let may_change_details = may_act
        && verification.as_ref().is_some_and(|v| {
            v.may_change_details(agent, now, user.role.is_admin())
                .is_ok()
        });
    let manager = manager::eligible(state, &settings(state).await?, Some(agent), &user).await?;
    let manager_paused = manager.is_some() && manager::paused(state, &user).await?;
    Ok(Caller {
        manager,
        manager_paused,
        offers: offers(&reg),
        user,
        verification,
        status,
        may_act,
        may_change_details,
        role_may_act,
    })
}

/// The agent's account id and role: the command line has no console.
fn agent_of(actor: &Actor) -> Result<(i64, latchkey_core::directory::Role), ServiceError> {
    actor.admin.ok_or(ServiceError::Forbidden(
        crate::service::Permission::GlobalOnly,
    ))
}

fn may_verify(actor: &Actor, user: &User) -> Result<(), ServiceError> {
    if actor.is(user) {
        return Err(ServiceError::SelfReset);
    }
    if actor.role().may_verify(user.role) {
        Ok(())
    } else {
        Err(ServiceError::Forbidden(
            crate::service::Permission::ManageAdmins,
        ))
    }
}

/// What sending a challenge gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Challenge {
    /// The code went out; the caller reads it back.
    Sent,
    /// No message: the caller reads a code from their authenticator app.
    AskedForAppCode,
    /// A notification went to the caller's Latchkey app: the agent reads out this number
    /// (10–99) and the caller chooses it in the app.
    Pushed(i64),
    /// The provider didn't take the message in time; nothing counts. Try again or use
    /// another method.
    NotSent,
    /// The caller's manager was emailed; they sign in to Latchkey to approve or deny.
    /// The agent reads this number (10–99) to the caller, who gives it to the manager
    /// when the manager reaches them.
    ManagerAsked(i64),
}

/// The agent challenges the caller `user_id` by `channel`: starts a verification when
/// none is waiting (audited as "Helpdesk started caller verification"; the burst alert
/// may go with it), then sends the code (or asks for an authenticator code).
///
/// Errors: [`ServiceError::Helpdesk`] with [`Refusal::ChannelNotAllowed`] for a channel
/// the caller hasn't registered or the helpdesk can't use, [`Refusal::AlreadyPassed`],
/// [`Refusal::NotPending`] when the caller is already verified;
/// [`Refusal::Blocked`] while verification of the account is paused (5 wrong answers in
/// a day); [`ServiceError::RateLimited`] after 20 sends to one account in an hour, 3 app
/// notifications in 10 minutes, or [`MAX_STARTS_PER_AGENT`] verifications started by the
/// agent in an hour; those of [`caller`].
pub async fn challenge(
    state: &AppState,
    actor: &Actor,
    user_id: i64,
    channel: Channel,
) -> Result<(Verification, Challenge), ServiceError> {
    let c = caller(state, actor, user_id).await?;
    if !c.offers.iter().any(|o| o.channel == channel) {
        return Err(ServiceError::Helpdesk(Refusal::ChannelNotAllowed));
    }
    let now = state.now();
    // Too many wrong answers for this account today: nothing is sent until the pause ends.
    if limits::blocked(state, &subject(&c.user)).await? {
        return Err(ServiceError::Helpdesk(Refusal::Blocked));
    }
    let mut v = pending_or_start(state, actor, &c).await?;
    v.may_challenge(channel, now)
        .map_err(ServiceError::Helpdesk)?;
    let target = c.user.username.to_string();
    let sent = if channel == Channel::App {
        Challenge::AskedForAppCode
    } else if channel == Channel::AppNotification {
        apps::push_to_app(state, actor, &c.user, &v).await?
    } else {
        // Sends for one account, whoever asks, are a cost and a nuisance: at most 20 in
        // an hour (the provider-call guard of self-service, under its own subject so a
        // self-service block never stops the helpdesk).
        if !limits::provider_call(state, &subject(&c.user)).await? {
            return Err(ServiceError::RateLimited(3600));
        }
        send_code(state, actor, &c.user, &v, channel).await?
    };
    if sent == Challenge::NotSent {
        return Ok((v, sent));
    }
    v.challenged(channel, now);
    let event = actor.event(
        state,
        activity::HELPDESK_CHALLENGE,
        &target,
        serde_json::json!({"verification": v.id, "channel": channel.as_str()}),
    );
    if !state
        .store
        .helpdesk_update_commit(
            &v,
            &Effects {
                audit: vec![event],
                deliveries: Vec::new(),
            },
        )
        .await?
    {
        return Err(ServiceError::ChangedMeanwhile);
    }
    v.version += 1;
    Ok((v, sent))
}

/// The agent's verification of the caller waiting for answers, or a new one when none
/// is (none yet, lapsed, closed).
///
/// Errors: [`ServiceError::Helpdesk`] with [`Refusal::NotPending`] when the caller is
/// verified already; those of [`start`].
async fn pending_or_start(
    state: &AppState,
    actor: &Actor,
    c: &Caller,
) -> Result<Verification, ServiceError> {
    let now = state.now();
    match &c.verification {
        Some(v) if v.status(now) == Status::Pending => Ok(v.clone()),
        Some(v) if matches!(v.status(now), Status::Verified { .. }) => {
            Err(ServiceError::Helpdesk(Refusal::NotPending))
        }
        _ => start(state, actor, &c.user).await,
    }
}

/// The agent challenges the caller `user_id` by the channel named `name` (a
/// [`Channel::as_str`] of [`CHANNELS`], or [`latchkey_core::helpdesk::MANAGER_APPROVAL`]
/// to ask their manager): [`challenge`] or [`ask_manager`], for the console's form and
/// the API alike.
///
/// Errors: [`ServiceError::Helpdesk`] with [`Refusal::ChannelNotAllowed`] for a name that
/// is neither; those of [`challenge`] and [`ask_manager`].
pub async fn challenge_named(
    state: &AppState,
    actor: &Actor,
    user_id: i64,
    name: &str,
) -> Result<(Verification, Challenge), ServiceError> {
    let name = name.trim();
    if name == latchkey_core::helpdesk::MANAGER_APPROVAL {
        return ask_manager(state, actor, user_id).await;
    }
    let channel = Channel::parse(name).ok_or(ServiceError::Helpdesk(Refusal::ChannelNotAllowed))?;
    challenge(state, actor, user_id, channel).await
}

/// Verifications one agent may start in an hour (of anyone); the next is refused
/// (`429`) until the hour has passed. Wrong answers are limited per account (see
/// [`answer`]), so this only keeps one agent from flooding the console.
pub const MAX_STARTS_PER_AGENT: i64 = 30;

/// A new verification of `user` by the agent, with its audit event and, each time the
/// account's starts within an hour reach a multiple of the burst threshold, the alert.
async fn start(state: &AppState, actor: &Actor, user: &User) -> Result<Verification, ServiceError> {
    let (agent, _) = agent_of(actor)?;
    let now = state.now();
    let s = settings(state).await?;
    let mut v = Verification::start(agent, user.id, user.role.is_admin(), now);
    if let AttemptTake::Refused = state
        .store
        .attempt_take(
            &format!("helpdesk-agent:{agent}"),
            "helpdesk_start",
            now - 3600,
            MAX_STARTS_PER_AGENT,
            now,
        )
        .await?
    {
        return Err(ServiceError::RateLimited(3600));
    }
    // Counted atomically, so of parallel starts exactly one reaches each multiple.
    let count = match state
        .store
        .attempt_take(
            &format!("helpdesk-burst:user:{}", user.id),
            "helpdesk_start",
            now - 3600,
            i64::MAX,
            now,
        )
        .await?
    {
        AttemptTake::Taken { count, .. } => count,
        AttemptTake::Refused => 0,
    };
    let mut audit = vec![actor.event(
        state,
        activity::HELPDESK_STARTED,
        user.username.as_str(),
        serde_json::json!({"required_methods": v.required}),
    )];
    let mut deliveries = Vec::new();
    if s.burst_threshold > 0 && count > 0 && count % i64::from(s.burst_threshold) == 0 {
        audit.push(actor.event(
            state,
            activity::HELPDESK_BURST,
            user.username.as_str(),
            serde_json::json!({"verifications_last_hour": count}),
        ));
        let alert = notices::burst(state, &s, user, &actor.ctx.actor, count).await;
        deliveries = delivery::queue(state, &actor.ctx, alert);
    }
    v.id = state
        .store
        .helpdesk_create_commit(&v, &Effects { audit, deliveries })
        .await?;
    state.deliveries_waiting.notify_one();
    Ok(v)
}

/// The subject the helpdesk's sends to one account are counted under: apart from
/// self-service's, so a self-service block never keeps the helpdesk from helping.
fn subject(user: &User) -> String {
    format!("helpdesk:user:{}", user.id)
}

/// Minutes a code stays valid, as its message says (self-service's lifetime).
const CODE_MINUTES: u32 = (codes::VALID_SECS / 60) as u32;

/// The owner a verification's codes are stored under.
fn owner(v: &Verification) -> String {
    format!("helpdesk:{}", v.id)
}

async fn send_code(
    state: &AppState,
    actor: &Actor,
    user: &User,
    v: &Verification,
    channel: Channel,
) -> Result<Challenge, ServiceError> {
    let reg = registry::load(state, user.id).await?;
    let dest = match channel {
        Channel::Email => reg.email.map(|m| m.value),
        Channel::MobileSms | Channel::MobileVoice => reg.mobile.map(|m| m.value),
        Channel::OfficeVoice => reg.office.map(|m| m.value),
        _ => None,
    }
    .ok_or(ServiceError::Helpdesk(Refusal::ChannelNotAllowed))?;
    let owner = owner(v);
    let digits = if channel == Channel::Email { 8 } else { 6 };
    let code = codes::generate(digits);
    let rec = CodeRecord {
        owner: owner.clone(),
        purpose: CodePurpose::Helpdesk,
        destination: dest.clone(),
        code_mac: codes::mac(state, &owner, CodePurpose::Helpdesk, &code),
        expires_at: state.now() + codes::VALID_SECS,
        attempts: 0,
    };
    let org = &state.org_name();
    let lang = crate::sspr::recipient_lang::language_for(state, user.id).await;
    let message = latchkey_i18n::with_lang(lang, || match channel {
        Channel::Email => {
            templates::verification_code_email(org, &dest, &user.display_name, &code, CODE_MINUTES)
        }
        Channel::MobileSms => templates::verification_code_sms(org, &dest, &code, CODE_MINUTES),
        _ => templates::verification_code_voice(org, &dest, &code),
    });
    let via = match channel {
        Channel::Email => latchkey_notify::Channel::Email,
        Channel::MobileSms => latchkey_notify::Channel::Sms,
        _ => latchkey_notify::Channel::Voice,
    };
    let target = user.username.to_string();
    let queued = delivery::code_message(
        state,
        &actor.ctx,
        &target,
        channel.as_str(),
        message,
        CodeDelivery {
            expires_at: 0,
            owner: owner.clone(),
            purpose: CodePurpose::Helpdesk,
            code_mac: rec.code_mac.clone(),
            refund_event: None,
        },
    );
    // A resend replaces the waiting code: one code per verification.
    let id = state
        .store
        .code_put_commit(&rec, &[CodePurpose::Helpdesk], &queued)
        .await?;
    if delivery::await_code(state, &actor.ctx, id, &target, channel.as_str(), via).await? {
        Ok(Challenge::Sent)
    } else {
        Ok(Challenge::NotSent)
    }
}

/// The agent's verifications of the last 24 hours with their callers, newest first.
///
/// Errors: storage errors.
pub async fn recent(
    state: &AppState,
    actor: &Actor,
) -> Result<Vec<(Verification, User)>, ServiceError> {
    let Some((me, _)) = actor.admin else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for v in state
        .store
        .helpdesk_of_agent(me, state.now() - 86_400, 20)
        .await?
    {
        if let Ok(u) = state.store.user_get(v.user_id).await {
            out.push((v, u));
        }
    }
    Ok(out)
}

/// The agent ends their verification of `user_id` (the call is over): the window
/// closes. Audited as "Helpdesk closed caller verification". Nothing to close is not an
/// error.
///
/// Errors: those of [`caller`].
pub async fn close(state: &AppState, actor: &Actor, user_id: i64) -> Result<(), ServiceError> {
    let c = caller(state, actor, user_id).await?;
    let now = state.now();
    let Some(v) = c.verification.filter(|v| !v.closed) else {
        return Ok(());
    };
    let audit = vec![actor.event(
        state,
        activity::HELPDESK_CLOSED,
        c.user.username.as_str(),
        serde_json::json!({"verification": v.id}),
    )];
    // Whatever happened to it meanwhile (an approval, an answer): closed is closed.
    state
        .store
        .helpdesk_close_commit(
            v.id,
            now,
            &Effects {
                audit,
                deliveries: Vec::new(),
            },
        )
        .await?;
    state
        .store
        .code_delete(&owner(&v), CodePurpose::Helpdesk)
        .await?;
    Ok(())
}

/// Users the agent may verify whose username, display name, first or last name starts
/// with `query` (as the user list's search), at most 20.
///
/// Errors: storage errors.
pub async fn find(state: &AppState, actor: &Actor, query: &str) -> Result<Vec<User>, ServiceError> {
    let query = query.trim();
    if query.is_empty() {
        return Ok(Vec::new());
    }
    let page = state.store.user_list(query, 0, 20).await?;
    Ok(page
        .items
        .into_iter()
        .filter(|u| !actor.is(u) && actor.role().may_verify(u.role))
        .collect())
}
