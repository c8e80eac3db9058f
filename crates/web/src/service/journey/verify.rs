//! Sending codes and checking codes, app codes and answers.

use super::*;
use crate::metrics::CodeResult;
use latchkey_core::directory::Unsendable;

/// How a code for `c` goes out: email, text or call.
fn via(c: Channel) -> latchkey_notify::Channel {
    match c {
        Channel::Email => latchkey_notify::Channel::Email,
        Channel::MobileSms => latchkey_notify::Channel::Sms,
        _ => latchkey_notify::Channel::Voice,
    }
}

/// Counts the journey as failed because self-service was blocked on the way (by this
/// request: a journey already blocked never gets this far).
pub(super) fn blocked_now(state: &AppState, l: &Loaded) {
    if l.user.is_some() {
        state.metrics.journey_failed(JourneyFailure::Blocked);
    }
}

/// What asking for a code gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendOutcome {
    /// Sent (or, for a decoy, as if sent).
    Sent,
    /// The channel is not offered at this step.
    NotOffered,
    /// The channel needs no code (app, questions): show its panel.
    NoCodeNeeded,
    /// The typed destination is not an address or number; the text says why.
    BadInput(String),
    /// It doesn't match the registered one.
    Mismatch,
    /// Self-service is blocked for this account (now or by this attempt).
    Blocked,
    /// The message could not be sent; nothing was counted against the user.
    Failed,
    /// Another request moved the journey first.
    Moved,
}

fn matches_destination(c: Channel, typed: &str, stored: &str) -> Result<bool, String> {
    match c {
        Channel::Email => {
            let e = Email::parse("destination", typed).map_err(|e| e.message)?;
            Ok(e.as_str().eq_ignore_ascii_case(stored))
        }
        _ => {
            let p =
                Phone::parse_as_registered("destination", typed, stored).map_err(|e| e.message)?;
            Ok(p.is_some_and(|p| p.as_str() == stored))
        }
    }
}

/// Why texts and calls can't go to the registered number `stored`; `None` when they can.
fn unsendable(stored: Option<&str>, countries: &[String]) -> Option<Unsendable> {
    match Phone::parse("destination", stored.unwrap_or("")) {
        Ok(p) => p.sendable(countries).err(),
        Err(_) => Some(Unsendable::Kind),
    }
}

/// Sends a code by `channel` once the person typed the full registered destination.
/// `proof`: the proof-of-work human check came solved (see [`crate::sspr::human`]).
///
/// Errors: [`ServiceError::RateLimited`] when the client address or everyone together
/// had too many codes sent; storage errors.
pub async fn send_code(
    state: &AppState,
    l: &mut Loaded,
    channel: Channel,
    typed: &str,
    client_ip: &str,
    proof: bool,
) -> Result<SendOutcome, ServiceError> {
    if l.flow.journey.stage != Stage::Verify || !l.channels().contains(&channel) {
        return Ok(SendOutcome::NotOffered);
    }
    // Only the channels that send a code have a code purpose (not app, questions).
    let Some(purpose) = CodePurpose::for_reset(channel.method()) else {
        return Ok(SendOutcome::NoCodeNeeded);
    };
    let subject = l.subject();
    if limits::blocked(state, &subject).await? {
        return Ok(SendOutcome::Blocked);
    }
    let ctx = l.ctx(client_ip);
    throttle::admit(state, Action::Send { proof }, &ctx).await?;
    let target = l.target();
    record(
        state,
        &ctx,
        activity::SSPR_STARTED_METHOD,
        &target,
        Outcome::Success,
        serde_json::json!({"method": channel.as_str()}),
    )
    .await;
    let stored = l.stored_destination(channel);
    let matched = match matches_destination(channel, typed, stored.as_deref().unwrap_or("")) {
        Err(why) => return Ok(SendOutcome::BadInput(why)),
        Ok(m) => m && l.user.is_some(),
    };
    if !matched {
        let blocked =
            limits::record_event(state, &subject, Kind::Validation, &ctx, &target).await?;
        record(
            state,
            &ctx,
            activity::SSPR_FAILED_METHOD,
            &target,
            Outcome::Failure,
            serde_json::json!({"method": channel.as_str(), "reason": "destination did not match"}),
        )
        .await;
        if blocked {
            blocked_now(state, l);
            return Ok(SendOutcome::Blocked);
        }
        return Ok(SendOutcome::Mismatch);
    }
    // A registered number that may no longer get texts or calls (premium-rate, or a
    // country the policy dropped) is a send that can't happen: nothing counted or sent.
    if channel != Channel::Email
        && let Some(why) = unsendable(stored.as_deref(), &l.policy.phone_countries)
    {
        record(
            state,
            &ctx,
            activity::SSPR_SEND_FAILED,
            &target,
            Outcome::Failure,
            serde_json::json!({"method": channel.as_str(), "error": why.reason()}),
        )
        .await;
        state.metrics.code(via(channel), CodeResult::Refused);
        return Ok(SendOutcome::Failed);
    }
    // Every send counts: emails against the email limit, texts and calls against the
    // phone validations (no SMS bombing, no toll fraud).
    let send_kind = if channel == Channel::Email {
        Kind::EmailSent
    } else {
        Kind::Validation
    };
    let taken = match limits::take(state, &subject, send_kind, &ctx, &target).await? {
        limits::Take::Blocked => {
            blocked_now(state, l);
            return Ok(SendOutcome::Blocked);
        }
        limits::Take::Counted(id) => id,
    };
    let dest = stored.unwrap_or_default();
    let text_to =
        (channel != Channel::Email).then_some((dest.as_str(), throttle::TextPlace::Reset));
    if !throttle::send_may_go(
        state,
        &ctx,
        &subject,
        &target,
        channel.as_str(),
        text_to,
        taken,
    )
    .await?
    {
        state.metrics.code(via(channel), CodeResult::Refused);
        return Ok(SendOutcome::Failed);
    }
    let digits = if channel == Channel::Email { 8 } else { 6 };
    let code = codes::generate(digits);
    let rec = CodeRecord {
        owner: l.flow.id_hash.clone(),
        purpose,
        destination: dest.clone(),
        code_mac: codes::mac(state, &l.flow.id_hash, purpose, &code),
        expires_at: state.now() + codes::VALID_SECS,
        attempts: 0,
    };
    let org = &state.org_name();
    let name = l
        .user
        .as_ref()
        .map(|u| u.display_name.clone())
        .unwrap_or_default();
    let lang =
        crate::sspr::recipient_lang::language_for_page(state, l.user.as_ref().map(|u| u.id)).await;
    let message = latchkey_i18n::with_lang(lang, || match channel {
        Channel::Email => templates::verification_code_email(org, &dest, &name, &code, 5),
        Channel::MobileSms => templates::verification_code_sms(org, &dest, &code, 5),
        _ => templates::verification_code_voice(org, &dest, &code),
    });
    let queued = delivery::code_message(
        state,
        &ctx,
        &target,
        channel.as_str(),
        message,
        CodeDelivery {
            expires_at: 0,
            owner: l.flow.id_hash.clone(),
            purpose,
            code_mac: rec.code_mac.clone(),
            refund_event: taken,
        },
    );
    // A new code voids every other journey and code of this user; its message is queued
    // in the same transaction.
    let Some((next, id)) = state.store.code_issue(&l.flow, &rec, &queued).await? else {
        if let Some(id) = taken {
            state.store.attempt_refund(id).await?;
        }
        return Ok(SendOutcome::Moved);
    };
    l.flow = next;
    // Only a send the provider accepted counts: a failed one is given back, with the code.
    if !delivery::await_code(state, &ctx, id, &target, channel.as_str(), via(channel)).await? {
        return Ok(SendOutcome::Failed);
    }
    Ok(SendOutcome::Sent)
}

/// What a verification attempt gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckOutcome {
    /// Passed, and more is needed: choose another method.
    NextMethod,
    /// Verified for a reset: choose the new password.
    ChoosePassword,
    /// Verified for an unlock, and the account is unlocked.
    Unlocked,
    /// Wrong; the text (a catalogue key, `reset-…`) says what to do.
    Wrong(&'static str),
    /// No code is waiting (never sent, expired, used, or too many tries): nothing was
    /// counted. The text (a catalogue key, `reset-…`) says what to do.
    NoCode(&'static str),
    /// The questions were not shown yet: show them (nothing was counted).
    ShowQuestions,
    /// Self-service is blocked for this account (now or by this attempt).
    Blocked,
    /// The channel is not offered at this step.
    NotOffered,
    /// Another request moved the journey first.
    Moved,
}

/// Checks a code, an app code or the answers for `channel`.
pub async fn check(
    state: &AppState,
    l: &mut Loaded,
    channel: Channel,
    code: &str,
    answers: &[&Secret],
    client_ip: &str,
) -> Result<CheckOutcome, ServiceError> {
    if l.flow.journey.stage != Stage::Verify || !l.channels().contains(&channel) {
        return Ok(CheckOutcome::NotOffered);
    }
    // A passkey is checked by its own ceremony (`passkey::check_passkey`); this form
    // arrives only when the page's script didn't run. Nothing is counted.
    if channel == Channel::Passkey {
        return Ok(CheckOutcome::NoCode("reset-check-passkey-noscript"));
    }
    let subject = l.subject();
    if limits::blocked(state, &subject).await? {
        return Ok(CheckOutcome::Blocked);
    }
    let ctx = l.ctx(client_ip);
    throttle::admit(state, Action::Check, &ctx).await?;
    let target = l.target();
    // Only the channels that send a code have a code purpose (not app, questions).
    let purpose = CodePurpose::for_reset(channel.method());
    // Nothing to compare: say so and count nothing.
    match purpose {
        None if channel == Channel::App => {}
        // Security questions, the other channel without a code.
        None => {
            if l.flow.questions.is_empty() {
                ensure_questions(state, l).await?;
                return Ok(CheckOutcome::ShowQuestions);
            }
        }
        Some(purpose) => {
            if codes::pending_destination(state, &l.flow.id_hash, purpose)
                .await?
                .is_none()
            {
                return Ok(CheckOutcome::NoCode("reset-check-no-code"));
            }
        }
    }
    if matches!(channel, Channel::App | Channel::Questions)
        && limits::record_event(state, &subject, Kind::Validation, &ctx, &target).await?
    {
        blocked_now(state, l);
        return Ok(CheckOutcome::Blocked);
    }
    // The account-wide failure count, checked and taken before any comparison.
    let now = state.now();
    let taken = match state
        .store
        .attempt_take(&subject, FAILED_KIND, now - FAILED_WINDOW, MAX_FAILED, now)
        .await?
    {
        AttemptTake::Taken { id, count } => (id, count),
        // Blocked, or the last attempts are taken by checks still running (which may
        // turn out right and be given back): compare nothing, block nobody yet.
        AttemptTake::Refused => {
            if limits::refused_attempt(
                state,
                &subject,
                FAILED_KIND,
                (MAX_FAILED, FAILED_WINDOW),
                &ctx,
                &target,
            )
            .await?
            {
                blocked_now(state, l);
                return Ok(CheckOutcome::Blocked);
            }
            return Ok(CheckOutcome::Wrong("reset-check-busy"));
        }
    };
    let mut reused = false;
    let (ok, problem): (bool, &'static str) = match purpose {
        None if channel == Channel::App => {
            let ok = match &l.user {
                Some(u) => {
                    match registry::verify_app_code(state, u.id, &l.registered.apps, code).await? {
                        registry::AppCheck::Accepted => true,
                        registry::AppCheck::Reused => {
                            reused = true;
                            false
                        }
                        registry::AppCheck::Wrong => false,
                    }
                }
                None => {
                    // The same work as a real check, with a seed nobody has.
                    let s = latchkey_core::totp::TotpSecret::from_bytes(
                        state
                            .mac(&[b"decoy-app", l.flow.typed.as_bytes()])
                            .into_bytes(),
                    );
                    s.verify(code.trim(), state.now(), None)
                        .map(|_| false)
                        .unwrap_or(false)
                }
            };
            (ok, "reset-check-app-wrong")
        }
        // Security questions.
        None => {
            let mut all = !l.flow.questions.is_empty();
            for (i, qid) in l.flow.questions.iter().enumerate() {
                let typed = Secret::new(latchkey_core::questions::normalise_answer(
                    answers.get(i).map(|a| a.expose()).unwrap_or(""),
                ));
                let hash = l
                    .registered
                    .answers
                    .iter()
                    .find(|(q, _)| q == qid)
                    .map(|(_, h)| h.clone());
                let right = match hash {
                    Some(h) => state.hasher.verify(&typed, &h).await?,
                    None => state.hasher.verify_dummy(&typed).await?,
                };
                all &= right;
            }
            (all && l.user.is_some(), "reset-check-answers-wrong")
        }
        Some(purpose) => match codes::check(state, &l.flow.id_hash, purpose, code).await? {
            codes::Check::Ok(_) => (l.user.is_some(), "reset-check-code-not-right"),
            codes::Check::Wrong => (false, "reset-check-code-wrong"),
            codes::Check::TooMany => (false, "reset-check-code-too-many"),
            codes::Check::Expired | codes::Check::Missing => {
                // Gone between the look and the check (expired, or used by a parallel
                // request): not a failure of the person.
                state.store.attempt_refund(taken.0).await?;
                return Ok(CheckOutcome::NoCode("reset-check-code-expired"));
            }
        },
    };
    if !ok {
        match (&l.user, reused) {
            (Some(u), true) => app_code_reused(state, u, &ctx, &target, channel).await?,
            _ => {
                record(
                    state,
                    &ctx,
                    activity::SSPR_FAILED_METHOD,
                    &target,
                    Outcome::Failure,
                    serde_json::json!({"method": channel.as_str()}),
                )
                .await;
            }
        }
        if taken.1 >= MAX_FAILED {
            block(state, l, &ctx, &target, taken.1).await?;
            blocked_now(state, l);
            return Ok(CheckOutcome::Blocked);
        }
        return Ok(CheckOutcome::Wrong(problem));
    }
    state.store.attempt_refund(taken.0).await?;
    passed(state, l, channel, &ctx, &target).await
}

/// A replayed authenticator code: the failure, its own audit event and the notice to the
/// user, in one commit. It counts as a failed verification like any wrong code.
async fn app_code_reused(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    target: &str,
    channel: Channel,
) -> Result<(), ServiceError> {
    let notices = notices::app_code_reused(state, user).await;
    let effects = Effects {
        audit: vec![
            event(
                state,
                ctx,
                activity::SSPR_FAILED_METHOD,
                target,
                Outcome::Failure,
                serde_json::json!({"method": channel.as_str(), "reason": "code reused"}),
            ),
            event(
                state,
                ctx,
                activity::APP_CODE_REUSED,
                target,
                Outcome::Failure,
                serde_json::json!({"method": channel.as_str()}),
            ),
        ],
        deliveries: crate::delivery::queue(state, ctx, notices),
    };
    state.store.effects_commit(&effects).await?;
    state.deliveries_waiting.notify_one();
    Ok(())
}

/// Blocks self-service for the subject for a day; the request that starts the block
/// audits it and tells the user (see [`limits::start_block`]).
pub(super) async fn block(
    state: &AppState,
    l: &Loaded,
    ctx: &Ctx,
    target: &str,
    count: i64,
) -> Result<(), ServiceError> {
    Ok(limits::start_block(state, &l.subject(), FAILED_KIND, count, ctx, target).await?)
}

pub(super) async fn passed(
    state: &AppState,
    l: &mut Loaded,
    channel: Channel,
    ctx: &Ctx,
    target: &str,
) -> Result<CheckOutcome, ServiceError> {
    let details = serde_json::json!({"method": channel.as_str()});
    passed_with(state, l, channel, ctx, target, details).await
}

/// [`passed`], with the details of its "completed method" audit event (which method of
/// several, e.g. the passkey's id and name).
pub(super) async fn passed_with(
    state: &AppState,
    l: &mut Loaded,
    channel: Channel,
    ctx: &Ctx,
    target: &str,
    details: serde_json::Value,
) -> Result<CheckOutcome, ServiceError> {
    let next = match l
        .flow
        .journey
        .apply(&Event::MethodPassed(channel.method()), l.rules())
    {
        Ok(j) => j,
        Err(_) => return Ok(CheckOutcome::Moved),
    };
    let mut audit = vec![event(
        state,
        ctx,
        activity::SSPR_COMPLETED_METHOD,
        target,
        Outcome::Success,
        details,
    )];
    let methods = next
        .passed
        .iter()
        .map(|m| m.as_str())
        .collect::<Vec<_>>()
        .join(",");
    let mut f = l.flow.clone();
    f.questions.clear();
    let outcome = match next.stage {
        Stage::Verify => {
            f.journey = next;
            // The journey's step and its audit event, together.
            if !state
                .store
                .flow_commit(
                    &f,
                    None,
                    None,
                    &Effects {
                        audit,
                        deliveries: Vec::new(),
                    },
                )
                .await?
            {
                return Ok(CheckOutcome::Moved);
            }
            CheckOutcome::NextMethod
        }
        Stage::NewPassword => {
            audit.push(event(
                state,
                ctx,
                activity::SSPR_VERIFIED,
                target,
                Outcome::Success,
                serde_json::json!({"methods": methods}),
            ));
            f.journey = next;
            if !state
                .store
                .flow_commit(
                    &f,
                    None,
                    None,
                    &Effects {
                        audit,
                        deliveries: Vec::new(),
                    },
                )
                .await?
            {
                return Ok(CheckOutcome::Moved);
            }
            CheckOutcome::ChoosePassword
        }
        Stage::Unlock => {
            let Some(user) = l.user.clone() else {
                return Ok(CheckOutcome::Moved);
            };
            let done = match next.apply(&Event::Unlocked, l.rules()) {
                Ok(d) => d,
                Err(_) => return Ok(CheckOutcome::Moved),
            };
            audit.push(event(
                state,
                ctx,
                activity::SSPR_VERIFIED,
                target,
                Outcome::Success,
                serde_json::json!({"methods": methods}),
            ));
            audit.push(event(
                state,
                ctx,
                activity::SSPR_UNLOCK,
                user.username.as_str(),
                Outcome::Success,
                serde_json::json!({}),
            ));
            f.journey = done;
            let notices = notices::after_reset(state, &user, true, true).await;
            let effects = Effects {
                audit,
                deliveries: delivery::queue(state, ctx, notices),
            };
            // An account from the on-premises directory is unlocked there first; a
            // refusal changes nothing here and says why.
            if user.external.is_some() {
                crate::service::password::write_back(state, ctx, &user, "unlock", |port| {
                    port.unlock(&user)
                })
                .await?;
            }
            let key = crate::auth::lockout_key(user.username.as_str());
            if !state
                .store
                .flow_commit(&f, Some(&key), Some(&l.subject()), &effects)
                .await?
            {
                return Ok(CheckOutcome::Moved);
            }
            state.deliveries_waiting.notify_one();
            state.metrics.journey_completed(JourneyEnd::Unlock);
            CheckOutcome::Unlocked
        }
        _ => return Ok(CheckOutcome::Moved),
    };
    l.flow = f;
    l.flow.version += 1;
    Ok(outcome)
}
