//! Storage for Latchkey: the core [`Store`] trait on SQLite (the embedded default) and
//! PostgreSQL (for several instances).
//!
//! Both engines run the same portable SQL (`$1` placeholders, `RETURNING`,
//! `ON CONFLICT`, recursive CTEs), written once in `queries` and instantiated for each
//! pool type; only migrations and connection set-up differ per engine. Driver errors are
//! mapped here, at the boundary, to [`StoreError`].

#![deny(missing_docs)]

mod access_pass_commits;
mod campaign_commits;
mod commits;
mod delivery_commits;
mod directory_commits;
mod expiry_commits;
mod helpdesk_commits;
mod import_commits;
mod manager_commits;
mod method_commits;
mod migrate;
mod queries;
mod setting_commits;
mod sync_commits;
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
    /// The database file; the readiness probe writes beside it.
    path: std::path::PathBuf,
}

/// PostgreSQL: shared by every instance behind a load balancer.
#[derive(Debug, Clone)]
pub struct PgStore {
    pool: sqlx::PgPool,
}

/// Maps a failure to a [`StoreError`]: [`StoreError::Unavailable`] when the engine can't be
/// reached or can't write right now (see [`is_unavailable`]), [`StoreError::Backend`]
/// otherwise.
fn backend<E: std::fmt::Display + 'static>(e: E) -> StoreError {
    let unavailable = (&e as &dyn std::any::Any)
        .downcast_ref::<sqlx::Error>()
        .is_some_and(is_unavailable);
    if unavailable {
        StoreError::Unavailable(e.to_string())
    } else {
        StoreError::Backend(e.to_string())
    }
}

/// True when `e` says the database can't be reached or can't write right now, so the same
/// operation may succeed later: no connection within the acquire timeout, a dropped
/// connection, and the engines' codes for it — SQLite's BUSY (5), LOCKED (6), IOERR (10),
/// FULL (13), CANTOPEN (14) and READONLY (8) primary result codes; PostgreSQL's SQLSTATE
/// classes 08 (connection exception), 53 (insufficient resources, e.g. 53100 disk full),
/// 57P (operator intervention: shutdown, cannot connect now), 58 (system I/O error),
/// 25006 (read-only transaction: a standby) and 40001 / 40P01 (serialization failure,
/// deadlock).
pub fn is_unavailable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => {
            let Some(code) = db.code() else { return false };
            if let Ok(n) = code.parse::<i64>() {
                // SQLite: the extended code; its low byte is the primary code.
                return matches!(n & 0xff, 5 | 6 | 8 | 10 | 13 | 14);
            }
            code.starts_with("08")
                || code.starts_with("53")
                || code.starts_with("57P")
                || code.starts_with("58")
                || matches!(code.as_ref(), "25006" | "40001" | "40P01")
        }
        _ => false,
    }
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
        Self::open_with(url, &PoolSettings::patient(max_connections)).await
    }

    /// [`SqliteStore::open`] with the pool's size and timeouts from `pool`. A writer waits
    /// for another writer's lock up to [`PoolSettings::busy_timeout`].
    ///
    /// # Errors
    ///
    /// As [`SqliteStore::open`].
    pub async fn open_with(url: &str, pool: &PoolSettings) -> Result<Self, StoreError> {
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
        private_files(path, false)?;
        let opts = SqliteConnectOptions::from_str(&format!("sqlite://{path}"))
            .map_err(backend)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(pool.busy_timeout())
            .foreign_keys(true)
            .pragma("temp_store", "memory")
            // 1 MiB of page cache per connection (SQLite's default is 2 MiB): the OS
            // caches the file too, and an idle server should stay small.
            .pragma("cache_size", "-1024");
        let pool = SqlitePoolOptions::new()
            .max_connections(pool.max_connections.max(1))
            .min_connections(0)
            // Each connection holds its page cache, prepared statements and a thread:
            // closed after 10 idle seconds, so the server is small again soon after a
            // burst (opening one again takes about a millisecond).
            .idle_timeout(Duration::from_secs(10))
            .acquire_timeout(pool.acquire_timeout)
            // A connection whose transaction could not be ended (a COMMIT or ROLLBACK that
            // failed on a full disk) would keep the write lock and leave every other writer
            // "database is locked" until a restart: such a connection is closed when it
            // comes back, which rolls its transaction back and frees the lock.
            .after_release(|conn, _| {
                Box::pin(async move {
                    use sqlx::Executor;
                    if conn.execute("BEGIN").await.is_err() {
                        tracing::warn!(
                            "a database connection was left inside a transaction; closing it"
                        );
                        return Ok(false);
                    }
                    Ok(conn.execute("ROLLBACK").await.is_ok())
                })
            })
            .connect_with(opts)
            .await
            .map_err(backend)?;
        private_files(path, true)?;
        Ok(Self {
            pool,
            path: std::path::PathBuf::from(path),
        })
    }
}

/// Keeps the SQLite database at `path` and its `-wal` and `-shm` files readable by this
/// user only (mode 0600), whatever the umask: they hold password hashes, sessions and the
/// sealed secrets. sqlx has no option for the mode, and changing the process umask would
/// affect every other file the server writes, so: before the pool opens (`opened` false)
/// a missing database file is created empty with mode 0600 (SQLite takes an empty file as
/// a new database), and SQLite creates the `-wal` and `-shm` files with the database
/// file's mode. Files that exist with another mode (left by an earlier version) are set to
/// 0600, before and after the pool opens; a warning when the system refuses. In-memory
/// databases (`:memory:`, `mode=memory`) have no files.
fn private_files(path: &str, opened: bool) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let file = path.split('?').next().unwrap_or_default();
        if file.is_empty() || file.contains(":memory:") || path.contains("mode=memory") {
            return Ok(());
        }
        let fail = |e: std::io::Error| StoreError::Backend(format!("cannot protect {file}: {e}"));
        if !opened {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(file)
            {
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(fail(e)),
            }
        }
        for name in [
            file.to_owned(),
            format!("{file}-wal"),
            format!("{file}-shm"),
        ] {
            match std::fs::metadata(&name) {
                Ok(m) if m.permissions().mode() & 0o777 != 0o600 => {
                    // Not ours to change (another owner): say so rather than not start.
                    if let Err(e) =
                        std::fs::set_permissions(&name, std::fs::Permissions::from_mode(0o600))
                    {
                        tracing::warn!(file = %name, %e, "cannot make the database file private (mode 0600)");
                    }
                }
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(fail(e)),
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (path, opened);
    Ok(())
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
        Self::open_with(url, &PoolSettings::patient(max_connections)).await
    }

    /// [`PgStore::open`] with the pool's size and acquire timeout from `pool`. Connections
    /// are checked before use, so a server that went away and came back is reconnected to
    /// without a restart.
    ///
    /// # Errors
    ///
    /// As [`PgStore::open`].
    pub async fn open_with(url: &str, pool: &PoolSettings) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(pool.max_connections.max(1))
            .acquire_timeout(pool.acquire_timeout)
            .test_before_acquire(true)
            .idle_timeout(Duration::from_secs(60))
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
    /// Writes and removes a 64 KiB file beside the database, synced to disk: SQLite can
    /// still commit into free space inside its files when the disk is full, so only a new
    /// file tells that the next checkpoint or a larger write would fail.
    ///
    /// # Errors
    ///
    /// [`StoreError::Unavailable`] when the file can't be written (a full disk, a read-only
    /// folder).
    pub(crate) async fn file_probe(&self) -> Result<(), StoreError> {
        use std::io::Write;
        let probe = self.path.with_extension("probe");
        tokio::task::spawn_blocking(move || {
            let written = std::fs::File::create(&probe).and_then(|mut f| {
                f.write_all(&[0u8; 64 * 1024])?;
                f.sync_all()
            });
            let _ = std::fs::remove_file(&probe);
            written
        })
        .await
        .map_err(|e| StoreError::Unavailable(e.to_string()))?
        .map_err(|e| StoreError::Unavailable(format!("the data folder can't be written: {e}")))
    }

    /// The pool, for tests that need to reach under the trait.
    pub fn pool(&self) -> &sqlx::SqlitePool {
        &self.pool
    }
}

/// The size of a store's connection pool and how long a request waits for a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolSettings {
    /// Largest number of pooled connections (at least 1 is used).
    pub max_connections: u32,
    /// How long an operation waits for a connection before it fails with
    /// [`StoreError::Unavailable`] (`database.acquire_timeout_seconds`).
    pub acquire_timeout: Duration,
}

impl PoolSettings {
    /// `max_connections` connections, waiting up to 10 seconds for one: for tools and
    /// tests, where waiting beats failing.
    pub fn patient(max_connections: u32) -> Self {
        Self {
            max_connections,
            acquire_timeout: Duration::from_secs(10),
        }
    }

    /// How long a SQLite writer waits for another writer's lock: the acquire timeout, at
    /// least 5 seconds (writers queue behind each other's short transactions).
    pub fn busy_timeout(&self) -> Duration {
        self.acquire_timeout.max(Duration::from_secs(5))
    }
}

/// Opens the store a URL names with the pool `pool` describes. Does not migrate.
///
/// # Errors
///
/// As [`connect`].
pub async fn connect_with(url: &str, pool: &PoolSettings) -> Result<Arc<dyn Store>, StoreError> {
    connect_measured(url, pool).await.map(|(store, _)| store)
}

/// [`connect_with`], and a [`PoolGauge`] on the new store's connection pool (for
/// `/metrics`: the [`Store`] trait doesn't show its pool). Does not migrate.
///
/// # Errors
///
/// As [`connect`].
pub async fn connect_measured(
    url: &str,
    pool: &PoolSettings,
) -> Result<(Arc<dyn Store>, PoolGauge), StoreError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let store = PgStore::open_with(url, pool).await?;
        let gauge = store.pool_gauge();
        Ok((Arc::new(store), gauge))
    } else if url.starts_with("sqlite:") {
        let store = SqliteStore::open_with(url, pool).await?;
        let gauge = store.pool_gauge();
        Ok((Arc::new(store), gauge))
    } else {
        Err(StoreError::Backend(format!(
            "unsupported database URL scheme in {}",
            redact_url(url)
        )))
    }
}

/// How a store's connection pool is used at one moment, in connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PoolUse {
    /// Connections open now, idle or lent to an operation.
    pub open: u32,
    /// Of those, the ones waiting in the pool (not lent out).
    pub idle: u32,
    /// The most the pool opens (`database.max_connections`, at least 1).
    pub max: u32,
}

/// A handle on a store's connection pool that tells how it is used ([`PoolUse`]), without
/// a round trip to the database. Cheap to clone; it keeps the pool alive.
#[derive(Debug, Clone)]
pub struct PoolGauge(GaugeOf);

#[derive(Debug, Clone)]
enum GaugeOf {
    Sqlite(sqlx::SqlitePool),
    Pg(sqlx::PgPool),
}

impl PoolGauge {
    /// The pool's use now.
    pub fn read(&self) -> PoolUse {
        fn of<DB: sqlx::Database>(p: &sqlx::Pool<DB>) -> PoolUse {
            PoolUse {
                open: p.size(),
                idle: u32::try_from(p.num_idle()).unwrap_or(u32::MAX),
                max: p.options().get_max_connections(),
            }
        }
        match &self.0 {
            GaugeOf::Sqlite(p) => of(p),
            GaugeOf::Pg(p) => of(p),
        }
    }
}

impl SqliteStore {
    /// A [`PoolGauge`] on this store's pool.
    pub fn pool_gauge(&self) -> PoolGauge {
        PoolGauge(GaugeOf::Sqlite(self.pool.clone()))
    }
}

impl PgStore {
    /// A [`PoolGauge`] on this store's pool.
    pub fn pool_gauge(&self) -> PoolGauge {
        PoolGauge(GaugeOf::Pg(self.pool.clone()))
    }
}

/// Opens the store a URL names: `sqlite://…` or `postgres://…`, with
/// [`PoolSettings::patient`]. Does not migrate.
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
