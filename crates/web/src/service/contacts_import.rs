//! Importing contact details for existing users from a CSV file (the portal's
//! `/admin/users/import-contacts`, `POST /api/v1/users/import-contacts` and
//! `latchkey user import-contacts`): a header row naming `username` and any of the
//! contact columns of [`COLUMNS`], then a row per user. An empty cell keeps the stored
//! value.
//!
//! Every row is checked with the profile's rules (addresses, phone numbers) and besides:
//! the user exists, is Latchkey's own (a synced account's contacts are the directory's),
//! isn't the administrator importing (their own contacts are changed on My account) nor
//! any administrator (changed on their page after the helpdesk's verification and a
//! second agent's approval), and is on no other line. With any bad row nothing is written and every bad row comes back
//! with its line ([`ServiceError::InvalidRows`]). A dry run checks and answers what would
//! change. Otherwise the contacts, the users' credential generations (bumped for a changed
//! contact, as one change on the user's page does) and one "Import contact details" audit
//! event for the file are one transaction
//! ([`latchkey_core::store::CampaignStore::contacts_import_commit`]).
//!
//! Whether imported contacts can be used for a reset follows the policy's *Use contact
//! information from the directory*, as for contacts typed on a user's page: off (the
//! default), the users still register and confirm them on `/setup`.

use std::collections::HashMap;

use latchkey_core::audit::activity;
use latchkey_core::directory::{Email, FieldError, Phone, Username};
use latchkey_core::store::{ContactPatch, Effects, StoreError};
use latchkey_i18n::{t, tr};
use serde_json::json;

use super::directory::Actor;
use super::import::{BadRow, Lines, header};
use crate::service::ServiceError;
use crate::state::AppState;

/// The columns a file may have: `username`, then the contacts.
pub const COLUMNS: &[&str] = &[
    "username",
    "email",
    "alternate_email",
    "mobile_phone",
    "office_phone",
];
/// The largest file accepted, in bytes (2 MiB).
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// The most rows a file may have.
pub const MAX_ROWS: usize = 10_000;
/// The longest cell accepted, in characters (an address is at most 254).
const MAX_CELL: usize = 320;

/// One user's contacts as the import changes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactChange {
    /// The line of the file.
    pub line: u64,
    /// The user's name, as stored.
    pub username: String,
    /// Each contact field the row changes: (column, stored value or empty, new value).
    pub fields: Vec<(&'static str, String, String)>,
}

/// What an import did (or, with `dry_run`, would do).
#[derive(Debug, Clone, Default)]
pub struct ContactsReport {
    /// Rows read.
    pub rows: u64,
    /// The users whose contacts change, in file order.
    pub changes: Vec<ContactChange>,
    /// Rows that change nothing (the same values, or only empty cells).
    pub unchanged: u64,
    /// Nothing was written.
    pub dry_run: bool,
}

fn bad(line: u64, username: &str, problems: Vec<FieldError>) -> BadRow {
    BadRow {
        line,
        username: username.to_owned(),
        problems,
    }
}

/// A row as typed: its line, the username and the contact cells (by column index - 1).
type RowIn = (u64, String, [String; 4]);

/// Reads the file's rows; a bad header, too many rows or an unreadable row stop with
/// every problem found.
fn read_rows(bytes: &[u8]) -> Result<Vec<Result<RowIn, BadRow>>, ServiceError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.records();
    let head = match records.next() {
        None => {
            return Err(ServiceError::InvalidRows(vec![bad(
                1,
                "",
                vec![FieldError::new("row", t("campaigns-import-empty"))],
            )]));
        }
        Some(Err(_)) => {
            return Err(ServiceError::InvalidRows(vec![bad(
                1,
                "",
                vec![FieldError::new("row", t("errors-import-header-not-utf8"))],
            )]));
        }
        Some(Ok(h)) => h,
    };
    let columns = header(&head, COLUMNS, "campaigns-import-no-username")
        .map_err(|b| ServiceError::InvalidRows(vec![b]))?;
    let mut lines = Lines::new(bytes);
    let mut out = Vec::new();
    for rec in records {
        if out.len() >= MAX_ROWS {
            return Err(ServiceError::Invalid(vec![FieldError::new(
                "file",
                tr(
                    "campaigns-import-too-many-rows",
                    &[("max", MAX_ROWS.into())],
                ),
            )]));
        }
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.of(p.byte()));
                out.push(Err(bad(
                    line,
                    "",
                    vec![FieldError::new("row", t("errors-import-row-not-utf8"))],
                )));
                continue;
            }
        };
        let line = rec.position().map_or(0, |p| lines.of(p.byte()));
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if rec.len() != columns.len() {
            out.push(Err(bad(
                line,
                "",
                vec![FieldError::new(
                    "row",
                    tr(
                        "errors-import-row-values",
                        &[
                            ("count", rec.len().into()),
                            ("columns", columns.len().into()),
                        ],
                    ),
                )],
            )));
            continue;
        }
        let mut username = String::new();
        let mut cells: [String; 4] = Default::default();
        for (value, &col) in rec.iter().zip(&columns) {
            match col.checked_sub(1) {
                None => value.trim().clone_into(&mut username),
                Some(c) => value.trim().clone_into(&mut cells[c]),
            }
        }
        out.push(Ok((line, username, cells)));
    }
    Ok(out)
}

/// The value of a contact as stored, or empty.
fn stored(u: &latchkey_core::directory::User, column: usize) -> String {
    match column {
        0 => u.email.as_ref().map(|e| e.as_str().to_owned()),
        1 => u.alternate_email.as_ref().map(|e| e.as_str().to_owned()),
        2 => u.mobile_phone.as_ref().map(|p| p.as_str().to_owned()),
        _ => u.office_phone.as_ref().map(|p| p.as_str().to_owned()),
    }
    .unwrap_or_default()
}

/// Checks one row: its cells, its user and the rules of changing that user's contacts.
async fn check_row(
    state: &AppState,
    actor: &Actor,
    (line, name, cells): &RowIn,
) -> Result<Result<(ContactPatch, ContactChange), BadRow>, ServiceError> {
    let mut problems = Vec::new();
    for (i, c) in cells.iter().enumerate() {
        if c.chars().count() > MAX_CELL {
            problems.push(FieldError::new(
                COLUMNS[i + 1],
                tr(
                    "campaigns-import-cell-too-long",
                    &[("max", MAX_CELL.into())],
                ),
            ));
        }
    }
    if !problems.is_empty() {
        return Ok(Err(bad(*line, name, problems)));
    }
    let mut patch = ContactPatch::default();
    /// The parsed value of a non-empty cell, its problem kept aside.
    fn cell<T>(
        problems: &mut Vec<FieldError>,
        s: &str,
        parse: impl FnOnce(&str) -> Result<T, FieldError>,
    ) -> Option<T> {
        if s.is_empty() {
            return None;
        }
        parse(s).map_err(|e| problems.push(e)).ok()
    }
    patch.email = cell(&mut problems, &cells[0], |s| Email::parse("email", s));
    patch.alternate_email = cell(&mut problems, &cells[1], |s| {
        Email::parse("alternate_email", s)
    });
    patch.mobile_phone = cell(&mut problems, &cells[2], |s| {
        Phone::parse("mobile_phone", s)
    });
    patch.office_phone = cell(&mut problems, &cells[3], |s| {
        Phone::parse("office_phone", s)
    });
    let user = match Username::parse(name) {
        Err(e) => {
            problems.push(e);
            None
        }
        Ok(u) => match state.store.user_by_username(&u).await {
            Ok(user) => Some(user),
            Err(StoreError::NotFound) => {
                problems.push(FieldError::new(
                    "username",
                    tr("campaigns-import-no-user", &[("name", u.as_str().into())]),
                ));
                None
            }
            Err(e) => return Err(e.into()),
        },
    };
    let Some(user) = user else {
        return Ok(Err(bad(*line, name, problems)));
    };
    if super::onprem::local_user(state, &user).is_err() {
        problems.push(FieldError::new("username", t("campaigns-import-synced")));
    }
    if actor.is(&user) {
        problems.push(FieldError::new("username", t("campaigns-import-self")));
    } else if user.role.is_admin() {
        // An administrator's contacts are recovery details changed only after a verified
        // call and a second agent's approval (the helpdesk's rule), never in bulk.
        problems.push(FieldError::new("username", t("campaigns-import-admin")));
    }
    if !problems.is_empty() {
        return Ok(Err(bad(*line, user.username.as_str(), problems)));
    }
    patch.user_id = user.id;
    let new = [
        patch.email.as_ref().map(Email::as_str),
        patch.alternate_email.as_ref().map(Email::as_str),
        patch.mobile_phone.as_ref().map(Phone::as_str),
        patch.office_phone.as_ref().map(Phone::as_str),
    ];
    let fields = new
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let before = stored(&user, i);
            v.filter(|v| *v != before)
                .map(|v| (COLUMNS[i + 1], before.clone(), v.to_owned()))
        })
        .collect();
    Ok(Ok((
        patch,
        ContactChange {
            line: *line,
            username: user.username.to_string(),
            fields,
        },
    )))
}

/// Imports the contact details of `bytes` (a CSV file named `file_name`; global
/// administrators). With `dry_run`, checks every row and answers what would change,
/// writing nothing.
///
/// Errors: [`ServiceError::Forbidden`]; [`ServiceError::Invalid`] on `file` for a file
/// over [`MAX_BYTES`] or [`MAX_ROWS`]; [`ServiceError::InvalidRows`] with every bad row
/// (the header's problem alone when it is bad), nothing written;
/// [`ServiceError::NotFound`] when a user was deleted during the import, and
/// [`ServiceError::ChangedMeanwhile`] when one became an administrator (nothing written);
/// [`ServiceError::Internal`] when the store fails.
pub async fn import_contacts(
    state: &AppState,
    actor: &Actor,
    bytes: &[u8],
    file_name: &str,
    dry_run: bool,
) -> Result<ContactsReport, ServiceError> {
    actor.require_global()?;
    // The name is for the audit log: one line, of a sane length.
    let file_name: String = file_name
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    if bytes.len() > MAX_BYTES {
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "file",
            tr(
                "campaigns-import-too-large",
                &[("max", (MAX_BYTES / 1024 / 1024).into())],
            ),
        )]));
    }
    let rows = read_rows(bytes)?;
    let mut report = ContactsReport {
        rows: rows.len() as u64,
        dry_run,
        ..ContactsReport::default()
    };
    let mut first: HashMap<i64, u64> = HashMap::new();
    let mut patches = Vec::new();
    let mut bad_rows = Vec::new();
    for row in rows {
        let row = match row {
            Ok(r) => r,
            Err(b) => {
                bad_rows.push(b);
                continue;
            }
        };
        match check_row(state, actor, &row).await? {
            Err(b) => bad_rows.push(b),
            Ok((patch, change)) => {
                if let Some(earlier) = first.get(&patch.user_id) {
                    bad_rows.push(bad(
                        change.line,
                        &change.username,
                        vec![FieldError::new(
                            "username",
                            tr(
                                "errors-import-username-twice",
                                &[
                                    ("name", change.username.as_str().into()),
                                    ("line", (*earlier).into()),
                                ],
                            ),
                        )],
                    ));
                    continue;
                }
                first.insert(patch.user_id, change.line);
                if change.fields.is_empty() {
                    report.unchanged += 1;
                } else {
                    patches.push(patch);
                    report.changes.push(change);
                }
            }
        }
    }
    if !bad_rows.is_empty() {
        bad_rows.sort_by_key(|b| b.line);
        return Err(ServiceError::InvalidRows(bad_rows));
    }
    if dry_run || patches.is_empty() {
        return Ok(report);
    }
    let names: Vec<&str> = report.changes.iter().map(|c| c.username.as_str()).collect();
    let who = if names.len() <= 100 {
        json!({ "usernames": names })
    } else {
        json!({ "first_username": names.first(), "last_username": names.last() })
    };
    let mut details = json!({
        "file": file_name,
        "rows": report.rows,
        "changed": report.changes.len(),
        "unchanged": report.unchanged,
    });
    if let (Some(d), Some(w)) = (details.as_object_mut(), who.as_object()) {
        d.extend(w.clone());
    }
    let effects = Effects {
        audit: vec![actor.event(state, activity::IMPORT_CONTACTS, &file_name, details)],
        deliveries: Vec::new(),
    };
    state
        .store
        .contacts_import_commit(&patches, state.now(), &effects)
        .await
        .map_err(|e| match e {
            StoreError::NotFound => ServiceError::NotFound,
            // An account became an administrator since its row was checked: nothing is
            // written; checking the file again names the row.
            StoreError::Refused(latchkey_core::store::IMPORT_ADMIN) => {
                ServiceError::ChangedMeanwhile
            }
            e => e.into(),
        })?;
    Ok(report)
}
