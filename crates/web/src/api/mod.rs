//! Operational endpoints and the JSON API (`/api/v1/`). The conventions every endpoint
//! follows are in `docs/API.md`.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;
use crate::state::AppState;

/// `/healthz`: the process is up and answering.
pub async fn healthz() -> Response {
    Json(serde_json::json!({"status": "ok"})).into_response()
}

/// `/readyz`: the store answers. A load balancer should send traffic only when this is 200.
pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => Json(serde_json::json!({"status": "ready", "storage": state.store.engine()}))
            .into_response(),
        Err(e) => {
            tracing::warn!(%e, "readiness check failed");
            ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "storage_unavailable",
                "The database does not answer.",
            )
            .into_response()
        }
    }
}

/// `/metrics`: Prometheus text format.
pub async fn metrics(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
        .into_response()
}

/// `/api/v1/openapi.json`: the API description. It grows with the admin API.
pub async fn openapi() -> Response {
    Json(serde_json::json!({
        "openapi": "3.1.0",
        "info": {"title": "Latchkey API", "version": env!("CARGO_PKG_VERSION")},
        "paths": {
            "/healthz": {"get": {"summary": "Liveness", "responses": {"200": {"description": "The process is up"}}}},
            "/readyz": {"get": {"summary": "Readiness", "responses": {
                "200": {"description": "Storage answers"},
                "503": {"description": "Storage does not answer"}}}}
        }
    }))
    .into_response()
}

/// Any other `/api/` path.
pub async fn not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        "There is no such API endpoint.",
    )
}

/// An audit event as JSON: RFC 3339 UTC time, every field, the details object.
pub fn audit_json(e: &latchkey_core::audit::AuditEvent) -> serde_json::Value {
    serde_json::json!({
        "id": e.id,
        "time": latchkey_core::clock::rfc3339(e.time),
        "activity": e.activity,
        "actor": e.actor,
        "target": e.target,
        "client_ip": e.client_ip,
        "result": e.result,
        "correlation_id": e.correlation_id,
        "details": e.details,
    })
}
