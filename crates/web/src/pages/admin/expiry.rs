//! `/admin/expiry`: password expiry. The settings and the per-group maximum ages (global
//! administrators change them; password administrators read them), the accounts whose
//! password expires within N days (as CSV too) and the reminders sent.

use askama::Template;
use axum::extract::{Extension, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::directory::Role;
use latchkey_core::expiry::{self, ExpirySettings};
use latchkey_core::store::GroupMaxAge;
use latchkey_i18n::t;
use serde::Deserialize;

use super::{actor, form_errors, layout};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::ServiceError;
use crate::service::expiry::{self as service, Source};
use crate::session::{Authed, RequireAdmin};
use crate::state::AppState;
use crate::views::{FormErrors, Layout, render};

/// An account of the expiring-accounts report, as the page shows it.
pub struct ExpiringRow {
    /// The user's id (their page's link).
    pub user_id: i64,
    /// Username.
    pub username: String,
    /// Display name.
    pub display_name: String,
    /// When it expires (RFC 3339 UTC).
    pub expires: String,
    /// Whole days left.
    pub days_left: i64,
    /// Whose rule, in words.
    pub source: String,
}

/// A message of a reminder sent, as the page shows it.
pub struct SentRow {
    /// When it was queued (RFC 3339 UTC).
    pub when: String,
    /// Username.
    pub username: String,
    /// Days before the expiry.
    pub days_before: u32,
    /// `email` or `sms`.
    pub channel: String,
    /// Where its delivery stands, in words.
    pub state: String,
    /// The provider's last answer when it failed.
    pub error: String,
}

/// `templates/admin/expiry.html` (`GET /admin/expiry`).
#[derive(Template)]
#[template(path = "admin/expiry.html")]
pub struct ExpiryPage {
    /// Shared layout.
    pub layout: Layout,
    /// A global administrator: the forms are shown.
    pub can_edit: bool,
    /// The maximum age field.
    pub max_age_days: String,
    /// The reminder days field (`14, 7, 3, 1`).
    pub reminder_days: String,
    /// Remind by email.
    pub by_email: bool,
    /// Remind by text.
    pub by_sms: bool,
    /// Problems with the last form sent.
    pub errors: FormErrors,
    /// What the last change did.
    pub notice: Option<String>,
    /// Groups with an age of their own.
    pub group_ages: Vec<GroupMaxAge>,
    /// Every group (id, name), for the override form.
    pub groups: Vec<(i64, String)>,
    /// The report's horizon in days.
    pub days: i64,
    /// Accounts expiring within `days`.
    pub expiring: Vec<ExpiringRow>,
    /// Reminder messages of the last 30 days.
    pub sent: Vec<SentRow>,
}

fn days_text(days: &[u32]) -> String {
    days.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn state_words(state: &str) -> String {
    match state {
        "queued" => t("expiry-state-queued"),
        "failed" => t("expiry-state-failed"),
        _ => t("expiry-state-sent"),
    }
}

/// The page's query: `?days=` (the report's horizon) and `?saved=` (a notice).
#[derive(Deserialize, Default)]
#[serde(default)]
struct Query {
    days: String,
    saved: String,
}

fn query(raw: Option<&str>) -> Query {
    serde_urlencoded::from_str(raw.unwrap_or_default()).unwrap_or_default()
}

/// The report's horizon from `?days=` (default 14).
fn report_days(raw: &str) -> Result<i64, PageError> {
    let days = if raw.trim().is_empty() {
        service::DEFAULT_REPORT_DAYS
    } else {
        raw.trim().parse::<i64>().unwrap_or(0)
    };
    service::report_days(days).map_err(PageError::from)
}

/// The form as the page shows it: what was typed (after a refusal) or what is stored.
struct Shown {
    max_age_days: String,
    reminder_days: String,
    by_email: bool,
    by_sms: bool,
}

impl From<&ExpirySettings> for Shown {
    fn from(s: &ExpirySettings) -> Self {
        Self {
            max_age_days: s.max_age_days.to_string(),
            reminder_days: days_text(&s.reminder_days),
            by_email: s.remind_by_email,
            by_sms: s.remind_by_sms,
        }
    }
}

async fn page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    days: i64,
    shown: Option<Shown>,
    errors: FormErrors,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let settings = service::load(state).await?.value;
    let shown = shown.unwrap_or_else(|| Shown::from(&settings));
    let expiring = service::expiring(state, days)
        .await?
        .into_iter()
        .map(|e| ExpiringRow {
            user_id: e.user_id,
            username: e.username,
            display_name: e.display_name,
            expires: crate::views::admin_datetime(e.expires_at),
            days_left: e.days_left,
            source: match e.source {
                Source::Local => t("expiry-source-local"),
                Source::Directory => t("expiry-source-directory"),
            },
        })
        .collect();
    let sent = service::sent(state)
        .await?
        .into_iter()
        .map(|s| SentRow {
            when: crate::views::admin_datetime(s.sent_at),
            username: s.username,
            days_before: s.days_before,
            channel: t(if s.channel == "sms" {
                "helpdesk-channel-mobile-sms"
            } else {
                "helpdesk-channel-email"
            }),
            state: state_words(&s.state),
            error: s.last_error,
        })
        .collect();
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::BAD_REQUEST
    };
    let mut r = render(&ExpiryPage {
        layout: layout(state, &t("expiry-title"), csrf, a),
        can_edit: a.user.role == Role::GlobalAdmin,
        max_age_days: shown.max_age_days,
        reminder_days: shown.reminder_days,
        by_email: shown.by_email,
        by_sms: shown.by_sms,
        errors,
        notice,
        group_ages: service::group_ages(state).await?,
        groups: state
            .store
            .group_list()
            .await?
            .into_iter()
            .map(|g| (g.id, g.name))
            .collect(),
        days,
        expiring,
        sent,
    });
    if r.status().is_success() {
        *r.status_mut() = status;
    }
    Ok(r)
}

/// `GET /admin/expiry`: the settings, the per-group ages, the accounts expiring within
/// `?days=` days (1 to 365, default 14) and the reminders sent in the last 30 days.
///
/// Administrators only (see [`RequireAdmin`]). Errors: 400 for `days` out of range, 500
/// when the store fails.
pub async fn show(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let q = query(raw.as_deref());
    let days = report_days(&q.days)?;
    let notice = match q.saved.as_str() {
        "settings" => Some(t("expiry-saved")),
        "group" => Some(t("expiry-group-saved")),
        _ => None,
    };
    page(&state, &csrf, &a, days, None, FormErrors::default(), notice).await
}

/// The settings form, posted to `POST /admin/expiry`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    max_age_days: String,
    reminder_days: String,
    remind_by_email: Option<String>,
    remind_by_sms: Option<String>,
}

/// `POST /admin/expiry` ([`SettingsForm`]): saves the settings and redirects (303) to
/// `/admin/expiry?saved=settings`; a refusal re-renders the page with status 400 and the
/// problems beside their fields.
///
/// Errors: 403 unless a global administrator or for a failed CSRF check; 409-like 400
/// when someone else saved meanwhile; 500 when the store fails.
pub async fn save(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(f): CsrfForm<SettingsForm>,
) -> Result<Response, PageError> {
    let mut errors = FormErrors::default();
    let max_age_days = f.max_age_days.trim().parse::<u32>().unwrap_or_else(|_| {
        errors.push("max_age_days", t("expiry-error-max-age"));
        0
    });
    let reminder_days = expiry::parse_days(&f.reminder_days).unwrap_or_else(|| {
        errors.push("reminder_days", t("expiry-error-reminder-days"));
        Vec::new()
    });
    let shown = Shown {
        max_age_days: f.max_age_days.clone(),
        reminder_days: f.reminder_days.clone(),
        by_email: f.remind_by_email.is_some(),
        by_sms: f.remind_by_sms.is_some(),
    };
    if errors.is_empty() {
        let new = ExpirySettings {
            max_age_days,
            reminder_days,
            remind_by_email: f.remind_by_email.is_some(),
            remind_by_sms: f.remind_by_sms.is_some(),
        };
        match service::save(&state, &actor(&a, &ip, &rid), new).await {
            Ok(_) => return Ok(Redirect::to("/admin/expiry?saved=settings").into_response()),
            Err(e @ ServiceError::Invalid(_)) => errors = form_errors(e)?,
            Err(e) => return Err(e.into()),
        }
    }
    let days = service::DEFAULT_REPORT_DAYS;
    page(&state, &csrf, &a, days, Some(shown), errors, None).await
}

/// The per-group form, posted to `POST /admin/expiry/groups`: a group's id and its
/// maximum age in days (empty: remove the group's own age).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GroupForm {
    group: String,
    max_age_days: String,
    group_max_age_days: String,
}

/// `POST /admin/expiry/groups` ([`GroupForm`]): sets or removes a group's own maximum
/// age and redirects (303) to `/admin/expiry?saved=group`; a refusal re-renders the page
/// with status 400.
///
/// Errors: 403 unless a global administrator or for a failed CSRF check; 500 when the
/// store fails.
pub async fn save_group(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(f): CsrfForm<GroupForm>,
) -> Result<Response, PageError> {
    let mut errors = FormErrors::default();
    let typed = if f.group_max_age_days.trim().is_empty() {
        f.max_age_days.trim()
    } else {
        f.group_max_age_days.trim()
    };
    let days = if typed.is_empty() {
        None
    } else {
        match typed.parse::<u32>() {
            Ok(d) => Some(d),
            Err(_) => {
                errors.push("group_max_age_days", t("expiry-error-group-age"));
                None
            }
        }
    };
    let group = f.group.trim().parse::<i64>().ok();
    if group.is_none() {
        errors.push("group", t("expiry-error-group"));
    }
    if let (Some(group), true) = (group, errors.is_empty()) {
        match service::set_group_age(&state, &actor(&a, &ip, &rid), group, days).await {
            Ok(()) => return Ok(Redirect::to("/admin/expiry?saved=group").into_response()),
            Err(ServiceError::Invalid(_)) => {
                errors.push("group_max_age_days", t("expiry-error-group-age"));
            }
            Err(ServiceError::NotFound) => errors.push("group", t("expiry-error-group")),
            Err(e) => return Err(e.into()),
        }
    }
    let days = service::DEFAULT_REPORT_DAYS;
    page(&state, &csrf, &a, days, None, errors, None).await
}

/// `GET /admin/expiry/expiring.csv?days=N`: the accounts expiring within N days (1 to
/// 365, default 14) as a CSV download with a header row (see
/// [`service::expiring_csv`]); cells that a spreadsheet would run as formulas are
/// escaped.
///
/// Administrators only (see [`RequireAdmin`]). Errors: 400 for `days` out of range, 500
/// when the store fails.
pub async fn expiring_csv(
    State(state): State<AppState>,
    RequireAdmin(_): RequireAdmin,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let days = report_days(&query(raw.as_deref()).days)?;
    let rows = service::expiring(&state, days).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"expiring-passwords.csv\"",
            ),
        ],
        service::expiring_csv(&rows),
    )
        .into_response())
}
