//! Writing audit events from handlers. An audit write that fails is logged and does not
//! undo the action it describes (the action already happened).

use latchkey_core::audit::{NewAuditEvent, Outcome};

use crate::middleware::{ClientIp, RequestId};
use crate::state::AppState;

/// Who did it and from where, taken from the request.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// Who acted: a username, the name typed at sign-in or in a reset journey, or
    /// `latchkey` for the server's own work.
    pub actor: String,
    /// The client's address; empty for the server's own work.
    pub client_ip: String,
    /// The request's `x-request-id`, tying together the events of one request or journey.
    pub correlation_id: String,
}

impl Ctx {
    /// The context of a request made by `actor`.
    pub fn new(actor: impl Into<String>, ip: &ClientIp, rid: &RequestId) -> Self {
        Self {
            actor: actor.into(),
            client_ip: ip.0.clone(),
            correlation_id: rid.0.clone(),
        }
    }
}

/// An audit event by `ctx`'s actor, now: for an operation to commit with its change.
pub fn event(
    state: &AppState,
    ctx: &Ctx,
    activity: &'static str,
    target: &str,
    result: Outcome,
    details: serde_json::Value,
) -> NewAuditEvent {
    NewAuditEvent {
        time: state.now(),
        activity,
        actor: ctx.actor.clone(),
        target: target.to_owned(),
        client_ip: ctx.client_ip.clone(),
        result,
        correlation_id: ctx.correlation_id.clone(),
        details,
    }
}

/// Writes one audit event on its own, for events that are not part of a change (a
/// failed attempt, a page viewed). Changes commit their events with
/// [`latchkey_core::store::Commits`] instead.
pub async fn record(
    state: &AppState,
    ctx: &Ctx,
    activity: &'static str,
    target: &str,
    result: Outcome,
    details: serde_json::Value,
) {
    let e = event(state, ctx, activity, target, result, details);
    if let Err(err) = state.store.audit_append(&e).await {
        tracing::error!(activity, %err, "could not write audit event");
    }
}

use latchkey_core::audit::ANCHOR_SETTING as ANCHOR_KEY;
pub use latchkey_core::audit::Anchor;

/// Applies `audit.retention_days`: removes older events, moves the anchor to the first
/// event kept, and records the removal in the log itself.
pub async fn apply_retention(state: &AppState) -> Result<u64, latchkey_core::store::StoreError> {
    let days = i64::from(state.settings.audit.retention_days);
    if days == 0 {
        return Ok(0);
    }
    let cutoff = state.now() - days * 86_400;
    let ctx = Ctx {
        actor: "latchkey".into(),
        client_ip: String::new(),
        correlation_id: String::new(),
    };
    let note = event(
        state,
        &ctx,
        latchkey_core::audit::activity::AUDIT_RETENTION,
        "Audit log",
        Outcome::Success,
        serde_json::json!({"older_than_days": days}),
    );
    // The removal, the anchor's move and this event are one transaction, one instance at
    // a time: instances sweeping together never leave the anchor elsewhere than after the
    // last event removed.
    state.store.audit_retain(cutoff, &note).await
}

/// Checks the whole chain from its anchor; the number of events checked, or the first
/// broken link.
pub async fn verify_log(
    store: &dyn latchkey_core::store::Store,
) -> Result<Result<u64, latchkey_core::audit::BrokenLink>, latchkey_core::store::StoreError> {
    let anchor: Anchor = match store.setting_get(ANCHOR_KEY).await? {
        Some(j) => serde_json::from_str(&j).unwrap_or_default(),
        None => Anchor::default(),
    };
    let mut prev = anchor.hash.clone();
    let mut after = anchor.before_id;
    let mut total = 0;
    // Events removed from the head without the retention process show up as a first event
    // whose previous hash isn't the anchor's.
    loop {
        let rows = store.audit_chain(after, 5000).await?;
        let Some(last) = rows.last() else { break };
        after = last.id;
        let next = last.hash.clone();
        match latchkey_core::audit::verify_chain(rows, prev) {
            Ok(n) => total += n,
            Err(b) => return Ok(Err(b)),
        }
        prev = next;
    }
    Ok(Ok(total))
}

/// The audit viewer's filter, as typed in its form (dates as `YYYY-MM-DD`, UTC).
#[derive(serde::Deserialize, Default, Clone)]
#[serde(default)]
pub struct AuditQuery {
    /// First day, `YYYY-MM-DD`, inclusive.
    pub from: String,
    /// Last day, `YYYY-MM-DD`, inclusive.
    pub to: String,
    /// Exact activity name; empty for all.
    pub activity: String,
    /// Exact actor, lower-cased before matching; empty for all.
    pub actor: String,
    /// Exact target, lower-cased before matching; empty for all.
    pub target: String,
    /// `success` or `failure`; anything else is all.
    pub result: String,
    /// A request's id: shows that one journey, oldest step first.
    pub correlation_id: String,
    /// Page number from 1 (50 events a page); not a number is page 1.
    pub page: String,
}

/// An audit event as JSON: RFC 3339 UTC time, every field, the details object.
pub fn event_json(e: &latchkey_core::audit::AuditEvent) -> serde_json::Value {
    serde_json::json!({
        "id": e.id,
        "time": latchkey_core::clock::rfc3339(e.time),
        "activity": e.activity,
        "actor": e.actor,
        "target": e.target,
        "client_ip": e.client_ip,
        "result": e.result.as_str(),
        "correlation_id": e.correlation_id,
        "details": e.details,
    })
}
