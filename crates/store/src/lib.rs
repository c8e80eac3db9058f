//! Storage for Latchkey: the core [`Store`] trait on SQLite (the embedded default) and
//! PostgreSQL (for several instances).
//!
//! Both engines run the same portable SQL (`$1` placeholders, `RETURNING`,
//! `ON CONFLICT`, recursive CTEs), written once in `queries` and instantiated for each
//! pool type; only migrations and connection set-up differ per engine. Driver errors are
//! mapped here, at the boundary, to [`StoreError`].

#![deny(missing_docs)]

mod commits;
mod directory_commits;
mod method_commits;
mod migrate;
mod queries;
mod setting_commits;
mod token_commits;

use latchkey_core::store::{Store, StoreError};
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

pub use latchkey_core::store;

/// SQLite: one file, WAL, a busy timeout so writers queue instead of failing.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: sqlx::SqlitePool,
}

/// PostgreSQL: shared by every instance behind a load balancer.
#[derive(Debug, Clone)]
pub struct PgStore {
    pool: sqlx::PgPool,
}

fn backend(e: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(e.to_string())
}

impl SqliteStore {
    /// Opens (creating when missing, with its folder) the database at a `sqlite://PATH`
    /// URL, with a pool of up to `max_connections` (at least 1). Does not migrate.
    ///
    /// # Errors
    ///
    /// [`StoreError::Backend`] when the folder can't be created or the database can't be
    /// opened.
    pub async fn open(url: &str, max_connections: u32) -> Result<Self, StoreError> {
        let path = url
            .trim_start_matches("sqlite://")
            .trim_start_matches("sqlite:");
        if let Some(parent) = std::path::Path::new(path).parent()
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent).map_err(|e| {
                StoreError::Backend(format!("cannot create {}: {e}", parent.display()))
            })?;
        }
        let opts = SqliteConnectOptions::from_str(&format!("sqlite://{path}"))
            .map_err(backend)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true)
            .pragma("temp_store", "memory")
            // 1 MiB of page cache per connection (SQLite's default is 2 MiB): the OS
            // caches the file too, and an idle server should stay small.
            .pragma("cache_size", "-1024");
        let pool = SqlitePoolOptions::new()
            .max_connections(max_connections.max(1))
            .min_connections(0)
            .idle_timeout(Duration::from_secs(60))
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(opts)
            .await
            .map_err(backend)?;
        Ok(Self { pool })
    }
}

impl PgStore {
    /// Connects to the PostgreSQL database at a `postgres://` or `postgresql://` URL with a
    /// pool of up to `max_connections` (at least 1); waits up to 10 seconds for a connection.
    /// Does not migrate.
    ///
    /// # Errors
    ///
    /// [`StoreError::Backend`] when the URL is invalid or the server can't be reached or
    /// refuses the credentials.
    pub async fn open(url: &str, max_connections: u32) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(max_connections.max(1))
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await
            .map_err(backend)?;
        Ok(Self { pool })
    }

    /// The pool, for tests that need to reach under the trait.
    pub fn pool(&self) -> &sqlx::PgPool {
        &self.pool
    }
}

impl SqliteStore {
    /// The pool, for tests that need to reach under the trait.
    pub fn pool(&self) -> &sqlx::SqlitePool {
        &self.pool
    }
}

/// Opens the store a URL names: `sqlite://…` or `postgres://…`. Does not migrate.
///
/// # Errors
///
/// [`StoreError::Backend`] for any other scheme (the message shows the URL without its
/// password), or when the database can't be opened.
pub async fn connect(url: &str, max_connections: u32) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(PgStore::open(url, max_connections).await?))
    } else if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::open(url, max_connections).await?))
    } else {
        Err(StoreError::Backend(format!(
            "unsupported database URL scheme in {}",
            redact_url(url)
        )))
    }
}

/// A URL with any password replaced, safe for logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn redacts_passwords() {
        assert_eq!(
            super::redact_url("postgres://u:secret@h/db"),
            "postgres://u:***@h/db"
        );
        assert_eq!(super::redact_url("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(super::redact_url("sqlite://./x.db"), "sqlite://./x.db");
    }
}
