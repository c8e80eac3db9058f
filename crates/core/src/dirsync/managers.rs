//! Managers read from the directory: each synced account's `manager` DN resolved to
//! another account synced from the same directory, and the links that changed.

use std::collections::{HashMap, HashSet};

use super::{MAX_WARNINGS, ManagerLink, Snapshot, SyncPlan, SyncSummary};
use crate::directory::{ExternalAccount, User};

/// Adds to `plan` the manager of every account of `snap` that exists after the plan
/// (synced before, or created by it) whose manager differs from `local_managers`
/// (account external id → manager external id). A manager DN is matched, whatever its
/// case, to an account in scope now: one synced before (at its stored DN, unless this
/// sync read the entry again) or one this plan creates or updates (at the DN read now).
/// A DN that matches none, or the account itself, is no manager, with a note in the
/// warnings (not counted as skipped: the account is still synced). An existing account
/// whose only change is its manager counts as updated in `sum`.
pub(super) fn links(
    plan: &mut SyncPlan,
    sum: &mut SyncSummary,
    snap: &Snapshot,
    local_users: &[User],
    local_managers: &HashMap<String, String>,
) {
    let directory = plan.directory.clone();
    let ours = |u| synced_from(u, &directory);
    let read: HashSet<&str> = snap.users.iter().map(|r| r.external.id.as_str()).collect();
    let existing: HashSet<&str> = local_users
        .iter()
        .filter_map(|u| ours(u).map(|e| e.id.as_str()))
        .collect();
    let created: HashSet<&str> = plan
        .create_users
        .iter()
        .map(|n| n.external.id.as_str())
        .collect();
    let mut updated: HashSet<String> = plan
        .update_users
        .iter()
        .map(|u| u.external.id.clone())
        .collect();
    // Accounts deleted by this sync (or kept only as the last administrator) are out of
    // scope: not in `user_ids`.
    let mut by_dn: HashMap<String, &str> = HashMap::new();
    for e in local_users.iter().filter_map(ours) {
        if snap.user_ids.contains(&e.id) && !read.contains(e.id.as_str()) {
            by_dn.insert(dn_key(&e.dn), &e.id);
        }
    }
    for r in &snap.users {
        let id = r.external.id.as_str();
        if existing.contains(id) || created.contains(id) {
            by_dn.insert(dn_key(&r.external.dn), id);
        }
    }

    let mut links = Vec::new();
    let mut notes = Vec::new();
    for r in &snap.users {
        let id = r.external.id.as_str();
        let exists = existing.contains(id);
        if !exists && !created.contains(id) {
            continue;
        }
        let wanted = match r.manager.trim() {
            "" => None,
            dn => match by_dn.get(&dn_key(dn)) {
                Some(m) if *m == id => {
                    notes.push(format!(
                        "{}: names itself as its manager; left out",
                        r.external.dn
                    ));
                    None
                }
                Some(m) => Some((*m).to_owned()),
                None => {
                    notes.push(format!(
                        "{}: manager {dn} is not an account synced from this directory; left out",
                        r.external.dn
                    ));
                    None
                }
            },
        };
        if wanted.as_ref() == local_managers.get(id) {
            continue;
        }
        if exists && updated.insert(id.to_owned()) {
            sum.users_updated += 1;
        }
        links.push(ManagerLink {
            user: id.to_owned(),
            manager: wanted,
        });
    }
    for n in notes {
        if plan.warnings.len() < MAX_WARNINGS {
            plan.warnings.push(n);
        }
    }
    plan.managers = links;
}

/// `u`'s entry when it was synced from `directory`.
fn synced_from<'a>(u: &'a User, directory: &str) -> Option<&'a ExternalAccount> {
    u.external.as_ref().filter(|e| e.directory == directory)
}

/// A DN as a key: trimmed, in lower case (as member DNs are matched).
fn dn_key(dn: &str) -> String {
    dn.trim().to_lowercase()
}
