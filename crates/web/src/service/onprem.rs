//! The on-premises directory: sync (`latchkey directory sync`, the periodic sync in the
//! server, the portal's *Sync now*), the doctor, and the status the *On-premises
//! integration* page shows. The directory's reading and writing is `latchkey-ldap`; the
//! comparison is [`latchkey_core::dirsync`]; the writing of a sync is one transaction
//! ([`latchkey_core::store::SyncStore::sync_commit`]).

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::dirsync::{self, SyncSummary};
use latchkey_core::store::{Effects, SYNC_CURSOR};
use latchkey_core::writeback::WriteBackError;
use serde::{Deserialize, Serialize};

use crate::audit::Ctx;
use crate::service::ServiceError;
use crate::state::AppState;

/// The setting holding the last sync's outcome ([`LastSync`] as JSON).
pub const LAST_SYNC: &str = "directory.last_sync";
/// The setting holding the sync lease: the Unix second until which one instance syncs.
pub const SYNC_LEASE: &str = "directory.sync_lease";
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

/// Why a synced account's names, contacts, sign-in or existence can't change here.
pub const MANAGED_USER: &str = "This account comes from your on-premises directory: its names and contact details are managed there, and changes made there arrive with the next sync. Its role and password can be changed here, and its sign-in blocked here.";
/// Why a synced group can't change here.
pub const MANAGED_GROUP: &str = "This group comes from your on-premises directory: its name and members are managed there, and changes made there arrive with the next sync. Nest it in a group made in Latchkey to add others.";

/// Refuses a change to `user`'s names, contacts or existence when the account comes from
/// the on-premises directory (blocking sign-in here is allowed, and outlasts syncs).
///
/// Errors: [`ServiceError::Managed`].
pub fn local_user(user: &latchkey_core::directory::User) -> Result<(), ServiceError> {
    match user.external {
        Some(_) => Err(ServiceError::Managed(MANAGED_USER)),
        None => Ok(()),
    }
}

/// Refuses a change to `group`'s name, members or existence when it comes from the
/// on-premises directory.
///
/// Errors: [`ServiceError::Managed`].
pub fn local_group(group: &latchkey_core::directory::Group) -> Result<(), ServiceError> {
    match group.external {
        Some(_) => Err(ServiceError::Managed(MANAGED_GROUP)),
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
    ServiceError::Refused(
        "no on-premises directory is configured: set [ldap] urls, bind_dn, bind_password and user_base".into(),
    )
}

/// Syncs accounts and groups from the on-premises directory: a delta since the last
/// sync (a full import the first time), deletions and disables followed, in one
/// transaction with its audit event. With `dry_run` nothing is written. Only one
/// instance syncs at a time: another one holding the lease makes this one return
/// [`ServiceError::Refused`]; two that read at once write once (the cursor is swapped).
///
/// Errors: [`ServiceError::Refused`] (no directory, another instance syncing),
/// [`ServiceError::Directory`] (the directory can't be read), storage errors.
pub async fn sync(
    state: &AppState,
    ctx: &Ctx,
    dry_run: bool,
    progress: &(dyn Fn(usize) + Send + Sync),
) -> Result<SyncReport, ServiceError> {
    let Some(dir) = state.ldap.clone() else {
        return Err(not_configured());
    };
    let lease = if dry_run {
        None
    } else {
        Some(take_lease(state).await?)
    };
    let result = run(state, ctx, &dir, dry_run, progress).await;
    if let Some(held) = lease {
        let _ = state
            .store
            .settings_cas_commit(
                &[(SYNC_LEASE, Some(held.as_str()), "0")],
                &Effects::default(),
            )
            .await;
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
            let _ = state.store.setting_put(LAST_SYNC, &json).await;
        }
        if let Err(e) = &result {
            crate::audit::record(
                state,
                ctx,
                activity::DIRECTORY_SYNC,
                "on-premises directory",
                Outcome::Failure,
                serde_json::json!({"reason": e.to_string()}),
            )
            .await;
        }
    }
    result
}

async fn take_lease(state: &AppState) -> Result<String, ServiceError> {
    let now = state.now();
    let held = state.store.setting_get(SYNC_LEASE).await?;
    if let Some(until) = held.as_deref().and_then(|v| v.parse::<i64>().ok())
        && until > now
    {
        return Err(ServiceError::Refused(
            "another Latchkey instance is syncing the directory right now; try again in a few minutes".into(),
        ));
    }
    let mine = (now + LEASE_SECONDS).to_string();
    if !state
        .store
        .settings_cas_commit(&[(SYNC_LEASE, held.as_deref(), &mine)], &Effects::default())
        .await?
    {
        return Err(ServiceError::Refused(
            "another Latchkey instance started syncing the directory at the same moment".into(),
        ));
    }
    Ok(mine)
}

async fn run(
    state: &AppState,
    ctx: &Ctx,
    dir: &latchkey_ldap::Directory,
    dry_run: bool,
    progress: &(dyn Fn(usize) + Send + Sync),
) -> Result<SyncReport, ServiceError> {
    let stored = state.store.setting_get(SYNC_CURSOR).await?;
    let cursor = stored.as_deref().filter(|c| !c.is_empty());
    let snap = dir
        .snapshot(cursor, progress)
        .await
        .map_err(|e| ServiceError::Directory(WriteBackError::Unavailable(e)))?;
    let users = state.store.user_list("", 0, i64::MAX).await?.items;
    let groups = state.store.group_list().await?;
    let members = state.store.synced_members().await?;
    let (plan, summary) = dirsync::plan(&snap, &users, &groups, &members);
    let report = SyncReport {
        summary,
        warnings: plan.warnings.clone(),
        full: cursor.is_none(),
        dry_run,
    };
    if dry_run {
        return Ok(report);
    }
    let event = crate::audit::event(
        state,
        ctx,
        activity::DIRECTORY_SYNC,
        "on-premises directory",
        Outcome::Success,
        serde_json::json!({
            "summary": summary.to_string(),
            "full": report.full,
            "warnings": plan.warnings.iter().take(10).collect::<Vec<_>>(),
        }),
    );
    let written = state
        .store
        .sync_commit(
            &plan,
            stored.as_deref(),
            state.now(),
            &Effects {
                audit: vec![event],
                deliveries: Vec::new(),
            },
        )
        .await?;
    if !written {
        return Err(ServiceError::Refused(
            "another sync wrote its changes first; nothing was written by this one".into(),
        ));
    }
    Ok(report)
}

/// The last sync's outcome, if any ran.
pub async fn last_sync(state: &AppState) -> Result<Option<LastSync>, ServiceError> {
    Ok(state
        .store
        .setting_get(LAST_SYNC)
        .await?
        .and_then(|j| serde_json::from_str(&j).ok()))
}

/// Runs the doctor's checks (read-only) and adds the last sync's outcome.
///
/// Errors: [`ServiceError::Refused`] when no directory is configured.
pub async fn doctor(
    state: &AppState,
    test_user: Option<&str>,
) -> Result<latchkey_ldap::DoctorReport, ServiceError> {
    let Some(dir) = state.ldap.clone() else {
        return Err(not_configured());
    };
    let mut report = dir.doctor(test_user).await;
    match last_sync(state).await? {
        None => report.push(
            "Last sync",
            latchkey_ldap::CheckStatus::Warning,
            "no sync has run yet",
            Some("run `latchkey directory sync` or press Sync now"),
        ),
        Some(l) => {
            let when = utc(l.at);
            if l.ok {
                let what = l.summary.map(|s| s.to_string()).unwrap_or_default();
                report.push(
                    "Last sync",
                    latchkey_ldap::CheckStatus::Ok,
                    format!("{when}: {what}"),
                    None,
                );
            } else {
                report.push(
                    "Last sync",
                    latchkey_ldap::CheckStatus::Failed,
                    format!("{when}: {}", l.error.unwrap_or_default()),
                    Some("fix the failed checks above, then sync again"),
                );
            }
        }
    }
    if let Some((at, ok, code)) = last_writeback(state).await? {
        report.push(
            "Last write-back",
            if ok {
                latchkey_ldap::CheckStatus::Ok
            } else {
                latchkey_ldap::CheckStatus::Warning
            },
            format!(
                "{}: {}",
                utc(at),
                if ok { "written" } else { code.as_str() }
            ),
            (!ok).then_some("see the audit log's \"Password writeback\" events for the cause"),
        );
    }
    Ok(report)
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

/// The periodic sync of the server: every `ldap.sync_interval_minutes` (none when 0 or
/// no directory is configured), until `stop` turns true. Failures are logged and kept
/// for the portal; the next run tries again.
pub async fn periodic(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    let minutes = state.settings.ldap.sync_interval_minutes;
    if state.ldap.is_none() || minutes == 0 {
        return;
    }
    let every = std::time::Duration::from_secs(u64::from(minutes) * 60);
    let ctx = Ctx {
        actor: "latchkey".into(),
        client_ip: String::new(),
        correlation_id: String::new(),
    };
    loop {
        match sync(&state, &ctx, false, &|_| {}).await {
            Ok(r) => tracing::info!(summary = %r.summary, "directory sync"),
            Err(ServiceError::Refused(why)) => tracing::info!(%why, "directory sync skipped"),
            Err(e) => tracing::warn!(error = %e, "directory sync failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = stop.changed() => return,
        }
    }
}
