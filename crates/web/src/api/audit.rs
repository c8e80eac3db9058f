//! `/api/v1/audit`: the audit log, newest first, filtered and paged.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use latchkey_core::audit::Outcome;
use latchkey_core::store::AuditFilter;
use latchkey_i18n::t;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::{Params, page};
use super::openapi::{Op, object, page_of, paging_params, param, time};
use crate::error::ApiError;
use crate::state::AppState;

pub(super) fn ops() -> Vec<Op> {
    let text = |name, description| {
        param(
            name,
            description,
            json!({"type": "string", "maxLength": 200}),
        )
    };
    let mut query = vec![
        text(
            "activity",
            "Exact activity name, e.g. Reset password (by admin).",
        ),
        text("actor", "Exact actor (a username, or cli, or system)."),
        text(
            "target",
            "Exact target (a username, a group name, a policy).",
        ),
        param(
            "result",
            "success or failure.",
            json!({"type": "string", "enum": ["success", "failure"]}),
        ),
        text(
            "correlation_id",
            "Every event of one request or one reset journey.",
        ),
        param(
            "since",
            "RFC 3339 time, inclusive.",
            json!({"type": "string", "format": "date-time"}),
        ),
        param(
            "until",
            "RFC 3339 time, exclusive.",
            json!({"type": "string", "format": "date-time"}),
        ),
    ];
    query.extend(paging_params());
    vec![
        Op::new(
            "get",
            "/api/v1/audit",
            "listAuditEvents",
            "Audit events, newest first",
            get(list),
        )
        .tag("audit")
        .query(query)
        .ok(200, "A page of events", Some(page_of("AuditEvent"))),
    ]
}

pub(super) fn schemas() -> Value {
    json!({
        "AuditEvent": object(json!({
            "id": {"type": "integer"},
            "time": time(),
            "activity": {"type": "string"},
            "actor": {"type": "string"},
            "target": {"type": "string"},
            "client_ip": {"type": "string"},
            "result": {"type": "string", "enum": ["success", "failure"]},
            "correlation_id": {"type": "string"},
            "details": {"description": "Free-form; never holds a secret. Changes through the API carry \"via\": \"api\" and the token_id."},
        })),
    })
}

async fn list(State(state): State<AppState>, _: ApiAuth, q: Params) -> Result<Response, ApiError> {
    q.only(&[
        "activity",
        "actor",
        "target",
        "result",
        "correlation_id",
        "since",
        "until",
        "offset",
        "limit",
    ])?;
    let result = match q.get("result") {
        None => None,
        Some(r) => match Outcome::parse(r) {
            Some(o) => Some(o),
            None => return Err(ApiError::field("result", t("api-audit-result"))),
        },
    };
    let filter = AuditFilter {
        activity: q.text("activity", 200)?,
        actor: q.text("actor", 200)?,
        target: q.text("target", 200)?,
        correlation_id: q.text("correlation_id", 200)?,
        result,
        since: q.time("since")?,
        until: q.time("until")?,
    };
    let p = q.paging()?;
    let found = state.store.audit_list(&filter, p.offset, p.limit).await?;
    let items = found.items.iter().map(super::audit_json).collect();
    Ok(axum::Json(page(items, found.total, p)).into_response())
}
