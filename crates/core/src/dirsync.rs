//! Directory sync: what an on-premises directory holds ([`Snapshot`]) compared with the
//! accounts and groups Latchkey already synced from it, giving the changes to make
//! ([`SyncPlan`]) and a summary in words. Pure: the LDAP reading is in `latchkey-ldap`,
//! the writing in the store ([`crate::store::SyncStore`]).

use std::collections::{HashMap, HashSet};

use crate::directory::{ExternalAccount, Group, Profile, ProfileInput, Role, User, Username};

/// An account as the directory holds it, its attributes already read through the
/// attribute map. Strings are as the directory gives them; empty means absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RemoteUser {
    /// Immutable id and DN.
    pub external: ExternalAccount,
    /// Sign-in name (AD `sAMAccountName`, OpenLDAP `uid` by default).
    pub username: String,
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// Display name; the username when empty.
    pub display_name: String,
    /// Primary email.
    pub email: String,
    /// Alternate email (AD `otherMailbox`).
    pub alternate_email: String,
    /// Mobile phone, in any format the phone parser reads with a `+`.
    pub mobile_phone: String,
    /// Office phone.
    pub office_phone: String,
    /// False when the directory disables the account (AD `userAccountControl` bit 2,
    /// OpenLDAP `pwdAccountLockedTime` of `000001010000Z`).
    pub enabled: bool,
    /// The DN of the account's manager (the `manager` attribute, RFC 4524 and AD), as
    /// the directory gives it; empty when none. [`plan`] resolves it to a synced account.
    pub manager: String,
}

/// A group as the directory holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RemoteGroup {
    /// Immutable id and DN.
    pub external: ExternalAccount,
    /// The group's name (`cn`).
    pub name: String,
    /// Its description; may be empty.
    pub description: String,
    /// The DNs of its direct members (users and groups; others are ignored).
    pub members: Vec<String>,
}

/// What one sync read: the entries that changed since the last sync (all of them on
/// the first), and the ids of every entry still in scope (to follow deletions).
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// Accounts changed since the cursor (every account on a full sync).
    pub users: Vec<RemoteUser>,
    /// Groups changed since the cursor.
    pub groups: Vec<RemoteGroup>,
    /// The id of every account in scope now.
    pub user_ids: HashSet<String>,
    /// The id of every group in scope now.
    pub group_ids: HashSet<String>,
    /// Where the next delta sync starts (AD highest `uSNChanged`, OpenLDAP latest
    /// `modifyTimestamp`), as the directory spells it.
    pub cursor: Option<String>,
    /// The server the cursor belongs to (AD: the domain controller's `dsServiceName`;
    /// empty where the cursor holds for every server), followed by `#` and a fingerprint
    /// of the password policies read for expiry when there are any: a policy change
    /// reaches no account entry, so when either differs the cursor no longer holds and
    /// everything is read again.
    pub source: String,
    /// Whether every entry was read (a first import, or a full sync), rather than those
    /// changed since the cursor.
    pub full: bool,
}

/// A synced account to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSynced {
    /// Its sign-in name.
    pub username: Username,
    /// Names and contacts.
    pub profile: Profile,
    /// Whether it may sign in.
    pub enabled: bool,
    /// The directory entry.
    pub external: ExternalAccount,
}

/// A change to one synced account, by row id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncedChange {
    /// The account's row id.
    pub id: i64,
    /// Names and contacts as the directory has them now.
    pub profile: Profile,
    /// Enabled in the directory.
    pub enabled: bool,
    /// The entry (its DN may have moved).
    pub external: ExternalAccount,
}

/// A group's direct members, by external id, to replace what Latchkey holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Membership {
    /// The group's external id.
    pub group: String,
    /// Member accounts' external ids.
    pub users: Vec<String>,
    /// Member groups' external ids.
    pub groups: Vec<String>,
}

/// A synced account's manager as the directory now names it, by external ids, to replace
/// what Latchkey holds (see [`crate::store::ManagerStore`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ManagerLink {
    /// The account's external id.
    pub user: String,
    /// The manager's external id (an account synced from the same directory); `None`
    /// removes the account's manager.
    pub manager: Option<String>,
}

/// Everything one sync changes, written in one transaction by the store.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncPlan {
    /// The directory synced (`ldap.name`): its cursor is stored under
    /// [`crate::store::sync_cursor_key`].
    pub directory: String,
    /// Accounts to create.
    pub create_users: Vec<NewSynced>,
    /// Accounts to update.
    pub update_users: Vec<SyncedChange>,
    /// Accounts gone from the directory (or out of scope): deleted, with their methods.
    pub delete_users: Vec<i64>,
    /// Groups to create: name, description, entry.
    pub create_groups: Vec<(String, String, ExternalAccount)>,
    /// Groups to update: row id, name, description, entry.
    pub update_groups: Vec<(i64, String, String, ExternalAccount)>,
    /// Groups gone from the directory.
    pub delete_groups: Vec<i64>,
    /// Direct members to set, for every changed group.
    pub memberships: Vec<Membership>,
    /// Managers to set or remove, for every account whose manager changed; written
    /// after the accounts are created.
    pub managers: Vec<ManagerLink>,
    /// The cursor to store once this plan is written.
    pub cursor: Option<String>,
    /// What was left out and why, one sentence each (at most 100 kept).
    pub warnings: Vec<String>,
}

/// How many of each change a plan holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SyncSummary {
    /// Accounts created.
    pub users_created: usize,
    /// Accounts updated (names, contacts, enabled state, entry or manager).
    pub users_updated: usize,
    /// Accounts disabled by this sync (counted among the updated).
    pub users_disabled: usize,
    /// Accounts deleted.
    pub users_deleted: usize,
    /// Groups created.
    pub groups_created: usize,
    /// Groups updated (name, description or members).
    pub groups_updated: usize,
    /// Groups deleted.
    pub groups_deleted: usize,
    /// Entries left out (see the warnings).
    pub skipped: usize,
}

impl SyncPlan {
    /// Whether the plan changes nothing but the cursor.
    pub fn is_empty(&self) -> bool {
        self.create_users.is_empty()
            && self.update_users.is_empty()
            && self.delete_users.is_empty()
            && self.create_groups.is_empty()
            && self.update_groups.is_empty()
            && self.delete_groups.is_empty()
            && self.memberships.is_empty()
            && self.managers.is_empty()
    }
}

impl std::ops::Add for SyncSummary {
    type Output = SyncSummary;

    /// The counts of two syncs together (several directories).
    fn add(self, o: SyncSummary) -> SyncSummary {
        SyncSummary {
            users_created: self.users_created + o.users_created,
            users_updated: self.users_updated + o.users_updated,
            users_disabled: self.users_disabled + o.users_disabled,
            users_deleted: self.users_deleted + o.users_deleted,
            groups_created: self.groups_created + o.groups_created,
            groups_updated: self.groups_updated + o.groups_updated,
            groups_deleted: self.groups_deleted + o.groups_deleted,
            skipped: self.skipped + o.skipped,
        }
    }
}

impl std::fmt::Display for SyncSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "users: {} created, {} updated ({} disabled), {} deleted; groups: {} created, {} updated, {} deleted; {} skipped",
            self.users_created,
            self.users_updated,
            self.users_disabled,
            self.users_deleted,
            self.groups_created,
            self.groups_updated,
            self.groups_deleted,
            self.skipped
        )
    }
}

impl SyncSummary {
    /// The summary in the current language (`latchkey_i18n::current`), for pages. In
    /// English the same words as [`Display`](std::fmt::Display), which the command line,
    /// the log and the audit log keep.
    pub fn words(&self) -> String {
        use latchkey_i18n::{FluentValue, tr};
        tr(
            "admin-onprem-sync-summary",
            &[
                ("users-created", FluentValue::from(self.users_created)),
                ("users-updated", FluentValue::from(self.users_updated)),
                ("users-disabled", FluentValue::from(self.users_disabled)),
                ("users-deleted", FluentValue::from(self.users_deleted)),
                ("groups-created", FluentValue::from(self.groups_created)),
                ("groups-updated", FluentValue::from(self.groups_updated)),
                ("groups-deleted", FluentValue::from(self.groups_deleted)),
                ("skipped", FluentValue::from(self.skipped)),
            ],
        )
    }
}

const MAX_WARNINGS: usize = 100;

fn warn(plan: &mut SyncPlan, skipped: &mut usize, text: String) {
    *skipped += 1;
    if plan.warnings.len() < MAX_WARNINGS {
        plan.warnings.push(text);
    }
}

/// Maps a directory account to a profile. A field the directory holds in a form
/// Latchkey can't use (a phone number without its country code, say) is left empty and
/// named in `notes`; the account is still synced.
pub fn profile_of(r: &RemoteUser, notes: &mut Vec<String>) -> Profile {
    let mut input = ProfileInput {
        first_name: r.first_name.clone(),
        last_name: r.last_name.clone(),
        display_name: if r.display_name.trim().is_empty() {
            r.username.clone()
        } else {
            r.display_name.clone()
        },
        email: r.email.clone(),
        alternate_email: r.alternate_email.clone(),
        mobile_phone: r.mobile_phone.clone(),
        office_phone: r.office_phone.clone(),
    };
    // Each pass clears the fields at fault; names are cut to their limits first.
    for _ in 0..3 {
        match input.validate() {
            Ok(p) => return p,
            Err(errors) => {
                for e in errors {
                    notes.push(format!("{}: {} ({})", r.external.dn, e.message, e.field));
                    match e.field {
                        "first_name" => input.first_name = cut(&input.first_name, 64),
                        "last_name" => input.last_name = cut(&input.last_name, 64),
                        "display_name" => input.display_name = cut(&input.display_name, 256),
                        "email" => input.email.clear(),
                        "alternate_email" => input.alternate_email.clear(),
                        "mobile_phone" => input.mobile_phone.clear(),
                        "office_phone" => input.office_phone.clear(),
                        _ => {}
                    }
                }
            }
        }
    }
    Profile {
        display_name: r.username.clone(),
        ..Profile::default()
    }
}

fn cut(s: &str, max: usize) -> String {
    s.chars()
        .filter(|c| !c.is_control())
        .take(max)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Compares `snap` with what Latchkey holds: `local_users` and `local_groups` are every
/// account and group (synced or not: a local one with the same name is never taken
/// over), `local_members` the direct members of each synced group, `local_managers`
/// each synced account's manager (account external id → manager external id, empty when
/// the manager is not an account synced from this directory; see
/// [`crate::store::SyncStore::synced_managers`]). With `full`, the snapshot holds every
/// entry, so unchanged ones need no lookup.
///
/// Rules: an account is matched by its external id, never by name; a name already used
/// by a local account or group is skipped with a warning; an account that holds a
/// Latchkey administrator role is disabled rather than deleted when it leaves the
/// directory, and never when it is the last enabled global administrator; a nesting
/// that would make a cycle (which AD allows) is left out with a warning; a manager DN
/// is matched (whatever its case) to an account synced from this directory and in
/// scope, and one that isn't (or names the account itself) means no manager, with a note.
pub fn plan(
    directory: &str,
    snap: &Snapshot,
    local_users: &[User],
    local_groups: &[Group],
    local_members: &HashMap<String, (Vec<String>, Vec<String>)>,
    local_managers: &HashMap<String, String>,
) -> (SyncPlan, SyncSummary) {
    let mut plan = SyncPlan {
        directory: directory.to_owned(),
        cursor: snap.cursor.clone(),
        ..SyncPlan::default()
    };
    fn of<'a>(e: &'a Option<ExternalAccount>, directory: &str) -> Option<&'a ExternalAccount> {
        e.as_ref().filter(|e| e.directory == directory)
    }
    let ours = |e| of(e, directory);
    let mut sum = SyncSummary::default();
    let mut skipped = 0;
    let by_ext: HashMap<&str, &User> = local_users
        .iter()
        .filter_map(|u| ours(&u.external).map(|e| (e.id.as_str(), u)))
        .collect();
    let mut names: HashMap<String, Option<&str>> = local_users
        .iter()
        .map(|u| {
            (
                u.username.as_str().to_owned(),
                u.external.as_ref().map(|e| e.id.as_str()),
            )
        })
        .collect();
    let enabled_globals = local_users
        .iter()
        .filter(|u| u.enabled && u.role == Role::GlobalAdmin)
        .count();
    let mut globals_left = enabled_globals;

    // Accounts.
    for r in &snap.users {
        let username = match Username::parse(&r.username) {
            Ok(u) => u,
            Err(e) => {
                warn(
                    &mut plan,
                    &mut skipped,
                    format!(
                        "{}: username {:?} left out: {}",
                        r.external.dn, r.username, e.message
                    ),
                );
                continue;
            }
        };
        let mut notes = Vec::new();
        let profile = profile_of(r, &mut notes);
        for n in notes {
            if plan.warnings.len() < MAX_WARNINGS {
                plan.warnings.push(n);
            }
        }
        match by_ext.get(r.external.id.as_str()) {
            Some(local) => {
                // A block made in Latchkey outlasts the directory's "enabled".
                let enabled =
                    keep_admin_enabled(local, r.enabled && !local.blocked, &mut globals_left);
                let now = SyncedChange {
                    id: local.id,
                    profile,
                    enabled,
                    external: r.external.clone(),
                };
                if now.profile != profile_of_user(local)
                    || now.enabled != local.enabled
                    || local.external.as_ref() != Some(&now.external)
                {
                    if local.enabled && !now.enabled {
                        sum.users_disabled += 1;
                    }
                    sum.users_updated += 1;
                    plan.update_users.push(now);
                }
            }
            None => {
                match names.get(username.as_str()) {
                    Some(Some(other)) if *other != r.external.id => {
                        warn(
                            &mut plan,
                            &mut skipped,
                            format!(
                                "{}: username {} is already used by another directory account",
                                r.external.dn,
                                username.as_str()
                            ),
                        );
                        continue;
                    }
                    Some(_) => {
                        warn(
                            &mut plan,
                            &mut skipped,
                            format!(
                                "{}: username {} is already used by an account made in Latchkey; rename or delete that one to sync this",
                                r.external.dn,
                                username.as_str()
                            ),
                        );
                        continue;
                    }
                    None => {}
                }
                names.insert(username.as_str().to_owned(), Some(&r.external.id));
                sum.users_created += 1;
                plan.create_users.push(NewSynced {
                    username,
                    profile,
                    enabled: r.enabled,
                    external: r.external.clone(),
                });
            }
        }
    }
    // Accounts gone.
    for u in local_users {
        let Some(ext) = ours(&u.external) else {
            continue;
        };
        if snap.user_ids.contains(&ext.id) {
            continue;
        }
        if u.role == Role::User {
            sum.users_deleted += 1;
            plan.delete_users.push(u.id);
        } else if u.enabled && keep_admin_enabled(u, false, &mut globals_left) {
            warn(
                &mut plan,
                &mut skipped,
                format!(
                    "{}: gone from the directory but the last enabled global administrator; kept",
                    ext.dn
                ),
            );
        } else if u.enabled {
            sum.users_disabled += 1;
            sum.users_updated += 1;
            plan.update_users.push(SyncedChange {
                id: u.id,
                profile: profile_of_user(u),
                enabled: false,
                external: ext.clone(),
            });
        }
    }

    // Groups.
    let groups_by_ext: HashMap<&str, &Group> = local_groups
        .iter()
        .filter_map(|g| ours(&g.external).map(|e| (e.id.as_str(), g)))
        .collect();
    let mut group_names: HashMap<String, Option<&str>> = local_groups
        .iter()
        .map(|g| {
            (
                g.name.to_lowercase(),
                g.external.as_ref().map(|e| e.id.as_str()),
            )
        })
        .collect();
    // Groups renamed in this sync free their old names.
    for r in &snap.groups {
        if let Some(g) = groups_by_ext.get(r.external.id.as_str())
            && !g.name.eq_ignore_ascii_case(r.name.trim())
        {
            group_names.remove(&g.name.to_lowercase());
        }
    }
    let mut synced_groups: HashSet<String> = HashSet::new();
    for r in &snap.groups {
        let name = match crate::directory::parse_group_name(&r.name) {
            Ok(n) => n,
            Err(e) => {
                warn(
                    &mut plan,
                    &mut skipped,
                    format!("{}: group left out: {}", r.external.dn, e.message),
                );
                continue;
            }
        };
        let description: String = cut(&r.description, 1024);
        match group_names.get(&name.to_lowercase()) {
            Some(Some(id)) if *id == r.external.id => {}
            Some(Some(_)) => {
                warn(
                    &mut plan,
                    &mut skipped,
                    format!(
                        "{}: a group called {name} is already synced from another entry",
                        r.external.dn
                    ),
                );
                continue;
            }
            Some(None) => {
                warn(
                    &mut plan,
                    &mut skipped,
                    format!(
                        "{}: a group called {name} was made in Latchkey; rename or delete it to sync this one",
                        r.external.dn
                    ),
                );
                continue;
            }
            None => {}
        }
        group_names.insert(name.to_lowercase(), Some(&r.external.id));
        synced_groups.insert(r.external.id.clone());
        match groups_by_ext.get(r.external.id.as_str()) {
            Some(g) => {
                if g.name != name
                    || g.description != description
                    || g.external.as_ref() != Some(&r.external)
                {
                    plan.update_groups
                        .push((g.id, name, description, r.external.clone()));
                }
            }
            None => {
                sum.groups_created += 1;
                plan.create_groups
                    .push((name, description, r.external.clone()));
            }
        }
    }
    for g in local_groups {
        let Some(ext) = ours(&g.external) else {
            continue;
        };
        if !snap.group_ids.contains(&ext.id) {
            sum.groups_deleted += 1;
            plan.delete_groups.push(g.id);
        }
    }

    // Members: DNs to ids, from what Latchkey holds and what this sync read.
    let mut user_dn: HashMap<String, String> = HashMap::new();
    for u in local_users {
        if let Some(e) = ours(&u.external) {
            user_dn.insert(e.dn.to_lowercase(), e.id.clone());
        }
    }
    let created: HashSet<&str> = plan
        .create_users
        .iter()
        .map(|n| n.external.id.as_str())
        .collect();
    for r in &snap.users {
        if by_ext.contains_key(r.external.id.as_str()) || created.contains(r.external.id.as_str()) {
            user_dn.insert(r.external.dn.to_lowercase(), r.external.id.clone());
        }
    }
    let mut group_dn: HashMap<String, String> = HashMap::new();
    for g in local_groups {
        if let Some(e) = ours(&g.external)
            && snap.group_ids.contains(&e.id)
        {
            group_dn.insert(e.dn.to_lowercase(), e.id.clone());
        }
    }
    for r in &snap.groups {
        if synced_groups.contains(&r.external.id) {
            group_dn.insert(r.external.dn.to_lowercase(), r.external.id.clone());
        }
    }
    // Nesting edges as they will be: unchanged groups keep theirs.
    let mut edges: HashMap<String, Vec<String>> = local_members
        .iter()
        .map(|(g, (_, groups))| (g.clone(), groups.clone()))
        .collect();
    let mut updated: HashSet<String> = plan.update_groups.iter().map(|u| u.3.id.clone()).collect();
    for r in &snap.groups {
        if !synced_groups.contains(&r.external.id) {
            continue;
        }
        let mut m = Membership {
            group: r.external.id.clone(),
            ..Membership::default()
        };
        edges.insert(r.external.id.clone(), Vec::new());
        for dn in &r.members {
            let key = dn.to_lowercase();
            if let Some(id) = user_dn.get(&key) {
                m.users.push(id.clone());
            } else if let Some(id) = group_dn.get(&key) {
                if reaches(&edges, id, &r.external.id) {
                    warn(
                        &mut plan,
                        &mut skipped,
                        format!(
                            "{}: nesting {dn} inside it would make a cycle; left out",
                            r.external.dn
                        ),
                    );
                    continue;
                }
                edges
                    .entry(r.external.id.clone())
                    .or_default()
                    .push(id.clone());
                m.groups.push(id.clone());
            }
        }
        m.users.sort();
        m.users.dedup();
        m.groups.sort();
        m.groups.dedup();
        let before = local_members.get(&r.external.id);
        let same = before.is_some_and(|(u, g)| {
            let (mut u, mut g) = (u.clone(), g.clone());
            u.sort();
            g.sort();
            u == m.users && g == m.groups
        });
        if !same {
            if !created_group(&plan, &r.external.id) {
                updated.insert(r.external.id.clone());
            }
            plan.memberships.push(m);
        }
    }
    sum.groups_updated = updated.len();
    managers::links(&mut plan, &mut sum, snap, local_users, local_managers);
    sum.skipped = skipped;
    (plan, sum)
}

fn created_group(plan: &SyncPlan, id: &str) -> bool {
    plan.create_groups.iter().any(|g| g.2.id == id)
}

/// Whether `from` reaches `to` through nesting `edges` (parent → children).
fn reaches(edges: &HashMap<String, Vec<String>>, from: &str, to: &str) -> bool {
    let mut seen = HashSet::new();
    let mut stack = vec![from.to_owned()];
    while let Some(g) = stack.pop() {
        if g == to {
            return true;
        }
        if seen.insert(g.clone())
            && let Some(children) = edges.get(&g)
        {
            stack.extend(children.iter().cloned());
        }
    }
    false
}

/// Whether `local` may become `enabled` (false: disabled): an enabled global
/// administrator stays enabled when they are the last one.
fn keep_admin_enabled(local: &User, enabled: bool, globals_left: &mut usize) -> bool {
    if local.enabled && !enabled && local.role == Role::GlobalAdmin {
        if *globals_left <= 1 {
            return true;
        }
        *globals_left -= 1;
    }
    enabled
}

/// A stored account's profile, to compare with the directory's.
pub fn profile_of_user(u: &User) -> Profile {
    Profile {
        first_name: u.first_name.clone(),
        last_name: u.last_name.clone(),
        display_name: u.display_name.clone(),
        email: u.email.clone(),
        alternate_email: u.alternate_email.clone(),
        mobile_phone: u.mobile_phone.clone(),
        office_phone: u.office_phone.clone(),
    }
}

mod managers;

#[cfg(test)]
mod tests;
