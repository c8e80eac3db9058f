//! Embedded migrations, one folder per engine. Each runs once, in a transaction, and is
//! recorded in `latchkey_migrations`. An applied migration is never edited: add a new one.

use crate::{PgStore, SqliteStore, backend};
use latchkey_core::store::StoreError;

pub(crate) struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

pub(crate) const SQLITE: &[Migration] = &[
    Migration {
        version: 1,
        name: "directory",
        sql: include_str!("../migrations/sqlite/0001_directory.sql"),
    },
    Migration {
        version: 2,
        name: "sspr",
        sql: include_str!("../migrations/sqlite/0002_sspr.sql"),
    },
    Migration {
        version: 3,
        name: "password_history",
        sql: include_str!("../migrations/sqlite/0003_password_history.sql"),
    },
    Migration {
        version: 4,
        name: "audit_chain",
        sql: include_str!("../migrations/sqlite/0004_audit_chain.sql"),
    },
    Migration {
        version: 5,
        name: "api_tokens",
        sql: include_str!("../migrations/sqlite/0005_api_tokens.sql"),
    },
    Migration {
        version: 6,
        name: "journeys",
        sql: include_str!("../migrations/sqlite/0006_journeys.sql"),
    },
    Migration {
        version: 7,
        name: "delivery_states",
        sql: include_str!("../migrations/sqlite/0007_delivery_states.sql"),
    },
    Migration {
        version: 8,
        name: "audit_reports",
        sql: include_str!("../migrations/sqlite/0008_audit_reports.sql"),
    },
    Migration {
        version: 9,
        name: "directory_links",
        sql: include_str!("../migrations/sqlite/0009_directory_links.sql"),
    },
    Migration {
        version: 10,
        name: "user_search",
        sql: include_str!("../migrations/sqlite/0010_user_search.sql"),
    },
    Migration {
        version: 11,
        name: "access_passes",
        sql: include_str!("../migrations/sqlite/0011_access_passes.sql"),
    },
    Migration {
        version: 12,
        name: "app_notification",
        sql: include_str!("../migrations/sqlite/0012_app_notification.sql"),
    },
    Migration {
        version: 13,
        name: "user_language",
        sql: include_str!("../migrations/sqlite/0013_user_language.sql"),
    },
    Migration {
        version: 14,
        name: "helpdesk",
        sql: include_str!("../migrations/sqlite/0014_helpdesk.sql"),
    },
    Migration {
        version: 15,
        name: "password_expiry",
        sql: include_str!("../migrations/sqlite/0015_password_expiry.sql"),
    },
    Migration {
        version: 16,
        name: "registration_campaigns",
        sql: include_str!("../migrations/sqlite/0016_registration_campaigns.sql"),
    },
    Migration {
        version: 17,
        name: "directory_password_expiry",
        sql: include_str!("../migrations/sqlite/0017_directory_password_expiry.sql"),
    },
    Migration {
        version: 18,
        name: "managers",
        sql: include_str!("../migrations/sqlite/0018_managers.sql"),
    },
    Migration {
        version: 19,
        name: "reminder_outcomes",
        sql: include_str!("../migrations/sqlite/0019_reminder_outcomes.sql"),
    },
];

pub(crate) const POSTGRES: &[Migration] = &[
    Migration {
        version: 1,
        name: "directory",
        sql: include_str!("../migrations/postgres/0001_directory.sql"),
    },
    Migration {
        version: 2,
        name: "sspr",
        sql: include_str!("../migrations/postgres/0002_sspr.sql"),
    },
    Migration {
        version: 3,
        name: "password_history",
        sql: include_str!("../migrations/postgres/0003_password_history.sql"),
    },
    Migration {
        version: 4,
        name: "audit_chain",
        sql: include_str!("../migrations/postgres/0004_audit_chain.sql"),
    },
    Migration {
        version: 5,
        name: "api_tokens",
        sql: include_str!("../migrations/postgres/0005_api_tokens.sql"),
    },
    Migration {
        version: 6,
        name: "journeys",
        sql: include_str!("../migrations/postgres/0006_journeys.sql"),
    },
    Migration {
        version: 7,
        name: "delivery_states",
        sql: include_str!("../migrations/postgres/0007_delivery_states.sql"),
    },
    Migration {
        version: 8,
        name: "audit_reports",
        sql: include_str!("../migrations/postgres/0008_audit_reports.sql"),
    },
    Migration {
        version: 9,
        name: "directory_links",
        sql: include_str!("../migrations/postgres/0009_directory_links.sql"),
    },
    Migration {
        version: 10,
        name: "user_search",
        sql: include_str!("../migrations/postgres/0010_user_search.sql"),
    },
    Migration {
        version: 11,
        name: "access_passes",
        sql: include_str!("../migrations/postgres/0011_access_passes.sql"),
    },
    Migration {
        version: 12,
        name: "app_notification",
        sql: include_str!("../migrations/postgres/0012_app_notification.sql"),
    },
    Migration {
        version: 13,
        name: "user_language",
        sql: include_str!("../migrations/postgres/0013_user_language.sql"),
    },
    Migration {
        version: 14,
        name: "helpdesk",
        sql: include_str!("../migrations/postgres/0014_helpdesk.sql"),
    },
    Migration {
        version: 15,
        name: "password_expiry",
        sql: include_str!("../migrations/postgres/0015_password_expiry.sql"),
    },
    Migration {
        version: 16,
        name: "registration_campaigns",
        sql: include_str!("../migrations/postgres/0016_registration_campaigns.sql"),
    },
    Migration {
        version: 17,
        name: "directory_password_expiry",
        sql: include_str!("../migrations/postgres/0017_directory_password_expiry.sql"),
    },
    Migration {
        version: 18,
        name: "managers",
        sql: include_str!("../migrations/postgres/0018_managers.sql"),
    },
    Migration {
        version: 19,
        name: "reminder_outcomes",
        sql: include_str!("../migrations/postgres/0019_reminder_outcomes.sql"),
    },
];

const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS latchkey_migrations (
    version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)";

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

macro_rules! run_migrations {
    ($pool:expr, $list:expr, $lock:expr) => {{
        // Under the lock too: two instances starting at once on an empty PostgreSQL
        // database would otherwise both create the table (a unique-violation in the
        // catalogue, not "already exists").
        let mut tx = $pool.begin().await.map_err(backend)?;
        if let Some(lock) = $lock {
            sqlx::query(lock).execute(&mut *tx).await.map_err(backend)?;
        }
        sqlx::query(CREATE_TABLE)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        tx.commit().await.map_err(backend)?;
        for m in $list {
            let mut tx = $pool.begin().await.map_err(backend)?;
            if let Some(lock) = $lock {
                sqlx::query(lock).execute(&mut *tx).await.map_err(backend)?;
            }
            let done: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM latchkey_migrations WHERE version = $1")
                    .bind(m.version)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(backend)?;
            if done > 0 {
                continue;
            }
            tracing::info!(version = m.version, name = m.name, "applying migration");
            sqlx::Executor::execute(&mut *tx, m.sql)
                .await
                .map_err(|e| {
                    StoreError::Backend(format!("migration {} ({}) failed: {e}", m.version, m.name))
                })?;
            sqlx::query(
                "INSERT INTO latchkey_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            )
            .bind(m.version)
            .bind(m.name)
            .bind(now())
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
            tx.commit().await.map_err(backend)?;
        }
        Ok(())
    }};
}

impl SqliteStore {
    pub(crate) async fn run_migrations(&self) -> Result<(), StoreError> {
        run_migrations!(&self.pool, SQLITE, None::<&str>)
    }
}

impl PgStore {
    pub(crate) async fn run_migrations(&self) -> Result<(), StoreError> {
        // Several instances may start at once: the advisory lock makes them take turns.
        run_migrations!(
            &self.pool,
            POSTGRES,
            Some("SELECT pg_advisory_xact_lock(7310420815)")
        )
    }
}
