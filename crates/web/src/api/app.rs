//! The JSON the Latchkey app (the PWA at `/app`) calls, under `/app/api/` (not part of the
//! admin API under `/api/v1`): the VAPID key, enrolment, and the requests it approves.
//! No cookies and no CSRF token: an enrolment carries its one-time token, an answer its
//! device signature. POSTs must still come from our own origin (`Origin` /
//! `Sec-Fetch-Site`, [`crate::form::same_origin`]), as the app's `fetch` does.
//!
//! Errors are `{"code": …, "message": …}` (the same pair also under `"error"`, the admin
//! API's shape) with a stable code: `invalid_request`, `invalid_token`, `limit_reached`,
//! `duplicate_name`, `not_allowed`, `endpoint_not_allowed`, `not_found`, `bad_signature`,
//! `already_answered`, `expired`, `forbidden` (another origin), `unavailable`,
//! `rate_limited`, `internal`.

use axum::body::Body;
use axum::extract::{Extension, Path, RawQuery, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use latchkey_i18n::{t, tr};

use crate::middleware::{ClientIp, RequestId};
use crate::service::ServiceError;
use crate::service::push::{Answer, AnswerOutcome};
use crate::service::registration::{EnrolOutcome, Enrolment};
use crate::sspr::push::{Jwk, Subscription, vapid_public};
use crate::state::AppState;

/// The largest body read (a subscription and a key are well under 4 KiB).
const MAX_BODY: usize = 16 * 1024;

/// A JSON answer with `Cache-Control: no-store`.
fn json(status: StatusCode, body: serde_json::Value) -> Response {
    (
        status,
        [(header::CACHE_CONTROL, "no-store")],
        axum::Json(body),
    )
        .into_response()
}

/// An error: `{"code", "message", "error": {"code", "message"}}` under `status`.
fn fail(status: StatusCode, code: &'static str, message: &str) -> Response {
    json(
        status,
        serde_json::json!({
            "code": code,
            "message": message,
            "error": {"code": code, "message": message},
        }),
    )
}

fn not_found() -> Response {
    fail(StatusCode::NOT_FOUND, "not_found", &t("api-app-no-request"))
}

/// A service error: 503 `unavailable` (with `Retry-After`) or 500 `internal`; the cause
/// is logged, never shown.
fn service_error(e: ServiceError) -> Response {
    let (status, code) = match &e {
        ServiceError::StorageUnavailable(_) | ServiceError::Busy => {
            (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
        ServiceError::RateLimited(_) => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
        _ => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
    };
    tracing::error!(error = %e, "an app request failed");
    let mut r = fail(status, code, &t("api-app-failed"));
    if status == StatusCode::SERVICE_UNAVAILABLE {
        r.headers_mut().insert(
            header::RETRY_AFTER,
            axum::http::HeaderValue::from_static("2"),
        );
    }
    r
}

/// The body of a same-origin POST parsed as `T`; else the error to answer with.
async fn body<T: serde::de::DeserializeOwned>(
    state: &AppState,
    req: Request,
) -> Result<T, Response> {
    if !crate::form::same_origin(&req, state) {
        return Err(fail(
            StatusCode::FORBIDDEN,
            "forbidden",
            &t("api-app-only-app"),
        ));
    }
    let bytes = axum::body::to_bytes(req.into_body(), MAX_BODY)
        .await
        .map_err(|_| {
            fail(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                &t("api-app-body-unreadable"),
            )
        })?;
    serde_json::from_slice(&bytes).map_err(|_| {
        fail(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            &t("api-app-not-json"),
        )
    })
}

/// `GET /app/api/vapid`: `{"public_key": "<base64url of the 65-byte uncompressed P-256
/// point>"}`, the `applicationServerKey` to subscribe with (RFC 8292).
pub async fn vapid(State(state): State<AppState>) -> Response {
    json(
        StatusCode::OK,
        serde_json::json!({ "public_key": vapid_public(&state) }),
    )
}

/// The body of `POST /app/api/enrol`.
#[derive(Deserialize)]
pub struct EnrolBody {
    token: String,
    #[serde(default)]
    name: String,
    public_key: Jwk,
    subscription: Subscription,
}

/// `POST /app/api/enrol`: registers the device with the one-time token of `/setup/push`.
/// 201 `{"device_id", "name", "user", "organization"}`; 400 `invalid_request`,
/// `invalid_token` (unknown, used or expired: one answer), `endpoint_not_allowed`; 403
/// `not_allowed` (the policy doesn't offer app notifications to the user); 409
/// `limit_reached` (5 devices), `duplicate_name` (another of the user's devices has the
/// name).
pub async fn enrol(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    req: Request<Body>,
) -> Response {
    let b: EnrolBody = match body(&state, req).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let e = Enrolment {
        token: b.token,
        name: b.name,
        public_key: b.public_key,
        subscription: b.subscription,
    };
    match crate::service::registration::push_enrol(&state, &ip.0, &rid.0, &e).await {
        Ok(EnrolOutcome::Added {
            device_id,
            name,
            user,
        }) => json(
            StatusCode::CREATED,
            serde_json::json!({
                "device_id": device_id,
                "name": name,
                "user": user,
                "organization": state.org_name(),
            }),
        ),
        Ok(EnrolOutcome::Invalid(what)) => fail(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            &tr(
                "api-app-invalid",
                &[("what", what.replace('_', " ").into())],
            ),
        ),
        Ok(EnrolOutcome::InvalidToken) => fail(
            StatusCode::BAD_REQUEST,
            "invalid_token",
            &t("api-app-invalid-token"),
        ),
        Ok(EnrolOutcome::LimitReached) => fail(
            StatusCode::CONFLICT,
            "limit_reached",
            &t("api-app-limit-reached"),
        ),
        Ok(EnrolOutcome::DuplicateName) => fail(
            StatusCode::CONFLICT,
            "duplicate_name",
            &t("api-app-duplicate-name"),
        ),
        Ok(EnrolOutcome::NotAllowed) => fail(
            StatusCode::FORBIDDEN,
            "not_allowed",
            &t("api-app-not-allowed"),
        ),
        Ok(EnrolOutcome::EndpointNotAllowed) => fail(
            StatusCode::BAD_REQUEST,
            "endpoint_not_allowed",
            &t("api-app-endpoint-not-allowed"),
        ),
        Err(e) => service_error(e),
    }
}

/// `GET /app/api/requests/{id}?device={device_id}`: what the request asks (see
/// [`crate::service::push::RequestView`]); 404 `not_found` when the request is unknown or
/// the device isn't its user's.
pub async fn request(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Response {
    let query: std::collections::HashMap<String, String> =
        serde_urlencoded::from_str(q.as_deref().unwrap_or("")).unwrap_or_default();
    let Some(device) = query.get("device").and_then(|d| d.parse::<i64>().ok()) else {
        return not_found();
    };
    match crate::service::push::request_view(&state, &id, device).await {
        Ok(Some(v)) => json(StatusCode::OK, serde_json::to_value(v).unwrap_or_default()),
        Ok(None) => not_found(),
        Err(e) => service_error(e),
    }
}

/// The body of `POST /app/api/requests/{id}/answer`.
#[derive(Deserialize)]
pub struct AnswerBody {
    device_id: i64,
    answer: String,
    #[serde(default)]
    number: String,
    signature: String,
}

/// `POST /app/api/requests/{id}/answer`: the device's signed answer. 200 `{"status":
/// "approved"|"denied"|"reported"|"wrong_number"}`; 400 `invalid_request`, 401
/// `bad_signature`, 404 `not_found`, 409 `already_answered` (any other second answer),
/// 410 `expired`. The same deny, wrong number or report again from the device that gave it
/// answers 200 with its status, finishing its follow-up if that failed before (once).
pub async fn answer(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    Path(id): Path<String>,
    req: Request<Body>,
) -> Response {
    let b: AnswerBody = match body(&state, req).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Some(a) = Answer::parse(&b.answer) else {
        return fail(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            &t("api-app-answer-word"),
        );
    };
    let outcome = crate::service::push::answer(
        &state,
        &id,
        b.device_id,
        a,
        &b.number,
        &b.signature,
        &ip.0,
        &rid.0,
    )
    .await;
    match outcome {
        Ok(AnswerOutcome::Answered(s)) => {
            json(StatusCode::OK, serde_json::json!({ "status": s.as_str() }))
        }
        Ok(AnswerOutcome::NotFound) => not_found(),
        Ok(AnswerOutcome::Invalid) => fail(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            &t("api-app-number-needed"),
        ),
        Ok(AnswerOutcome::BadSignature) => fail(
            StatusCode::UNAUTHORIZED,
            "bad_signature",
            &t("api-app-bad-signature"),
        ),
        Ok(AnswerOutcome::AlreadyAnswered) => fail(
            StatusCode::CONFLICT,
            "already_answered",
            &t("api-app-already-answered"),
        ),
        Ok(AnswerOutcome::Expired) => fail(StatusCode::GONE, "expired", &t("api-app-expired")),
        Err(e) => service_error(e),
    }
}
