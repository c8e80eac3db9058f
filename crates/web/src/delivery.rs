//! The delivery queue: notices ("your password was reset", alerts to administrators, help
//! requests, "your security info changed") are queued in the `deliveries` table by the
//! same transaction as the change that causes them, and sent by a worker once it has
//! committed. A change that rolls back sends nothing; a committed change is never without
//! its notices, even if the process dies right after; a slow or broken mail server never
//! holds a request.
//!
//! Messages are sealed (AES-256-GCM with the key that protects authenticator seeds) before
//! they reach the table: they may hold a "this wasn't me" link. A worker claims a batch
//! for [`LEASE_SECS`], so several instances on one PostgreSQL database never send the same
//! message twice while it is being sent; a message whose sender died is taken again when
//! the lease runs out. Temporary failures are retried with a growing delay, at most
//! [`MAX_ATTEMPTS`] times; a refused message is given up at once. Every message given up
//! is audited as "Notification could not be delivered".

use latchkey_core::audit::{NewAuditEvent, Outcome, activity};
use latchkey_core::store::NewDelivery;
use latchkey_notify::{Channel, Message};
use serde::{Deserialize, Serialize};

use crate::audit::Ctx;
use crate::state::AppState;

/// Seconds a claimed message is reserved for the worker that claimed it.
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

/// Runs one pass: claims what is due and sends it. Returns how many were handled.
pub async fn run_once(state: &AppState) -> usize {
    let now = state.now();
    let batch = match state.store.delivery_claim(now, now + LEASE_SECS, 20).await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(%e, "could not read the delivery queue");
            return 0;
        }
    };
    let n = batch.len();
    for d in batch {
        let payload: Option<Payload> = state
            .seal
            .open(&d.payload, AAD)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok());
        let Some(p) = payload else {
            tracing::error!(
                id = d.id,
                "a queued message can't be opened (another encryption key?); dropped"
            );
            let _ = state.store.delivery_done(d.id).await;
            continue;
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
        match state.delivery.send(&m).await {
            Ok(_) => {
                if let Err(e) = state.store.delivery_done(d.id).await {
                    tracing::warn!(%e, "a sent message stays queued; it may be sent again");
                }
            }
            Err(e) if e.is_temporary() && d.attempts < MAX_ATTEMPTS => {
                // 10 s, 40 s, 90 s, 160 s, 250 s: about ten minutes in all.
                let delay = 10 * d.attempts * d.attempts;
                tracing::warn!(%e, what = %p.what, attempt = d.attempts, "a notification will be retried");
                let _ = state.store.delivery_retry(d.id, state.now() + delay).await;
            }
            Err(e) => {
                tracing::warn!(%e, what = %p.what, "a notification could not be delivered");
                let event = NewAuditEvent {
                    time: state.now(),
                    activity: activity::NOTIFICATION_FAILED,
                    actor: p.actor.clone(),
                    target: p.target.clone(),
                    client_ip: p.client_ip.clone(),
                    result: Outcome::Failure,
                    correlation_id: p.correlation_id.clone(),
                    details: serde_json::json!({"notification": p.what, "error": e.to_string(), "attempts": d.attempts}),
                };
                let effects = latchkey_core::store::Effects {
                    audit: vec![event],
                    deliveries: Vec::new(),
                };
                if state.store.effects_commit(&effects).await.is_ok() {
                    let _ = state.store.delivery_done(d.id).await;
                }
            }
        }
    }
    n
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
