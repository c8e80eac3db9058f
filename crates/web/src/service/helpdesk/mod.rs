//! The helpdesk console's operations (`/admin/helpdesk`, `/api/v1/helpdesk/…`): an agent
//! verifies a caller with one of the caller's registered methods, and only then — for a
//! window, and for an administrator only after a second agent's approval — may reset
//! their password, unlock them or issue a Temporary Access Pass. The rules are the state
//! machine of [`latchkey_core::helpdesk`]; every step is one transaction with its audit
//! event ("Helpdesk …", naming the agent and the channel) and the notices it causes.
//!
//! * [`challenge`] sends a code by text, call or email (or asks for a code from the
//!   caller's authenticator app); codes are those of self-service: 6 digits (8 by email),
//!   valid 5 minutes, single use, 5 tries, stored only as a keyed MAC.
//! * [`answer`] checks what the caller read back; passing the required methods opens the
//!   agent's window and tells the user the helpdesk verified them.
//! * [`gate::authorize`] is the door every reset, unlock and pass of another person by a
//!   helpdesk agent goes through, in the portal's user pages and the API alike.
//! * Starting more than `burst_threshold` verifications of one account within an hour
//!   alerts the global administrators and the security contacts.

pub mod gate;
mod notices;
mod settings;

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::User;
use latchkey_core::helpdesk::{CHANNELS, Refusal, Status, Verification};
use latchkey_core::journey::Channel;
use latchkey_core::store::{AttemptTake, CodePurpose, CodeRecord, Effects};
use latchkey_notify::templates;

pub use settings::{HelpdeskSettings, SETTING, SettingsInput, save_settings, settings};

use latchkey_core::store::CodeDelivery;

use crate::delivery;
use crate::service::ServiceError;
use crate::service::actor::Actor;
use crate::sspr::{codes, limits, registry};
use crate::state::AppState;

/// A registered method the agent may challenge the caller with, and where it goes,
/// masked (`•••• 0131`, `j•••@example.com`).
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
    /// Whether the agent's role lets them act at all once verified (helpdesk verifiers
    /// never may).
    pub role_may_act: bool,
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
            .is_some_and(|v| v.may_act(agent, now).is_ok());
    Ok(Caller {
        offers: offers(&reg),
        user,
        verification,
        status,
        may_act,
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
}

/// The agent challenges the caller `user_id` by `channel`: starts a verification when
/// none is waiting (audited as "Helpdesk started caller verification"; the burst alert
/// may go with it), then sends the code (or asks for an authenticator code).
///
/// Errors: [`ServiceError::Helpdesk`] with [`Refusal::ChannelNotAllowed`] for a channel
/// the caller hasn't registered or the helpdesk can't use, [`Refusal::AlreadyPassed`],
/// [`Refusal::NotPending`] when the caller is already verified;
/// [`ServiceError::RateLimited`] after 20 sends to one account in an hour, 3 app
/// notifications in 10 minutes, or [`MAX_STARTS_PER_HOUR`] verifications of one account
/// in an hour; those of [`caller`].
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
    let mut v = match c.verification {
        Some(v) if v.status(now) == Status::Pending => v,
        Some(v) if matches!(v.status(now), Status::Verified { .. }) => {
            return Err(ServiceError::Helpdesk(Refusal::NotPending));
        }
        _ => start(state, actor, &c.user).await?,
    };
    v.may_challenge(channel, now)
        .map_err(ServiceError::Helpdesk)?;
    let target = c.user.username.to_string();
    let sent = if channel == Channel::App {
        Challenge::AskedForAppCode
    } else if channel == Channel::AppNotification {
        push_to_app(state, actor, &c.user, &v).await?
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

/// Verifications of one account that may be started in an hour, by all agents together;
/// the next is refused (`429`) until the hour has passed.
pub const MAX_STARTS_PER_HOUR: i64 = 10;

/// A new verification of `user` by the agent, with its audit event and, when this start
/// is the one that reaches the burst threshold, the alert.
async fn start(state: &AppState, actor: &Actor, user: &User) -> Result<Verification, ServiceError> {
    let (agent, _) = agent_of(actor)?;
    let now = state.now();
    let s = settings(state).await?;
    let mut v = Verification::start(agent, user.id, user.role.is_admin(), now);
    // Counted atomically, so of parallel starts exactly one reaches the threshold, and
    // none goes past the hour's limit: each verification allows its own wrong codes, so
    // starting again and again must not buy unbounded guesses.
    let count = match state
        .store
        .attempt_take(
            &format!("helpdesk-burst:user:{}", user.id),
            "helpdesk_start",
            now - 3600,
            MAX_STARTS_PER_HOUR,
            now,
        )
        .await?
    {
        AttemptTake::Taken { count, .. } => count,
        AttemptTake::Refused => return Err(ServiceError::RateLimited(3600)),
    };
    let mut audit = vec![actor.event(
        state,
        activity::HELPDESK_STARTED,
        user.username.as_str(),
        serde_json::json!({"required_methods": v.required}),
    )];
    let mut deliveries = Vec::new();
    if s.burst_threshold > 0 && count == i64::from(s.burst_threshold) {
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

/// A notification to the caller's Latchkey app for verification `v`: a request with a
/// number the agent reads out, counted against the app's push-bombing limit (3 in 10
/// minutes per account). The app shows it as coming from the helpdesk and the agent.
async fn push_to_app(
    state: &AppState,
    actor: &Actor,
    user: &User,
    v: &Verification,
) -> Result<Challenge, ServiceError> {
    use crate::service::journey::{MAX_REQUESTS, REQUEST_WINDOW};
    use base64::Engine as _;
    use rand::{Rng as _, RngCore as _};
    let now = state.now();
    let mut raw = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut raw);
    let request = latchkey_core::store::PushRequest {
        id: base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw),
        user_id: Some(user.id),
        subject: subject(user),
        owner: owner(v),
        number: rand::rngs::OsRng.gen_range(10..=99),
        client_ip: actor.ctx.client_ip.clone(),
        user_agent: format!("Helpdesk ({})", actor.ctx.actor),
        created_at: now,
        expires_at: now + codes::VALID_SECS,
        status: latchkey_core::store::PushStatus::Pending,
        answered_at: None,
        device_id: None,
        consumed_at: None,
        followed_up_at: None,
    };
    if !state
        .store
        .push_request_create(&request, now - REQUEST_WINDOW, MAX_REQUESTS)
        .await?
    {
        return Err(ServiceError::RateLimited(REQUEST_WINDOW));
    }
    let reg = registry::load(state, user.id).await?;
    let (accepted, _) =
        crate::sspr::push::send_to_devices(state, user.id, &reg.push_devices, &request, now)
            .await?;
    if accepted == 0 {
        state.store.push_request_delete(&request.id).await?;
        return Ok(Challenge::NotSent);
    }
    Ok(Challenge::Pushed(request.number))
}

/// The number of the app notification waiting for the caller of `v`, if one is.
///
/// Errors: storage errors.
pub async fn pushed_number(
    state: &AppState,
    v: &Verification,
) -> Result<Option<i64>, ServiceError> {
    if v.challenge != Some(Channel::AppNotification) {
        return Ok(None);
    }
    Ok(state
        .store
        .push_request_latest(&owner(v))
        .await?
        .filter(|r| r.consumed_at.is_none())
        .map(|r| r.number))
}

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
            templates::verification_code_email(org, &dest, &user.display_name, &code, 5)
        }
        Channel::MobileSms => templates::verification_code_sms(org, &dest, &code, 5),
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

/// What checking the caller's answer gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Verified: the agent may act until then (Unix seconds).
    Verified(i64),
    /// Right, and the caller (an administrator) must pass another, different method.
    NextMethod,
    /// Wrong; tries remain.
    Wrong,
    /// Wrong, and that was the last try: the verification is closed. Start again.
    TooMany,
    /// No code is waiting (never sent, expired or used): send one.
    NoCode,
    /// The app notification has no answer yet: check again in a moment.
    NotYet,
    /// The caller denied the app notification or reported it as not theirs: the
    /// verification is closed.
    Denied,
}

/// Checks the code the caller read back for the waiting challenge of the agent's
/// verification of `user_id`. A right answer is audited as "Helpdesk verified a
/// caller's method" (and "Helpdesk caller verified" once enough methods passed; the user
/// is told); a wrong one as a failure; the fifth wrong one closes the verification.
///
/// Errors: those of [`caller`].
pub async fn answer(
    state: &AppState,
    actor: &Actor,
    user_id: i64,
    typed: &str,
) -> Result<Answer, ServiceError> {
    let c = caller(state, actor, user_id).await?;
    let now = state.now();
    // Nothing waiting for an answer (never challenged, lapsed, closed, verified): there
    // is no code to compare, and nothing is counted.
    let Some(mut v) = c
        .verification
        .filter(|v| v.status(now) == Status::Pending && v.challenge.is_some())
    else {
        return Ok(Answer::NoCode);
    };
    let Some(channel) = v.challenge else {
        return Ok(Answer::NoCode);
    };
    let target = c.user.username.to_string();
    let owner = owner(&v);
    let result = if channel == Channel::App {
        app_code(state, &c.user, &owner, typed).await?
    } else if channel == Channel::AppNotification {
        app_answer(state, &owner).await?
    } else {
        match codes::check(state, &owner, CodePurpose::Helpdesk, typed).await? {
            codes::Check::Ok(_) => Answer::Verified(0),
            codes::Check::Wrong => Answer::Wrong,
            codes::Check::TooMany => Answer::TooMany,
            codes::Check::Expired | codes::Check::Missing => Answer::NoCode,
        }
    };
    let vid = v.id;
    let details = |extra: serde_json::Value| {
        let mut d = serde_json::json!({"verification": vid, "channel": channel.as_str()});
        if let (Some(o), Some(e)) = (d.as_object_mut(), extra.as_object()) {
            o.extend(e.clone());
        }
        d
    };
    match result {
        Answer::NoCode | Answer::NotYet => Ok(result),
        Answer::Wrong | Answer::TooMany | Answer::Denied => {
            let mut failed = actor.event(
                state,
                activity::HELPDESK_METHOD,
                &target,
                details(serde_json::json!({"reason": match result {
                    Answer::Denied => "denied in the app",
                    _ => "wrong code",
                }})),
            );
            failed.result = Outcome::Failure;
            if result != Answer::Wrong {
                v.close(now);
            }
            state
                .store
                .helpdesk_update_commit(
                    &v,
                    &Effects {
                        audit: vec![failed],
                        deliveries: Vec::new(),
                    },
                )
                .await?;
            Ok(result)
        }
        _ => {
            let s = settings(state).await?;
            let window = i64::from(s.window_minutes) * 60;
            let verified = v.answered(now, window);
            let mut audit = vec![actor.event(
                state,
                activity::HELPDESK_METHOD,
                &target,
                details(serde_json::json!({})),
            )];
            let mut deliveries = Vec::new();
            if verified {
                audit.push(actor.event(
                    state,
                    activity::HELPDESK_VERIFIED,
                    &target,
                    serde_json::json!({"verification": v.id, "methods": v.passed_str(),
                        "window_minutes": s.window_minutes}),
                ));
                let told = notices::verified(state, &c.user, &actor.ctx.actor).await;
                deliveries = delivery::queue(state, &actor.ctx, told);
            }
            if !state
                .store
                .helpdesk_update_commit(&v, &Effects { audit, deliveries })
                .await?
            {
                return Err(ServiceError::ChangedMeanwhile);
            }
            state.deliveries_waiting.notify_one();
            Ok(match v.verified_until {
                Some(until) if verified => Answer::Verified(until),
                _ => Answer::NextMethod,
            })
        }
    }
}

/// The app's answer to the verification's latest notification, counted once: approved
/// with the right number passes; a wrong number is wrong (the verification stays open for
/// another try); denied or "this wasn't me" closes it.
async fn app_answer(state: &AppState, owner: &str) -> Result<Answer, ServiceError> {
    use latchkey_core::store::PushStatus;
    let now = state.now();
    let Some(r) = state
        .store
        .push_request_latest(owner)
        .await?
        .filter(|r| r.consumed_at.is_none())
    else {
        return Ok(Answer::NoCode);
    };
    match r.status {
        PushStatus::Pending if r.expires_at <= now => return Ok(Answer::NoCode),
        PushStatus::Pending => return Ok(Answer::NotYet),
        _ => {}
    }
    // Counted once: of parallel checks, one goes on.
    if !state.store.push_request_consume(&r.id, owner, now).await? {
        return Ok(Answer::NoCode);
    }
    Ok(match r.status {
        PushStatus::Approved => Answer::Verified(0),
        PushStatus::Denied | PushStatus::Reported => Answer::Denied,
        _ => Answer::Wrong,
    })
}

/// Checks an authenticator code read out by the caller: replayed codes are refused (as in
/// self-service), and at most 5 tries per verification are compared.
async fn app_code(
    state: &AppState,
    user: &User,
    owner: &str,
    typed: &str,
) -> Result<Answer, ServiceError> {
    let now = state.now();
    let count = match state
        .store
        .attempt_take(owner, "helpdesk_app", now - 3600, codes::MAX_ATTEMPTS, now)
        .await?
    {
        AttemptTake::Taken { count, .. } => count,
        AttemptTake::Refused => return Ok(Answer::TooMany),
    };
    let reg = registry::load(state, user.id).await?;
    match registry::verify_app_code(state, user.id, &reg.apps, typed).await? {
        registry::AppCheck::Accepted => Ok(Answer::Verified(0)),
        _ if count >= codes::MAX_ATTEMPTS => Ok(Answer::TooMany),
        _ => Ok(Answer::Wrong),
    }
}

/// The agent asks a second agent to approve acting on an administrator's account;
/// the other global administrators are told. Audited as "Helpdesk asked for approval".
///
/// Errors: [`ServiceError::Helpdesk`] with [`Refusal::NotVerified`] or
/// [`Refusal::ApprovalAlreadyAsked`]; those of [`caller`].
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
/// "Helpdesk approved an administrator's reset".
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
    let Some(mut v) = c.verification.filter(|v| !v.closed) else {
        return Ok(());
    };
    v.close(now);
    let audit = vec![actor.event(
        state,
        activity::HELPDESK_CLOSED,
        c.user.username.as_str(),
        serde_json::json!({"verification": v.id}),
    )];
    state
        .store
        .helpdesk_update_commit(
            &v,
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

/// Users the agent may verify whose username, name or address matches `query`, at most
/// 20.
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
