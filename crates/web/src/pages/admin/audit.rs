//! `/admin/audit`: the audit log with filters (time range, activity, actor, target,
//! result), one journey by its correlation id with its steps in order, and the filtered
//! events as JSON lines.

use axum::extract::{Extension, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use latchkey_core::audit::{AuditEvent, Outcome};
use latchkey_core::clock::rfc3339;
use latchkey_core::store::AuditFilter;
use latchkey_i18n::t;

use super::layout;
use crate::error::PageError;
use crate::middleware::CsrfToken;
use crate::session::RequireAdmin;
use crate::state::AppState;
use crate::views::{AuditPage, AuditRow, FormErrors, render};

const PAGE: i64 = 50;

pub use crate::audit::AuditQuery;

fn day_start(s: &str) -> Option<i64> {
    let d = time::Date::parse(
        s.trim(),
        &time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()?;
    Some(d.midnight().assume_utc().unix_timestamp())
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.chars().take(256).collect())
}

/// The filter from the query, and problems with dates for the form.
pub fn filter_of(q: &AuditQuery) -> (AuditFilter, FormErrors) {
    let mut errors = FormErrors::default();
    let since = non_empty(&q.from).and_then(|f| {
        let v = day_start(&f);
        if v.is_none() {
            errors.push("from", t("admin-audit-error-from"));
        }
        v
    });
    let until = non_empty(&q.to).and_then(|to| {
        let v = day_start(&to).map(|d| d + 86_400);
        if v.is_none() {
            errors.push("to", t("admin-audit-error-to"));
        }
        v
    });
    let result = non_empty(&q.result).and_then(|r| Outcome::parse(&r));
    let f = AuditFilter {
        activity: non_empty(&q.activity),
        actor: non_empty(&q.actor).map(|a| a.to_lowercase()),
        target: non_empty(&q.target).map(|t| t.to_lowercase()),
        correlation_id: non_empty(&q.correlation_id),
        result,
        since,
        until,
    };
    (f, errors)
}

use crate::views::activity_label;

fn row(e: &AuditEvent) -> AuditRow {
    AuditRow {
        time: rfc3339(e.time),
        activity: activity_label(&e.activity),
        actor: e.actor.clone(),
        target: e.target.clone(),
        client_ip: e.client_ip.clone(),
        result: e.result.as_str().to_owned(),
        correlation_id: e.correlation_id.clone(),
        details: if e.details.as_object().is_some_and(|o| o.is_empty()) {
            String::new()
        } else {
            e.details.to_string()
        },
    }
}

/// `GET /admin/audit`: the audit log page, filtered by the query ([`AuditQuery`]), 50 events
/// a page, newest first; a correlation id shows that journey's steps oldest first (up to
/// 500). Dates that can't be read are shown as form errors and not applied.
///
/// Administrators only (see [`RequireAdmin`]). Errors: 500 when the store fails.
pub async fn show(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let q: AuditQuery =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or_default()).unwrap_or_default();
    let (filter, errors) = filter_of(&q);
    let page = q.page.parse::<i64>().unwrap_or(1).clamp(1, 100_000);
    let journey = filter.correlation_id.is_some();
    let found = state
        .store
        .audit_list(&filter, (page - 1) * PAGE, if journey { 500 } else { PAGE })
        .await?;
    let mut rows: Vec<AuditRow> = found.items.iter().map(row).collect();
    if journey {
        rows.reverse(); // a journey reads from its first step to its last
    }
    let pages = ((found.total + PAGE - 1) / PAGE).max(1);
    let export = format!("/admin/audit/export?{}", raw.as_deref().unwrap_or_default());
    let link = |p: i64| {
        let mut q2 = q.clone();
        q2.page = p.to_string();
        format!(
            "/admin/audit?{}",
            serde_urlencoded::to_string([
                ("from", q2.from.as_str()),
                ("to", q2.to.as_str()),
                ("activity", q2.activity.as_str()),
                ("actor", q2.actor.as_str()),
                ("target", q2.target.as_str()),
                ("result", q2.result.as_str()),
                ("page", q2.page.as_str()),
            ])
            .unwrap_or_default()
        )
    };
    Ok(render(&AuditPage {
        layout: layout(&state, &t("admin-audit-title"), &csrf, &a),
        activities: latchkey_core::audit::activity::ALL
            .iter()
            .map(|a| (*a, activity_label(a)))
            .collect(),
        q: q.clone(),
        rows,
        total: found.total,
        page,
        pages,
        prev: (page > 1 && !journey).then(|| link(page - 1)),
        next: (page < pages && !journey).then(|| link(page + 1)),
        journey,
        export,
        errors,
    }))
}

/// `GET /admin/audit/export`: every event the query's filter matches as JSON lines
/// (`application/x-ndjson`, a `latchkey-audit.jsonl` download), oldest first, each as
/// [`crate::audit::event_json`] writes it.
///
/// Administrators only (see [`RequireAdmin`]). Errors: 500 when the store fails.
pub async fn export(
    State(state): State<AppState>,
    RequireAdmin(_a): RequireAdmin,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let q: AuditQuery =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or_default()).unwrap_or_default();
    let (filter, _) = filter_of(&q);
    let mut out = String::new();
    let mut offset = 0;
    let mut events = Vec::new();
    loop {
        let page = state.store.audit_list(&filter, offset, 5000).await?;
        if page.items.is_empty() {
            break;
        }
        offset += page.items.len() as i64;
        events.extend(page.items);
        if offset >= page.total {
            break;
        }
    }
    for e in events.iter().rev() {
        out.push_str(&crate::audit::event_json(e).to_string());
        out.push('\n');
    }
    Ok((
        [
            (header::CONTENT_TYPE, "application/x-ndjson; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"latchkey-audit.jsonl\"",
            ),
        ],
        out,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_activity_has_a_label_that_is_its_name_in_english() {
        for a in latchkey_core::audit::activity::ALL {
            assert_eq!(super::activity_label(a), *a);
        }
        let de = latchkey_i18n::with_lang(latchkey_i18n::Lang::De, || {
            super::activity_label(latchkey_core::audit::activity::SSPR_RESET)
        });
        assert_eq!(de, "Kennwort zurücksetzen (Self-Service)");
    }
}
