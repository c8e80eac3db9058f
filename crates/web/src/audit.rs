//! Writing audit events from handlers. An audit write that fails is logged and does not
//! undo the action it describes (the action already happened).

use latchkey_core::audit::{NewAuditEvent, Outcome};

use crate::middleware::{ClientIp, RequestId};
use crate::state::AppState;

/// Who did it and from where, taken from the request.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub actor: String,
    pub client_ip: String,
    pub correlation_id: String,
}

impl Ctx {
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

/// Where verification starts after retention removed the oldest events: the id before the
/// first event kept, and the hash that event must follow.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Anchor {
    pub before_id: i64,
    pub hash: String,
}

const ANCHOR_KEY: &str = "audit_anchor";

/// Applies `audit.retention_days`: removes older events, moves the anchor to the first
/// event kept, and records the removal in the log itself.
pub async fn apply_retention(state: &AppState) -> Result<u64, latchkey_core::store::StoreError> {
    let days = i64::from(state.settings.audit.retention_days);
    if days == 0 {
        return Ok(0);
    }
    let cutoff = state.now() - days * 86_400;
    let removed = state.store.audit_delete_before(cutoff).await?;
    if removed == 0 {
        return Ok(0);
    }
    if let Some(first) = state.store.audit_chain(0, 1).await?.into_iter().next() {
        let anchor = Anchor {
            before_id: first.id - 1,
            hash: first.prev_hash,
        };
        let json = serde_json::to_string(&anchor).unwrap_or_default();
        state.store.setting_put(ANCHOR_KEY, &json).await?;
    }
    let ctx = Ctx {
        actor: "latchkey".into(),
        client_ip: String::new(),
        correlation_id: String::new(),
    };
    record(
        state,
        &ctx,
        latchkey_core::audit::activity::AUDIT_RETENTION,
        "Audit log",
        Outcome::Success,
        serde_json::json!({"removed": removed, "older_than_days": days}),
    )
    .await;
    Ok(removed)
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
    pub from: String,
    pub to: String,
    pub activity: String,
    pub actor: String,
    pub target: String,
    pub result: String,
    pub correlation_id: String,
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
