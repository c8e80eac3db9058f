//! The delivery queue: notices ("your password was reset", alerts to administrators, help
//! requests, "your security info changed") are queued in the `deliveries` table by the
//! same transaction as the change that causes them, and sent by a worker once it has
//! committed. A change that rolls back sends nothing; a committed change is never without
//! its notices, even if the process dies right after; a slow or broken mail server never
//! holds a request.
//!
//! Messages are sealed (AES-256-GCM with the key that protects authenticator seeds) before
//! they reach the table: they may hold a "this wasn't me" link. A worker claims one
//! message at a time, right before sending it, for [`lease_secs`] (longer than the longest
//! send), so several instances on one PostgreSQL database never send the same message
//! twice while it is being sent; a message whose sender died is taken again when the lease
//! runs out. Temporary failures are retried with a growing delay, at most [`MAX_ATTEMPTS`]
//! times; a refused message is given up at once. A message this instance's key can't open
//! is put back for another instance and given up after as many tries. Every message given
//! up is audited as "Notification could not be delivered".

use latchkey_core::audit::{NewAuditEvent, Outcome, activity};
use latchkey_core::store::NewDelivery;
use latchkey_notify::{Channel, Message};
use serde::{Deserialize, Serialize};

use crate::audit::Ctx;
use crate::state::AppState;

/// Seconds a claimed message is reserved for the worker that claimed it, at least (see
/// [`lease_secs`]).
pub const LEASE_SECS: i64 = 60;
/// Tries before a message that keeps failing temporarily is given up.
pub const MAX_ATTEMPTS: i64 = 6;
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
}

/// Seals notices for [`latchkey_core::store::Effects::deliveries`].
pub fn queue(state: &AppState, ctx: &Ctx, notices: Vec<Notice>) -> Vec<NewDelivery> {
    let now = state.now();
    notices
        .into_iter()
        .map(|n| {
            let p = Payload {
                what: n.what.to_owned(),
                target: n.target,
                actor: ctx.actor.clone(),
                client_ip: ctx.client_ip.clone(),
                correlation_id: ctx.correlation_id.clone(),
                channel: n.message.channel.as_str().to_owned(),
                to: n.message.to,
                subject: n.message.subject,
                body: n.message.body,
                html: n.message.html,
            };
            let json = serde_json::to_vec(&p).unwrap_or_default();
            NewDelivery {
                payload: state.seal.seal(&json, AAD),
                created_at: now,
            }
        })
        .collect()
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

/// Runs one pass: claims what is due, one message at a time, and sends it. Returns how
/// many were handled.
///
/// Each message is claimed just before it is sent, for [`lease_secs`], and its send is cut
/// off well before the lease ends: however slow the provider, a message is never taken by
/// another instance while this one is sending it.
pub async fn run_once(state: &AppState) -> usize {
    let lease = lease_secs(state);
    let mut n = 0;
    while n < BATCH {
        let now = state.now();
        let claimed = match state.store.delivery_claim(now, now + lease, 1).await {
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
    }
    n
}

/// Sends one claimed message, or puts it back, or gives it up (audited).
async fn handle(state: &AppState, d: latchkey_core::store::DeliveryRecord, lease: i64) {
    let payload: Option<Payload> = state
        .seal
        .open(&d.payload, AAD)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok());
    let Some(p) = payload else {
        unopenable(state, &d).await;
        return;
    };
    let channel = match p.channel.as_str() {
        "sms" => Channel::Sms,
        "voice" => Channel::Voice,
        _ => Channel::Email,
    };
    let m = Message {
        channel,
        to: p.to.clone(),
        subject: p.subject.clone(),
        body: p.body.clone(),
        html: p.html.clone(),
    };
    // The backends time out on their own (email.timeout_seconds, sms.timeout_seconds);
    // this bound only guarantees that the lease outlives the send.
    let limit = u64::try_from(lease - LEASE_MARGIN / 2).unwrap_or(1);
    let sent = match tokio::time::timeout(
        std::time::Duration::from_secs(limit),
        state.delivery.send(&m),
    )
    .await
    {
        Ok(r) => r,
        Err(_) => Err(latchkey_notify::NotifyError::Unavailable(format!(
            "no answer within {limit} seconds"
        ))),
    };
    match sent {
        Ok(_) => {
            if let Err(e) = state.store.delivery_done(d.id).await {
                tracing::warn!(%e, "a sent message stays queued; it may be sent again");
            }
        }
        Err(e) if e.is_temporary() && d.attempts < MAX_ATTEMPTS => {
            let delay = retry_delay(d.attempts);
            tracing::warn!(%e, what = %p.what, attempt = d.attempts, "a notification will be retried");
            let _ = state.store.delivery_retry(d.id, state.now() + delay).await;
        }
        Err(e) => {
            tracing::warn!(%e, what = %p.what, "a notification could not be delivered");
            let details = serde_json::json!({"notification": p.what, "error": e.to_string(), "attempts": d.attempts});
            give_up(
                state,
                &d,
                &p.actor,
                &p.target,
                &p.client_ip,
                &p.correlation_id,
                details,
            )
            .await;
        }
    }
}

/// A message this instance's key can't open was sealed by an instance with another
/// encryption key (or was damaged). It is never dropped silently: it is put back for an
/// instance that can open it and, after [`MAX_ATTEMPTS`] tries, given up and audited.
async fn unopenable(state: &AppState, d: &latchkey_core::store::DeliveryRecord) {
    if d.attempts < MAX_ATTEMPTS {
        tracing::error!(
            id = d.id,
            attempt = d.attempts,
            "a queued message can't be opened with this instance's encryption key; it is left \
             for another instance (every instance needs the same encryption_key)"
        );
        let _ = state
            .store
            .delivery_retry(d.id, state.now() + retry_delay(d.attempts))
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
        "error": "the message can't be opened with this instance's encryption key (every instance needs the same encryption_key)",
        "attempts": d.attempts,
        "queued_at": latchkey_core::clock::rfc3339(d.created_at),
    });
    give_up(state, d, "latchkey", "", "", "", details).await;
}

/// Audits a message as "Notification could not be delivered" and removes it; it stays
/// queued when the audit event can't be written.
async fn give_up(
    state: &AppState,
    d: &latchkey_core::store::DeliveryRecord,
    actor: &str,
    target: &str,
    client_ip: &str,
    correlation_id: &str,
    details: serde_json::Value,
) {
    let event = NewAuditEvent {
        time: state.now(),
        activity: activity::NOTIFICATION_FAILED,
        actor: actor.to_owned(),
        target: target.to_owned(),
        client_ip: client_ip.to_owned(),
        result: Outcome::Failure,
        correlation_id: correlation_id.to_owned(),
        details,
    };
    let effects = latchkey_core::store::Effects {
        audit: vec![event],
        deliveries: Vec::new(),
    };
    if state.store.effects_commit(&effects).await.is_ok() {
        let _ = state.store.delivery_done(d.id).await;
    }
}

/// The worker: sends whenever a commit queued something, and every few seconds for
/// retries and for messages queued by other instances. Stops when `stop` changes.
pub async fn worker(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        while run_once(&state).await > 0 {}
        tokio::select! {
            _ = state.deliveries_waiting.notified() => {}
            _ = tokio::time::sleep(std::time::Duration::from_secs(5)) => {}
            _ = stop.changed() => return,
        }
    }
}
