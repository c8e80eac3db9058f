//! `/api/v1/password-expiry` and `/api/v1/reports/expiring`, `/api/v1/reports/expiry-reminders`:
//! password expiry as the portal's `/admin/expiry` shows it — the settings, per-group
//! maximum ages, the accounts expiring soon and the reminders sent
//! ([`crate::service::expiry`]).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, put};
use latchkey_core::clock::rfc3339;
use latchkey_core::expiry::{ExpirySettings, MAX_AGE_DAYS, MAX_REMINDER_DAYS, MAX_REMINDERS};
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::{ApiJson, Params, path_id};
use super::openapi::{Access, Op, object, param, schema_ref, time};
use crate::error::ApiError;
use crate::service::expiry::{self as service, DEFAULT_REPORT_DAYS, MAX_REPORT_DAYS};
use crate::state::AppState;

pub(super) fn ops() -> Vec<Op> {
    vec![
        Op::new(
            "get",
            "/api/v1/password-expiry",
            "getPasswordExpiry",
            "Password expiry settings and the groups with a maximum age of their own",
            get(show),
        )
        .tag("policy")
        .ok(200, "The settings", Some(schema_ref("PasswordExpiry"))),
        Op::new(
            "put",
            "/api/v1/password-expiry",
            "setPasswordExpiry",
            "Change the password expiry settings",
            put(save),
        )
        .tag("policy")
        .access(Access::Global)
        .describe(
            "`max_age_days` 0 turns expiry off for Latchkey's own accounts (accounts from the \
             on-premises directory follow the directory's expiry). Reminder days are distinct, \
             each 1 to 90, stored largest first. Written with compare-and-swap: 409 when \
             someone changed the settings meanwhile.",
        )
        .body(
            schema_ref("PasswordExpirySettings"),
            json!({"max_age_days": 90, "reminder_days": [14, 7, 3, 1], "remind_by_email": true, "remind_by_sms": true}),
        )
        .ok(200, "Saved", Some(schema_ref("PasswordExpirySettings")))
        .errors(&[409]),
        Op::new(
            "put",
            "/api/v1/password-expiry/groups/{id}",
            "setGroupMaxPasswordAge",
            "Give a group a maximum password age of its own",
            put(set_group),
        )
        .tag("policy")
        .access(Access::Global)
        .describe(
            "Applies to the group's members, nested groups included; a user in several such \
             groups gets the smallest. Replaces the group's age when it had one.",
        )
        .body(schema_ref("GroupMaxAgeRequest"), json!({"max_age_days": 30}))
        .ok(204, "Saved", None),
        Op::new(
            "delete",
            "/api/v1/password-expiry/groups/{id}",
            "removeGroupMaxPasswordAge",
            "Remove a group's own maximum password age",
            delete(remove_group),
        )
        .tag("policy")
        .access(Access::Global)
        .ok(204, "Removed (also when it had none)", None),
        Op::new(
            "get",
            "/api/v1/reports/expiring",
            "listExpiringPasswords",
            "Enabled accounts whose password expires within N days (expired ones included)",
            get(expiring),
        )
        .tag("reports")
        .describe("Soonest first. `rule` says whose expiry applies: `latchkey` or `directory`.")
        .query(vec![param(
            "days",
            "Within this many days (default 14, 1 to 365).",
            json!({"type": "integer", "minimum": 1, "maximum": MAX_REPORT_DAYS, "default": DEFAULT_REPORT_DAYS}),
        )])
        .ok(200, "The accounts", Some(schema_ref("ExpiringPasswords"))),
        Op::new(
            "get",
            "/api/v1/reports/expiry-reminders",
            "listExpiryReminders",
            "Password expiry reminders sent in the last 30 days, with their delivery",
            get(reminders),
        )
        .tag("reports")
        .describe(
            "One item per message, newest first (at most 1000). `state` is `queued`, \
             `failed` (with `last_error`) or `sent`.",
        )
        .ok(200, "The reminders", Some(schema_ref("ExpiryReminders"))),
    ]
}

pub(super) fn schemas() -> Value {
    let settings = json!({
        "type": "object",
        "additionalProperties": false,
        "properties": {
            "max_age_days": {"type": "integer", "minimum": 0, "maximum": MAX_AGE_DAYS, "default": 0},
            "reminder_days": {"type": "array", "maxItems": MAX_REMINDERS, "uniqueItems": true,
                              "items": {"type": "integer", "minimum": 1, "maximum": MAX_REMINDER_DAYS},
                              "default": [14, 7, 3, 1]},
            "remind_by_email": {"type": "boolean", "default": true},
            "remind_by_sms": {"type": "boolean", "default": true},
        }
    });
    let group_age = object(json!({
        "group_id": {"type": "integer"},
        "name": {"type": "string"},
        "max_age_days": {"type": "integer", "minimum": 1, "maximum": MAX_AGE_DAYS},
    }));
    json!({
        "PasswordExpirySettings": settings,
        "PasswordExpiry": object(json!({
            "settings": schema_ref("PasswordExpirySettings"),
            "groups": {"type": "array", "items": group_age},
        })),
        "GroupMaxAgeRequest": {
            "type": "object",
            "additionalProperties": false,
            "required": ["max_age_days"],
            "properties": {"max_age_days": {"type": "integer", "minimum": 1, "maximum": MAX_AGE_DAYS}},
        },
        "ExpiringPasswords": object(json!({
            "days": {"type": "integer", "minimum": 1, "maximum": MAX_REPORT_DAYS},
            "items": {"type": "array", "items": object(json!({
                "id": {"type": "integer"},
                "username": {"type": "string"},
                "display_name": {"type": "string"},
                "expires_at": time(),
                "days_left": {"type": "integer", "minimum": 0},
                "expired": {"type": "boolean"},
                "rule": {"type": "string", "enum": ["latchkey", "directory"]},
            }))},
        })),
        "ExpiryReminders": object(json!({
            "items": {"type": "array", "items": object(json!({
                "user_id": {"type": "integer"},
                "username": {"type": "string"},
                "expires_at": time(),
                "days_before": {"type": "integer", "minimum": 1},
                "sent_at": time(),
                "channel": {"type": "string", "enum": ["email", "sms"]},
                "state": {"type": "string", "enum": ["queued", "failed", "sent"]},
                "last_error": {"type": "string"},
            }))},
        })),
    })
}

fn settings_json(s: &ExpirySettings) -> Value {
    json!({
        "max_age_days": s.max_age_days,
        "reminder_days": s.reminder_days,
        "remind_by_email": s.remind_by_email,
        "remind_by_sms": s.remind_by_sms,
    })
}

async fn show(State(state): State<AppState>, _auth: ApiAuth) -> Result<Response, ApiError> {
    let settings = service::load(&state).await?.value;
    let groups: Vec<Value> = service::group_ages(&state)
        .await?
        .into_iter()
        .map(|g| json!({"group_id": g.group_id, "name": g.group_name, "max_age_days": g.max_age_days}))
        .collect();
    Ok(axum::Json(json!({"settings": settings_json(&settings), "groups": groups})).into_response())
}

async fn save(
    State(state): State<AppState>,
    auth: ApiAuth,
    ApiJson(b): ApiJson<ExpirySettings>,
) -> Result<Response, ApiError> {
    let saved = service::save(&state, &auth.actor(), b).await?;
    Ok(axum::Json(settings_json(&saved)).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupAge {
    max_age_days: u32,
}

async fn set_group(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<GroupAge>,
) -> Result<Response, ApiError> {
    let id = path_id(&id)?;
    service::set_group_age(&state, &auth.actor(), id, Some(b.max_age_days)).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn remove_group(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = path_id(&id)?;
    service::set_group_age(&state, &auth.actor(), id, None).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn expiring(
    State(state): State<AppState>,
    _auth: ApiAuth,
    q: Params,
) -> Result<Response, ApiError> {
    q.only(&["days"])?;
    let days = q.int("days", DEFAULT_REPORT_DAYS, 1, MAX_REPORT_DAYS)?;
    let items: Vec<Value> = service::expiring(&state, days)
        .await?
        .into_iter()
        .map(|e| {
            json!({
                "id": e.user_id,
                "username": e.username,
                "display_name": e.display_name,
                "expires_at": rfc3339(e.expires_at),
                "days_left": e.days_left,
                "expired": e.days_left == 0,
                "rule": e.source.as_str(),
            })
        })
        .collect();
    Ok(axum::Json(json!({"days": days, "items": items})).into_response())
}

async fn reminders(State(state): State<AppState>, _auth: ApiAuth) -> Result<Response, ApiError> {
    let items: Vec<Value> = service::sent(&state)
        .await?
        .into_iter()
        .map(|r| {
            json!({
                "user_id": r.user_id,
                "username": r.username,
                "expires_at": rfc3339(r.expires_at),
                "days_before": r.days_before,
                "sent_at": rfc3339(r.sent_at),
                "channel": r.channel,
                "state": r.state,
                "last_error": r.last_error,
            })
        })
        .collect();
    Ok(axum::Json(json!({"items": items})).into_response())
}
