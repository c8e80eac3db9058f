//! The limits on self-service attempts, shared by every instance through the store:
//!
//! * 5 failed verifications in 24 hours,
//! * 5 phone, app or question validations in an hour,
//! * 10 emails in 10 minutes,
//!
//! each block self-service for the account for 24 hours. A successful reset clears them.
//! Unknown names are counted the same way under their own subject, so the limits reveal
//! nothing. Every attempt is a row: fifty parallel guesses are fifty rows.

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::store::AttemptTake;

use crate::audit::Ctx;
use crate::error::PageError;
use crate::state::AppState;

/// What a self-service limit counts, each with its own limit and window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Failed verifications (codes, app codes, answers): 5 in 24 hours.
    VerifyFail,
    /// Phone, app or question validations: 5 in an hour.
    Validation,
    /// Emails sent: 10 in 10 minutes.
    EmailSent,
    /// Help requests to the administrators: 3 in 24 hours; never blocks, only checked.
    Help,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::VerifyFail => "verify_fail",
            Kind::Validation => "validation",
            Kind::EmailSent => "email_sent",
            Kind::Help => "help",
        }
    }

    /// (how many, within how many seconds) before a block.
    fn limit(self) -> (i64, i64) {
        match self {
            Kind::VerifyFail => (5, 24 * 3600),
            Kind::Validation => (5, 3600),
            Kind::EmailSent => (10, 600),
            Kind::Help => (3, 24 * 3600),
        }
    }
}

/// Codes the provider may be asked to send for one subject in an hour, whether it accepted
/// them or not: failed sends are given back to the limits above (an outage of our
/// provider never blocks anyone), so this cost guard keeps an attacker from making
/// sends "fail" to pump texts or calls. Beyond it, "couldn't send", and no block.
pub const PROVIDER_CALLS_PER_HOUR: i64 = 20;

/// Why a send was refused by [`provider_call`], for the audit log.
pub const PROVIDER_CALLS_WORDS: &str =
    "not sent: 20 codes were already sent or tried for this account in the last hour";

/// Takes one provider call for `subject` (see [`PROVIDER_CALLS_PER_HOUR`]): false when the
/// hour's calls are used up, or self-service is blocked.
///
/// Errors: [`PageError::StorageUnavailable`] / [`PageError::Internal`] when the store fails.
pub async fn provider_call(state: &AppState, subject: &str) -> Result<bool, PageError> {
    let now = state.now();
    Ok(matches!(
        state
            .store
            .attempt_take(
                subject,
                "provider_call",
                now - 3600,
                PROVIDER_CALLS_PER_HOUR,
                now
            )
            .await?,
        AttemptTake::Taken { .. }
    ))
}

/// Seconds self-service stays blocked once a limit is crossed.
pub const BLOCK_SECS: i64 = 24 * 3600;

/// The subject limits are counted under: the user when known, else the typed name.
pub fn subject(user_id: Option<i64>, typed: &str) -> String {
    match user_id {
        Some(id) => format!("user:{id}"),
        None => format!("name:{typed}"),
    }
}

/// Whether self-service is blocked for `subject` now.
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn blocked(state: &AppState, subject: &str) -> Result<bool, PageError> {
    Ok(state
        .store
        .sspr_block_get(subject)
        .await?
        .is_some_and(|until| until > state.now()))
}

/// What taking one event gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Take {
    /// Counted; the row id, to give it back with `attempt_refund` if what it paid for
    /// didn't happen (a code that could not be sent). `None` for help requests.
    Counted(Option<i64>),
    /// The subject is blocked (now, or by this event).
    Blocked,
}

/// Takes one event of `kind` for `subject`.
///
/// Sends and validations are counted before they happen, atomically
/// ([`latchkey_core::store::Commits::attempt_take`]): however many requests run at once,
/// at most the limit pass (the 5th is allowed, the 6th blocks). Failures are counted
/// after they happen: the 5th itself blocks. Help requests are counted and then checked
/// with [`within`]. A block is started with [`start_block`].
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn take(
    state: &AppState,
    subject: &str,
    kind: Kind,
    ctx: &Ctx,
    target: &str,
) -> Result<Take, PageError> {
    let now = state.now();
    let (max, window) = kind.limit();
    if kind == Kind::Help {
        state
            .store
            .sspr_event_add(subject, kind.name(), now)
            .await?;
        return Ok(Take::Counted(None));
    }
    match state
        .store
        .attempt_take(subject, kind.name(), now - window, max, now)
        .await?
    {
        AttemptTake::Taken { id, count } if !(kind == Kind::VerifyFail && count >= max) => {
            Ok(Take::Counted(Some(id)))
        }
        AttemptTake::Taken { count, .. } => {
            start_block(state, subject, kind.name(), count, ctx, target).await?;
            Ok(Take::Blocked)
        }
        AttemptTake::Refused => {
            start_block(state, subject, kind.name(), max + 1, ctx, target).await?;
            Ok(Take::Blocked)
        }
    }
}

/// Records one event; true when the subject is blocked (see [`take`]).
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn record_event(
    state: &AppState,
    subject: &str,
    kind: Kind,
    ctx: &Ctx,
    target: &str,
) -> Result<bool, PageError> {
    Ok(take(state, subject, kind, ctx, target).await? == Take::Blocked)
}

/// Blocks self-service for `subject` for [`BLOCK_SECS`], unless it already is. Only the
/// one request that starts the block counts it (`latchkey_sspr_blocks_total`), audits it
/// ("Blocked from self-service password reset" with `reason` and `count`) and, for a real
/// account (`user:ID`), tells the user once at their addresses, in one transaction.
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn start_block(
    state: &AppState,
    subject: &str,
    reason: &str,
    count: i64,
    ctx: &Ctx,
    target: &str,
) -> Result<(), PageError> {
    let now = state.now();
    if !state
        .store
        .sspr_block_start(subject, now, now + BLOCK_SECS)
        .await?
    {
        return Ok(());
    }
    state.metrics.sspr_block(reason);
    let user = match subject
        .strip_prefix("user:")
        .and_then(|id| id.parse::<i64>().ok())
    {
        Some(id) => state.store.user_get(id).await.ok(),
        None => None,
    };
    let notices = match &user {
        Some(u) => crate::sspr::notices::blocked(state, u).await,
        None => Vec::new(),
    };
    let effects = latchkey_core::store::Effects {
        audit: vec![crate::audit::event(
            state,
            ctx,
            activity::SSPR_BLOCKED,
            target,
            Outcome::Failure,
            serde_json::json!({"reason": reason, "count": count}),
        )],
        deliveries: crate::delivery::queue(state, ctx, notices),
    };
    state.store.effects_commit(&effects).await?;
    state.deliveries_waiting.notify_one();
    Ok(())
}

/// Whether one more event of `kind` would still be within its limit (for help requests).
pub async fn within(state: &AppState, subject: &str, kind: Kind) -> Result<bool, PageError> {
    let (max, window) = kind.limit();
    Ok(state
        .store
        .sspr_event_count(subject, kind.name(), state.now() - window)
        .await?
        <= max)
}

/// Seconds a taken attempt may be "in flight" (its comparison still running) before it is
/// taken as settled: far longer than any comparison, short enough that a crash between
/// counting a failure and blocking never holds an account for long.
pub const IN_FLIGHT_SECS: i64 = 30;

/// When an attempt was refused but the subject isn't blocked: either checks still under
/// way hold the last attempts (they are given back when right: answer "busy", block
/// nobody), or they were given back since the refusal (fewer than `max` remain in the
/// `window` seconds: "busy" too, the next try is taken), or every attempt is a settled
/// failure and the block that should have followed the fifth was never started (a crash
/// in between): start it now. True when the subject is blocked afterwards.
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn refused_attempt(
    state: &AppState,
    subject: &str,
    kind: &str,
    (max, window): (i64, i64),
    ctx: &Ctx,
    target: &str,
) -> Result<bool, PageError> {
    if blocked(state, subject).await? {
        return Ok(true);
    }
    let now = state.now();
    let recent = state
        .store
        .sspr_event_count(subject, kind, now - IN_FLIGHT_SECS)
        .await?;
    if recent > 0 {
        return Ok(false);
    }
    let settled = state
        .store
        .sspr_event_count(subject, kind, now - window)
        .await?;
    if settled < max {
        return Ok(false);
    }
    start_block(state, subject, kind, max, ctx, target).await?;
    Ok(true)
}
