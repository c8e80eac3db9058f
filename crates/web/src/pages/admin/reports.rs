//! `/admin/reports`: "Usage & insights". Registration coverage (by method, by group),
//! resets and unlocks per day, the most common failure reasons, the users still to
//! register (as CSV too), and reminder emails to a group's unregistered members.

use axum::extract::{Extension, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use latchkey_core::policy::Method;
use latchkey_i18n::{FluentValue, t, tr};
use serde::Deserialize;

use super::{actor, layout};
use crate::charts;
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::reports;
use crate::session::RequireAdmin;
use crate::state::AppState;
use crate::views::{ReportsPage, render};

pub use crate::service::reports::{Coverage, coverage};

/// A method's name on the page, from the label the coverage counts it under.
fn method_label(label: &str) -> String {
    let key = match Method::ALL.iter().find(|m| m.label() == label) {
        Some(Method::AppCode) => "admin-reports-method-app-code",
        Some(Method::Email) => "admin-reports-method-email",
        Some(Method::MobilePhone) => "admin-reports-method-mobile-phone",
        Some(Method::OfficePhone) => "admin-reports-method-office-phone",
        Some(Method::Questions) => "admin-reports-method-questions",
        Some(Method::AppNotification) => "admin-reports-method-app-notification",
        Some(Method::Passkey) => "admin-reports-method-passkey",
        None => return label.to_owned(),
    };
    t(key)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Query {
    days: String,
}

/// `GET /admin/reports`: "Usage & insights": coverage by method and group, resets,
/// unlocks, failures and blocks per day over `?days=` (1 to 365, default 30, UTC days),
/// the ten most common failure reasons and the users still to register; `?reminded=N` adds
/// a notice.
///
/// Administrators only (see [`RequireAdmin`]). Errors: 500 when the store fails.
pub async fn show(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let q: Query =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or_default()).unwrap_or_default();
    let days = q.days.parse::<i64>().unwrap_or(reports::DEFAULT_DAYS);
    let notice = raw
        .as_deref()
        .and_then(|r| r.strip_prefix("reminded="))
        .map(|n| {
            let n: FluentValue = match n.parse::<i64>() {
                Ok(n) => n.into(),
                Err(_) => n.to_owned().into(),
            };
            tr("admin-reports-reminded", &[("n", n)])
        });
    let cov = coverage(&state).await?;
    // Today's snapshot is taken here when the job hasn't taken it yet.
    let history = crate::service::campaigns::history_with_today(
        &state,
        crate::service::campaigns::DEFAULT_HISTORY_DAYS,
        &cov,
    )
    .await?;
    let history_rows: Vec<(String, u64)> = history
        .iter()
        .map(|d| (d.day.clone(), d.percent()))
        .collect();
    let total = cov.in_scope.len() as u64;
    let registered = cov.registered.len() as u64;

    let by_group: Vec<(String, u64, u64)> = reports::by_group(&state, &cov)
        .await?
        .into_iter()
        .map(|g| (g.name, g.registered, g.members))
        .collect();
    let act = reports::activity(&state, days).await?;
    let days = act.days;
    let (day_rows, top) = (act.per_day, act.reasons);
    let method_rows: Vec<(String, u64, u64)> = cov
        .by_method
        .iter()
        .map(|(m, n)| (method_label(m), *n, total))
        .collect();
    let unregistered: Vec<(String, String)> = cov
        .unregistered()
        .map(|u| (u.username.to_string(), u.display_name.clone()))
        .collect();
    Ok(render(&ReportsPage {
        layout: layout(&state, &t("admin-reports-title"), &csrf, &a),
        total,
        registered,
        percent: cov.percent(),
        coverage_svg: charts::bars("cov", &t("admin-reports-by-method"), &method_rows),
        method_rows,
        group_svg: charts::bars("grp", &t("admin-reports-group-chart"), &by_group),
        group_rows: by_group,
        days_svg: charts::days(
            "days",
            &tr("admin-reports-day-chart", &[("days", days.into())]),
            &day_rows,
        ),
        day_rows,
        days,
        reasons: top,
        unregistered,
        groups: state.store.group_list().await?,
        notice,
        history_svg: charts::percent_days("hist", &t("campaigns-history-chart"), &history_rows),
        history: history
            .into_iter()
            .map(|d| {
                let percent = d.percent();
                (d.day, d.registered, d.in_scope, percent)
            })
            .collect(),
    }))
}

/// `GET /admin/reports/unregistered.csv`: the users in scope not registered enough, as a
/// CSV download (RFC 4180, CRLF lines): username, display name, email; every field quoted,
/// and a leading `= + - @` escaped with `'` against spreadsheet formulas.
///
/// Administrators only (see [`RequireAdmin`]); a password administrator gets the
/// addresses masked (`m***@contoso.com`), as everywhere else. Errors: 500 when the store
/// fails.
pub async fn unregistered_csv(
    State(state): State<AppState>,
    RequireAdmin(a): RequireAdmin,
) -> Result<Response, PageError> {
    let full = a.user.role == latchkey_core::directory::Role::GlobalAdmin;
    let cov = coverage(&state).await?;
    let mut out = String::from("username,display_name,email\r\n");
    let field = |s: &str| {
        // Quote everything; neutralise spreadsheet formulas.
        let s = if s.starts_with(['=', '+', '-', '@']) {
            format!("'{s}")
        } else {
            s.to_owned()
        };
        format!("\"{}\"", s.replace('"', "\"\""))
    };
    for u in cov.unregistered() {
        out.push_str(&format!(
            "{},{},{}\r\n",
            field(u.username.as_str()),
            field(&u.display_name),
            field(&u.email.as_ref().map_or(String::new(), |e| if full {
                e.as_str().to_owned()
            } else {
                e.masked()
            }))
        ));
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"unregistered-users.csv\"",
            ),
        ],
        out,
    )
        .into_response())
}

/// The reminder form on the reports page, posted to `POST /admin/reports/remind`: a
/// group's id, or empty for everyone.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemindForm {
    group: String,
}

/// `POST /admin/reports/remind` ([`RemindForm`]): emails the unregistered, in-scope
/// members of a group (all of them with no group) a link to /setup
/// ([`reports::send_reminders`]) and redirects (303) to `/admin/reports?reminded=N`.
///
/// Errors: 400 for a group that isn't one; 403 unless a global administrator or for a
/// failed CSRF check; 500 when the store fails.
pub async fn remind(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(f): CsrfForm<RemindForm>,
) -> Result<Response, PageError> {
    let group = match f.group.trim() {
        "" => None,
        g => Some(
            g.parse::<i64>()
                .map_err(|_| PageError::BadRequest(t("admin-reports-error-choose-group")))?,
        ),
    };
    let sent = reports::send_reminders(&state, &actor(&a, &ip, &rid), group).await?;
    Ok(axum::response::Redirect::to(&format!("/admin/reports?reminded={sent}")).into_response())
}
