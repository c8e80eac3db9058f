//! Importing users from a file (`latchkey user import`): CSV with a header row, or JSON
//! lines with the same keys ([`COLUMNS`]).
//!
//! Every row is checked with the rules of creating one user
//! ([`super::directory::validate_new_user`]: the username, names, addresses and phone
//! numbers; a role of [`Role::parse`]), and besides: no username twice in the file or
//! already taken, every group named exists and is Latchkey's own (not synced), and a
//! `password_hash` is an Argon2id PHC string ([`password::is_argon2id_phc`]). Nothing is
//! hashed: a user without one gets no password ([`password::NO_PASSWORD`]) and sets one
//! through self-service reset, or is synced.
//!
//! With a bad row nothing is imported and every bad row is reported with its line
//! ([`ServiceError::InvalidRows`]), unless the caller asked to go on: then the good rows
//! are imported and the bad ones come back in the [`ImportReport`]. The users, their
//! memberships and one "Import users" audit event for the whole file are written in one
//! transaction ([`latchkey_core::store::ImportCommits`]).

mod read;

pub(crate) use read::{Lines, header};

use std::collections::{HashMap, HashSet};
use std::io::Read;

use latchkey_core::audit::activity;
use latchkey_core::directory::{FieldError, ProfileInput, Role};
use latchkey_core::password;
use latchkey_core::store::{Effects, ImportUser, NewUser, StoreError};
use serde_json::json;

use super::directory::{Actor, validate_new_user};
use crate::service::ServiceError;
use crate::state::AppState;
use read::{RowIn, Stop};

/// The columns of a CSV file's header row and the keys of a JSON line, in any order; only
/// `username` is required. `groups` holds group names separated by `;` (in JSON, a list
/// too); `password_hash` an Argon2id hash in PHC form.
pub const COLUMNS: &[&str] = &[
    "username",
    "first_name",
    "last_name",
    "display_name",
    "email",
    "alternate_email",
    "mobile_phone",
    "office_phone",
    "role",
    "groups",
    "password_hash",
];

/// The shape of an import file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values, the first line naming the columns.
    Csv,
    /// One JSON object a line.
    JsonLines,
}

impl Format {
    /// `csv`, or `jsonl` (also `ndjson`, `json`); any case.
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "jsonl" | "ndjson" | "json" => Some(Format::JsonLines),
            _ => None,
        }
    }

    /// The format a file's extension names (`.csv`, `.jsonl`, `.ndjson`, `.json`).
    pub fn of_file(name: &str) -> Option<Self> {
        Self::parse(name.rsplit_once('.')?.1)
    }

    /// `csv` or `jsonl`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::JsonLines => "jsonl",
        }
    }
}

/// How to import.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The file's shape.
    pub format: Format,
    /// The file's name, for the audit event.
    pub file_name: String,
    /// Import the good rows and report the bad ones, rather than nothing at all.
    pub continue_on_error: bool,
    /// Check every row and report, but write nothing.
    pub dry_run: bool,
}

/// A row that can't be imported: its line in the file (where it starts), the username as
/// typed (empty when there is none), and every problem with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    /// The line the row starts on, from 1 (the header row is line 1 of a CSV file).
    pub line: u64,
    /// The username: as stored (lower case) when it is valid, else as typed; empty when
    /// the row has none or couldn't be read.
    pub username: String,
    /// What is wrong, by field; `row` for a problem with the whole row.
    pub problems: Vec<FieldError>,
}

/// What an import did (or, with `dry_run`, would do).
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    /// Rows read (blank lines aside).
    pub rows: u64,
    /// Users created (to be created, in a dry run).
    pub imported: u64,
    /// Bad rows left out, by line (only with `continue_on_error`).
    pub skipped: Vec<BadRow>,
    /// Nothing was written.
    pub dry_run: bool,
}

/// How far an import is, for a progress line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Rows read so far.
    Read(u64),
    /// Rows checked so far, of all rows read.
    Checked {
        /// Checked so far.
        done: u64,
        /// Rows read.
        of: u64,
    },
    /// Users written so far, of all to import.
    Written {
        /// Written so far.
        done: u64,
        /// Users to import.
        of: u64,
    },
}

/// A group as a row names it: its id, or why a user can't be added to it.
type GroupRef = Result<i64, &'static str>;

/// A row checked: its line, and the user to import or why not.
type CheckedRow = (u64, Result<ImportUser, BadRow>);

/// Imports the users of `input` (global administrators; the CLI). Reading and checking
/// run on blocking threads, the checks spread over the cores; `progress` is told how far
/// it is.
///
/// Errors: [`ServiceError::Forbidden`]; [`ServiceError::InvalidRows`] with every bad row
/// (the header row's problem alone when it is bad), and nothing written, unless
/// `continue_on_error`; [`ServiceError::Conflict`]`("username")` when a username was
/// taken between the check and the write, and [`ServiceError::Refused`] when a group was
/// deleted then (nothing written); [`ServiceError::Internal`] when the file can't be read.
pub async fn import_users(
    state: &AppState,
    actor: &Actor,
    input: impl Read + Send + 'static,
    opts: &ImportOptions,
    progress: &(dyn Fn(Progress) + Send + Sync),
) -> Result<ImportReport, ServiceError> {
    actor.require_global()?;
    let groups: HashMap<String, GroupRef> = state
        .store
        .group_list()
        .await?
        .into_iter()
        .map(|g| {
            let to = match g.external {
                Some(_) => Err(
                    "is managed by the on-premises directory: add members there, not in Latchkey",
                ),
                None => Ok(g.id),
            };
            (g.name.to_lowercase(), to)
        })
        .collect();
    let format = opts.format;
    let configured = state.hasher.params();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    // The rows' problems are worded in the language of the request, on other threads.
    let lang = latchkey_i18n::current();
    let mut work = tokio::task::spawn_blocking(move || {
        latchkey_i18n::with_lang(lang, || {
            let read_tx = tx.clone();
            let rows = read::rows(input, format, &mut |n| {
                let _ = read_tx.send(Progress::Read(n));
            })?;
            Ok::<_, Stop>(check_all(rows, &groups, &configured, &tx))
        })
    });
    let checked = loop {
        tokio::select! {
            Some(p) = rx.recv() => progress(p),
            done = &mut work => break done,
        }
    };
    let checked = match checked.map_err(|e| ServiceError::Internal(e.to_string()))? {
        Ok(c) => c,
        Err(Stop::Header(bad)) => return Err(ServiceError::InvalidRows(vec![bad])),
        Err(Stop::Io(e)) => {
            return Err(ServiceError::Internal(format!("cannot read the file: {e}")));
        }
    };
    let rows = checked.len() as u64;
    let (good, mut bad) = unique(state, checked).await?;
    bad.sort_by_key(|b| b.line);
    if !bad.is_empty() && !opts.continue_on_error {
        return Err(ServiceError::InvalidRows(bad));
    }
    let mut report = ImportReport {
        rows,
        imported: good.len() as u64,
        skipped: bad,
        dry_run: opts.dry_run,
    };
    if opts.dry_run || good.is_empty() {
        return Ok(report);
    }
    // Who was created, so that a search of the log for one of them finds this import:
    // every name up to 100, else the first and the last in file order.
    let names: Vec<&str> = good.iter().map(|u| u.user.username.as_str()).collect();
    let who = if names.len() <= 100 {
        json!({ "usernames": names })
    } else {
        json!({ "first_username": names.first(), "last_username": names.last() })
    };
    let mut details = json!({
        "file": opts.file_name,
        "format": format.as_str(),
        "imported": good.len(),
        "skipped": report.skipped.len(),
        "with_password": good.iter().filter(|u| !password::is_no_password(&u.user.password_hash)).count(),
    });
    if let (Some(d), Some(w)) = (details.as_object_mut(), who.as_object()) {
        d.extend(w.clone());
    }
    let effects = Effects {
        audit: vec![actor.event(state, activity::IMPORT_USERS, &opts.file_name, details)],
        deliveries: Vec::new(),
    };
    let of = good.len() as u64;
    let written = |n: usize| progress(Progress::Written { done: n as u64, of });
    report.imported = state
        .store
        .user_import_commit(&good, state.now(), &effects, &written)
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => ServiceError::Conflict("username"),
            StoreError::NotFound => ServiceError::Refused(
                "a group named in the file was deleted during the import; nothing was imported"
                    .into(),
            ),
            e => e.into(),
        })?;
    Ok(report)
}

/// Checks every row read, in file order, spread over the cores; tells `tx` how far.
fn check_all(
    rows: Vec<read::Read1>,
    groups: &HashMap<String, GroupRef>,
    configured: &password::HashParams,
    tx: &tokio::sync::mpsc::UnboundedSender<Progress>,
) -> Vec<CheckedRow> {
    let of = rows.len() as u64;
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let per = rows.len().div_ceil(threads).max(1);
    let done = std::sync::atomic::AtomicU64::new(0);
    let mut parts: Vec<Vec<read::Read1>> = Vec::new();
    let mut rows = rows.into_iter();
    loop {
        let part: Vec<_> = rows.by_ref().take(per).collect();
        if part.is_empty() {
            break;
        }
        parts.push(part);
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| {
                let done = &done;
                let lang = latchkey_i18n::current();
                scope.spawn(move || {
                    latchkey_i18n::with_lang(lang, || {
                        let mut out = Vec::with_capacity(part.len());
                        for (i, (line, row)) in part.into_iter().enumerate() {
                            out.push((
                                line,
                                row.and_then(|r| check_row(line, r, groups, configured)),
                            ));
                            if i % 10_000 == 9_999 {
                                let n =
                                    done.fetch_add(10_000, std::sync::atomic::Ordering::Relaxed);
                                let _ = tx.send(Progress::Checked {
                                    done: n + 10_000,
                                    of,
                                });
                            }
                        }
                        out
                    })
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Checks one row with the rules of creating one user, plus the import's own: the
/// role, the groups and the password hash.
fn check_row(
    line: u64,
    row: RowIn,
    groups: &HashMap<String, GroupRef>,
    configured: &password::HashParams,
) -> Result<ImportUser, BadRow> {
    let profile = ProfileInput {
        first_name: row.first_name,
        last_name: row.last_name,
        display_name: row.display_name,
        email: row.email,
        alternate_email: row.alternate_email,
        mobile_phone: row.mobile_phone,
        office_phone: row.office_phone,
    };
    let mut problems = Vec::new();
    let checked = validate_new_user(&row.username, &profile).map_err(|e| problems.extend(e));
    let role = if row.role.trim().is_empty() {
        Ok(Role::User)
    } else {
        Role::parse(&row.role)
    }
    .map_err(|e| problems.push(e));
    let hash = row.password_hash.trim();
    let password_hash = if hash.is_empty() {
        password::NO_PASSWORD.to_owned()
    } else {
        if !password::is_argon2id_phc(hash, configured) {
            problems.push(FieldError::new(
                "password_hash",
                latchkey_i18n::t("errors-import-password-hash"),
            ));
        }
        hash.to_owned()
    };
    let mut ids = Vec::new();
    for name in &row.groups {
        match groups.get(&name.to_lowercase()) {
            Some(Ok(id)) if !ids.contains(id) => ids.push(*id),
            Some(Ok(_)) => {}
            // The only refusal: a group the on-premises directory manages.
            Some(Err(_)) => problems.push(FieldError::new(
                "groups",
                latchkey_i18n::tr(
                    "errors-import-group-managed",
                    &[("name", name.as_str().into())],
                ),
            )),
            None => problems.push(FieldError::new(
                "groups",
                latchkey_i18n::tr(
                    "errors-import-group-missing",
                    &[("name", name.as_str().into())],
                ),
            )),
        }
    }
    match (checked, role) {
        (Ok((username, profile)), Ok(role)) if problems.is_empty() => Ok(ImportUser {
            user: NewUser {
                username,
                profile,
                role,
                enabled: true,
                password_hash,
                must_change_password: false,
            },
            groups: ids,
        }),
        _ => Err(BadRow {
            line,
            username: row.username.trim().to_owned(),
            problems,
        }),
    }
}

/// Splits checked rows into users to import and bad rows, refusing a username that is
/// on an earlier line too or already taken.
async fn unique(
    state: &AppState,
    checked: Vec<CheckedRow>,
) -> Result<(Vec<ImportUser>, Vec<BadRow>), ServiceError> {
    let mut first: HashMap<String, u64> = HashMap::with_capacity(checked.len());
    let mut good = Vec::with_capacity(checked.len());
    let mut bad = Vec::new();
    for (line, row) in checked {
        let u = match row {
            Ok(u) => u,
            Err(b) => {
                bad.push(b);
                continue;
            }
        };
        let name = u.user.username.as_str();
        if let Some(earlier) = first.get(name) {
            bad.push(BadRow {
                line,
                username: name.to_owned(),
                problems: vec![FieldError::new(
                    "username",
                    latchkey_i18n::tr(
                        "errors-import-username-twice",
                        &[("name", name.into()), ("line", (*earlier).into())],
                    ),
                )],
            });
            continue;
        }
        first.insert(name.to_owned(), line);
        good.push((line, u));
    }
    drop(first);
    let names: Vec<&str> = good.iter().map(|(_, u)| u.user.username.as_str()).collect();
    let taken: HashSet<String> = state
        .store
        .usernames_taken(&names)
        .await?
        .into_iter()
        .collect();
    let mut kept = Vec::with_capacity(good.len());
    for (line, u) in good {
        let name = u.user.username.as_str();
        if taken.contains(name) {
            bad.push(BadRow {
                line,
                username: name.to_owned(),
                problems: vec![FieldError::new(
                    "username",
                    latchkey_i18n::tr("errors-import-user-exists", &[("name", name.into())]),
                )],
            });
        } else {
            kept.push(u);
        }
    }
    Ok((kept, bad))
}

/// A bad row's problems in one line of words: `field: message` (a problem with the
/// whole row without its field), each message a sentence.
pub fn words(problems: &[FieldError]) -> String {
    problems
        .iter()
        .map(|p| match p.field {
            "row" => p.message.clone(),
            f => format!("{f}: {}", p.message),
        })
        .collect::<Vec<_>>()
        .join(" ")
}
