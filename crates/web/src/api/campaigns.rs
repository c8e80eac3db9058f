//! `/api/v1/registration-campaign`: the registration campaign's settings, as the portal's
//! `/admin/campaigns` shows and saves them ([`crate::service::campaigns`]); and
//! `POST /api/v1/users/import-contacts`: contact details for many users from a CSV file,
//! as the portal's `/admin/users/import-contacts` ([`crate::service::contacts_import`]).

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use latchkey_core::campaign::{CampaignSettings, MAX_INTERVAL_DAYS, MIN_INTERVAL_DAYS};
use latchkey_i18n::t;
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::{ApiJson, Params};
use super::openapi::{Access, Op, object, param, schema_ref};
use crate::error::ApiError;
use crate::service::campaigns;
use crate::service::contacts_import::{self, MAX_BYTES};
use crate::state::AppState;

const PATH: &str = "/api/v1/registration-campaign";

pub(super) fn ops() -> Vec<Op> {
    vec![
        Op::new(
            "get",
            PATH,
            "getRegistrationCampaign",
            "The registration campaign's settings",
            get(show),
        )
        .tag("reports")
        .ok(200, "The settings in force", Some(schema_ref("RegistrationCampaign"))),
        Op::new(
            "put",
            PATH,
            "putRegistrationCampaign",
            "Change the registration campaign's settings",
            axum::routing::put(save),
        )
        .tag("reports")
        .access(Access::Global)
        .describe(
            "Fields left out keep their value. While `enabled`, every user in the \
             self-service scope who hasn't registered enough methods (and, with \
             `include_reconfirm`, whose re-confirmation is due) gets an email with a link \
             to `/setup` every `interval_days` until they have. Audited as *Update \
             registration campaign settings*; 409 `conflict` when another administrator \
             saved them at the same moment.",
        )
        .body(
            schema_ref("RegistrationCampaignInput"),
            json!({"enabled": true, "interval_days": 7}),
        )
        .ok(200, "The settings now in force", Some(schema_ref("RegistrationCampaign")))
        .errors(&[409]),
        Op::new(
            "post",
            "/api/v1/users/import-contacts",
            "importContacts",
            "Set the contact details of many users from a CSV file",
            post(import).layer(DefaultBodyLimit::max(MAX_BYTES * 2)),
        )
        .tag("users")
        .access(Access::Global)
        .describe(
            "The body is the CSV file itself (`Content-Type: text/csv`, at most 2 MiB and \
             10,000 rows): a header row naming `username` and any of `email`, \
             `alternate_email`, `mobile_phone`, `office_phone`, then one row per user. An \
             empty cell keeps the stored value. Every row is checked as the user's page \
             checks contacts; unknown users, synced accounts, your own account, \
             administrators' accounts and a user on two lines are refused. With any bad row nothing is written and the answer is \
             400 `invalid_field` with every problem as `line N.field`. `dry_run=true` answers what would \
             change and writes nothing. Audited as *Import contact details*.",
        )
        .query(vec![
            param(
                "dry_run",
                "`true`: check and answer what would change, write nothing.",
                json!({"type": "boolean", "default": false}),
            ),
            param(
                "file_name",
                "The file's name, for the audit log.",
                json!({"type": "string", "maxLength": 200}),
            ),
        ])
        .body_of(
            "text/csv",
            json!({"type": "string", "maxLength": MAX_BYTES}),
            json!("username,email,alternate_email,mobile_phone,office_phone\n"),
        )
        .ok(200, "Imported (or checked)", Some(schema_ref("ContactImport"))),
    ]
}

pub(super) fn schemas() -> Value {
    let interval =
        json!({"type": "integer", "minimum": MIN_INTERVAL_DAYS, "maximum": MAX_INTERVAL_DAYS});
    json!({
        "RegistrationCampaign": object(json!({
            "enabled": {"type": "boolean"},
            "interval_days": interval,
            "include_reconfirm": {"type": "boolean"},
            "reminded_in_interval": {"type": "integer", "minimum": 0,
                                     "description": "Users reminded within the current interval"},
        })),
        "RegistrationCampaignInput": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "enabled": {"type": "boolean", "description": "Off by default"},
                "interval_days": interval,
                "include_reconfirm": {"type": "boolean", "description": "On by default"},
            }
        },
        "ContactImport": object(json!({
            "rows": {"type": "integer", "minimum": 0},
            "changed": {"type": "integer", "minimum": 0},
            "unchanged": {"type": "integer", "minimum": 0},
            "dry_run": {"type": "boolean"},
            "changes": {"type": "array", "items": object(json!({
                "line": {"type": "integer"},
                "username": {"type": "string"},
                "fields": {"type": "array", "items": object(json!({
                    "field": {"type": "string"},
                    "before": {"type": ["string", "null"]},
                    "after": {"type": "string"},
                }))},
            }))},
        })),
    })
}

async fn settings_json(state: &AppState, s: &CampaignSettings) -> Result<Value, ApiError> {
    let reminded = state
        .store
        .campaign_reminded_since(state.now() - s.interval_secs())
        .await?
        .len();
    Ok(json!({
        "enabled": s.enabled,
        "interval_days": s.interval_days,
        "include_reconfirm": s.include_reconfirm,
        "reminded_in_interval": reminded,
    }))
}

async fn show(State(state): State<AppState>, _auth: ApiAuth) -> Result<Response, ApiError> {
    let s = campaigns::settings(&state).await?;
    Ok(axum::Json(settings_json(&state, &s).await?).into_response())
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct SettingsBody {
    #[serde(default)]
    enabled: Option<bool>,
    #[serde(default)]
    interval_days: Option<i64>,
    #[serde(default)]
    include_reconfirm: Option<bool>,
}

async fn save(
    State(state): State<AppState>,
    auth: ApiAuth,
    ApiJson(b): ApiJson<SettingsBody>,
) -> Result<Response, ApiError> {
    let mut s = campaigns::settings(&state).await?;
    s.enabled = b.enabled.unwrap_or(s.enabled);
    s.include_reconfirm = b.include_reconfirm.unwrap_or(s.include_reconfirm);
    if let Some(days) = b.interval_days {
        // Out of range for the type is out of range for the setting.
        s.interval_days = u16::try_from(days).unwrap_or(0);
    }
    let s = campaigns::save_settings(&state, &auth.actor(), s).await?;
    Ok(axum::Json(settings_json(&state, &s).await?).into_response())
}

async fn import(
    State(state): State<AppState>,
    auth: ApiAuth,
    q: Params,
    req: Request,
) -> Result<Response, ApiError> {
    q.only(&["dry_run", "file_name"])?;
    let csv = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("text/csv"));
    if !csv {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            t("campaigns-api-csv-only"),
        ));
    }
    let dry_run = match q.get("dry_run") {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => return Err(ApiError::field("dry_run", t("campaigns-api-dry-run"))),
    };
    let name = q.text("file_name", 200)?.unwrap_or_default();
    let body = Bytes::from_request(req, &state).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                t("api-error-too-large"),
            )
        } else {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_field",
                t("campaigns-api-csv-only"),
            )
        }
    })?;
    let r = contacts_import::import_contacts(&state, &auth.actor(), &body, &name, dry_run).await?;
    Ok(axum::Json(json!({
        "rows": r.rows,
        "changed": r.changes.len(),
        "unchanged": r.unchanged,
        "dry_run": r.dry_run,
        "changes": r.changes.iter().map(|c| json!({
            "line": c.line,
            "username": c.username,
            "fields": c.fields.iter().map(|(f, before, after)| json!({
                "field": f,
                "before": (!before.is_empty()).then_some(before),
                "after": after,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    }))
    .into_response())
}
