//! Password expiry: the settings (a maximum age, per-group overrides, reminder days and
//! channels), when a user's password expires ([`crate::expiry::expiry_of`]), the hourly reminder job
//! ([`run_reminders`], [`worker`]) and the reports (accounts expiring soon, reminders
//! sent). The rules themselves are pure, in [`latchkey_core::expiry`].
//!
//! Several instances may run the job at once: each reminder (user, password, days
//! before) is recorded with its messages in one transaction on a unique key
//! ([`latchkey_core::store::ExpiryStore::expiry_reminder_commit`]), so it goes out once.

use std::collections::HashMap;

use latchkey_core::audit::activity;
use latchkey_core::clock::rfc3339;
use latchkey_core::directory::{FieldError, User};
use latchkey_core::expiry::{self, ExpirySettings};
use latchkey_core::store::{Effects, GroupMaxAge, NewReminder, ReminderSent, StoreError};
use latchkey_i18n::{t, with_lang};
use latchkey_notify::templates;
use serde_json::json;

use crate::audit::Ctx;
use crate::delivery::Notice;
use crate::service::ServiceError;
use crate::service::directory::Actor;
use crate::state::AppState;

/// The `what` of a reminder's messages (the delivery queue, its audit events).
pub const WHAT: &str = "password_expiry_reminder";
/// The expiring-accounts report's default horizon, in days.
pub const DEFAULT_REPORT_DAYS: i64 = 14;
/// The longest horizon of the expiring-accounts report, in days.
pub const MAX_REPORT_DAYS: i64 = 365;
/// How far back the delivery report reaches, in days.
pub const SENT_REPORT_DAYS: i64 = 30;
/// Rows of the delivery report, at most.
pub const SENT_REPORT_LIMIT: i64 = 1000;
/// Users read from the store at a time by the job and the report.
const PAGE: i64 = 500;
/// How often the job wakes (it sends only what is due and not yet sent).
const WAKE_SECS: u64 = 3600;

/// The settings in force, with the text they were read from (for compare-and-swap).
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The settings (the defaults when none are stored).
    pub value: ExpirySettings,
    stored: Option<String>,
}

/// The settings in force: the defaults (off) when none are stored, or when the stored
/// ones are unreadable (logged; see [`crate::expiry::load`]).
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn load(state: &AppState) -> Result<Loaded, ServiceError> {
    let (value, stored) = crate::expiry::load(state).await?;
    Ok(Loaded { value, stored })
}

/// Saves new settings, with their audit event, if nobody changed them since they were
/// read. Returns them as stored (reminder days sorted, largest first).
///
/// Errors: [`ServiceError::Forbidden`] unless a global administrator,
/// [`ServiceError::Invalid`] naming the wrong fields, [`ServiceError::ChangedMeanwhile`].
pub async fn save(
    state: &AppState,
    actor: &Actor,
    new: ExpirySettings,
) -> Result<ExpirySettings, ServiceError> {
    actor.require_global()?;
    let new = new.validated().map_err(ServiceError::Invalid)?;
    let old = load(state).await?;
    let text = serde_json::to_string(&new).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let effects = Effects {
        audit: vec![actor.event(
            state,
            activity::UPDATE_PASSWORD_EXPIRY,
            "Password expiry",
            json!({"before": settings_json(&old.value), "after": settings_json(&new)}),
        )],
        deliveries: Vec::new(),
    };
    let swap = (expiry::SETTING, old.stored.as_deref(), text.as_str());
    if state.store.settings_cas_commit(&[swap], &effects).await? {
        Ok(new)
    } else {
        Err(ServiceError::ChangedMeanwhile)
    }
}

/// Settings as the audit event's details show them.
fn settings_json(s: &ExpirySettings) -> serde_json::Value {
    serde_json::to_value(s).unwrap_or_default()
}

/// The groups with a maximum age of their own.
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn group_ages(state: &AppState) -> Result<Vec<GroupMaxAge>, ServiceError> {
    Ok(state.store.expiry_group_ages().await?)
}

/// Sets (`Some`) or removes (`None`) group `group`'s own maximum age, audited.
///
/// Errors: [`ServiceError::Forbidden`] unless a global administrator,
/// [`ServiceError::Invalid`] for days outside 1..=3650, [`ServiceError::NotFound`] for a
/// group that doesn't exist.
pub async fn set_group_age(
    state: &AppState,
    actor: &Actor,
    group: i64,
    days: Option<u32>,
) -> Result<(), ServiceError> {
    actor.require_global()?;
    if days.is_some_and(|d| !expiry::valid_override(d)) {
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "max_age_days",
            t("expiry-error-group-age"),
        )]));
    }
    let name = match state.store.group_get(group).await {
        Ok(g) => g.name,
        Err(StoreError::NotFound) => return Err(ServiceError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let effects = Effects {
        audit: vec![actor.event(
            state,
            activity::UPDATE_PASSWORD_EXPIRY,
            &name,
            json!({"group_id": group, "max_age_days": days}),
        )],
        deliveries: Vec::new(),
    };
    match state
        .store
        .expiry_group_age_set(group, days, &effects)
        .await
    {
        Ok(()) => Ok(()),
        Err(StoreError::NotFound) => Err(ServiceError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// Where a user's expiry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Latchkey's maximum age (global or a group's).
    Local,
    /// The on-premises directory's own rule.
    Directory,
}

impl Source {
    /// The stored and exported form: `latchkey` or `directory`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Local => "latchkey",
            Source::Directory => "directory",
        }
    }
}

pub use crate::expiry::effective_expiry;

/// What a run of the reminder job did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct RunSummary {
    /// Users looked at.
    pub checked: u64,
    /// Reminders recorded by this run (each with its messages).
    pub reminded: u64,
    /// Messages queued by this run.
    pub messages: u64,
    /// Reminders already recorded (another instance, an earlier run).
    pub already_sent: u64,
    /// Reminders due for users with nowhere to send them.
    pub unreachable: u64,
}

fn job_ctx() -> Ctx {
    Ctx {
        actor: "latchkey".into(),
        client_ip: String::new(),
        correlation_id: String::new(),
    }
}

/// Users page by page (enabled ones only), with each user's group maximum age.
struct Users {
    ages: HashMap<i64, u32>,
    offset: i64,
    done: bool,
}

impl Users {
    async fn new(state: &AppState) -> Result<Self, ServiceError> {
        let ages = state
            .store
            .expiry_user_ages(None)
            .await?
            .into_iter()
            .collect();
        Ok(Self {
            ages,
            offset: 0,
            done: false,
        })
    }

    /// The next page; empty at the end.
    async fn next(&mut self, state: &AppState) -> Result<Vec<(User, Option<u32>)>, ServiceError> {
        if self.done {
            return Ok(Vec::new());
        }
        let page = state.store.user_list("", self.offset, PAGE).await?;
        let n = page.items.len() as i64;
        self.offset += n;
        self.done = n < PAGE;
        Ok(page
            .items
            .into_iter()
            .filter(|u| u.enabled)
            .map(|u| {
                let age = self.ages.get(&u.id).copied();
                (u, age)
            })
            .collect())
    }
}

/// The hourly job's body: for every enabled user whose password expires, the nearest
/// reminder due at `now` and not yet sent is recorded and its messages queued (email to
/// the user's addresses, a text to their mobile phone, as the settings say), in their
/// language. Callable from tests with a moved clock.
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn run_reminders(state: &AppState, now: i64) -> Result<RunSummary, ServiceError> {
    let settings = load(state).await?.value;
    let mut summary = RunSummary::default();
    if !settings.remind_by_email && !settings.remind_by_sms {
        return Ok(summary);
    }
    let ctx = job_ctx();
    let mut users = Users::new(state).await?;
    loop {
        let page = users.next(state).await?;
        if page.is_empty() && users.done {
            break;
        }
        for (user, age) in page {
            summary.checked += 1;
            // One user's failure (gone meanwhile, a storage hiccup) is logged; the run
            // goes on with the others, and the next run tries again.
            if let Err(e) = remind_one(state, &ctx, &settings, &user, age, now, &mut summary).await
            {
                tracing::warn!(user = user.id, error = %e, "a password expiry reminder failed");
            }
        }
    }
    if summary.messages > 0 {
        state.deliveries_waiting.notify_one();
        tracing::info!(
            reminded = summary.reminded,
            messages = summary.messages,
            "password expiry reminders queued"
        );
    }
    Ok(summary)
}

/// The nearest reminder due for `user` at `now`, recorded and queued unless it was already.
async fn remind_one(
    state: &AppState,
    ctx: &Ctx,
    settings: &ExpirySettings,
    user: &User,
    age: Option<u32>,
    now: i64,
    summary: &mut RunSummary,
) -> Result<(), ServiceError> {
    let Some(expires_at) = effective_expiry(user, settings, age) else {
        return Ok(());
    };
    let Some(days_before) = expiry::due_reminder(expires_at, now, &settings.reminder_days) else {
        return Ok(());
    };
    // Which password: a changed maximum age moves the expiry, not this.
    let password_set_at = match &user.external {
        Some(_) => expires_at,
        None => user.password_changed_at.unwrap_or(user.created_at),
    };
    // Most runs find the due reminder sent already: one look, no messages built.
    if state
        .store
        .expiry_reminder_recorded(user.id, password_set_at, days_before)
        .await?
    {
        summary.already_sent += 1;
        return Ok(());
    }
    let notices = reminder_notices(state, settings, user, expires_at, now).await;
    if notices.is_empty() {
        summary.unreachable += 1;
        return Ok(());
    }
    let count = notices.len() as u64;
    let effects = Effects {
        audit: Vec::new(),
        deliveries: crate::delivery::queue(state, ctx, notices),
    };
    let reminder = NewReminder {
        user_id: user.id,
        expires_at,
        password_set_at,
        days_before,
        sent_at: now,
    };
    if state
        .store
        .expiry_reminder_commit(&reminder, &effects)
        .await?
    {
        summary.reminded += 1;
        summary.messages += count;
    } else {
        summary.already_sent += 1;
    }
    Ok(())
}

/// The page where a signed-in user changes their password.
pub fn change_url(state: &AppState) -> String {
    format!("{}/account", state.base_url())
}

/// A reminder's messages to `user`, in their language: email to each of their own
/// addresses, a text to their mobile phone (the one registered for reset, else the
/// contact one) when it may be texted (the policy's countries).
async fn reminder_notices(
    state: &AppState,
    settings: &ExpirySettings,
    user: &User,
    expires_at: i64,
    now: i64,
) -> Vec<Notice> {
    let org = state.org_name();
    let lang = crate::sspr::recipient_lang::language_for(state, user.id).await;
    let when = rfc3339(expires_at);
    let days = expiry::days_left(expires_at, now);
    let link = change_url(state);
    let mut out = Vec::new();
    if settings.remind_by_email {
        for addr in crate::sspr::notices::own_addresses(state, user).await {
            out.push(Notice {
                what: WHAT,
                target: user.username.to_string(),
                message: with_lang(lang, || {
                    templates::password_expiry_reminder(
                        &org,
                        &addr,
                        &user.display_name,
                        days,
                        &when,
                        &link,
                    )
                }),
            });
        }
    }
    if settings.remind_by_sms {
        let registered = crate::sspr::registry::load(state, user.id)
            .await
            .ok()
            .and_then(|r| r.mobile)
            .map(|m| m.value);
        let number =
            registered.or_else(|| user.mobile_phone.as_ref().map(|p| p.as_str().to_owned()));
        if let (Some(number), Ok(policy)) = (number, crate::sspr::load_policy(state).await) {
            let sendable = latchkey_core::directory::Phone::parse("mobile", &number)
                .is_ok_and(|p| p.sendable(&policy.phone_countries).is_ok());
            if sendable {
                out.push(Notice {
                    what: WHAT,
                    target: user.username.to_string(),
                    message: with_lang(lang, || {
                        templates::password_expiry_reminder_sms(&org, &number, days, &when, &link)
                    }),
                });
            }
        }
    }
    out
}

/// An account whose password expires soon (or has expired).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Expiring {
    /// The user's id.
    pub user_id: i64,
    /// Their username.
    pub username: String,
    /// Their display name.
    pub display_name: String,
    /// When the password expires (Unix seconds).
    pub expires_at: i64,
    /// Whole days left (0: expired).
    pub days_left: i64,
    /// Whose rule: Latchkey's or the on-premises directory's.
    #[serde(skip)]
    pub source: Source,
}

/// Checks the report's horizon (1..=365 days).
///
/// Errors: [`ServiceError::Invalid`] outside it.
pub fn report_days(days: i64) -> Result<i64, ServiceError> {
    if (1..=MAX_REPORT_DAYS).contains(&days) {
        Ok(days)
    } else {
        Err(ServiceError::Invalid(vec![FieldError::new(
            "days",
            t("expiry-error-report-days"),
        )]))
    }
}

/// The enabled accounts whose password expires within `days` days of now (those already
/// expired included), soonest first.
///
/// Errors: [`ServiceError::Invalid`] for `days` outside 1..=365;
/// [`ServiceError::Internal`] when the store fails.
pub async fn expiring(state: &AppState, days: i64) -> Result<Vec<Expiring>, ServiceError> {
    let days = report_days(days)?;
    let settings = load(state).await?.value;
    let now = state.now();
    let until = now + days * expiry::DAY;
    let mut out = Vec::new();
    let mut users = Users::new(state).await?;
    loop {
        let page = users.next(state).await?;
        if page.is_empty() && users.done {
            break;
        }
        for (u, age) in page {
            // AD's "must change at next logon" is an expiry of 0: due now, not in 1970.
            if let Some(e) =
                effective_expiry(&u, &settings, age).map(|e| if e == 0 { now } else { e })
                && e <= until
            {
                out.push(Expiring {
                    user_id: u.id,
                    username: u.username.to_string(),
                    display_name: u.display_name.clone(),
                    expires_at: e,
                    days_left: expiry::days_left(e, now),
                    source: if u.external.is_some() {
                        Source::Directory
                    } else {
                        Source::Local
                    },
                });
            }
        }
    }
    out.sort_by(|a, b| {
        a.expires_at
            .cmp(&b.expires_at)
            .then_with(|| a.username.cmp(&b.username))
    });
    Ok(out)
}

/// A CSV cell: quoted, and a leading `= + - @` (or tab, carriage return) escaped with `'`
/// so a spreadsheet never runs it as a formula.
fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

/// The expiring accounts as CSV (RFC 4180, a header row, every field quoted):
/// username, display name, expires (RFC 3339 UTC), days left, rule (`latchkey` or
/// `directory`).
pub fn expiring_csv(rows: &[Expiring]) -> String {
    let mut w = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = w.write_record([
        "username",
        "display_name",
        "expires_at",
        "days_left",
        "rule",
    ]);
    for r in rows {
        let _ = w.write_record([
            cell(&r.username),
            cell(&r.display_name),
            rfc3339(r.expires_at),
            r.days_left.to_string(),
            r.source.as_str().to_owned(),
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The messages of reminders sent in the last [`SENT_REPORT_DAYS`] days, newest first,
/// with where each delivery stands.
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn sent(state: &AppState) -> Result<Vec<ReminderSent>, ServiceError> {
    let since = state.now() - SENT_REPORT_DAYS * expiry::DAY;
    Ok(state
        .store
        .expiry_reminders_sent(since, SENT_REPORT_LIMIT)
        .await?)
}

/// Runs [`run_reminders`] at start and then every hour (real time; "now" is the
/// state's clock) until told to stop. Each run sends only what is due and not yet sent,
/// so several instances, restarts and missed runs never send a reminder twice.
pub async fn worker(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        // Its own task: a panic is logged, and the next run comes.
        let run = {
            let state = state.clone();
            tokio::spawn(async move { run_reminders(&state, state.now()).await })
        };
        match run.await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "password expiry reminders failed"),
            Err(e) => tracing::error!(%e, "password expiry reminders panicked"),
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(WAKE_SECS)) => {}
            _ = stop.changed() => return,
        }
    }
}
