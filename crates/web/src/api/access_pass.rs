//! `/api/v1/users/{id}/access-pass`: a user's Temporary Access Pass — issue (shown once),
//! look at (never the pass), revoke. The same rules and audit events as the portal's user
//! page ([`crate::service::access_pass`]).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use latchkey_core::access_pass::{DEFAULT_LIFETIME_MINUTES, PassRequest};
use latchkey_core::clock::rfc3339;
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::ApiJson;
use super::openapi::{Access, Op, nullable_time, object, schema_ref, time};
use super::users::load;
use crate::error::ApiError;
use crate::service::access_pass;
use crate::state::AppState;

const PATH: &str = "/api/v1/users/{id}/access-pass";

pub(super) fn ops() -> Vec<Op> {
    vec![
        Op::new(
            "post",
            PATH,
            "issueAccessPass",
            "Issue a Temporary Access Pass",
            post(issue),
        )
        .tag("users")
        .access(Access::Manage)
        .describe(
            "A random pass, returned once, that lets the user sign in at \
             `/signin/access-pass` to register security info (`/setup` only; never a step of \
             a password reset). Valid 10 to 480 minutes (default 60); `one_time` makes it good \
             for one sign-in. Issuing revokes the user's earlier pass. The user is told by \
             email and text, and for an administrator's account the other global \
             administrators (never the pass). Nobody issues a pass for themselves.",
        )
        .body(
            schema_ref("AccessPassRequest"),
            json!({"lifetime_minutes": 60, "one_time": true}),
        )
        .ok(201, "Issued", Some(schema_ref("IssuedAccessPass"))),
        Op::new(
            "get",
            PATH,
            "getAccessPass",
            "Read the user's Temporary Access Pass (never the pass itself)",
            get(show),
        )
        .tag("users")
        .access(Access::Manage)
        .ok(
            200,
            "The usable pass, and until when a session a pass opened stays open",
            Some(schema_ref("AccessPass")),
        ),
        Op::new(
            "delete",
            PATH,
            "revokeAccessPass",
            "Revoke the user's Temporary Access Pass",
            delete(revoke),
        )
        .tag("users")
        .access(Access::Manage)
        .describe(
            "Every session a pass of the user opened ends (also one of a used one-time \
             pass). Idempotent: 204 also when there was nothing to revoke (and nothing is \
             audited then).",
        )
        .ok(204, "Revoked", None),
    ]
}

pub(super) fn schemas() -> Value {
    json!({
        "AccessPassRequest": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "lifetime_minutes": {"type": "integer", "minimum": 10, "maximum": 480, "default": 60},
                "one_time": {"type": "boolean", "default": false},
            }
        },
        "IssuedAccessPass": object(json!({
            "pass": {"type": "string", "description": "16 characters in groups of four; shown only this once"},
            "expires_at": time(),
            "lifetime_minutes": {"type": "integer"},
            "one_time": {"type": "boolean"},
        })),
        "AccessPass": object(json!({
            "active": {"type": "boolean", "description": "A usable pass or an open session a pass opened: something DELETE would end. Without a usable pass the pass fields are null"},
            "issued_by": {"type": ["string", "null"]},
            "created_at": nullable_time(),
            "expires_at": nullable_time(),
            "one_time": {"type": ["boolean", "null"]},
            "used_at": nullable_time(),
            "session_until": nullable_time(),
        })),
    })
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct IssueBody {
    #[serde(default)]
    lifetime_minutes: Option<u32>,
    #[serde(default)]
    one_time: bool,
}

async fn issue(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<IssueBody>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    let req = PassRequest {
        lifetime_minutes: b.lifetime_minutes.unwrap_or(DEFAULT_LIFETIME_MINUTES),
        one_time: b.one_time,
    };
    let issued = access_pass::issue(&state, &auth.actor(), &user, req).await?;
    let location = format!("/api/v1/users/{}/access-pass", user.id);
    Ok((
        StatusCode::CREATED,
        [(axum::http::header::LOCATION, location)],
        axum::Json(json!({
            "pass": issued.pass.expose(),
            "expires_at": rfc3339(issued.expires_at),
            "lifetime_minutes": issued.lifetime_minutes,
            "one_time": issued.one_time,
        })),
    )
        .into_response())
}

async fn show(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    auth.actor().require_manage(&user)?;
    let now = access_pass::current(&state, &user).await?;
    let active = now.active();
    let session_until = now.session_until.map(rfc3339);
    let body = match now.pass {
        Some(p) => json!({
            "active": true,
            "issued_by": p.issued_by,
            "created_at": rfc3339(p.created_at),
            "expires_at": rfc3339(p.expires_at),
            "one_time": p.one_time,
            "used_at": p.used_at.map(rfc3339),
            "session_until": session_until,
        }),
        None => json!({"active": active, "issued_by": null, "created_at": null,
                       "expires_at": null, "one_time": null, "used_at": null,
                       "session_until": session_until}),
    };
    Ok(axum::Json(body).into_response())
}

async fn revoke(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    // Idempotent: nothing to revoke is already the state asked for.
    access_pass::revoke(&state, &auth.actor(), &user).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
