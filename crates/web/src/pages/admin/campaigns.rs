//! `/admin/campaigns`: the registration campaign's settings (global administrators edit,
//! password administrators read), linked from "Usage & insights"; and
//! `/admin/users/import-contacts`: contact details for many users from a CSV file, with a
//! preview before anything is written ([`crate::service::contacts_import`]).

use askama::Template;
use axum::extract::{Extension, FromRequest, Multipart, RawQuery, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::campaign::CampaignSettings;
use latchkey_i18n::t;
use serde::Deserialize;
use subtle::ConstantTimeEq;

use super::{actor, layout, require_global};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::contacts_import::{ContactChange, import_contacts};
use crate::service::import::{BadRow, words};
use crate::service::{ServiceError, campaigns};
use crate::session::RequireAdmin;
use crate::state::AppState;
use crate::views::{FormErrors, Layout, render};

/// `templates/admin/campaigns.html`: the registration campaign (`GET /admin/campaigns`).
#[derive(Template)]
#[template(path = "admin/campaigns.html")]
pub struct CampaignPage {
    /// Shared layout.
    pub layout: Layout,
    /// The settings in force, or as typed when they were refused.
    pub settings: CampaignSettings,
    /// The interval as typed.
    pub interval: String,
    /// Problems with what was typed.
    pub errors: FormErrors,
    /// Users reminded within the current interval.
    pub reminded: usize,
    /// A status line, after saving.
    pub notice: Option<String>,
}

/// The settings form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    enabled: String,
    interval_days: String,
    include_reconfirm: String,
}

async fn page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &crate::session::Authed,
    settings: CampaignSettings,
    interval: String,
    errors: FormErrors,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let stored = campaigns::settings(state).await?;
    let reminded = state
        .store
        .campaign_reminded_since(state.now() - stored.interval_secs())
        .await?
        .len();
    Ok(render(&CampaignPage {
        layout: layout(state, &t("campaigns-title"), csrf, a),
        settings,
        interval,
        errors,
        reminded,
        notice,
    }))
}

/// `GET /admin/campaigns`: the campaign's settings and how many users were reminded within
/// the interval; `?saved=1` adds a notice. Administrators only (see [`RequireAdmin`]);
/// the form is read-only for a password administrator. Errors: 500 when the store fails.
pub async fn show(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let s = campaigns::settings(&state).await?;
    let notice = (raw.as_deref() == Some("saved=1")).then(|| t("campaigns-saved"));
    page(
        &state,
        &csrf,
        &a,
        s,
        s.interval_days.to_string(),
        FormErrors::default(),
        notice,
    )
    .await
}

/// `POST /admin/campaigns` ([`SettingsForm`]): saves the settings
/// ([`campaigns::save_settings`]) and redirects (303) to `/admin/campaigns?saved=1`; a
/// refused interval shows the form again with its error (400).
///
/// Errors: 403 unless a global administrator, or for a failed CSRF check; 400 when
/// another administrator saved meanwhile; 500 when the store fails.
pub async fn save(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(f): CsrfForm<SettingsForm>,
) -> Result<Response, PageError> {
    require_global(&a)?;
    let mut errors = FormErrors::default();
    let interval_days = f.interval_days.trim().parse::<u16>().unwrap_or_else(|_| {
        errors.push(
            "interval_days",
            latchkey_i18n::tr(
                "campaigns-error-interval",
                &[
                    ("min", latchkey_core::campaign::MIN_INTERVAL_DAYS.into()),
                    ("max", latchkey_core::campaign::MAX_INTERVAL_DAYS.into()),
                ],
            ),
        );
        0
    });
    let new = CampaignSettings {
        enabled: f.enabled == "true",
        interval_days,
        include_reconfirm: f.include_reconfirm == "true",
    };
    if errors.is_empty() {
        match campaigns::save_settings(&state, &actor(&a, &ip, &rid), new).await {
            Ok(_) => return Ok(Redirect::to("/admin/campaigns?saved=1").into_response()),
            Err(ServiceError::Invalid(e)) => errors = FormErrors(e),
            Err(e) => return Err(e.into()),
        }
    }
    let mut r = page(&state, &csrf, &a, new, f.interval_days, errors, None).await?;
    *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    Ok(r)
}

/// `templates/admin/contacts_import.html`: importing contact details
/// (`/admin/users/import-contacts`).
#[derive(Template)]
#[template(path = "admin/contacts_import.html")]
pub struct ContactsImportPage {
    /// Shared layout.
    pub layout: Layout,
    /// A problem with the file as a whole.
    pub errors: FormErrors,
    /// Bad rows: (line, username, problems in words).
    pub bad_rows: Vec<(u64, String, String)>,
    /// After a preview: the file's text (sent again to apply it), its name and the changes.
    pub preview: Option<(String, String, Vec<ContactChange>)>,
    /// Rows that change nothing, in the preview or the result.
    pub unchanged: u64,
    /// After applying: how many users' contacts changed.
    pub applied: Option<usize>,
}

fn import_page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &crate::session::Authed,
) -> ContactsImportPage {
    ContactsImportPage {
        layout: layout(state, &t("campaigns-import-title"), csrf, a),
        errors: FormErrors::default(),
        bad_rows: Vec::new(),
        preview: None,
        unchanged: 0,
        applied: None,
    }
}

/// `GET /admin/users/import-contacts`: the upload form. Global administrators only.
pub async fn import_form(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
) -> Result<Response, PageError> {
    require_global(&a)?;
    Ok(render(&import_page(&state, &csrf, &a)))
}

/// `POST /admin/users/import-contacts` (multipart: `csrf`, `action` = `preview` or
/// `apply`, the file as `file`, or its text as `csv` when applying a preview): checks
/// the file and shows what would change (`preview`), or imports it (`apply`) and shows
/// what changed. Bad rows are listed with their lines (400) and nothing is written.
///
/// Errors: 403 unless a global administrator, for a foreign origin or a wrong CSRF
/// token; 413 over the body limit; 500 when the store fails.
pub async fn import(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    req: Request,
) -> Result<Response, PageError> {
    require_global(&a)?;
    if !crate::form::same_origin(&req, &state) {
        return Err(PageError::Csrf);
    }
    let unreadable = || PageError::BadRequest(t("page-error-form-unreadable"));
    let mut form = Multipart::from_request(req, &state)
        .await
        .map_err(|_| unreadable())?;
    let (mut token, mut action, mut name) = (String::new(), String::new(), String::new());
    let mut bytes: Vec<u8> = Vec::new();
    while let Some(field) = form.next_field().await.map_err(|e| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            PageError::TooLarge
        } else {
            unreadable()
        }
    })? {
        let field_name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let data = field.bytes().await.map_err(|_| PageError::TooLarge)?;
        match field_name.as_str() {
            "csrf" => token = String::from_utf8_lossy(&data).into_owned(),
            "action" => action = String::from_utf8_lossy(&data).into_owned(),
            "file_name" => name = String::from_utf8_lossy(&data).into_owned(),
            "file" | "csv" if !data.is_empty() => {
                if let Some(f) = file_name {
                    name = f;
                }
                bytes = data.to_vec();
            }
            _ => {}
        }
    }
    if token.is_empty() || !bool::from(token.as_bytes().ct_eq(csrf.0.as_bytes())) {
        return Err(PageError::Csrf);
    }
    let mut p = import_page(&state, &csrf, &a);
    if bytes.is_empty() {
        p.errors.push("file", t("campaigns-import-choose-file"));
        return Ok(bad_request(&p));
    }
    let dry_run = action != "apply";
    match import_contacts(&state, &actor(&a, &ip, &rid), &bytes, &name, dry_run).await {
        Ok(r) => {
            p.unchanged = r.unchanged;
            if dry_run {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                p.preview = Some((text, name, r.changes));
            } else {
                p.applied = Some(r.changes.len());
            }
            Ok(render(&p))
        }
        Err(ServiceError::InvalidRows(rows)) => {
            p.bad_rows = rows.iter().map(row_words).collect();
            Ok(bad_request(&p))
        }
        Err(ServiceError::Invalid(e)) => {
            p.errors = FormErrors(e);
            Ok(bad_request(&p))
        }
        Err(e) => Err(e.into()),
    }
}

fn row_words(r: &BadRow) -> (u64, String, String) {
    (r.line, r.username.clone(), words(&r.problems))
}

fn bad_request(p: &ContactsImportPage) -> Response {
    let mut r = render(p);
    *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    r
}
