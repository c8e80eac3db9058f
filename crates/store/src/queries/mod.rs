//! The store, written once and instantiated for both engines: one file per area, each
//! implementing that area's trait of [`latchkey_core::store`] for [`SqliteStore`] and
//! [`PgStore`] with a small macro (as [`crate::commits`] does for `Commits`). This file
//! holds the row helpers the areas share and [`Store`] itself.

use async_trait::async_trait;
use latchkey_core::directory::{Email, ExternalAccount, Phone, Role, User, Username};
use latchkey_core::journey::{Intent, Journey};
use latchkey_core::store::{Store, StoreError, StoreResult};
use sqlx::Row;

use crate::{PgStore, SqliteStore, backend};

mod audit;
mod codes;
mod groups;
mod journeys;
mod limits;
mod lockout;
mod methods;
mod push;
mod sessions;
mod settings;
pub(crate) mod tokens;
mod user_search;
mod users;

pub(crate) use groups::group_from_row;

pub(crate) const USER_COLUMNS: &str = "id, username, first_name, last_name, display_name, email, alternate_email, \
     mobile_phone, office_phone, enabled, role, must_change_password, created_at, updated_at, password_changed_at, \
     external_directory, external_id, external_dn, external_password_expires_at, blocked_here";

fn prefixed(prefix: &str) -> String {
    USER_COLUMNS
        .split(", ")
        .map(|c| format!("{prefix}.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Maps a driver error: unique violations become `Conflict(what)`.
pub(crate) fn map_err(e: sqlx::Error, what: &'static str) -> StoreError {
    match &e {
        sqlx::Error::RowNotFound => StoreError::NotFound,
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(what),
        sqlx::Error::Database(db) if db.is_foreign_key_violation() => StoreError::NotFound,
        _ => backend(e),
    }
}

fn not_found(e: sqlx::Error) -> StoreError {
    map_err(e, "row")
}

/// Parses a stored value of a closed set (a kind, scope, purpose, result). One that no
/// longer parses (a row edited by hand, or written by a newer version) is reported, like
/// a stored role in [`user_from_row`], rather than trusted.
fn stored<T>(field: &str, value: String, parse: impl FnOnce(&str) -> Option<T>) -> StoreResult<T> {
    parse(&value).ok_or_else(|| StoreError::Backend(format!("stored {field} {value:?}")))
}

fn opt<T>(
    v: Option<String>,
    parse: impl FnOnce(&str) -> Result<T, latchkey_core::directory::FieldError>,
) -> Option<T> {
    v.and_then(|s| parse(&s).ok())
}

pub(crate) fn user_from_row<R: Row>(row: &R) -> StoreResult<User>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> bool: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> Option<String>: sqlx::Decode<'a, R::Database>,
    for<'a> Option<i64>: sqlx::Decode<'a, R::Database>,
{
    let username: String = row.try_get("username").map_err(backend)?;
    let role: String = row.try_get("role").map_err(backend)?;
    Ok(User {
        id: row.try_get("id").map_err(backend)?,
        // Stored values passed validation on the way in; a row edited by hand that no
        // longer does is reported rather than trusted.
        username: Username::parse(&username)
            .map_err(|e| StoreError::Backend(format!("stored username: {e}")))?,
        first_name: row.try_get("first_name").map_err(backend)?,
        last_name: row.try_get("last_name").map_err(backend)?,
        display_name: row.try_get("display_name").map_err(backend)?,
        email: opt(row.try_get("email").map_err(backend)?, |s| {
            Email::parse("email", s)
        }),
        alternate_email: opt(row.try_get("alternate_email").map_err(backend)?, |s| {
            Email::parse("alternate_email", s)
        }),
        mobile_phone: opt(row.try_get("mobile_phone").map_err(backend)?, |s| {
            Phone::parse("mobile_phone", s)
        }),
        office_phone: opt(row.try_get("office_phone").map_err(backend)?, |s| {
            Phone::parse("office_phone", s)
        }),
        enabled: row.try_get("enabled").map_err(backend)?,
        role: Role::parse(&role).map_err(|e| StoreError::Backend(format!("stored role: {e}")))?,
        must_change_password: row.try_get("must_change_password").map_err(backend)?,
        created_at: row.try_get("created_at").map_err(backend)?,
        updated_at: row.try_get("updated_at").map_err(backend)?,
        password_changed_at: row.try_get("password_changed_at").map_err(backend)?,
        external: match external_of(row)? {
            Some(mut ext) => {
                ext.password_expires_at = row
                    .try_get("external_password_expires_at")
                    .map_err(backend)?;
                Some(ext)
            }
            None => None,
        },
        blocked: row.try_get("blocked_here").map_err(backend)?,
    })
}

/// The `external_directory`, `external_id` and `external_dn` columns of a user or group row
/// (a user's `external_password_expires_at` is read by [`user_from_row`]).
pub(crate) fn external_of<R: Row>(row: &R) -> StoreResult<Option<ExternalAccount>>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> Option<String>: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
{
    let id: Option<String> = row.try_get("external_id").map_err(backend)?;
    let dn: Option<String> = row.try_get("external_dn").map_err(backend)?;
    let directory: Option<String> = row.try_get("external_directory").map_err(backend)?;
    Ok(id.map(|id| ExternalAccount {
        directory: directory.unwrap_or_default(),
        id,
        dn: dn.unwrap_or_default(),
        password_expires_at: None,
    }))
}

/// Separates the question ids of a journey in its row (ids never contain it).
const QUESTION_SEP: &str = "\u{1f}";

pub(crate) fn intent_str(j: &Journey) -> &'static str {
    j.intent.map(Intent::as_str).unwrap_or("")
}

pub(crate) fn passed_str(j: &Journey) -> String {
    j.passed
        .iter()
        .map(|m| m.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

pub(crate) fn questions_str(q: &[String]) -> String {
    q.join(QUESTION_SEP)
}

macro_rules! impl_store {
    ($ty:ty, $engine:literal) => {
        #[async_trait]
        impl Store for $ty {
            async fn migrate(&self) -> StoreResult<()> {
                self.run_migrations().await
            }

            async fn ping(&self) -> StoreResult<()> {
                sqlx::query("SELECT 1")
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            fn engine(&self) -> &'static str {
                $engine
            }
        }
    };
}

impl_store!(SqliteStore, "sqlite");
impl_store!(PgStore, "postgres");
