//! `/api/v1/reports/…`: "Usage & insights" as the portal's `/admin/reports` shows it —
//! registration coverage, self-service activity over a period, the users still to
//! register — and registration reminders ([`crate::service::reports`]).

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use latchkey_core::clock::rfc3339;
use latchkey_core::directory::Role;
use latchkey_i18n::t;
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::{ApiJson, Params, page};
use super::openapi::{Access, Op, object, page_of, paging_params, param, schema_ref, time};
use crate::error::ApiError;
use crate::service::campaigns;
use crate::service::reports::{self, DEFAULT_DAYS, MAX_DAYS};
use crate::state::AppState;

pub(super) fn ops() -> Vec<Op> {
    vec![
        Op::new(
            "get",
            "/api/v1/reports/coverage",
            "getRegistrationCoverage",
            "Registration coverage: how many users in scope registered enough, by method and by group",
            get(coverage),
        )
        .tag("reports")
        .ok(200, "Coverage now", Some(schema_ref("Coverage"))),
        Op::new(
            "get",
            "/api/v1/reports/coverage/history",
            "getCoverageHistory",
            "Registration coverage per day: one snapshot a UTC day",
            get(history),
        )
        .tag("reports")
        .describe(
            "The snapshots of the last `days` UTC days, today included, oldest first; days              without one (the server was not running) are left out. Taken once a day by the              server, and when *Usage & insights* is opened.",
        )
        .query(vec![param(
            "days",
            "How many UTC days, today included (default 90, 1 to 365).",
            json!({"type": "integer", "minimum": 1, "maximum": campaigns::MAX_HISTORY_DAYS,
                   "default": campaigns::DEFAULT_HISTORY_DAYS}),
        )])
        .ok(200, "The history", Some(schema_ref("CoverageHistory"))),
        Op::new(
            "get",
            "/api/v1/reports/activity",
            "getResetActivity",
            "Self-service resets, unlocks, failures and blocks per day, and the most common failure reasons",
            get(activity),
        )
        .tag("reports")
        .describe(
            "Over the last `days` UTC days, today included. `succeeded` counts resets and \
             unlocks, `failed` failed verifications and refused passwords, `blocked` accounts \
             blocked from self-service. The reasons are the ten most common of every failed \
             event since the first day.",
        )
        .query(vec![param(
            "days",
            "How many UTC days, today included (default 30, 1 to 365).",
            json!({"type": "integer", "minimum": 1, "maximum": MAX_DAYS, "default": DEFAULT_DAYS}),
        )])
        .ok(200, "The activity", Some(schema_ref("Activity"))),
        Op::new(
            "get",
            "/api/v1/reports/unregistered",
            "listUnregisteredUsers",
            "Users in scope who haven't registered enough security info",
            get(unregistered),
        )
        .tag("reports")
        .describe(
            "By username. A password administrator's token gets the email addresses masked, as \
             in the portal.",
        )
        .query(paging_params())
        .ok(
            200,
            "A page of users",
            Some(page_of("UnregisteredUser")),
        ),
        Op::new(
            "post",
            "/api/v1/reports/reminders",
            "sendRegistrationReminders",
            "Email the unregistered users a link to register",
            post(remind),
        )
        .tag("reports")
        .access(Access::Global)
        .describe(
            "Every unregistered user in scope (or only the members of `group_id`, nested \
             groups included) with an email address gets a reminder with a link to `/setup`. \
             Queued with its audit event and sent by the delivery worker; `sent` says how \
             many were queued.",
        )
        .body(
            schema_ref("ReminderRequest"),
            json!({"group_id": null}),
        )
        .ok(200, "Queued", Some(object(json!({"sent": {"type": "integer", "minimum": 0}})))),
    ]
}

pub(super) fn schemas() -> Value {
    let count = json!({"type": "integer", "minimum": 0});
    json!({
        "Coverage": object(json!({
            "in_scope": count,
            "registered": count,
            "percent": {"type": "integer", "minimum": 0, "maximum": 100},
            "by_method": {"type": "array", "items": object(json!({
                "method": {"type": "string"},
                "registered": count,
            }))},
            "by_group": {"type": "array", "items": object(json!({
                "group_id": {"type": "integer"},
                "name": {"type": "string"},
                "members": count,
                "registered": count,
            }))},
        })),
        "CoverageHistory": object(json!({
            "days": {"type": "integer", "minimum": 1},
            "per_day": {"type": "array", "items": object(json!({
                "day": {"type": "string", "format": "date"},
                "in_scope": count,
                "registered": count,
                "percent": {"type": "integer", "minimum": 0, "maximum": 100},
            }))},
        })),
        "Activity": object(json!({
            "days": {"type": "integer", "minimum": 1, "maximum": MAX_DAYS},
            "since": time(),
            "totals": object(json!({"succeeded": count, "failed": count, "blocked": count})),
            "per_day": {"type": "array", "items": object(json!({
                "day": {"type": "string", "format": "date"},
                "succeeded": count,
                "failed": count,
                "blocked": count,
            }))},
            "failure_reasons": {"type": "array", "items": object(json!({
                "reason": {"type": "string"},
                "count": count,
            }))},
        })),
        "UnregisteredUser": object(json!({
            "id": {"type": "integer"},
            "username": {"type": "string"},
            "display_name": {"type": "string"},
            "email": {"type": ["string", "null"], "description": "Masked for a password administrator"},
        })),
        "ReminderRequest": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "group_id": {"type": ["integer", "null"], "minimum": 1,
                             "description": "Only this group's members; null or left out: everyone"},
            }
        },
    })
}

async fn coverage(State(state): State<AppState>, _auth: ApiAuth) -> Result<Response, ApiError> {
    let cov = reports::coverage(&state).await?;
    let groups = reports::by_group(&state, &cov).await?;
    Ok(axum::Json(json!({
        "in_scope": cov.in_scope.len(),
        "registered": cov.registered.len(),
        "percent": cov.percent(),
        "by_method": cov.by_method.iter()
            .map(|(m, n)| json!({"method": m, "registered": n}))
            .collect::<Vec<_>>(),
        "by_group": groups.iter()
            .map(|g| json!({"group_id": g.id, "name": g.name, "members": g.members, "registered": g.registered}))
            .collect::<Vec<_>>(),
    }))
    .into_response())
}

async fn history(
    State(state): State<AppState>,
    _auth: ApiAuth,
    q: Params,
) -> Result<Response, ApiError> {
    q.only(&["days"])?;
    let days = q.int(
        "days",
        campaigns::DEFAULT_HISTORY_DAYS,
        1,
        campaigns::MAX_HISTORY_DAYS,
    )?;
    campaigns::snapshot_if_missing(&state, state.now()).await?;
    let h = campaigns::history(&state, days).await?;
    Ok(axum::Json(json!({
        "days": days,
        "per_day": h.iter()
            .map(|d| json!({"day": d.day, "in_scope": d.in_scope, "registered": d.registered, "percent": d.percent()}))
            .collect::<Vec<_>>(),
    }))
    .into_response())
}

async fn activity(
    State(state): State<AppState>,
    _auth: ApiAuth,
    q: Params,
) -> Result<Response, ApiError> {
    q.only(&["days"])?;
    let days = q.int("days", DEFAULT_DAYS, 1, MAX_DAYS)?;
    let a = reports::activity(&state, days).await?;
    let [succeeded, failed, blocked] = a.totals();
    Ok(axum::Json(json!({
        "days": a.days,
        "since": rfc3339(a.since),
        "totals": {"succeeded": succeeded, "failed": failed, "blocked": blocked},
        "per_day": a.per_day.iter()
            .map(|(day, [s, f, b])| json!({"day": day, "succeeded": s, "failed": f, "blocked": b}))
            .collect::<Vec<_>>(),
        "failure_reasons": a.reasons.iter()
            .map(|(r, n)| json!({"reason": r, "count": n}))
            .collect::<Vec<_>>(),
    }))
    .into_response())
}

async fn unregistered(
    State(state): State<AppState>,
    auth: ApiAuth,
    q: Params,
) -> Result<Response, ApiError> {
    q.only(&["offset", "limit"])?;
    let p = q.paging()?;
    let full = auth.user.role == Role::GlobalAdmin;
    let cov = reports::coverage(&state).await?;
    let all: Vec<_> = cov.unregistered().collect();
    let items = all
        .iter()
        .skip(usize::try_from(p.offset).unwrap_or(usize::MAX))
        .take(usize::try_from(p.limit).unwrap_or(0))
        .map(|u| {
            json!({
                "id": u.id,
                "username": u.username.as_str(),
                "display_name": u.display_name,
                "email": u.email.as_ref().map(|e| if full { e.as_str().to_owned() } else { e.masked() }),
            })
        })
        .collect();
    Ok(axum::Json(page(items, all.len() as i64, p)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RemindBody {
    #[serde(default)]
    group_id: Option<i64>,
}

async fn remind(
    State(state): State<AppState>,
    auth: ApiAuth,
    ApiJson(b): ApiJson<RemindBody>,
) -> Result<Response, ApiError> {
    let sent = reports::send_reminders(&state, &auth.actor(), b.group_id)
        .await
        .map_err(|e| match e {
            crate::service::ServiceError::Invalid(_) => {
                ApiError::field("group_id", t("api-reports-no-group"))
            }
            other => other.into(),
        })?;
    Ok(axum::Json(json!({"sent": sent})).into_response())
}
