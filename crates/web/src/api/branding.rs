//! `/api/v1/branding`: the organisation's name and logo, shown on every page and message —
//! the same checks and audit event as the portal's Customization section
//! ([`crate::service::branding`]). The logo travels as base64 in the JSON body, so this
//! one body may be larger than 64 KiB (up to [`MAX_BODY`]).

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use latchkey_i18n::{t, tr};
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::openapi::{Access, Op, object, schema_ref};
use crate::error::ApiError;
use crate::form::check_text;
use crate::service::branding::{self, MAX_LOGO, logo_parts};
use crate::service::policy::LogoChange;
use crate::state::{AppState, Branding};

/// The largest body `PUT /api/v1/branding` reads: a logo of [`MAX_LOGO`] in base64 with
/// room to spare.
pub const MAX_BODY: usize = MAX_LOGO * 2;

const PATH: &str = "/api/v1/branding";

pub(super) fn ops() -> Vec<Op> {
    vec![
        Op::new(
            "get",
            PATH,
            "getBranding",
            "The organisation's name and logo",
            get(show),
        )
        .tag("branding")
        .ok(200, "The branding in force", Some(schema_ref("Branding"))),
        Op::new(
            "put",
            PATH,
            "putBranding",
            "Set the organisation's name and logo",
            put(save).layer(DefaultBodyLimit::max(MAX_BODY)),
        )
        .tag("branding")
        .access(Access::Global)
        .describe(
            "`organization_name`: 1 to 64 characters. `logo`: a PNG, JPEG or SVG image of at \
             most 200 KiB in base64 (recognised by its bytes; shown only through `<img>`), \
             `null` to remove it, or left out to keep it. This body may be up to 400 KiB. \
             Audited as *Update organization name and logo*. When the branding is changed by \
             someone else at the same moment, nothing is saved and the answer is 409 \
             `conflict`: read it and retry.",
        )
        .body(
            schema_ref("BrandingInput"),
            json!({"organization_name": "Contoso"}),
        )
        .ok(
            200,
            "The branding now in force",
            Some(schema_ref("Branding")),
        )
        .errors(&[409]),
    ]
}

pub(super) fn schemas() -> Value {
    json!({
        "Branding": object(json!({
            "organization_name": {"type": "string"},
            "logo": {"type": ["string", "null"], "contentEncoding": "base64",
                     "description": "The logo's bytes in base64; null without one"},
            "logo_type": {"type": ["string", "null"], "enum": ["image/png", "image/jpeg", "image/svg+xml", null]},
        })),
        "BrandingInput": {
            "type": "object",
            "additionalProperties": false,
            "required": ["organization_name"],
            "properties": {
                "organization_name": {"type": "string", "minLength": 1, "maxLength": 64},
                "logo": {"type": ["string", "null"], "contentEncoding": "base64",
                         "maxLength": MAX_LOGO.div_ceil(3) * 4,
                         "description": "PNG, JPEG or SVG in base64; null removes the logo; left out keeps it"},
            }
        },
    })
}

fn branding_json(b: &Branding) -> Value {
    let (kind, data) = logo_parts(b).unzip();
    json!({
        "organization_name": b.organization_name,
        "logo": data,
        "logo_type": kind,
    })
}

async fn show(State(state): State<AppState>, _auth: ApiAuth) -> Result<Response, ApiError> {
    let b = crate::service::policy::load_branding(&state).await?.value;
    Ok(axum::Json(branding_json(&b)).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NameBody {
    organization_name: String,
}

fn invalid_json(message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "invalid_json", message)
}

/// The body: JSON as everywhere else, except that `logo` may be longer than the text
/// limit of other fields (it is checked as base64 instead).
async fn read_body(req: Request, state: &AppState) -> Result<(String, LogoChange), ApiError> {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if content_type != "application/json" {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            t("setup-passkey-api-json"),
        ));
    }
    let bytes = Bytes::from_request(req, state).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                t("api-branding-too-large"),
            )
        } else {
            invalid_json(t("api-json-unreadable"))
        }
    })?;
    let v: Value = serde_json::from_slice(&bytes)
        .map_err(|e| invalid_json(tr("api-json-invalid", &[("detail", e.to_string().into())])))?;
    let Value::Object(mut fields) = v else {
        return Err(invalid_json(t("api-json-not-object")));
    };
    let logo = match fields.remove("logo") {
        None => LogoChange::Keep,
        Some(Value::Null) => LogoChange::Remove,
        Some(Value::String(s)) => LogoChange::Replace(branding::logo_from_base64(&s)?),
        Some(_) => {
            return Err(ApiError::field("logo", t("api-branding-logo")));
        }
    };
    for (k, item) in &fields {
        check_text(k, k).map_err(|r| r.api_error())?;
        if let Value::String(s) = item {
            check_text(k, s).map_err(|r| r.api_error())?;
        }
    }
    let body: NameBody = serde_path_to_error::deserialize(Value::Object(fields)).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if path == "." {
            invalid_json(tr(
                "api-json-invalid-for-request",
                &[("detail", inner.to_string().into())],
            ))
        } else {
            ApiError::field(path, inner.to_string())
        }
    })?;
    Ok((body.organization_name, logo))
}

async fn save(
    State(state): State<AppState>,
    auth: ApiAuth,
    req: Request,
) -> Result<Response, ApiError> {
    auth.require_global()?;
    let (name, logo) = read_body(req, &state).await?;
    // A conflicting change at the same moment is 409 `conflict` (ServiceError's mapping).
    let b = branding::update(&state, &auth.ctx, &name, logo).await?;
    Ok(axum::Json(branding_json(&b)).into_response())
}
