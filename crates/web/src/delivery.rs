//! The delivery queue: verification codes and notices ("your password was reset", alerts
//! to administrators, help requests, "your security info changed") are queued in the
//! `deliveries` table by the same transaction as the change that causes them, and sent by
//! a worker once it has committed. A change that rolls back sends nothing; a committed
//! change is never without its messages, even if the process dies right after; a slow or
//! broken mail server never holds a request longer than a person would wait for a code.
//!
//! Messages are sealed (AES-256-GCM with the key that protects authenticator seeds) before
//! they reach the table: they hold codes and "this wasn't me" links. A worker claims one
//! message at a time, right before sending it, for [`lease_secs`] (longer than the longest
//! send), so several instances on one PostgreSQL database never send the same message
//! twice while it is being sent; a message whose sender died is taken again when the lease
//! runs out.
//!
//! * A **notice** is retried after temporary failures with a growing delay, at most
//!   [`MAX_ATTEMPTS`] tries (about ten minutes); a refused one is given up at once.
//! * A **code** is sent only while the person waits for it (`delivery.code_wait_seconds`,
//!   see [`await_code`]): temporary failures are retried within that time; then the code
//!   is given up, deleted, and the send it was counted as is given back, in one
//!   transaction. Only sends the provider accepted count toward a user's limits.
//!
//! A message given up stays in the table as "failed": the dead-letter list administrators
//! see on Deliveries, where a notice can be sent again. Every message given up is audited
//! ("Notification could not be delivered", or "Verification code could not be sent"), and
//! when `delivery.alert_after_failures` are given up within an hour, the global
//! administrators are alerted, once.

use std::time::{Duration, Instant};

use latchkey_core::audit::{NewAuditEvent, Outcome, activity};
use latchkey_core::directory::Role;
use latchkey_core::store::{
    CodeDelivery, DeliveryAlert, DeliveryRecord, DeliveryState, Effects, NewDelivery,
};
use latchkey_notify::{Channel, Message};
use serde::{Deserialize, Serialize};

use crate::audit::Ctx;
use crate::error::PageError;
use crate::metrics::{CodeResult, DeliveryKind, DeliveryResult};
use crate::state::AppState;

/// Seconds a claimed message is reserved for the worker that claimed it, at least (see
/// [`lease_secs`]).
pub const LEASE_SECS: i64 = 60;
/// Tries before a notice that keeps failing temporarily is given up.
pub const MAX_ATTEMPTS: i64 = 6;
/// The window failures are counted in for the administrators' alert, in seconds.
pub const ALERT_WINDOW_SECS: i64 = 3600;
/// How long failed messages stay on the administrators' list, in seconds (30 days).
pub const KEEP_FAILED_SECS: i64 = 30 * 86_400;
/// The `what` of a verification code.
pub const CODE: &str = "verification_code";
const AAD: &[u8] = b"latchkey delivery v1";

/// A message to queue, with what the audit log needs if it can't be delivered.
#[derive(Debug, Clone)]
pub struct Notice {
    /// A short name of the kind of message, e.g. `password_reset_notice`.
    pub what: &'static str,
    /// The user the message is about or addressed to, for the audit log.
    pub target: String,
    /// The message itself: recipient, subject and text.
    pub message: Message,
}

#[derive(Serialize, Deserialize)]
struct Payload {
    what: String,
    target: String,
    actor: String,
    client_ip: String,
    correlation_id: String,
    channel: String,
    to: String,
    subject: String,
    body: String,
    html: Option<String>,
    /// For a code: the verification method, for the audit event when it can't be sent.
    #[serde(default)]
    method: Option<String>,
}

fn seal(
    state: &AppState,
    ctx: &Ctx,
    what: &str,
    target: String,
    message: Message,
    method: Option<&str>,
) -> NewDelivery {
    let channel = message.channel.as_str().to_owned();
    let p = Payload {
        what: what.to_owned(),
        target: target.clone(),
        actor: ctx.actor.clone(),
        client_ip: ctx.client_ip.clone(),
        correlation_id: ctx.correlation_id.clone(),
        channel: channel.clone(),
        to: message.to,
        subject: message.subject,
        body: message.body,
        html: message.html,
        method: method.map(str::to_owned),
    };
    let json = serde_json::to_vec(&p).unwrap_or_default();
    NewDelivery {
        payload: state.seal.seal(&json, AAD),
        created_at: state.now(),
        what: what.to_owned(),
        target,
        channel,
        code: None,
    }
}

/// Seals notices for [`latchkey_core::store::Effects::deliveries`].
pub fn queue(state: &AppState, ctx: &Ctx, notices: Vec<Notice>) -> Vec<NewDelivery> {
    notices
        .into_iter()
        .map(|n| seal(state, ctx, n.what, n.target, n.message, None))
        .collect()
}

/// Seals a verification code's message for a code-issuing commit. `code` says which code
/// to delete and which counted send to give back when it can't be sent in time; its
/// `expires_at` is set here to now + `delivery.code_wait_seconds`. `method` names the
/// verification method for the audit event ("email", "mobile_sms", …).
pub fn code_message(
    state: &AppState,
    ctx: &Ctx,
    target: &str,
    method: &str,
    message: Message,
    mut code: CodeDelivery,
) -> NewDelivery {
    code.expires_at = state.now() + i64::from(state.settings.delivery.code_wait_seconds);
    NewDelivery {
        code: Some(code),
        ..seal(state, ctx, CODE, target.to_owned(), message, Some(method))
    }
}

/// Waits, at most `delivery.code_wait_seconds` plus a second and a half, for the code
/// queued as delivery `id` (for `target`, by verification `method`, as an email, text or
/// call: `via`) to be accepted by the provider. True when it was; false when it was given
/// up (the provider refused it, or didn't accept it in time). When the wait ends first,
/// the code is given up here: deleted, its counted send given back and the failure
/// audited, in one transaction, so a code the page said couldn't be sent never works.
/// Counted in `latchkey_codes_total` by `via`, as sent or failed.
///
/// Errors: [`PageError::StorageUnavailable`] / [`PageError::Internal`] when the store fails.
pub async fn await_code(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    target: &str,
    method: &str,
    via: Channel,
) -> Result<bool, PageError> {
    let sent = wait_for_code(state, ctx, id, target, method).await?;
    let result = if sent {
        CodeResult::Sent
    } else {
        CodeResult::Failed
    };
    state.metrics.code(via, result);
    Ok(sent)
}

async fn wait_for_code(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    target: &str,
    method: &str,
) -> Result<bool, PageError> {
    state.codes_waiting.notify_one();
    let wait = Duration::from_secs(u64::from(state.settings.delivery.code_wait_seconds));
    // The worker stops trying at the code's `expires_at` (whole seconds after the commit):
    // waiting a little longer lets it say how it went before this request gives up.
    let deadline = Instant::now() + wait + AWAIT_MARGIN;
    loop {
        let finished = state.deliveries_finished.notified();
        match state.store.delivery_state(id).await {
            Ok(DeliveryState::Sent) => return Ok(true),
            Ok(DeliveryState::Failed(_)) => return Ok(false),
            Ok(DeliveryState::Queued) => {}
            // The code is committed and may still be sent: keep asking until the deadline.
            Err(e) => tracing::warn!(%e, "could not read a code's delivery state"),
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        tokio::select! {
            _ = finished => {}
            _ = tokio::time::sleep(left.min(Duration::from_millis(200))) => {}
        }
    }
    let why = format!(
        "not accepted by the provider within {} seconds",
        wait.as_secs()
    );
    let audit = [code_failed_event(state, ctx, target, method, &why)];
    let alert = alert(state).await;
    if state
        .store
        .delivery_fail(id, state.now(), &why, &audit, Some(&alert))
        .await?
    {
        state
            .metrics
            .delivery(DeliveryKind::Code, DeliveryResult::Failed);
        tracing::warn!(
            id,
            "a verification code was not sent in time; the person was told"
        );
        return Ok(false);
    }
    // It finished at the last moment.
    Ok(state.store.delivery_state(id).await? == DeliveryState::Sent)
}

/// How much longer a waiting request gives the worker than the code's own deadline.
const AWAIT_MARGIN: Duration = Duration::from_millis(1500);

/// The provider's answer as kept in the table, the audit log and the log: at most 200
/// characters, with web addresses and runs of four or more digits (a code, a phone
/// number, a token echoed back) blanked out.
pub fn redact(error: &str) -> String {
    let mut out = String::new();
    for word in error.split_inclusive(char::is_whitespace) {
        let bare = word.trim_end();
        if bare.contains("://") {
            out.push_str("[address]");
            out.push_str(&word[bare.len()..]);
            continue;
        }
        if bare.contains('@') {
            let inner = bare.trim_matches(|c: char| !c.is_alphanumeric());
            out.push_str(&bare.replace(inner, &latchkey_notify::mask_recipient(inner)));
            out.push_str(&word[bare.len()..]);
            continue;
        }
        let mut digits = 0;
        let mut piece = String::new();
        for c in word.chars() {
            if c.is_ascii_digit() {
                digits += 1;
                piece.push(c);
            } else {
                if digits >= 4 {
                    out.push('#');
                } else {
                    out.push_str(&piece);
                }
                digits = 0;
                piece.clear();
                out.push(c);
            }
        }
        if digits >= 4 {
            out.push('#');
        } else {
            out.push_str(&piece);
        }
    }
    out.chars().take(200).collect()
}

fn code_failed_event(
    state: &AppState,
    ctx: &Ctx,
    target: &str,
    method: &str,
    error: &str,
) -> NewAuditEvent {
    crate::audit::event(
        state,
        ctx,
        activity::SSPR_SEND_FAILED,
        target,
        Outcome::Failure,
        serde_json::json!({"method": method, "error": error}),
    )
}

/// Messages one pass handles at most; each is claimed on its own, right before it is sent.
const BATCH: usize = 20;
/// Seconds a claim outlasts the longest single send, so that a message is never claimed
/// by another instance while its sender is alive and still sending.
const LEASE_MARGIN: i64 = 30;

/// Seconds a claim lasts on this instance: [`LEASE_SECS`], or longer when a configured send
/// timeout (`email.timeout_seconds`, `sms.timeout_seconds`) needs it.
pub fn lease_secs(state: &AppState) -> i64 {
    let longest = state
        .settings
        .email
        .timeout_seconds
        .max(state.settings.sms.timeout_seconds);
    LEASE_SECS.max(i64::from(longest) + LEASE_MARGIN)
}

/// The wait before the next try after `attempts` tries: 10 s, 40 s, 90 s, 160 s, 250 s,
/// about ten minutes in all.
fn retry_delay(attempts: i64) -> i64 {
    10 * attempts * attempts
}

/// Codes sent at once by one pass of [`run_codes`]: each person waits only for their own.
const CODE_BATCH: i64 = 16;

/// Runs one pass over both queues (codes, then notices); returns how many messages were
/// handled.
pub async fn run_once(state: &AppState) -> usize {
    run_codes(state).await + run_notices(state).await
}

/// Sends the codes that are due, up to [`CODE_BATCH`] at once, each in its own task;
/// returns how many were handled.
pub async fn run_codes(state: &AppState) -> usize {
    let lease = lease_secs(state);
    let now = state.now();
    let claimed = match state
        .store
        .delivery_claim(now, now + lease, CODE_BATCH, true)
        .await
    {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(%e, "could not read the delivery queue");
            return 0;
        }
    };
    let n = claimed.len();
    let mut sends = tokio::task::JoinSet::new();
    for d in claimed {
        let state = state.clone();
        sends.spawn(async move {
            handle(&state, d, lease).await;
            state.deliveries_finished.notify_waiters();
        });
    }
    while sends.join_next().await.is_some() {}
    n
}

/// Sends the notices that are due, one message at a time; returns how many were handled.
///
/// Each message is claimed just before it is sent, for [`lease_secs`], and its send is cut
/// off well before the lease ends: however slow the provider, a message is never taken by
/// another instance while this one is sending it.
pub async fn run_notices(state: &AppState) -> usize {
    let lease = lease_secs(state);
    let mut n = 0;
    while n < BATCH {
        let now = state.now();
        let claimed = match state.store.delivery_claim(now, now + lease, 1, false).await {
            Ok(b) => b,
            Err(e) => {
                tracing::warn!(%e, "could not read the delivery queue");
                break;
            }
        };
        let Some(d) = claimed.into_iter().next() else {
            break;
        };
        n += 1;
        handle(state, d, lease).await;
        state.deliveries_finished.notify_waiters();
    }
    n
}

fn open(state: &AppState, sealed: &str) -> Option<Payload> {
    state
        .seal
        .open(sealed, AAD)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
}

fn message_of(p: &Payload) -> Message {
    let channel = match p.channel.as_str() {
        "sms" => Channel::Sms,
        "voice" => Channel::Voice,
        _ => Channel::Email,
    };
    Message {
        channel,
        to: p.to.clone(),
        subject: p.subject.clone(),
        body: p.body.clone(),
        html: p.html.clone(),
    }
}

fn ctx_of(p: &Payload) -> Ctx {
    Ctx {
        actor: p.actor.clone(),
        client_ip: p.client_ip.clone(),
        correlation_id: p.correlation_id.clone(),
    }
}

/// Sends `m`, cut off after `limit`.
async fn send(
    state: &AppState,
    m: &Message,
    limit: Duration,
) -> Result<(), latchkey_notify::NotifyError> {
    match tokio::time::timeout(limit, state.delivery.send(m)).await {
        Ok(r) => r.map(|_| ()),
        Err(_) => Err(latchkey_notify::NotifyError::Unavailable(format!(
            "no answer within {} seconds",
            limit.as_secs_f32().ceil()
        ))),
    }
}

/// Sends one claimed message, or puts it back, or gives it up (audited).
async fn handle(state: &AppState, d: DeliveryRecord, lease: i64) {
    let Some(p) = open(state, &d.payload) else {
        unopenable(state, &d).await;
        return;
    };
    let m = message_of(&p);
    if d.expires_at != 0 {
        send_code(state, &d, &p, &m).await;
        return;
    }
    // The backends time out on their own (email.timeout_seconds, sms.timeout_seconds);
    // this bound only guarantees that the lease outlives the send.
    let limit = Duration::from_secs(u64::try_from(lease - LEASE_MARGIN / 2).unwrap_or(1));
    match send(state, &m, limit).await {
        Ok(()) => {
            state
                .metrics
                .delivery(DeliveryKind::Notice, DeliveryResult::Sent);
            if let Err(e) = state.store.delivery_done(d.id).await {
                tracing::warn!(%e, "a sent message stays queued; it may be sent again");
            }
        }
        Err(e) if e.is_temporary() && d.attempts < MAX_ATTEMPTS => {
            state
                .metrics
                .delivery(DeliveryKind::Notice, DeliveryResult::Retried);
            let delay = retry_delay(d.attempts);
            let e = redact(&e.to_string());
            tracing::warn!(%e, what = %p.what, attempt = d.attempts, "a notification will be retried");
            let _ = state
                .store
                .delivery_retry(d.id, state.now() + delay, &e)
                .await;
        }
        Err(e) => {
            let e = redact(&e.to_string());
            tracing::warn!(%e, what = %p.what, "a notification could not be delivered");
            let details =
                serde_json::json!({"notification": p.what, "error": e, "attempts": d.attempts});
            let event = crate::audit::event(
                state,
                &ctx_of(&p),
                activity::NOTIFICATION_FAILED,
                &p.target,
                Outcome::Failure,
                details,
            );
            give_up(state, &d, &e, event).await;
        }
    }
}

/// Sends a code once, while its person waits (until its `expires_at`): a provider that
/// doesn't answer by then, or refuses, gets the code given up. A code is never tried
/// twice: a provider that took it but answered late may have delivered (and billed) it.
async fn send_code(state: &AppState, d: &DeliveryRecord, p: &Payload, m: &Message) {
    let left = u64::try_from(d.expires_at - state.now()).unwrap_or(0);
    let error = if left == 0 {
        format!(
            "not accepted by the provider within {} seconds",
            state.settings.delivery.code_wait_seconds
        )
    } else {
        match send(state, m, Duration::from_secs(left)).await {
            Ok(()) => {
                state
                    .metrics
                    .delivery(DeliveryKind::Code, DeliveryResult::Sent);
                if let Err(e) = state.store.delivery_done(d.id).await {
                    tracing::warn!(%e, "a sent code stays queued");
                }
                return;
            }
            Err(e) => redact(&e.to_string()),
        }
    };
    tracing::warn!(%error, "a verification code could not be sent");
    let event = code_failed_event(
        state,
        &ctx_of(p),
        &p.target,
        p.method.as_deref().unwrap_or(""),
        &error,
    );
    give_up(state, d, &error, event).await;
}

/// A message this instance's key can't open was sealed by an instance with another
/// encryption key (or was damaged). It is never dropped silently: it is put back for an
/// instance that can open it and, after [`MAX_ATTEMPTS`] tries, given up and audited.
async fn unopenable(state: &AppState, d: &DeliveryRecord) {
    let why = "the message can't be opened with this instance's encryption key (every instance needs the same encryption_key)";
    if d.attempts < MAX_ATTEMPTS {
        tracing::error!(
            id = d.id,
            attempt = d.attempts,
            "a queued message can't be opened with this instance's encryption key; it is left \
             for another instance (every instance needs the same encryption_key)"
        );
        state.metrics.delivery(kind_of(d), DeliveryResult::Retried);
        let _ = state
            .store
            .delivery_retry(d.id, state.now() + retry_delay(d.attempts), why)
            .await;
        return;
    }
    tracing::error!(
        id = d.id,
        attempts = d.attempts,
        "a queued message can't be opened with this instance's encryption key; given up"
    );
    let details = serde_json::json!({
        "notification": "unknown",
        "error": why,
        "attempts": d.attempts,
        "queued_at": latchkey_core::clock::rfc3339(d.created_at),
    });
    let event = NewAuditEvent {
        time: state.now(),
        activity: activity::NOTIFICATION_FAILED,
        actor: "latchkey".into(),
        target: String::new(),
        client_ip: String::new(),
        result: Outcome::Failure,
        correlation_id: String::new(),
        details,
    };
    give_up(state, d, why, event).await;
}

/// A code (it has a deadline) or a notice.
fn kind_of(d: &DeliveryRecord) -> DeliveryKind {
    if d.expires_at != 0 {
        DeliveryKind::Code
    } else {
        DeliveryKind::Notice
    }
}

/// Marks a message failed with its audit event (and the administrators' alert when
/// failures pile up), in one transaction; it stays queued when that can't be written.
async fn give_up(state: &AppState, d: &DeliveryRecord, error: &str, event: NewAuditEvent) {
    let alert = alert(state).await;
    match state
        .store
        .delivery_fail(d.id, state.now(), error, &[event], Some(&alert))
        .await
    {
        Ok(true) => state.metrics.delivery(kind_of(d), DeliveryResult::Failed),
        Ok(false) => {}
        Err(e) => tracing::warn!(%e, "a failed message stays queued; it will be tried again"),
    }
}

/// An email to every global administrator with an address (up to 100): the subject is
/// `subject` after the organisation's name, the body `body` after a greeting. Commit the
/// notices with the change or event they are about.
pub async fn to_global_admins(
    state: &AppState,
    what: &'static str,
    subject: &str,
    body: &str,
) -> Vec<Notice> {
    let org = state.org_name();
    state
        .store
        .users_with_role(Role::GlobalAdmin, 100)
        .await
        .unwrap_or_default()
        .iter()
        .filter_map(|a| {
            let to = a.email.as_ref().or(a.alternate_email.as_ref())?;
            Some(Notice {
                what,
                target: a.username.to_string(),
                message: Message {
                    channel: Channel::Email,
                    to: to.as_str().to_owned(),
                    subject: format!("{org}: {subject}"),
                    body: format!("Hello {},\n\n{body}\n", a.display_name),
                    html: None,
                },
            })
        })
        .collect()
}

/// The alert written with the failure that makes `delivery.alert_after_failures` within
/// [`ALERT_WINDOW_SECS`]: an audit event and an email to every global administrator.
async fn alert(state: &AppState) -> DeliveryAlert {
    let threshold = i64::from(state.settings.delivery.alert_after_failures);
    let ctx = Ctx {
        actor: "latchkey".into(),
        client_ip: String::new(),
        correlation_id: String::new(),
    };
    let link = format!("{}/admin/deliveries", state.base_url());
    let notices = to_global_admins(
        state,
        "delivery_alert",
        "messages can't be delivered",
        &format!(
            "{threshold} messages (verification codes or notices) could not be delivered in the \
             last hour: the email or SMS provider refuses them or doesn't answer. People may be \
             unable to reset their passwords.\n\nSee what failed and why: {link}"
        ),
    )
    .await;
    DeliveryAlert {
        threshold,
        since: state.now() - ALERT_WINDOW_SECS,
        effects: Effects {
            audit: vec![crate::audit::event(
                state,
                &ctx,
                activity::DELIVERY_ALERT,
                "",
                Outcome::Failure,
                serde_json::json!({"failures": threshold, "window_seconds": ALERT_WINDOW_SECS}),
            )],
            deliveries: queue(state, &ctx, notices),
        },
    }
}

/// The worker: two loops, one for codes (a person is waiting: sent at once, in
/// parallel) and one for notices (one at a time), so a stalled notice never delays a
/// code. Each runs whenever a commit queued something, and every few seconds for retries
/// and for messages queued by other instances. Stops when `stop` changes.
pub async fn worker(state: AppState, stop: tokio::sync::watch::Receiver<bool>) {
    let codes = code_worker(state.clone(), stop.clone());
    let notices = {
        let mut stop = stop;
        async move {
            loop {
                // Checked between messages: a backlog behind a stalled server doesn't hold
                // a shutdown.
                while !*stop.borrow() && run_notices(&state).await > 0 {}
                tokio::select! {
                    _ = state.deliveries_waiting.notified() => {}
                    _ = tokio::time::sleep(Duration::from_secs(5)) => {}
                    _ = stop.changed() => return,
                }
            }
        }
    };
    tokio::join!(codes, notices);
}

/// The worker's code loop alone (see [`worker`]): claims one code at a time as soon as
/// one of [`CODE_BATCH`] slots is free and sends it in a task of its own, so a slow
/// provider for one code never holds the next. Stops when `stop` changes or its sender is
/// dropped; codes still being sent then are taken again when their lease runs out.
pub async fn code_worker(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(CODE_BATCH as usize));
    let lease = lease_secs(&state);
    loop {
        let Ok(slot) = slots.clone().acquire_owned().await else {
            return;
        };
        if *stop.borrow() {
            return;
        }
        let now = state.now();
        match state.store.delivery_claim(now, now + lease, 1, true).await {
            Ok(claimed) => {
                if let Some(d) = claimed.into_iter().next() {
                    let state = state.clone();
                    tokio::spawn(async move {
                        handle(&state, d, lease).await;
                        state.deliveries_finished.notify_waiters();
                        drop(slot);
                    });
                    continue;
                }
            }
            Err(e) => tracing::warn!(%e, "could not read the delivery queue"),
        }
        drop(slot);
        tokio::select! {
            _ = state.codes_waiting.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
            _ = stop.changed() => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn provider_answers_lose_codes_numbers_and_links() {
        assert_eq!(
            redact("550 5.1.1 <nobody@home.example>: no such mailbox"),
            "550 5.1.1 <n***@home.example>: no such mailbox"
        );
        assert_eq!(
            redact("rejected 'Your code is 123456' to +14255550123 see https://x.example/r?t=abc"),
            "rejected 'Your code is #' to +# see [address]"
        );
        assert_eq!(redact(&"x".repeat(500)).chars().count(), 200);
    }
}
