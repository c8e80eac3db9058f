//! "Usage & insights": registration coverage (by method and by group), self-service
//! activity per day over a period, the users still to register, and registration
//! reminders. The portal's `/admin/reports` and the API's `/api/v1/reports/…` both read
//! and act through these, so they show the same numbers.

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::{FieldError, User};
use latchkey_core::policy::Method;
use latchkey_core::store::{Effects, StoreError};
use std::collections::BTreeMap;

use crate::service::ServiceError;
use crate::service::directory::Actor;
use crate::sspr::{in_scope, load_policy, registry};
use crate::state::AppState;

/// The period of the activity report when none is asked for, in days.
pub const DEFAULT_DAYS: i64 = 30;
/// The longest period of the activity report, in days.
pub const MAX_DAYS: i64 = 365;

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

impl Coverage {
    /// The users in scope not registered enough, by username.
    pub fn unregistered(&self) -> impl Iterator<Item = &User> {
        self.in_scope
            .iter()
            .filter(|u| !self.registered.contains(&u.id))
    }

    /// The share registered, in whole percent (0 when nobody is in scope).
    pub fn percent(&self) -> u64 {
        (self.registered.len() as u64 * 100)
            .checked_div(self.in_scope.len() as u64)
            .unwrap_or(0)
    }
}

/// One group's coverage: members (direct or nested) in scope, and how many registered.
pub struct GroupCoverage {
    /// The group's id.
    pub id: i64,
    /// The group's name.
    pub name: String,
    /// Members registered enough.
    pub registered: u64,
    /// Members in scope.
    pub members: u64,
}

/// Registration coverage over every user, read now.
///
/// Errors: [`ServiceError::Internal`] (or unavailable) when the store fails.
pub async fn coverage(state: &AppState) -> Result<Coverage, ServiceError> {
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

/// Coverage by group: every group with members in scope, in the store's order.
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn by_group(
    state: &AppState,
    cov: &Coverage,
) -> Result<Vec<GroupCoverage>, ServiceError> {
    let mut out = Vec::new();
    for g in state.store.group_list().await? {
        let (mut members, mut registered) = (0u64, 0u64);
        for u in &cov.in_scope {
            if state.store.is_member(u.id, g.id).await? {
                members += 1;
                registered += u64::from(cov.registered.contains(&u.id));
            }
        }
        if members > 0 {
            out.push(GroupCoverage {
                id: g.id,
                name: g.name.clone(),
                registered,
                members,
            });
        }
    }
    Ok(out)
}

/// Self-service activity over a period of whole UTC days ending today.
pub struct Activity {
    /// How many days.
    pub days: i64,
    /// The first second of the first day (UTC).
    pub since: i64,
    /// Per day (`YYYY-MM-DD`), oldest first: [succeeded resets and unlocks, failed
    /// verifications and passwords, blocks].
    pub per_day: Vec<(String, [u64; 3])>,
    /// The most common failure reasons since the first day, most first, with their counts.
    pub reasons: Vec<(String, u64)>,
}

impl Activity {
    /// The sums over the period: [succeeded, failed, blocked].
    pub fn totals(&self) -> [u64; 3] {
        self.per_day.iter().fold([0; 3], |mut t, (_, v)| {
            for (a, b) in t.iter_mut().zip(v) {
                *a += b;
            }
            t
        })
    }
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

/// How many failure reasons the report lists.
const TOP_REASONS: u32 = 10;

/// The activity of the last `days` UTC days (clamped to 1 to [`MAX_DAYS`]), counted by
/// the store ([`latchkey_core::store::AuditStore::audit_report`]): the report holds one row
/// per day and ten reasons however long the log is.
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn activity(state: &AppState, days: i64) -> Result<Activity, ServiceError> {
    let days = days.clamp(1, MAX_DAYS);
    let start_day = (state.now() / 86_400 - (days - 1)) * 86_400;
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
    let per_day = per_day
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let day = (first + i as i64) * 86_400;
            (latchkey_core::clock::rfc3339(day)[..10].to_owned(), v)
        })
        .collect();
    let reasons = report
        .failures
        .iter()
        .map(|r| (r.label(), r.count))
        .collect();
    Ok(Activity {
        days,
        since: start_day,
        per_day,
        reasons,
    })
}

/// Emails the unregistered, in-scope members of `group` (everyone unregistered with
/// none) a link to `/setup`, queued with the "Registration reminder sent" event in one
/// transaction and sent by the delivery worker. Users without an email address are
/// skipped. Returns how many reminders were queued.
///
/// Errors: [`ServiceError::Forbidden`] unless a global administrator;
/// [`ServiceError::Invalid`] on field `group` for a group that doesn't exist;
/// [`ServiceError::Internal`] when the store fails.
pub async fn send_reminders(
    state: &AppState,
    actor: &Actor,
    group: Option<i64>,
) -> Result<usize, ServiceError> {
    actor.require_global()?;
    if let Some(g) = group {
        match state.store.group_get(g).await {
            Ok(_) => {}
            Err(StoreError::NotFound) => {
                return Err(ServiceError::Invalid(vec![FieldError::new(
                    "group",
                    latchkey_i18n::t("admin-reports-error-no-group"),
                )]));
            }
            Err(e) => return Err(e.into()),
        }
    }
    let cov = coverage(state).await?;
    let org = &state.org_name();
    let url = format!("{}/setup", state.base_url());
    let mut notices = Vec::new();
    for u in cov.unregistered() {
        if let Some(g) = group
            && !state.store.is_member(u.id, g).await?
        {
            continue;
        }
        let Some(to) = u.email.as_ref().or(u.alternate_email.as_ref()) else {
            continue;
        };
        let lang = crate::sspr::recipient_lang::language_for(state, u.id).await;
        notices.push(crate::delivery::Notice {
            what: "registration_reminder",
            target: u.username.to_string(),
            message: latchkey_i18n::with_lang(lang, || {
                latchkey_notify::templates::registration_reminder(
                    org,
                    to.as_str(),
                    &u.display_name,
                    &url,
                )
            }),
        });
    }
    let sent = notices.len();
    let target = group.map(|g| g.to_string()).unwrap_or_default();
    let effects = Effects {
        audit: vec![actor.event(
            state,
            activity::REMINDER_SENT,
            &target,
            serde_json::json!({"sent": sent}),
        )],
        deliveries: crate::delivery::queue(state, &actor.ctx, notices),
    };
    state.store.effects_commit(&effects).await?;
    state.deliveries_waiting.notify_one();
    Ok(sent)
}
