//! [`SettingCommits`] for both engines.
//!
//! Each swap is one statement that compares and writes at once, so the transaction
//! starts with a write: an `UPDATE … WHERE value = expected` for a stored setting, an
//! `INSERT … ON CONFLICT DO NOTHING` for one expected absent. On SQLite the first of them
//! takes the write lock, so other writers wait (the busy timeout) instead of failing; on
//! PostgreSQL it takes the row's lock, and a writer that waited re-checks its `WHERE`
//! against the row as committed, so it never overwrites a change it did not read. Swaps
//! are taken in name order, so two transactions never wait on each other's rows.

use async_trait::async_trait;
use latchkey_core::store::{Effects, SettingCommits, SettingSwap, StoreResult};

use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_setting_commits {
    ($ty:ty) => {
        #[async_trait]
        impl SettingCommits for $ty {
            async fn settings_cas_commit(
                &self,
                swaps: &[SettingSwap<'_>],
                effects: &Effects,
            ) -> StoreResult<bool> {
                let mut ordered: Vec<&SettingSwap<'_>> = swaps.iter().collect();
                ordered.sort_by_key(|(name, _, _)| *name);
                let mut tx = self.pool.begin().await.map_err(backend)?;
                for (name, expected, new) in ordered {
                    let r = match expected {
                        Some(old) => sqlx::query(
                            "UPDATE settings SET value = $3 WHERE name = $1 AND value = $2",
                        )
                        .bind(*name)
                        .bind(*old)
                        .bind(*new)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?,
                        None => sqlx::query(
                            "INSERT INTO settings (name, value) VALUES ($1, $2) \
                             ON CONFLICT (name) DO NOTHING",
                        )
                        .bind(*name)
                        .bind(*new)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?,
                    };
                    if r.rows_affected() != 1 {
                        tx.rollback().await.map_err(backend)?;
                        return Ok(false);
                    }
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }
        }
    };
}

impl_setting_commits!(SqliteStore);
impl_setting_commits!(PgStore);
