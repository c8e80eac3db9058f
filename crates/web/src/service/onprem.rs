//! The on-premises directory: sync (`latchkey directory sync`, the periodic sync in the
//! server, the portal's *Sync now*), the doctor, and the status the *On-premises
//! integration* page shows. The directory's reading and writing is `latchkey-ldap`; the
//! comparison is [`latchkey_core::dirsync`]; the writing of a sync is one transaction
//! ([`latchkey_core::store::SyncStore::sync_commit`]).

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::dirsync::{self, SyncSummary};
use latchkey_core::store::{Effects, sync_cursor_key};
use latchkey_core::writeback::WriteBackError;
use latchkey_i18n::{FluentValue, t, tr};
use serde::{Deserialize, Serialize};

use crate::audit::Ctx;
use crate::service::ServiceError;
use crate::state::AppState;

/// The setting holding the last sync's outcome of the directory `name` ([`LastSync`] as
/// JSON).
pub fn last_sync_key(name: &str) -> String {
    format!("directory.{name}.last_sync")
}

/// The setting holding the directory `name`'s sync lease: the Unix second until which
/// one instance syncs it.
pub fn lease_key(name: &str) -> String {
    format!("directory.{name}.sync_lease")
}
/// How long one sync may hold the lease (seconds).
const LEASE_SECONDS: i64 = 600;

/// What a sync did (or, for a dry run, would do).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SyncReport {
    /// Counts of each change.
    pub summary: SyncSummary,
    /// What was left out and why (at most 100).
    pub warnings: Vec<String>,
    /// A first (full) import rather than a delta.
    pub full: bool,
    /// Nothing was written.
    pub dry_run: bool,
}

/// The last sync as the portal and the doctor show it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LastSync {
    /// When it finished (Unix seconds).
    pub at: i64,
    /// Whether it worked.
    pub ok: bool,
    /// What it changed, when it worked.
    pub summary: Option<SyncSummary>,
    /// Why it failed, in words for administrators.
    pub error: Option<String>,
}

/// Why a synced account's names, contacts, sign-in or existence can't change here, in the
/// current language.
pub fn managed_user() -> String {
    latchkey_i18n::t("errors-managed-user")
}

/// Why a synced group can't change here, in the current language.
pub fn managed_group() -> String {
    latchkey_i18n::t("errors-managed-group")
}

/// Refuses a change to `user`'s names, contacts or existence when the account comes from
/// a configured on-premises directory (blocking sign-in here is allowed, and outlasts
/// syncs).
///
/// Errors: [`ServiceError::Managed`].
pub fn local_user(
    state: &AppState,
    user: &latchkey_core::directory::User,
) -> Result<(), ServiceError> {
    // An account whose directory is no longer configured is Latchkey's to tidy up.
    match &user.external {
        Some(e) if state.ldap.iter().any(|d| d.name() == e.directory) => {
            Err(ServiceError::Managed(managed_user()))
        }
        _ => Ok(()),
    }
}

/// Refuses a change to `group`'s name, members or existence when it comes from the
/// on-premises directory.
///
/// Errors: [`ServiceError::Managed`].
pub fn local_group(group: &latchkey_core::directory::Group) -> Result<(), ServiceError> {
    match group.external {
        Some(_) => Err(ServiceError::Managed(managed_group())),
        None => Ok(()),
    }
}

/// A global administrator may change `group`'s members or delete it: not one synced
/// from the on-premises directory.
///
/// Errors: [`ServiceError::Forbidden`], [`ServiceError::Managed`].
pub fn may_change_group(
    actor: &super::directory::Actor,
    group: &latchkey_core::directory::Group,
) -> Result<(), ServiceError> {
    actor.require_global()?;
    local_group(group)
}

/// Why a sync did not run.
fn not_configured() -> ServiceError {
    ServiceError::Refused(t("errors-refused-not-configured"))
}

/// How a sync runs.
#[derive(Debug, Clone, Copy, Default)]
pub struct SyncOptions {
    /// Read and compare, write nothing.
    pub dry_run: bool,
    /// Read every entry, not only those changed since the last sync.
    pub full: bool,
}

/// [`sync_with`] a delta (a full import the first time, or when the scope or the
/// domain controller changed).
///
/// Errors: those of [`sync_with`].
pub async fn sync(
    state: &AppState,
    ctx: &Ctx,
    dry_run: bool,
    progress: &(dyn Fn(usize) + Send + Sync),
) -> Result<SyncReport, ServiceError> {
    let opts = SyncOptions {
        dry_run,
        full: false,
    };
    sync_with(state, ctx, opts, progress).await
}

/// Syncs accounts and groups from the on-premises directory: a delta since the last
/// sync (everything on the first, with `opts.full`, after the bases, filters or
/// attribute map changed, on another AD domain controller, or when entries in scope are
/// missing here), deletions and disables followed, in one transaction with its audit
/// event. With `opts.dry_run` nothing is written. Only one instance syncs at a time:
/// another one holding the lease makes this one return [`ServiceError::Refused`]; two
/// that read at once write once (the cursor is swapped). The lease is given back however
/// the sync ends (an error, a closed browser, shutdown).
///
/// Errors: [`ServiceError::Refused`] (no directory, another instance syncing),
/// [`ServiceError::Directory`] (the directory can't be read), storage errors.
pub async fn sync_with(
    state: &AppState,
    ctx: &Ctx,
    opts: SyncOptions,
    progress: &(dyn Fn(usize) + Send + Sync),
) -> Result<SyncReport, ServiceError> {
    if state.ldap.is_empty() {
        return Err(not_configured());
    }
    // Each directory in turn; all are tried, and the first failure is the answer.
    let several = state.ldap.len() > 1;
    let mut total = SyncReport {
        full: true,
        dry_run: opts.dry_run,
        ..SyncReport::default()
    };
    let mut failure = None;
    for dir in state.ldap.clone() {
        match sync_one(state, ctx, &dir, opts, progress).await {
            Ok(r) => {
                total.summary = total.summary + r.summary;
                total.full &= r.full;
                total.warnings.extend(r.warnings.into_iter().map(|w| {
                    if several {
                        format!("{}: {w}", dir.name())
                    } else {
                        w
                    }
                }));
            }
            Err(e) => {
                failure.get_or_insert(e);
            }
        }
    }
    match failure {
        Some(e) => Err(e),
        None => Ok(total),
    }
}

/// Syncs one directory, under its own lease; keeps its outcome for the portal.
async fn sync_one(
    state: &AppState,
    ctx: &Ctx,
    dir: &latchkey_ldap::Directory,
    opts: SyncOptions,
    progress: &(dyn Fn(usize) + Send + Sync),
) -> Result<SyncReport, ServiceError> {
    let dry_run = opts.dry_run;
    let lease = if dry_run {
        None
    } else {
        Some(take_lease(state, dir.name()).await?)
    };
    // In English: what a sync says is stored (the last sync's error, the audit event) and
    // must read the same whoever started it; the page words the outcome itself.
    let result = latchkey_i18n::scope(
        latchkey_i18n::Lang::En,
        run(state, ctx, dir, opts, progress),
    )
    .await;
    if let Some(lease) = lease {
        lease.release().await;
    }
    if !dry_run {
        let last = match &result {
            Ok(r) => LastSync {
                at: state.now(),
                ok: true,
                summary: Some(r.summary),
                error: None,
            },
            Err(e) => LastSync {
                at: state.now(),
                ok: false,
                summary: None,
                error: Some(match e {
                    ServiceError::Directory(w) => w.admin_words(),
                    other => other.to_string(),
                }),
            },
        };
        if let Ok(json) = serde_json::to_string(&last) {
            let _ = state
                .store
                .setting_put(&last_sync_key(dir.name()), &json)
                .await;
        }
        if let Err(e) = &result {
            crate::audit::record(
                state,
                ctx,
                activity::DIRECTORY_SYNC,
                dir.name(),
                Outcome::Failure,
                serde_json::json!({"reason": e.to_string()}),
            )
            .await;
        }
    }
    result
}

async fn take_lease(state: &AppState, name: &str) -> Result<Lease, ServiceError> {
    let now = state.now();
    let key = lease_key(name);
    let held = state.store.setting_get(&key).await?;
    if let Some(until) = held.as_deref().and_then(|v| v.parse::<i64>().ok())
        && until > now
    {
        return Err(ServiceError::Refused(t("errors-refused-sync-running")));
    }
    let mine = (now + LEASE_SECONDS).to_string();
    if !state
        .store
        .settings_cas_commit(&[(&key, held.as_deref(), &mine)], &Effects::default())
        .await?
    {
        return Err(ServiceError::Refused(t("errors-refused-sync-started")));
    }
    Ok(Lease {
        state: state.clone(),
        key,
        held: mine,
    })
}

/// The sync lease this instance holds: given back when the sync ends, or, if the sync
/// is dropped half-way (a closed browser, shutdown), as it is dropped.
struct Lease {
    state: AppState,
    key: String,
    held: String,
}

impl Lease {
    async fn release(mut self) {
        let held = std::mem::take(&mut self.held);
        give_back(&self.state, &self.key, &held).await;
    }
}

async fn give_back(state: &AppState, key: &str, held: &str) {
    if let Err(e) = state
        .store
        .settings_cas_commit(&[(key, Some(held), "0")], &Effects::default())
        .await
    {
        tracing::warn!(error = %e, "the directory sync lease could not be given back; it lapses by itself");
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if self.held.is_empty() {
            return;
        }
        let held = std::mem::take(&mut self.held);
        let state = self.state.clone();
        let key = std::mem::take(&mut self.key);
        if let Ok(rt) = tokio::runtime::Handle::try_current() {
            rt.spawn(async move { give_back(&state, &key, &held).await });
        }
    }
}

/// The stored cursor: `v1|<scope>|<server>|<cursor>`. `scope` fingerprints the bases,
/// filters and attribute map, so a changed scope reads everything again; `server` is the
/// domain controller an AD cursor belongs to.
struct Stored {
    scope: String,
    server: String,
    cursor: String,
}

impl Stored {
    fn parse(text: &str) -> Option<Self> {
        let mut parts = text.splitn(4, '|');
        (parts.next()? == "v1").then_some(())?;
        Some(Self {
            scope: parts.next()?.to_owned(),
            server: parts.next()?.to_owned(),
            cursor: parts.next()?.to_owned(),
        })
    }
}

/// A short fingerprint of what a sync reads: bases, filters, attribute map, flavour, and
/// the attributes read besides the map (`manager`: added later, so the first sync after
/// an upgrade reads every account again for it).
fn scope_of(settings: &latchkey_core::config::LdapSettings) -> String {
    use sha2::Digest as _;
    let a = &settings.attributes;
    let text = [
        settings.flavour.as_str(),
        &settings.user_base,
        &settings.group_base,
        &settings.user_filter,
        &settings.group_filter,
        &a.username,
        &a.first_name,
        &a.last_name,
        &a.display_name,
        &a.email,
        &a.alternate_email,
        &a.mobile_phone,
        &a.office_phone,
        "manager",
    ]
    .join("\u{1f}");
    let digest = sha2::Sha256::digest(text.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

async fn run(
    state: &AppState,
    ctx: &Ctx,
    dir: &latchkey_ldap::Directory,
    opts: SyncOptions,
    progress: &(dyn Fn(usize) + Send + Sync),
) -> Result<SyncReport, ServiceError> {
    let stored = state
        .store
        .setting_get(&sync_cursor_key(dir.name()))
        .await?;
    let scope = scope_of(dir.settings());
    let last = stored
        .as_deref()
        .and_then(Stored::parse)
        .filter(|s| s.scope == scope && !s.cursor.is_empty() && !opts.full);
    let unavailable = |e| ServiceError::Directory(WriteBackError::Unavailable(e));
    let mut snap = dir
        .snapshot(
            last.as_ref().map(|l| l.cursor.as_str()),
            last.as_ref().map(|l| l.server.as_str()),
            progress,
        )
        .await
        .map_err(unavailable)?;
    let users = state.store.user_list("", 0, i64::MAX).await?.items;
    let groups = state.store.group_list().await?;
    // Entries in scope that Latchkey doesn't hold and that didn't change (brought into
    // scope by a change elsewhere, or left out before): read everything.
    if !snap.full {
        let known: std::collections::HashSet<&str> = users
            .iter()
            .filter_map(|u| u.external.as_ref())
            .chain(groups.iter().filter_map(|g| g.external.as_ref()))
            .filter(|e| e.directory == dir.name())
            .map(|e| e.id.as_str())
            .chain(snap.users.iter().map(|u| u.external.id.as_str()))
            .chain(snap.groups.iter().map(|g| g.external.id.as_str()))
            .collect();
        let unknown = snap
            .user_ids
            .iter()
            .chain(snap.group_ids.iter())
            .any(|id| !known.contains(id.as_str()));
        if unknown {
            snap = dir
                .snapshot(None, None, progress)
                .await
                .map_err(unavailable)?;
        }
    }
    let members = state.store.synced_members(dir.name()).await?;
    let managers = state.store.synced_managers(dir.name()).await?;
    let (mut plan, summary) =
        dirsync::plan(dir.name(), &snap, &users, &groups, &members, &managers);
    plan.cursor = plan
        .cursor
        .as_ref()
        .map(|c| format!("v1|{scope}|{}|{c}", snap.source));
    let report = SyncReport {
        summary,
        warnings: plan.warnings.clone(),
        full: snap.full,
        dry_run: opts.dry_run,
    };
    if opts.dry_run {
        return Ok(report);
    }
    let event = crate::audit::event(
        state,
        ctx,
        activity::DIRECTORY_SYNC,
        dir.name(),
        Outcome::Success,
        serde_json::json!({
            "summary": summary.to_string(),
            "full": report.full,
            "warnings": plan.warnings.iter().take(10).collect::<Vec<_>>(),
            "managers_changed": plan.managers.len(),
        }),
    );
    let mut audit = vec![event];
    let changes = manager_changes(&plan, &snap, &users, &managers);
    audit.extend(changes.iter().map(|c| {
        crate::audit::event(
            state,
            ctx,
            activity::UPDATE_MANAGER,
            &c.username,
            Outcome::Success,
            serde_json::json!({"before": c.before, "after": c.after, "source": "directory"}),
        )
    }));
    // While the helpdesk may ask managers, a user is told who may now vouch for them, as
    // when an administrator sets it (not for accounts this sync creates).
    let mut told = Vec::new();
    if crate::service::helpdesk::settings(state)
        .await?
        .manager_approval
    {
        for c in &changes {
            let held = |u: &&latchkey_core::directory::User| {
                u.external.as_ref().is_some_and(|e| e.id == c.external_id)
            };
            if let Some(user) = users.iter().find(held) {
                told.extend(
                    crate::service::helpdesk::notices::manager_changed_named(
                        state,
                        user,
                        &ctx.actor,
                        c.after_named.clone(),
                    )
                    .await,
                );
            }
        }
    }
    let deliveries = crate::delivery::queue(state, ctx, told);
    let written = state
        .store
        .sync_commit(
            &plan,
            stored.as_deref(),
            state.now(),
            &Effects { audit, deliveries },
        )
        .await?;
    if !written {
        return Err(ServiceError::Refused(t("errors-refused-sync-overtaken")));
    }
    state.deliveries_waiting.notify_one();
    Ok(report)
}

/// Most "Update manager" events (and notices) one sync writes (the first sync that reads
/// managers may link every account); the sync's own event counts them all
/// (`managers_changed`).
const MANAGER_EVENTS: usize = 1000;

/// One account whose manager a sync changes, by username.
struct ManagerChange {
    /// The account's external id.
    external_id: String,
    /// The account, by its username after the sync.
    username: String,
    /// The manager's username before, if any.
    before: Option<String>,
    /// The manager's username after, if any.
    after: Option<String>,
    /// The manager after, as notices name them ("Name (username)").
    after_named: Option<String>,
}

/// The accounts whose manager `plan` changes (at most [`MANAGER_EVENTS`]), each to be
/// audited as "Update manager" (before and after, by username; `source`: `directory`),
/// as an administrator's change is: whoever may write `manager` in the directory decides
/// who may vouch for the account.
fn manager_changes(
    plan: &dirsync::SyncPlan,
    snap: &dirsync::Snapshot,
    users: &[latchkey_core::directory::User],
    before: &std::collections::HashMap<String, String>,
) -> Vec<ManagerChange> {
    let mut names: std::collections::HashMap<&str, (&str, &str)> = users
        .iter()
        .filter_map(|u| {
            u.external.as_ref().map(|e| {
                (
                    e.id.as_str(),
                    (u.username.as_str(), u.display_name.as_str()),
                )
            })
        })
        .collect();
    for u in &snap.users {
        names.insert(
            u.external.id.as_str(),
            (u.username.as_str(), u.display_name.as_str()),
        );
    }
    let name = |id: Option<&String>| id.and_then(|i| names.get(i.as_str()).copied());
    plan.managers
        .iter()
        .filter_map(|link| {
            let (user, _) = name(Some(&link.user))?;
            let was = name(before.get(&link.user)).map(|(u, _)| u);
            let now = name(link.manager.as_ref());
            (was != now.map(|(u, _)| u)).then(|| ManagerChange {
                external_id: link.user.clone(),
                username: user.to_owned(),
                before: was.map(str::to_owned),
                after: now.map(|(u, _)| u.to_owned()),
                after_named: now.map(|(u, d)| format!("{d} ({u})")),
            })
        })
        .take(MANAGER_EVENTS)
        .collect()
}

/// The last sync's outcome of the directory `name`, if one ran.
pub async fn last_sync(state: &AppState, name: &str) -> Result<Option<LastSync>, ServiceError> {
    Ok(state
        .store
        .setting_get(&last_sync_key(name))
        .await?
        .and_then(|j| serde_json::from_str(&j).ok()))
}

/// Runs the doctor's checks (read-only) on every directory and adds each one's last sync,
/// and the last write-back. With several directories each check names its directory.
///
/// Errors: [`ServiceError::Refused`] when no directory is configured.
pub async fn doctor(
    state: &AppState,
    test_user: Option<&str>,
) -> Result<latchkey_ldap::DoctorReport, ServiceError> {
    use latchkey_ldap::CheckStatus;
    if state.ldap.is_empty() {
        return Err(not_configured());
    }
    let several = state.ldap.len() > 1;
    // The test account's check when it matched nothing, in the words the doctor used.
    let test_check = test_user.map(|n| tr("admin-onprem-doc-test-account", &[("name", n.into())]));
    let no_match = tr(
        "admin-onprem-doc-test-match",
        &[("n", FluentValue::from(0usize))],
    );
    let mut all = latchkey_ldap::DoctorReport::default();
    for dir in state.ldap.clone() {
        let mut report = dir.doctor(test_user).await;
        match last_sync(state, dir.name()).await? {
            None => report.push(
                t("admin-onprem-last-sync"),
                CheckStatus::Warning,
                t("admin-onprem-doc-no-sync"),
                Some(t("admin-onprem-doc-no-sync-fix").as_str()),
            ),
            Some(l) if l.ok => {
                let what = l.summary.map(|s| s.words()).unwrap_or_default();
                report.push(
                    t("admin-onprem-last-sync"),
                    CheckStatus::Ok,
                    format!("{}: {what}", utc(l.at)),
                    None,
                );
            }
            Some(l) => report.push(
                t("admin-onprem-last-sync"),
                CheckStatus::Failed,
                format!("{}: {}", utc(l.at), l.error.unwrap_or_default()),
                Some(t("admin-onprem-doc-sync-failed-fix").as_str()),
            ),
        }
        all.flavour = all.flavour.or(report.flavour);
        for mut c in report.checks {
            if several {
                // A test account lives in one of the directories, not in all of them.
                if test_check.as_deref() == Some(c.name.as_str()) && c.detail == no_match {
                    c.status = CheckStatus::Info;
                    c.fix = None;
                }
                c.name = format!("{}: {}", dir.name(), c.name);
            }
            all.checks.push(c);
        }
    }
    // Accounts whose directory is no longer configured: they can't sign in, reset or be
    // synced until it is back (with the same name).
    let names: Vec<&str> = state.ldap.iter().map(|d| d.name()).collect();
    let orphans = state
        .store
        .user_list("", 0, i64::MAX)
        .await?
        .items
        .into_iter()
        .filter(|u| {
            u.external
                .as_ref()
                .is_some_and(|e| !names.contains(&e.directory.as_str()))
        })
        .count();
    if orphans > 0 {
        all.push(
            t("admin-onprem-doc-orphans"),
            CheckStatus::Warning,
            tr(
                "admin-onprem-doc-orphans-detail",
                &[("n", FluentValue::from(orphans))],
            ),
            Some(t("admin-onprem-doc-orphans-fix").as_str()),
        );
    }
    if let Some((at, ok, code)) = last_writeback(state).await? {
        all.push(
            t("admin-onprem-doc-last-writeback"),
            if ok {
                CheckStatus::Ok
            } else {
                CheckStatus::Warning
            },
            format!(
                "{}: {}",
                utc(at),
                if ok {
                    t("admin-onprem-doc-written")
                } else {
                    code
                }
            ),
            (!ok)
                .then(|| t("admin-onprem-doc-writeback-fix"))
                .as_deref(),
        );
    }
    Ok(all)
}

/// The last write-back as the audit log has it: (when, worked, code).
async fn last_writeback(state: &AppState) -> Result<Option<(i64, bool, String)>, ServiceError> {
    let filter = latchkey_core::store::AuditFilter {
        activity: Some(activity::PASSWORD_WRITEBACK.to_owned()),
        ..Default::default()
    };
    let page = state.store.audit_list(&filter, 0, 1).await?;
    Ok(page.items.first().map(|e| {
        let code = e
            .details
            .get("reason")
            .and_then(|r| r.as_str())
            .unwrap_or_default()
            .to_owned();
        (e.time, e.result == Outcome::Success, code)
    }))
}

/// `2026-11-30 09:15 UTC`.
pub fn utc(at: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(at)
        .ok()
        .and_then(|t| {
            t.format(time::macros::format_description!(
                "[year]-[month]-[day] [hour]:[minute] UTC"
            ))
            .ok()
        })
        .unwrap_or_default()
}

/// The periodic sync of the server: each directory every `sync_interval_minutes` of its
/// own (none when 0), until `stop` turns true. Failures are logged and kept for the
/// portal; the next run tries again.
pub async fn periodic(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    let loops: Vec<_> = state
        .ldap
        .clone()
        .into_iter()
        .filter(|d| d.settings().sync_interval_minutes > 0)
        .map(|d| tokio::spawn(periodic_one(state.clone(), d, stop.clone())))
        .collect();
    if loops.is_empty() {
        return;
    }
    let _ = stop.changed().await;
    for l in loops {
        l.abort();
    }
}

async fn periodic_one(
    state: AppState,
    dir: std::sync::Arc<latchkey_ldap::Directory>,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let minutes = dir.settings().sync_interval_minutes.max(1);
    let every = std::time::Duration::from_secs(u64::from(minutes) * 60);
    // A full sync once a day catches what a delta can't see.
    let full_every = (1440 / minutes).max(1);
    let mut runs: u32 = 0;
    loop {
        let opts = SyncOptions {
            dry_run: false,
            full: runs > 0 && runs.is_multiple_of(full_every),
        };
        runs = runs.wrapping_add(1);
        // Its own task: a panic (a malformed answer) is logged, and the next run comes.
        let task = {
            let state = state.clone();
            let dir = dir.clone();
            tokio::spawn(async move {
                let ctx = Ctx {
                    actor: "latchkey".into(),
                    client_ip: String::new(),
                    correlation_id: String::new(),
                };
                sync_one(&state, &ctx, &dir, opts, &|_| {}).await
            })
        };
        match task.await {
            Ok(Ok(r)) => {
                tracing::info!(directory = dir.name(), summary = %r.summary, full = r.full, "directory sync");
            }
            Ok(Err(ServiceError::Refused(why))) => {
                tracing::info!(directory = dir.name(), %why, "directory sync skipped");
            }
            Ok(Err(e)) => {
                tracing::warn!(directory = dir.name(), error = %e, "directory sync failed")
            }
            Err(e) => {
                tracing::error!(directory = dir.name(), error = %e, "directory sync stopped unexpectedly")
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = stop.changed() => return,
        }
    }
}
