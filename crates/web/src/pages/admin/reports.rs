//! `/admin/reports`: "Usage & insights". Registration coverage (by method, by group),
//! resets and unlocks per day, the most common failure reasons, the users still to
//! register (as CSV too), and reminder emails to a group's unregistered members.

use axum::extract::{Extension, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::User;
use latchkey_core::policy::Method;
use latchkey_core::store::AuditFilter;
use serde::Deserialize;
use std::collections::BTreeMap;

use super::{ctx, layout, require_global};
use crate::audit::record;
use crate::charts;
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::session::RequireAdmin;
use crate::sspr::{in_scope, load_policy, registry};
use crate::state::AppState;
use crate::views::{ReportsPage, render};

/// Who is in scope and who has registered enough.
pub struct Coverage {
    /// Users self-service applies to, by username.
    pub in_scope: Vec<User>,
    /// Ids of those among them registered enough for the policy.
    pub registered: Vec<i64>,
    /// Per method (label, in the order of [`Method::ALL`]; security questions only when the
    /// policy offers them): how many users in scope registered it.
    pub by_method: Vec<(String, u64)>,
}

/// Registration coverage over every user, read now.
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn coverage(state: &AppState) -> Result<Coverage, PageError> {
    let policy = load_policy(state).await?;
    let mut users = Vec::new();
    let mut offset = 0;
    loop {
        let page = state.store.user_list("", offset, 500).await?;
        if page.items.is_empty() {
            break;
        }
        offset += page.items.len() as i64;
        users.extend(page.items);
    }
    let mut c = Coverage {
        in_scope: Vec::new(),
        registered: Vec::new(),
        by_method: Vec::new(),
    };
    let mut counts: BTreeMap<&'static str, u64> = BTreeMap::new();
    for u in users {
        if !in_scope(state, &policy, &u).await? {
            continue;
        }
        let req = policy.requirement(u.role);
        let methods = registry::load(state, u.id).await?.methods(&req);
        for m in &methods {
            *counts.entry(m.label()).or_default() += 1;
        }
        if req.registered_enough(&methods) {
            c.registered.push(u.id);
        }
        c.in_scope.push(u);
    }
    c.by_method = Method::ALL
        .iter()
        .filter(|m| policy.methods.contains(m) || !matches!(m, Method::Questions))
        .map(|m| {
            (
                m.label().to_owned(),
                counts.get(m.label()).copied().unwrap_or(0),
            )
        })
        .collect();
    Ok(c)
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
    let days = q.days.parse::<i64>().unwrap_or(30).clamp(1, 365);
    let notice = raw
        .as_deref()
        .and_then(|r| r.strip_prefix("reminded="))
        .map(|n| {
            if n == "1" {
                "A reminder was sent to 1 unregistered user.".to_owned()
            } else {
                format!("Reminders sent to {n} unregistered users.")
            }
        });
    let cov = coverage(&state).await?;
    let total = cov.in_scope.len() as u64;
    let registered = cov.registered.len() as u64;

    // By group: members (direct or nested) in scope, and how many of them registered.
    let mut by_group = Vec::new();
    for g in state.store.group_list().await? {
        let (mut members, mut reg) = (0u64, 0u64);
        for u in &cov.in_scope {
            if state.store.is_member(u.id, g.id).await? {
                members += 1;
                reg += u64::from(cov.registered.contains(&u.id));
            }
        }
        if members > 0 {
            by_group.push((g.name.clone(), reg, members));
        }
    }

    // Resets and unlocks per day from the audit log.
    let now = state.now();
    let start_day = (now / 86_400 - (days - 1)) * 86_400;
    let filter = AuditFilter {
        since: Some(start_day),
        ..Default::default()
    };
    let mut events = Vec::new();
    let mut offset = 0;
    loop {
        let page = state.store.audit_list(&filter, offset, 5000).await?;
        if page.items.is_empty() {
            break;
        }
        offset += page.items.len() as i64;
        events.extend(page.items);
        if offset >= page.total || offset >= 200_000 {
            break;
        }
    }
    let mut per_day: BTreeMap<i64, [u64; 3]> = (0..days)
        .map(|d| (start_day / 86_400 + d, [0; 3]))
        .collect();
    let mut reasons: BTreeMap<String, u64> = BTreeMap::new();
    for e in &events {
        let slot = per_day.get_mut(&(e.time / 86_400));
        let col = match (e.activity.as_str(), e.result) {
            (activity::SSPR_RESET | activity::SSPR_UNLOCK, Outcome::Success) => Some(0),
            (
                activity::SSPR_FAILED_METHOD | activity::SSPR_SUBMITTED_PASSWORD,
                Outcome::Failure,
            ) => Some(1),
            (activity::SSPR_BLOCKED, _) => Some(2),
            _ => None,
        };
        if let (Some(s), Some(c)) = (slot, col) {
            s[c] += 1;
        }
        if e.result == Outcome::Failure {
            let why = e
                .details
                .get("reason")
                .and_then(|r| r.as_str())
                .or_else(|| e.details.get("rejected").and_then(|r| r.as_str()))
                .or_else(|| e.details.get("method").and_then(|r| r.as_str()))
                .unwrap_or("");
            let key = if why.is_empty() {
                e.activity.clone()
            } else {
                format!("{}: {why}", e.activity)
            };
            *reasons.entry(key).or_default() += 1;
        }
    }
    let day_rows: Vec<(String, [u64; 3])> = per_day
        .into_iter()
        .map(|(d, v)| {
            (
                latchkey_core::clock::rfc3339(d * 86_400)[..10].to_owned(),
                v,
            )
        })
        .collect();
    let mut top: Vec<(String, u64)> = reasons.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    top.truncate(10);
    let method_rows: Vec<(String, u64, u64)> = cov
        .by_method
        .iter()
        .map(|(m, n)| (m.clone(), *n, total))
        .collect();
    let unregistered: Vec<(String, String)> = cov
        .in_scope
        .iter()
        .filter(|u| !cov.registered.contains(&u.id))
        .map(|u| (u.username.to_string(), u.display_name.clone()))
        .collect();
    Ok(render(&ReportsPage {
        layout: layout(&state, "Usage & insights", &csrf, &a),
        total,
        registered,
        percent: (registered * 100).checked_div(total).unwrap_or(0),
        coverage_svg: charts::bars("cov", "Registered users by method", &method_rows),
        method_rows,
        group_svg: charts::bars("grp", "Registration by group", &by_group),
        group_rows: by_group,
        days_svg: charts::days(
            "days",
            &format!("Resets and unlocks per day, last {days} days"),
            &day_rows,
        ),
        day_rows,
        days,
        reasons: top,
        unregistered,
        groups: state.store.group_list().await?,
        notice,
    }))
}

/// `GET /admin/reports/unregistered.csv`: the users in scope not registered enough, as a
/// CSV download (RFC 4180, CRLF lines): username, display name, email; every field quoted,
/// and a leading `= + - @` escaped with `'` against spreadsheet formulas.
///
/// Administrators only (see [`RequireAdmin`]). Errors: 500 when the store fails.
pub async fn unregistered_csv(
    State(state): State<AppState>,
    RequireAdmin(_a): RequireAdmin,
) -> Result<Response, PageError> {
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
    for u in cov
        .in_scope
        .iter()
        .filter(|u| !cov.registered.contains(&u.id))
    {
        out.push_str(&format!(
            "{},{},{}\r\n",
            field(u.username.as_str()),
            field(&u.display_name),
            field(u.email.as_ref().map(|e| e.as_str()).unwrap_or(""))
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

/// Emails the unregistered, in-scope members of a group (all of them with no group) a link to /setup.
pub async fn remind(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(f): CsrfForm<RemindForm>,
) -> Result<Response, PageError> {
    require_global(&a)?;
    let cov = coverage(&state).await?;
    let group = match f.group.trim() {
        "" => None,
        g => Some(
            g.parse::<i64>()
                .map_err(|_| PageError::BadRequest("Choose a group from the list.".into()))?,
        ),
    };
    let org = &state.org_name();
    let url = format!("{}/setup", state.base_url());
    let mut sent = 0;
    for u in cov
        .in_scope
        .iter()
        .filter(|u| !cov.registered.contains(&u.id))
    {
        if let Some(g) = group
            && !state.store.is_member(u.id, g).await?
        {
            continue;
        }
        let Some(to) = u.email.as_ref().or(u.alternate_email.as_ref()) else {
            continue;
        };
        let m = latchkey_notify::templates::registration_reminder(
            org,
            to.as_str(),
            &u.display_name,
            &url,
        );
        match state.delivery.send(&m).await {
            Ok(_) => sent += 1,
            Err(e) => tracing::warn!(%e, "a registration reminder could not be sent"),
        }
    }
    record(
        &state,
        &ctx(&a, &ip, &rid),
        activity::REMINDER_SENT,
        &f.group,
        Outcome::Success,
        serde_json::json!({"sent": sent}),
    )
    .await;
    Ok(axum::response::Redirect::to(&format!("/admin/reports?reminded={sent}")).into_response())
}
