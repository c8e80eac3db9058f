//! Rate limits by client address and for the whole service (`[limits]`), and the telephony
//! budgets, counted in the store so that every instance shares them.
//!
//! The per-account limits of [`super::limits`] keep one account from being guessed at or
//! flooded; these keep one client address, or everyone together, from starting thousands
//! of journeys, sending thousands of codes or texting premium numbers on our bill:
//!
//! | what | per client address | everyone |
//! |---|---|---|
//! | journey starts | `starts_per_address` an hour (`starts_without_proof_per_address` without the proof of work) | `starts` an hour (`starts_without_proof` without) |
//! | codes sent | `sends_per_address` an hour (`sends_without_proof_per_address` without the proof of work) | `sends` an hour (`sends_without_proof` without) |
//! | codes and answers checked | `checks_per_address` an hour | `checks` an hour |
//! | help requests | `help_per_address_per_day` | `help_per_day` |
//! | texts and calls | `texts_per_address_per_day` | `texts_per_day`, alert above `texts_alert_per_hour` |
//!
//! and one number gets a code at most every `destination_cooldown_seconds` and
//! `texts_per_destination_per_day` times a day. An IPv6 client counts by its /64. A limit
//! of 0 is off. Requests without the proof of work have global limits of their own, so a
//! flood of them never refuses the people whose browsers solved it. Every request is
//! counted before it is served (atomically, like the per-account limits), so parallel
//! requests never pass more than the limit. A refused request gets 429 with
//! `Retry-After`, the same for every name typed: nothing about the account is said.
//! Requests without a socket peer (only in-process tests) have no address and meet only
//! the global limits.

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::config::LimitSettings;
use latchkey_core::store::{AttemptTake, Effects};
use std::sync::atomic::Ordering::Relaxed;

use crate::audit::Ctx;
use crate::error::PageError;
use crate::state::AppState;

const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

/// What a rate limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A reset journey started; `proof` when the proof-of-work human check was solved.
    Start {
        /// The proof of work came with the request (the JavaScript path).
        proof: bool,
    },
    /// A code to be sent (email, text or call); `proof` as for [`Action::Start`].
    Send {
        /// The proof of work came with the request.
        proof: bool,
    },
    /// A code, app code or answer to be checked.
    Check,
    /// A help request to the administrators.
    Help,
}

impl Action {
    /// (kind counted under, per-address limit, global limit, window in seconds).
    fn limits(self, state: &AppState) -> [(&'static str, u32, bool, i64); 2] {
        let l = &state.settings.limits;
        match self {
            Action::Start { proof: true } => [
                ("start", l.starts_per_address, false, HOUR),
                ("start", l.starts, true, HOUR),
            ],
            Action::Start { proof: false } => [
                (
                    "start_without_proof",
                    LimitSettings::without_proof(
                        l.starts_without_proof_per_address,
                        l.starts_per_address,
                    ),
                    false,
                    HOUR,
                ),
                (
                    "start_without_proof",
                    LimitSettings::without_proof(l.starts_without_proof, l.starts),
                    true,
                    HOUR,
                ),
            ],
            Action::Send { proof: true } => [
                ("send", l.sends_per_address, false, HOUR),
                ("send", l.sends, true, HOUR),
            ],
            Action::Send { proof: false } => [
                (
                    "send_without_proof",
                    LimitSettings::without_proof(
                        l.sends_without_proof_per_address,
                        l.sends_per_address,
                    ),
                    false,
                    HOUR,
                ),
                (
                    "send_without_proof",
                    LimitSettings::without_proof(l.sends_without_proof, l.sends),
                    true,
                    HOUR,
                ),
            ],
            Action::Check => [
                ("check", l.checks_per_address, false, HOUR),
                ("check", l.checks, true, HOUR),
            ],
            Action::Help => [
                ("help", l.help_per_address_per_day, false, DAY),
                ("help", l.help_per_day, true, DAY),
            ],
        }
    }
}

/// The subject everyone's requests count under together.
const EVERYONE: &str = "everyone";

/// The subject a client address counts under; `None` without an address. An IPv6
/// address counts by its /64 network (one household, phone or server usually holds a whole
/// /64 and can change addresses within it at will); IPv4 by the address.
pub fn address_subject(client_ip: &str) -> Option<String> {
    let ip: std::net::IpAddr = client_ip.parse().ok()?;
    Some(match ip {
        std::net::IpAddr::V4(v4) => format!("address:{v4}"),
        std::net::IpAddr::V6(v6) => {
            let net = ipnet::Ipv6Net::new(v6, 64)
                .map(|n| n.trunc())
                .unwrap_or_else(|_| ipnet::Ipv6Net::from(v6));
            format!("address:{net}")
        }
    })
}

/// Counts one `action` from `ctx.client_ip` against its per-address limit and against the
/// global one, before it is served. A limit of 0 refuses nothing, but the request is still
/// counted (the proof-of-work cost and the alerts read the counts). When the global limit
/// refuses, the per-address count just taken is given back.
///
/// Errors: [`PageError::RateLimited`] with the seconds until the fuller window frees (the
/// first refusal of a window is audited as "Rate limit reached", and a global one alerts
/// the global administrators); storage errors as [`PageError`].
pub async fn admit(state: &AppState, action: Action, ctx: &Ctx) -> Result<(), PageError> {
    let counts: Vec<Count> = action
        .limits(state)
        .into_iter()
        .filter_map(|(kind, max, global, window)| {
            let subject = if global {
                EVERYONE.to_owned()
            } else {
                address_subject(&ctx.client_ip)?
            };
            Some(Count {
                subject,
                kind,
                max,
                window,
                count_when_off: true,
            })
        })
        .collect();
    match take_all(state, &counts).await? {
        None => Ok(()),
        Some(i) => {
            let c = &counts[i];
            Err(refused(state, &c.subject, c.kind, c.window, ctx).await?)
        }
    }
}

/// One count to take: `max` events of `kind` for `subject` in `window` seconds (0: no
/// limit; the event is still recorded when `count_when_off`, for the counts others read).
struct Count {
    subject: String,
    kind: &'static str,
    max: u32,
    window: i64,
    count_when_off: bool,
}

/// Takes every count in order, atomically each; at the first that refuses, gives back the
/// ones taken before it and returns its index. Counts whose limit is off are recorded only
/// when none refused.
///
/// Errors: storage errors as [`PageError`].
async fn take_all(state: &AppState, counts: &[Count]) -> Result<Option<usize>, PageError> {
    let now = state.now();
    let mut taken = Vec::new();
    for (i, c) in counts.iter().enumerate() {
        if c.max == 0 {
            continue;
        }
        match state
            .store
            .attempt_take(&c.subject, c.kind, now - c.window, i64::from(c.max), now)
            .await?
        {
            AttemptTake::Taken { id, .. } => taken.push(id),
            AttemptTake::Refused => {
                for id in taken {
                    state.store.attempt_refund(id).await?;
                }
                return Ok(Some(i));
            }
        }
    }
    // Counts that limit nothing are still recorded (the proof-of-work cost and the spike
    // alert read them), once every limit has let the request through.
    for c in counts.iter().filter(|c| c.max == 0 && c.count_when_off) {
        state.store.sspr_event_add(&c.subject, c.kind, now).await?;
    }
    Ok(None)
}

/// How much the proof of work costs now for `client_ip`: by the journeys its address (or
/// IPv6 /64) started in the last hour ([`latchkey_core::pow::max_number_for`]), and 4
/// times that when everyone together has used half the hour's `limits.starts`, 16 times
/// at four fifths, so a flood from many addresses gets dearer for every one of them.
///
/// Errors: storage errors as [`PageError`].
pub async fn proof_cost(state: &AppState, client_ip: &str) -> Result<u64, PageError> {
    let now = state.now();
    let recent = match address_subject(client_ip) {
        Some(subject) => {
            state
                .store
                .sspr_event_count(&subject, "start", now - HOUR)
                .await?
        }
        None => 0,
    };
    let mut cost = latchkey_core::pow::max_number_for(recent);
    let limit = i64::from(state.settings.limits.starts);
    if limit > 0 {
        let everyone = state
            .store
            .sspr_event_count(EVERYONE, "start", now - HOUR)
            .await?;
        if everyone * 5 >= limit * 4 {
            cost = cost.saturating_mul(16);
        } else if everyone * 2 >= limit {
            cost = cost.saturating_mul(4);
        }
    }
    Ok(cost.min(latchkey_core::pow::TOP_MAX_NUMBER))
}

/// The [`PageError::RateLimited`] for a full window, audited once per window.
async fn refused(
    state: &AppState,
    subject: &str,
    kind: &str,
    window: i64,
    ctx: &Ctx,
) -> Result<PageError, PageError> {
    let now = state.now();
    state.metrics.rate_limit_block(kind, subject == EVERYONE);
    let oldest = state
        .store
        .sspr_event_oldest(subject, kind, now - window)
        .await?
        .unwrap_or(now);
    let retry_after = (oldest + window - now).clamp(1, window);
    let first = state
        .store
        .attempt_take(subject, &format!("{kind}_refused"), now - window, 1, now)
        .await?;
    if matches!(first, AttemptTake::Taken { .. }) {
        let details = serde_json::json!({
            "limit": kind,
            "scope": if subject == EVERYONE { "everyone" } else { "client address" },
            "window_seconds": window,
        });
        if subject == EVERYONE {
            // Everyone is refused now: the administrators must hear of it.
            alert_admins(
                state,
                activity::RATE_LIMITED,
                "rate_limit_alert",
                "password reset is refusing requests",
                &format!(
                    "All clients together reached the limit on \"{kind}\" requests (see [limits] in \
                     the configuration), so self-service password reset refuses them for up to {} \
                     minutes. If this is an attack, the audit log shows where it comes from; if it \
                     is a busy day, raise the limit.",
                    window / 60
                ),
                details,
            )
            .await?;
        } else {
            let limit_ctx = Ctx {
                actor: "latchkey".into(),
                ..ctx.clone()
            };
            crate::audit::record(
                state,
                &limit_ctx,
                activity::RATE_LIMITED,
                "",
                Outcome::Failure,
                details,
            )
            .await;
        }
    }
    Ok(PageError::RateLimited(retry_after))
}

/// Where a text or call comes from. The cool-down of a number counts each apart, so
/// registering a number and then resetting by it at once both go through; the daily and
/// the address's and everyone's budgets count them together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextPlace {
    /// A reset journey's code.
    Reset,
    /// Registration (`/setup`): a code to prove a number, or the notice to a replaced one.
    Setup,
}

impl TextPlace {
    fn cooldown_kind(self) -> &'static str {
        match self {
            TextPlace::Reset => "text_cooldown_reset",
            TextPlace::Setup => "text_cooldown_setup",
        }
    }
}

/// Words for the audit log when a text or call was refused by [`admit_text`].
pub const TEXT_REFUSED_WORDS: &str = "not sent: a telephony limit was reached (see [limits])";

/// Takes one text or call to `number` (E.164) caused from `ctx.client_ip` at `place`: the
/// number's cool-down (for that place) and daily count, the address's and everyone's daily budgets. Refused sends
/// are "couldn't send" to the person (and audited by the caller with
/// [`TEXT_REFUSED_WORDS`] and the reason returned); they block no one. When the hour's
/// texts pass `limits.texts_alert_per_hour`, the global administrators are alerted once
/// an hour.
///
/// Errors: storage errors as [`PageError`]; `Ok(Err(reason))` when refused.
pub async fn admit_text(
    state: &AppState,
    number: &str,
    place: TextPlace,
    ctx: &Ctx,
) -> Result<Result<(), &'static str>, PageError> {
    let l = &state.settings.limits;
    // The number is counted under its MAC: the events table holds no phone numbers.
    let destination = format!(
        "number:{}",
        state.mac(&[b"telephony destination", number.as_bytes()])
    );
    let count = |subject: String, kind: &'static str, max: u32, window: i64| Count {
        // Off, but everyone's texts are still counted: the spike alert reads them.
        count_when_off: subject == EVERYONE,
        subject,
        kind,
        max,
        window,
    };
    let mut checks = vec![
        (
            count(
                destination.clone(),
                place.cooldown_kind(),
                u32::from(l.destination_cooldown_seconds > 0),
                i64::from(l.destination_cooldown_seconds),
            ),
            "a code was sent to this number moments ago",
        ),
        (
            count(destination, "text", l.texts_per_destination_per_day, DAY),
            "this number had its codes for today",
        ),
        (
            count(EVERYONE.to_owned(), "text", l.texts_per_day, DAY),
            "the day's telephony budget is spent",
        ),
    ];
    if let Some(address) = address_subject(&ctx.client_ip) {
        checks.insert(
            2,
            (
                count(address, "text", l.texts_per_address_per_day, DAY),
                "this client address had its texts and calls for today",
            ),
        );
    }
    let (counts, words): (Vec<Count>, Vec<&'static str>) = checks.into_iter().unzip();
    // Nothing is sent when one refuses: what this send took from the others is given back.
    if let Some(i) = take_all(state, &counts).await? {
        state.metrics.texts_refused.fetch_add(1, Relaxed);
        return Ok(Err(words[i]));
    }
    spike_alert(state).await?;
    Ok(Ok(()))
}

/// The guards of one send on the provider's side, after the account's own count
/// (`taken`) was taken: the account's provider calls ([`super::limits::provider_call`])
/// and, for a text or call (`text_to`: the number and where it comes from), the telephony
/// budgets ([`admit_text`]). When one refuses, the account's count is given back and
/// "Verification code could not be sent" is audited for `target` with `method` and the
/// reason; the send must not happen then (false).
///
/// Errors: storage errors as [`PageError`].
pub async fn send_may_go(
    state: &AppState,
    ctx: &Ctx,
    subject: &str,
    target: &str,
    method: &str,
    text_to: Option<(&str, TextPlace)>,
    taken: Option<i64>,
) -> Result<bool, PageError> {
    let refusal = if !super::limits::provider_call(state, subject).await? {
        Some(serde_json::json!({"method": method, "error": super::limits::PROVIDER_CALLS_WORDS}))
    } else if let Some((number, place)) = text_to
        && let Err(why) = admit_text(state, number, place, ctx).await?
    {
        Some(serde_json::json!({"method": method, "error": TEXT_REFUSED_WORDS, "reason": why}))
    } else {
        None
    };
    let Some(details) = refusal else {
        return Ok(true);
    };
    if let Some(id) = taken {
        state.store.attempt_refund(id).await?;
    }
    crate::audit::record(
        state,
        ctx,
        activity::SSPR_SEND_FAILED,
        target,
        Outcome::Failure,
        details,
    )
    .await;
    Ok(false)
}

/// Alerts the global administrators (email, audit, metric) when the last hour's texts
/// and calls are over `limits.texts_alert_per_hour`, at most once an hour (across
/// instances: the alert is itself a counted event).
async fn spike_alert(state: &AppState) -> Result<(), PageError> {
    let threshold = i64::from(state.settings.limits.texts_alert_per_hour);
    if threshold == 0 {
        return Ok(());
    }
    let now = state.now();
    let hour = state
        .store
        .sspr_event_count(EVERYONE, "text", now - HOUR)
        .await?;
    if hour <= threshold {
        return Ok(());
    }
    if !matches!(
        state
            .store
            .attempt_take(EVERYONE, "text_spike_alert", now - HOUR, 1, now)
            .await?,
        AttemptTake::Taken { .. }
    ) {
        return Ok(());
    }
    state.metrics.telephony_spike_alerts.fetch_add(1, Relaxed);
    let link = format!("{}/admin/audit", state.base_url());
    alert_admins(
        state,
        activity::TELEPHONY_SPIKE,
        "telephony_spike",
        "unusually many texts and calls",
        &format!(
            "{hour} verification texts and calls were sent in the last hour, more than the \
             {threshold} you expect (limits.texts_alert_per_hour). This can be SMS pumping: someone \
             making us text numbers that earn them money.\n\nCheck which numbers and addresses \
             they went to in the audit log: {link}\n\nTo stop it, lower limits.texts_per_day or the \
             per-address budget, or narrow the countries codes may be sent to in the password \
             reset policy."
        ),
        serde_json::json!({"texts_last_hour": hour, "threshold": threshold}),
    )
    .await
}

/// Tells every global administrator by email (`subject` after the organisation's name,
/// `body` after the greeting) and writes `activity` with `details` to the audit log, in
/// one transaction.
///
/// Errors: storage errors as [`PageError`].
async fn alert_admins(
    state: &AppState,
    activity: &'static str,
    what: &'static str,
    subject: &str,
    body: &str,
    details: serde_json::Value,
) -> Result<(), PageError> {
    let ctx = Ctx {
        actor: "latchkey".into(),
        client_ip: String::new(),
        correlation_id: String::new(),
    };
    let notices = crate::delivery::to_global_admins(state, what, subject, body).await;
    let effects = Effects {
        audit: vec![crate::audit::event(
            state,
            &ctx,
            activity,
            "",
            Outcome::Failure,
            details,
        )],
        deliveries: crate::delivery::queue(state, &ctx, notices),
    };
    state.store.effects_commit(&effects).await?;
    state.deliveries_waiting.notify_one();
    Ok(())
}
