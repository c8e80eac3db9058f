//! Checking what the caller read back (or the app's answer), with the same limits as
//! self-service: a code works once, 5 tries each, and — whatever the verification,
//! channel or agent — 5 wrong answers for one account in a day pause helpdesk
//! verification of that account for a day, tell the user and alert the security
//! contacts. A try is taken before anything is compared, so parallel guesses can't beat
//! the count, and given back when the answer was right.

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::helpdesk::{Refusal, Status};
use latchkey_core::journey::Channel;
use latchkey_core::store::{AttemptTake, CodePurpose, Effects};

use super::{apps, caller, notices, owner, settings, subject};
use crate::delivery;
use crate::service::ServiceError;
use crate::service::actor::Actor;
use crate::service::journey::{FAILED_KIND, FAILED_WINDOW, MAX_FAILED};
use crate::sspr::codes;
use crate::state::AppState;

/// Seconds helpdesk verification of an account stays paused after [`MAX_FAILED`] wrong
/// answers (a day, as self-service's block).
pub const BLOCK_SECS: i64 = 24 * 3600;

/// What checking the caller's answer gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Verified: the agent may act until then (Unix seconds).
    Verified(i64),
    /// Right, and the caller (an administrator) must pass another, different method.
    NextMethod,
    /// Wrong; tries remain.
    Wrong,
    /// Wrong, and that was the code's last try: the verification is closed. Start again.
    TooMany,
    /// No code is waiting (never sent, expired or used): send one.
    NoCode,
    /// The app notification has no answer yet: check again in a moment.
    NotYet,
    /// The caller denied the app notification or reported it as not theirs: the
    /// verification is closed.
    Denied,
    /// Wrong, and that made [`MAX_FAILED`] for this account in a day: the verification is
    /// closed and helpdesk verification of the account is paused for [`BLOCK_SECS`].
    Blocked,
}

/// Checks the code the caller read back for the waiting challenge of the agent's
/// verification of `user_id` (for an app notification, reads the app's answer). A right
/// answer is audited as "Helpdesk checked a caller's method" (and "Helpdesk caller
/// verified" once enough methods passed; the user is told); a wrong one as that event's
/// failure. See the module's limits.
///
/// Errors: [`ServiceError::Helpdesk`] with [`Refusal::Blocked`] while verification of the
/// account is paused; those of [`caller`].
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
    let Some(mut v) = c.verification.filter(|v| v.status(now) == Status::Pending) else {
        return Ok(Answer::NoCode);
    };
    let Some(channel) = v.challenge else {
        return Ok(Answer::NoCode);
    };
    let owner = owner(&v);
    let subject = subject(&c.user);
    let result = if channel == Channel::AppNotification {
        // Wrong numbers and denies were counted as they arrived from the app.
        apps::app_answer(state, &owner).await?
    } else {
        // The account's try, taken before anything is compared.
        let taken = match state
            .store
            .attempt_take(&subject, FAILED_KIND, now - FAILED_WINDOW, MAX_FAILED, now)
            .await?
        {
            AttemptTake::Taken { id, count } => (id, count),
            AttemptTake::Refused => return Err(ServiceError::Helpdesk(Refusal::Blocked)),
        };
        let r = if channel == Channel::App {
            apps::app_code(state, &c.user, typed).await?
        } else {
            match codes::check(state, &owner, CodePurpose::Helpdesk, typed).await? {
                codes::Check::Ok(_) => Answer::Verified(0),
                codes::Check::Wrong => Answer::Wrong,
                codes::Check::TooMany => Answer::TooMany,
                codes::Check::Expired | codes::Check::Missing => Answer::NoCode,
            }
        };
        match r {
            Answer::Verified(_) | Answer::NoCode => {
                state.store.attempt_refund(taken.0).await?;
                r
            }
            _ if taken.1 >= MAX_FAILED => Answer::Blocked,
            _ => r,
        }
    };
    let target = c.user.username.to_string();
    let vid = v.id;
    let details = |reason: Option<&str>| {
        let mut d = serde_json::json!({"verification": vid, "channel": channel.as_str()});
        if let (Some(o), Some(r)) = (d.as_object_mut(), reason) {
            o.insert("reason".into(), r.into());
        }
        d
    };
    match result {
        Answer::NoCode | Answer::NotYet => Ok(result),
        Answer::Wrong | Answer::TooMany | Answer::Denied | Answer::Blocked => {
            let mut failed = actor.event(
                state,
                activity::HELPDESK_METHOD,
                &target,
                details(Some(if result == Answer::Denied {
                    "denied in the app"
                } else {
                    "wrong code"
                })),
            );
            failed.result = Outcome::Failure;
            let mut effects = Effects {
                audit: vec![failed],
                deliveries: Vec::new(),
            };
            if result == Answer::Blocked
                && state
                    .store
                    .sspr_block_start(&subject, now, now + BLOCK_SECS)
                    .await?
            {
                // Only the request that started the pause tells anyone.
                let mut paused = actor.event(
                    state,
                    activity::HELPDESK_BLOCKED,
                    &target,
                    serde_json::json!({"wrong_answers": MAX_FAILED, "hours": BLOCK_SECS / 3600}),
                );
                paused.result = Outcome::Failure;
                effects.audit.push(paused);
                let s = settings(state).await?;
                let told = notices::blocked(state, &s, &c.user, &actor.ctx.actor).await;
                effects.deliveries = delivery::queue(state, &actor.ctx, told);
            }
            // Written whatever the verification's version: a failure is never lost to a
            // parallel answer, and a last one closes the verification.
            if result == Answer::Wrong {
                state.store.effects_commit(&effects).await?;
            } else {
                state
                    .store
                    .helpdesk_close_commit(v.id, now, &effects)
                    .await?;
                state
                    .store
                    .code_delete(&owner, CodePurpose::Helpdesk)
                    .await?;
            }
            state.deliveries_waiting.notify_one();
            Ok(result)
        }
        Answer::Verified(_) | Answer::NextMethod => {
            let s = settings(state).await?;
            let window = i64::from(s.window_minutes) * 60;
            // The code is used up: a manager's approval landing at the same moment (the
            // version moves, and the caller may be verified by it already) must not lose
            // it — the caller's own method is what opens a pass and changes of security
            // info — so the answer is applied again to what is stored then, while the same
            // challenge still waits.
            for _ in 0..3 {
                let was_verified = v.verified_until.is_some();
                let verified = v.answered(now, window);
                let mut audit =
                    vec![actor.event(state, activity::HELPDESK_METHOD, &target, details(None))];
                let mut deliveries = Vec::new();
                if verified && !was_verified {
                    audit.push(actor.event(
                        state,
                        activity::HELPDESK_VERIFIED,
                        &target,
                        serde_json::json!({"verification": v.id, "methods": v.passed_names().join(","),
                            "window_minutes": s.window_minutes}),
                    ));
                    let told = notices::verified(state, &c.user, &actor.ctx.actor).await;
                    deliveries = delivery::queue(state, &actor.ctx, told);
                }
                if state
                    .store
                    .helpdesk_update_commit(&v, &Effects { audit, deliveries })
                    .await?
                {
                    state.deliveries_waiting.notify_one();
                    return Ok(match v.verified_until {
                        Some(until) if verified => Answer::Verified(until),
                        _ => Answer::NextMethod,
                    });
                }
                match state.store.helpdesk_get(vid).await? {
                    Some(fresh)
                        if matches!(
                            fresh.status(now),
                            Status::Pending | Status::Verified { .. }
                        ) && fresh.challenge == Some(channel) =>
                    {
                        v = fresh;
                    }
                    _ => break,
                }
            }
            Err(ServiceError::ChangedMeanwhile)
        }
    }
}
