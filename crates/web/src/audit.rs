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

pub async fn record(
    state: &AppState,
    ctx: &Ctx,
    activity: &'static str,
    target: &str,
    result: Outcome,
    details: serde_json::Value,
) {
    let e = NewAuditEvent {
        time: state.now(),
        activity,
        actor: ctx.actor.clone(),
        target: target.to_owned(),
        client_ip: ctx.client_ip.clone(),
        result,
        correlation_id: ctx.correlation_id.clone(),
        details,
    };
    if let Err(err) = state.store.audit_append(&e).await {
        tracing::error!(activity, %err, "could not write audit event");
    }
}
