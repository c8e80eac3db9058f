//! Registration campaigns: scheduled reminders to the users in scope who haven't
//! registered enough methods, or whose re-confirmation is due, until they have; and the
//! daily coverage snapshots that "Usage & insights" draws over time.
//!
//! The server runs [`periodic`], which wakes every [`WAKE_SECS`] and calls [`tick`]: a
//! coverage snapshot when today has none, then [`run_campaign`]. Several instances may
//! run it at once: each reminder is queued in the transaction that moves the user's
//! last-reminded time past the interval, so of two runs one sends it and the other
//! skips that user ([`latchkey_core::store::CampaignStore::campaign_remind_commit`]), and
//! the day's snapshot is kept by whichever instance stored it first.

use std::collections::HashSet;

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::campaign::{CampaignSettings, Reason};
use latchkey_core::policy::Scope;
use latchkey_core::registration::standing;
use latchkey_core::store::{CampaignReminder, CoverageSnapshot, Effects};
use serde_json::json;

use crate::audit::Ctx;
use crate::service::ServiceError;
use crate::service::directory::Actor;
use crate::service::reports::{self, Coverage};
use crate::sspr::{in_scope, load_policy, registry};
use crate::state::AppState;

/// The settings name of the stored campaign settings.
pub const SETTINGS_KEY: &str = "registration_campaign";
/// How often the server's job wakes, in seconds.
pub const WAKE_SECS: u64 = 3600;
/// The audit log's target of the campaign's events.
const TARGET: &str = "registration campaign";
/// The longest coverage history shown or answered, in days.
pub const MAX_HISTORY_DAYS: i64 = 365;
/// The coverage history shown when none is asked for, in days.
pub const DEFAULT_HISTORY_DAYS: i64 = 90;

/// The settings as stored, and the stored text (for the compare-and-swap of a change).
/// Stored settings that don't parse (a hand edit, a newer version's) are logged and read
/// as the defaults — campaigns off — so the pages keep working and can save them again.
async fn load(state: &AppState) -> Result<(CampaignSettings, Option<String>), ServiceError> {
    let stored = state.store.setting_get(SETTINGS_KEY).await?;
    let value = match stored.as_deref() {
        None => CampaignSettings::default(),
        Some(json) => serde_json::from_str(json).unwrap_or_else(|e| {
            tracing::error!(
                error = %e,
                "the stored registration campaign settings are unreadable; campaigns are off until they are saved again"
            );
            CampaignSettings::default()
        }),
    };
    Ok((value, stored))
}

/// The campaign settings in force (the defaults until first saved: off, weekly, with
/// re-confirmations).
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn settings(state: &AppState) -> Result<CampaignSettings, ServiceError> {
    Ok(load(state).await?.0)
}

/// Saves the campaign settings (global administrators), audited as "Update registration
/// campaign settings" with the settings before and after. Saving what is stored writes
/// nothing.
///
/// Errors: [`ServiceError::Forbidden`]; [`ServiceError::Invalid`] on `interval_days`;
/// [`ServiceError::ChangedMeanwhile`] when another administrator saved them since they
/// were read; [`ServiceError::Internal`] when the store fails.
pub async fn save_settings(
    state: &AppState,
    actor: &Actor,
    new: CampaignSettings,
) -> Result<CampaignSettings, ServiceError> {
    actor.require_global()?;
    new.validate().map_err(ServiceError::Invalid)?;
    let (before, stored) = load(state).await?;
    if before == new && stored.is_some() {
        return Ok(new);
    }
    let text = serde_json::to_string(&new).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let effects = Effects {
        audit: vec![actor.event(
            state,
            activity::UPDATE_CAMPAIGN,
            TARGET,
            json!({"before": before, "after": new}),
        )],
        deliveries: Vec::new(),
    };
    if state
        .store
        .settings_cas_commit(&[(SETTINGS_KEY, stored.as_deref(), &text)], &effects)
        .await?
    {
        Ok(new)
    } else {
        Err(ServiceError::ChangedMeanwhile)
    }
}

/// What a campaign run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunReport {
    /// The campaign is on (and self-service reset isn't set to None); nothing else is
    /// counted when it isn't.
    pub active: bool,
    /// Users due for a reminder now (not reminded within the interval).
    pub due: usize,
    /// Of those, users with no email address, who can't be reminded.
    pub without_email: usize,
    /// Reminders this run queued (the others were queued by another instance's run).
    pub sent: usize,
}

/// The server's own audit context.
fn job_ctx() -> Ctx {
    Ctx {
        actor: "latchkey".into(),
        client_ip: String::new(),
        correlation_id: String::new(),
    }
}

/// Every user, read a page at a time.
async fn all_users(state: &AppState) -> Result<Vec<latchkey_core::directory::User>, ServiceError> {
    let mut users = Vec::new();
    let mut offset = 0;
    loop {
        let page = state.store.user_list("", offset, 500).await?;
        if page.items.is_empty() {
            return Ok(users);
        }
        offset += page.items.len() as i64;
        users.extend(page.items);
    }
}

/// Runs the campaign at `now`: when it is on, every enabled user in the self-service
/// scope who hasn't registered enough methods — or, with re-confirmations included, whose
/// re-confirmation is due (`reconfirm_days` of the policy) — and wasn't reminded within
/// the interval gets one email in their language, to their email address (else the
/// alternate one), with a link to `/setup`. The reminders and one "Registration campaign
/// run" audit event (when any was queued) are one transaction; the delivery worker sends
/// them. Nothing is sent while self-service reset is set to None.
///
/// Errors: [`ServiceError::Internal`] (or unavailable) when the store fails; nothing is
/// queued then.
pub async fn run_campaign(state: &AppState, now: i64) -> Result<RunReport, ServiceError> {
    let settings = settings(state).await?;
    let policy = load_policy(state).await?;
    let mut report = RunReport::default();
    if !settings.enabled || policy.scope == Scope::None {
        return Ok(report);
    }
    report.active = true;
    let since = now - settings.interval_secs();
    let recent: HashSet<i64> = state
        .store
        .campaign_reminded_since(since)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let org = state.org_name();
    let url = format!("{}/setup", state.base_url());
    let ctx = job_ctx();
    let mut reminders = Vec::new();
    let (mut register, mut reconfirm) = (0usize, 0usize);
    for u in all_users(state).await? {
        if recent.contains(&u.id) || !in_scope(state, &policy, &u).await? {
            continue;
        }
        let req = policy.requirement(u.role);
        let methods = registry::load_for(state, &u, &policy).await?.methods(&req);
        let confirmed = if policy.reconfirm_days > 0 {
            state.store.user_confirmed_at(u.id).await?
        } else {
            None
        };
        let standing = standing(&methods, &req, confirmed, policy.reconfirm_days, now);
        let Some(reason) = settings.reason(standing) else {
            continue;
        };
        report.due += 1;
        let Some(to) = u.email.as_ref().or(u.alternate_email.as_ref()) else {
            report.without_email += 1;
            continue;
        };
        match reason {
            Reason::Register => register += 1,
            Reason::Reconfirm => reconfirm += 1,
        }
        let lang = crate::sspr::recipient_lang::language_for(state, u.id).await;
        let message = latchkey_i18n::with_lang(lang, || {
            latchkey_notify::templates::registration_campaign(
                &org,
                to.as_str(),
                &u.display_name,
                &url,
                reason == Reason::Reconfirm,
                settings.interval_days,
            )
        });
        let notice = crate::delivery::Notice {
            what: "registration_campaign",
            target: u.username.to_string(),
            message,
        };
        if let Some(message) = crate::delivery::queue(state, &ctx, vec![notice]).pop() {
            reminders.push(CampaignReminder {
                user_id: u.id,
                message,
            });
        }
    }
    if reminders.is_empty() {
        return Ok(report);
    }
    let (due, without_email, days) = (report.due, report.without_email, settings.interval_days);
    let effects = |sent: usize| Effects {
        audit: vec![crate::audit::event(
            state,
            &ctx,
            activity::CAMPAIGN_RUN,
            TARGET,
            Outcome::Success,
            json!({
                "sent": sent,
                "due": due,
                "to_register": register,
                "to_reconfirm": reconfirm,
                "without_email": without_email,
                "interval_days": days,
            }),
        )],
        deliveries: Vec::new(),
    };
    let sent = state
        .store
        .campaign_remind_commit(&reminders, now, since, &effects)
        .await?;
    report.sent = sent.len();
    if report.sent > 0 {
        state.deliveries_waiting.notify_one();
    }
    Ok(report)
}

/// The UTC day of `now`, in days since 1970-01-01.
fn day_of(now: i64) -> i64 {
    now.div_euclid(86_400)
}

/// Stores `cov` as the coverage of `now`'s UTC day unless that day has a snapshot
/// (another instance's, or an earlier one). True when this one was stored.
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn record_snapshot(
    state: &AppState,
    now: i64,
    cov: &Coverage,
) -> Result<bool, ServiceError> {
    let snap = CoverageSnapshot {
        day: day_of(now),
        in_scope: cov.in_scope.len() as i64,
        registered: cov.registered.len() as i64,
    };
    Ok(state.store.coverage_snapshot_put(&snap, now).await?)
}

/// Takes today's coverage snapshot when there is none yet (coverage is only counted
/// then). True when one was stored.
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn snapshot_if_missing(state: &AppState, now: i64) -> Result<bool, ServiceError> {
    if !state.store.coverage_history(day_of(now)).await?.is_empty() {
        return Ok(false);
    }
    let cov = reports::coverage(state).await?;
    record_snapshot(state, now, &cov).await
}

/// One day of the coverage history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryDay {
    /// The day, `YYYY-MM-DD` (UTC).
    pub day: String,
    /// Users self-service applied to.
    pub in_scope: u64,
    /// Of those, users registered enough.
    pub registered: u64,
}

impl HistoryDay {
    /// The share registered, in whole percent (0 when nobody was in scope).
    pub fn percent(&self) -> u64 {
        (self.registered * 100)
            .checked_div(self.in_scope)
            .unwrap_or(0)
    }
}

/// The snapshots of the last `days` UTC days (clamped to 1 to [`MAX_HISTORY_DAYS`]),
/// today included, oldest first; days without one are left out.
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn history(state: &AppState, days: i64) -> Result<Vec<HistoryDay>, ServiceError> {
    let days = days.clamp(1, MAX_HISTORY_DAYS);
    let from = day_of(state.now()) - (days - 1);
    Ok(state
        .store
        .coverage_history(from)
        .await?
        .into_iter()
        .map(|s| HistoryDay {
            day: latchkey_core::clock::rfc3339(s.day * 86_400)[..10].to_owned(),
            in_scope: u64::try_from(s.in_scope).unwrap_or(0),
            registered: u64::try_from(s.registered).unwrap_or(0),
        })
        .collect())
}

/// [`history`], with today's snapshot taken from `cov` first when there is none yet (the
/// page that shows it has just counted coverage anyway).
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn history_with_today(
    state: &AppState,
    days: i64,
    cov: &Coverage,
) -> Result<Vec<HistoryDay>, ServiceError> {
    let now = state.now();
    let today = latchkey_core::clock::rfc3339(day_of(now) * 86_400)[..10].to_owned();
    let h = history(state, days).await?;
    if h.last().is_some_and(|d| d.day == today) {
        return Ok(h);
    }
    record_snapshot(state, now, cov).await?;
    history(state, days).await
}

/// One wake of the job: today's coverage snapshot when missing, then a campaign run.
/// Failures are logged; the next wake tries again.
pub async fn tick(state: &AppState) {
    let now = state.now();
    if let Err(e) = snapshot_if_missing(state, now).await {
        tracing::warn!(error = %e, "coverage snapshot failed");
    }
    match run_campaign(state, now).await {
        Ok(r) if r.sent > 0 || r.without_email > 0 => tracing::info!(
            sent = r.sent,
            due = r.due,
            without_email = r.without_email,
            "registration campaign run"
        ),
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "registration campaign run failed"),
    }
}

/// The server's campaign job: [`tick`] a minute after start, then every [`WAKE_SECS`],
/// until `stop` turns true.
pub async fn periodic(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    let mut wait = std::time::Duration::from_secs(60);
    loop {
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = stop.changed() => return,
        }
        // Its own task: a panic is logged, and the next wake comes.
        let s = state.clone();
        if let Err(e) = tokio::spawn(async move { tick(&s).await }).await {
            tracing::error!(error = %e, "registration campaign job stopped unexpectedly");
        }
        wait = std::time::Duration::from_secs(WAKE_SECS);
    }
}
