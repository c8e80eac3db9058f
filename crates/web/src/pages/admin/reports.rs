//! `/admin/reports`: "Usage & insights". Registration coverage (by method, by group),
//! resets and unlocks per day, the most common failure reasons, the users still to
//! register (as CSV too), and reminder emails to a group's unregistered members.

use axum::extract::{Extension, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::User;
use latchkey_core::policy::Method;
use serde::Deserialize;
use std::collections::BTreeMap;

use super::{ctx, layout, require_global};
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
        let methods = registry::load_for(state, &u, &policy).await?.methods(&req);
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

    // Resets and unlocks per day, and the failure reasons, counted by the database: the
    // page holds one row per day and ten reasons however long the log is.
    let now = state.now();
    let start_day = (now / 86_400 - (days - 1)) * 86_400;
    let (day_rows, top) = audit_counts(&state, start_day, days).await?;
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

/// The column of the per-day chart an event of this activity and result counts in: 0
/// succeeded resets and unlocks, 1 failed verifications and passwords, 2 blocks; none for
/// anything else.
fn column(activity_name: &str, result: Outcome) -> Option<usize> {
    match (activity_name, result) {
        (activity::SSPR_RESET | activity::SSPR_UNLOCK, Outcome::Success) => Some(0),
        (activity::SSPR_FAILED_METHOD | activity::SSPR_SUBMITTED_PASSWORD, Outcome::Failure) => {
            Some(1)
        }
        (activity::SSPR_BLOCKED, _) => Some(2),
        _ => None,
    }
}

/// The activities [`column`] counts.
const PER_DAY: [&str; 5] = [
    activity::SSPR_RESET,
    activity::SSPR_UNLOCK,
    activity::SSPR_FAILED_METHOD,
    activity::SSPR_SUBMITTED_PASSWORD,
    activity::SSPR_BLOCKED,
];

/// How many failure reasons the page lists.
const TOP_REASONS: u32 = 10;

/// The audit part of the page over `days` UTC days from `start_day`: per day (`YYYY-MM-DD`)
/// [succeeded, failed, blocked], and the most common failure reasons since `start_day` with
/// their counts. Counted by the store ([`latchkey_core::store::AuditStore::audit_report`]).
async fn audit_counts(
    state: &AppState,
    start_day: i64,
    days: i64,
) -> Result<(Vec<(String, [u64; 3])>, Vec<(String, u64)>), PageError> {
    // Reasons count every failure since the first day, later ones too (a clock ahead on
    // another instance); the days only their own.
    let report = state
        .store
        .audit_report(start_day, i64::MAX, &PER_DAY, TOP_REASONS)
        .await?;
    let first = start_day / 86_400;
    let mut per_day = vec![[0u64; 3]; usize::try_from(days).unwrap_or(0)];
    for c in &report.per_day {
        let slot = usize::try_from(c.day - first)
            .ok()
            .and_then(|i| per_day.get_mut(i));
        if let (Some(s), Some(col)) = (slot, column(&c.activity, c.result)) {
            s[col] += c.count;
        }
    }
    let day_rows = per_day
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let day = (first + i as i64) * 86_400;
            (latchkey_core::clock::rfc3339(day)[..10].to_owned(), v)
        })
        .collect();
    let top = report
        .failures
        .iter()
        .map(|r| (r.label(), r.count))
        .collect();
    Ok((day_rows, top))
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
    for u in cov
        .in_scope
        .iter()
        .filter(|u| !cov.registered.contains(&u.id))
    {
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
    // Queued with their audit event in one transaction and sent by the delivery worker: a
    // slow mail server never holds this page, and a reminder that fails is retried and
    // listed on Deliveries.
    let mut notices = Vec::new();
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
        notices.push(crate::delivery::Notice {
            what: "registration_reminder",
            target: u.username.to_string(),
            message: latchkey_notify::templates::registration_reminder(
                org,
                to.as_str(),
                &u.display_name,
                &url,
            ),
        });
    }
    let sent = notices.len();
    let c = ctx(&a, &ip, &rid);
    let effects = latchkey_core::store::Effects {
        audit: vec![crate::audit::event(
            &state,
            &c,
            activity::REMINDER_SENT,
            &f.group,
            Outcome::Success,
            serde_json::json!({"sent": sent}),
        )],
        deliveries: crate::delivery::queue(&state, &c, notices),
    };
    state.store.effects_commit(&effects).await?;
    state.deliveries_waiting.notify_one();
    Ok(axum::response::Redirect::to(&format!("/admin/reports?reminded={sent}")).into_response())
}
