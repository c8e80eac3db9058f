//! Operational endpoints and the JSON API (`/api/v1/`). The conventions every endpoint
//! follows are in `docs/API.md`.
//!
//! Each module lists its operations next to its handlers ([`openapi::Op`]); the router
//! ([`router`]) and the OpenAPI document ([`document`]) are both built from [`operations`].

pub mod access_pass;
pub mod app;
pub mod audit;
pub mod auth;
pub mod branding;
pub mod campaigns;
pub mod expiry;
pub mod extract;
pub mod groups;
pub mod helpdesk;
pub mod methods;
pub mod openapi;
pub mod policy;
pub mod reports;
pub mod tester;
pub mod tokens;
pub mod users;

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use latchkey_i18n::t;
use serde_json::{Value, json};
use std::sync::OnceLock;

use crate::error::ApiError;
use crate::state::AppState;
use openapi::{Access, Op, object};

/// Where the API lives; the router is nested here.
pub const PREFIX: &str = "/api/v1";

/// Every documented operation: the admin API, its description, and the health checks.
pub fn operations() -> Vec<Op> {
    let mut ops = vec![
        Op::new("get", "/healthz", "healthz", "Liveness", get(healthz))
            .tag("operations")
            .access(Access::Public)
            .ok(
                200,
                "The process is up",
                Some(object(json!({"status": {"type": "string"}}))),
            ),
        Op::new(
            "get",
            "/readyz",
            "readyz",
            "Readiness: the database answers",
            get(readyz),
        )
        .tag("operations")
        .access(Access::Public)
        .ok(
            200,
            "Storage answers",
            Some(object(
                json!({"status": {"type": "string"}, "storage": {"type": "string"}}),
            )),
        )
        .errors(&[503]),
        Op::new(
            "get",
            "/api/v1/openapi.json",
            "openapi",
            "This document",
            get(openapi),
        )
        .tag("operations")
        .access(Access::Public)
        .ok(
            200,
            "The OpenAPI 3.1 document",
            Some(json!({"type": "object"})),
        ),
    ];
    ops.extend(users::ops());
    ops.extend(access_pass::ops());
    ops.extend(methods::ops());
    ops.extend(groups::ops());
    ops.extend(policy::ops());
    ops.extend(tester::ops());
    ops.extend(audit::ops());
    ops.extend(reports::ops());
    ops.extend(expiry::ops());
    ops.extend(campaigns::ops());
    ops.extend(branding::ops());
    ops.extend(tokens::ops());
    ops.extend(helpdesk::ops());
    ops
}

fn components() -> Value {
    let mut all = serde_json::Map::new();
    all.insert(
        "Error".into(),
        object(json!({"error": {
            "type": "object",
            "additionalProperties": false,
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string", "description": "Stable, for programs: invalid_json, invalid_field, unauthenticated, forbidden, not_found, conflict, too_large, unsupported_media_type, method_not_allowed, password_*, busy, storage_unavailable, internal"},
                "message": {"type": "string", "description": "For people; may change"},
                "field": {"type": "string", "description": "The field at fault"},
                "errors": {"type": "array", "items": object(json!({"field": {"type": "string"}, "message": {"type": "string"}})),
                           "description": "Every field at fault, when there were several"},
            }
        }})),
    );
    for part in [
        users::schemas(),
        access_pass::schemas(),
        methods::schemas(),
        groups::schemas(),
        policy::schemas(),
        tester::schemas(),
        audit::schemas(),
        reports::schemas(),
        expiry::schemas(),
        campaigns::schemas(),
        branding::schemas(),
        tokens::schemas(),
        helpdesk::schemas(),
    ] {
        if let Value::Object(m) = part {
            all.extend(m);
        }
    }
    Value::Object(all)
}

/// The OpenAPI 3.1 document, built once from [`operations`].
pub fn document() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| openapi::document(&operations(), components()))
}

/// The `/api/v1` router: every operation under the prefix, with JSON answers for unknown
/// paths and methods. (The health checks are routed beside the pages.)
pub fn router() -> Router<AppState> {
    let mut r = Router::new();
    for op in operations() {
        if let Some(path) = op.path.strip_prefix(PREFIX) {
            r = r.route(path, op.route);
        }
    }
    r.fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
}

/// `/healthz`: the process is up and answering.
pub async fn healthz() -> Response {
    Json(serde_json::json!({"status": "ok"})).into_response()
}

/// `/readyz`: the store answers and can write, within a second. A load balancer should send
/// traffic only when this is 200. 503 `storage_unavailable` when the database doesn't
/// answer in time, refuses connections, or can't write (a full disk, a read-only standby):
/// a small row is written on every check.
///
/// The result is reused for half a second, so a flood of checks costs one probe per
/// half second.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let fresh = state
        .readiness
        .lock()
        .ok()
        .and_then(|r| r.clone())
        .filter(|(at, _)| at.elapsed() < std::time::Duration::from_millis(500))
        .map(|(_, failed)| failed);
    let failed = match fresh {
        Some(failed) => failed,
        None => {
            let check = async {
                state.store.ping().await?;
                state.store.probe_write(state.now()).await
            };
            let failed = match tokio::time::timeout(std::time::Duration::from_secs(1), check).await
            {
                Ok(Ok(())) => None,
                Ok(Err(e)) => Some(e.to_string()),
                Err(_) => Some("no answer within a second".to_owned()),
            };
            if let Ok(mut r) = state.readiness.lock() {
                *r = Some((std::time::Instant::now(), failed.clone()));
            }
            failed
        }
    };
    match failed {
        None => Json(serde_json::json!({"status": "ready", "storage": state.store.engine()}))
            .into_response(),
        Some(e) => {
            tracing::warn!(%e, "readiness check failed");
            ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "storage_unavailable",
                t("api-ready-storage"),
            )
            .into_response()
        }
    }
}

/// `/metrics`: Prometheus text format (see [`crate::metrics`]); with
/// `server.metrics_token` set, only for `Authorization: Bearer <token>` (401 otherwise);
/// without it, only for a client on this machine (a loopback socket peer, with no
/// `X-Forwarded-For` or `Forwarded` header: not through a proxy), 403 otherwise. The
/// counters say how many self-service journeys failed and why, which a stranger watching
/// them while trying names could read as "this account exists".
pub async fn metrics(State(state): State<AppState>, req: axum::extract::Request) -> Response {
    let headers = req.headers();
    let peer = req
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>();
    let token = &state.settings.server.metrics_token;
    if token.is_empty() {
        let local = peer.is_some_and(|p| p.0.ip().is_loopback())
            && !headers.contains_key("x-forwarded-for")
            && !headers.contains_key(header::FORWARDED);
        if !local {
            return (
                axum::http::StatusCode::FORBIDDEN,
                "The metrics are served only to this machine. Set server.metrics_token \
                 (LATCHKEY_SERVER__METRICS_TOKEN_FILE) and give Prometheus the token to read \
                 them from elsewhere.\n",
            )
                .into_response();
        }
    } else {
        use subtle::ConstantTimeEq as _;
        let given = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or("");
        // Compared as SHA-256 digests: constant time whatever the lengths.
        let digest = |t: &str| <sha2::Sha256 as sha2::Digest>::digest(t.as_bytes());
        if !bool::from(digest(given).ct_eq(&digest(token))) {
            return (
                axum::http::StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer realm=\"metrics\"")],
                format!("{}\n", t("api-metrics-token")),
            )
                .into_response();
        }
    }
    // The one gauge that costs a query: an indexed count, cut off so a slow database
    // never holds the scrape (the gauge is left out then).
    let delivery_queue = match tokio::time::timeout(
        std::time::Duration::from_secs(1),
        state.store.delivery_pending(),
    )
    .await
    {
        Ok(Ok(n)) => Some(n),
        Ok(Err(e)) => {
            tracing::warn!(%e, "metrics: could not count the delivery queue");
            None
        }
        Err(_) => None,
    };
    let scrape = crate::metrics::Scrape {
        self_service: self_service_events(&state).await,
        hash_jobs: state.hasher.jobs(),
        hash_overloaded: state.hasher.overloaded(),
        hash_queued: state.hasher.queued(),
        hash_queue_capacity: state.hasher.queue_capacity(),
        delivery_queue,
        db_pool: state.db_pool.as_ref().map(latchkey_store::PoolGauge::read),
    };
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(&scrape),
    )
        .into_response()
}

/// The self-service events of `/metrics`, counted from the audit log (see
/// [`crate::metrics::events`]); cut off after a second like the delivery queue's gauge.
async fn self_service_events(state: &AppState) -> Option<crate::metrics::events::EventCounts> {
    use crate::metrics::events::{EventCounts, activities};
    if let Some(c) = state.metrics.events.fresh() {
        return Some(c);
    }
    let started = std::time::Instant::now();
    let activities = activities();
    let count = state.store.audit_report(0, i64::MAX, &activities, 0);
    match tokio::time::timeout(std::time::Duration::from_secs(1), count).await {
        Ok(Ok(report)) => {
            let c = EventCounts::from_report(&report);
            state.metrics.events.remember(c, started.elapsed());
            Some(c)
        }
        Ok(Err(e)) => {
            tracing::warn!(%e, "metrics: could not count the self-service events");
            None
        }
        Err(_) => {
            state.metrics.events.timed_out();
            state.metrics.events.last()
        }
    }
}

/// `/api/v1/openapi.json`: the API description.
pub async fn openapi() -> Response {
    Json(document()).into_response()
}

/// Any other `/api/` path.
pub async fn not_found() -> ApiError {
    ApiError::not_found(t("api-no-endpoint"))
}

/// A known `/api/` path with a method it does not take.
pub async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        t("api-method-not-allowed"),
    )
}

pub use crate::audit::event_json as audit_json;
