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

use crate::audit::{Ctx, record};
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

/// Records one event; returns true when it crossed the limit (the subject is now blocked).
///
/// Sends and validations are counted before they happen, atomically
/// ([`latchkey_core::store::Commits::attempt_take`]): however many requests run at once,
/// at most the limit pass (the 5th is allowed, the 6th blocks). Help requests are
/// counted and then checked with [`within`].
pub async fn record_event(
    state: &AppState,
    subject: &str,
    kind: Kind,
    ctx: &Ctx,
    target: &str,
) -> Result<bool, PageError> {
    let now = state.now();
    let (max, window) = kind.limit();
    if kind == Kind::Help {
        state
            .store
            .sspr_event_add(subject, kind.name(), now)
            .await?;
        return Ok(false);
    }
    match state
        .store
        .attempt_take(subject, kind.name(), now - window, max, now)
        .await?
    {
        // Failures are counted after they happen: the 5th itself blocks.
        AttemptTake::Taken { count, .. } if !(kind == Kind::VerifyFail && count >= max) => {
            Ok(false)
        }
        _ => {
            // Of many requests crossing the limit at once, only the one that starts the
            // block records it.
            if state
                .store
                .sspr_block_start(subject, now, now + BLOCK_SECS)
                .await?
            {
                record(
                    state,
                    ctx,
                    activity::SSPR_BLOCKED,
                    target,
                    Outcome::Failure,
                    serde_json::json!({"reason": kind.name(), "count": max + 1}),
                )
                .await;
            }
            Ok(true)
        }
    }
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
