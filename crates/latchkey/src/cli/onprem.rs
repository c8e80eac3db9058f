//! `latchkey directory sync` and `latchkey directory doctor`: the on-premises directory
//! (Active Directory, OpenLDAP) of the `[ldap]` settings, through
//! [`latchkey_web::service::onprem`], the same code as the portal's *On-premises
//! integration* page and the server's periodic sync.

use clap::Subcommand;
use latchkey_web::AppState;
use latchkey_web::service::ServiceError;
use latchkey_web::service::onprem;
use std::sync::atomic::{AtomicBool, Ordering};

use super::output::{err, errln, outln};
use super::{Fail, cli_ctx, service_fail};

/// `latchkey directory …`
#[derive(Subcommand, Debug)]
pub(super) enum DirectoryCmd {
    /// Sync users and groups from the on-premises directory: everything the first time,
    /// then what changed since the last sync (deletions and disables included).
    Sync {
        /// Show what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Read every entry, not only those changed since the last sync.
        #[arg(long)]
        full: bool,
    },
    /// Check the connection to the on-premises directory, its TLS certificates and the
    /// service account's rights; exits 1 when a check failed.
    Doctor {
        /// An account of the directory to check the service account's rights on
        /// (nothing is changed on it).
        #[arg(long, value_name = "NAME")]
        test_user: Option<String>,
    },
}

/// Runs one `latchkey directory …` command.
pub(super) async fn directory(s: AppState, cmd: DirectoryCmd) -> Result<(), Fail> {
    match cmd {
        DirectoryCmd::Sync { dry_run, full } => {
            sync(&s, onprem::SyncOptions { dry_run, full }).await
        }
        DirectoryCmd::Doctor { test_user } => doctor(&s, test_user.as_deref()).await,
    }
}

/// The words and exit code of a sync or doctor that could not run.
fn refused(e: ServiceError) -> Fail {
    match e {
        ServiceError::Refused(why) => Fail(why, 1),
        ServiceError::Directory(w) => Fail(
            format!(
                "the on-premises directory can't be used: {}",
                w.admin_words()
            ),
            1,
        ),
        other => service_fail(other),
    }
}

async fn sync(s: &AppState, opts: onprem::SyncOptions) -> Result<(), Fail> {
    // A first import reads a whole directory: say how far it got as it goes.
    let mut first = opts.full;
    for d in s.settings.directories() {
        let key = latchkey_core::store::sync_cursor_key(&d.name);
        first |= s
            .store
            .setting_get(&key)
            .await?
            .is_none_or(|c| c.is_empty());
    }
    let shown = AtomicBool::new(false);
    let progress = |n: usize| {
        if first {
            shown.store(true, Ordering::Relaxed);
            err!("\rfirst import: {n} entries read from the directory");
        }
    };
    let result = onprem::sync_with(s, &cli_ctx(), opts, &progress).await;
    if shown.load(Ordering::Relaxed) {
        errln!();
    }
    let report = result.map_err(|e| match e {
        ServiceError::Directory(w) => Fail(
            format!(
                "the sync failed and nothing was changed: {}",
                w.admin_words()
            ),
            1,
        ),
        ServiceError::Refused(why) => Fail(format!("the sync didn't run: {why}"), 1),
        other => service_fail(other),
    })?;
    let kind = if report.full {
        "full import"
    } else {
        "changes since the last sync"
    };
    if report.dry_run {
        outln!(
            "dry run ({kind}), nothing was written; it would change {}",
            report.summary
        )?;
    } else {
        outln!("synced ({kind}): {}", report.summary)?;
    }
    for w in &report.warnings {
        outln!("warning: {w}")?;
    }
    Ok(())
}

async fn doctor(s: &AppState, test_user: Option<&str>) -> Result<(), Fail> {
    let test_user = test_user.map(str::trim).filter(|t| !t.is_empty());
    let report = onprem::doctor(s, test_user).await.map_err(refused)?;
    if let Some(f) = report.flavour {
        outln!("directory: {}", f.label())?;
    }
    let mut failed = 0;
    for c in &report.checks {
        let tag = match c.status.as_str() {
            "ok" => "[ok]",
            "warning" => "[warning]",
            "failed" => {
                failed += 1;
                "[FAILED]"
            }
            _ => "[info]",
        };
        match &c.fix {
            Some(fix) => outln!("{tag} {}: {} — fix: {fix}", c.name, c.detail)?,
            None => outln!("{tag} {}: {}", c.name, c.detail)?,
        }
    }
    match failed {
        0 => Ok(()),
        1 => Err(Fail(
            "1 check failed; the fix is on its line above".into(),
            1,
        )),
        n => Err(Fail(
            format!("{n} checks failed; each fix is on its line above"),
            1,
        )),
    }
}
