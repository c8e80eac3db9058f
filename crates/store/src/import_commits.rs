//! [`ImportCommits`]: many users created in one transaction on both engines, with
//! multi-row inserts (a batch of rows a statement, so a million users take a few hundred
//! statements rather than a million round trips to the driver). Each batch statement has
//! the same text, so the driver prepares it once and reuses it.

use std::collections::HashMap;

use async_trait::async_trait;
use latchkey_core::directory::{Email, Phone};
use latchkey_core::password::is_no_password;
use latchkey_core::store::{Effects, ImportCommits, ImportProgress, ImportUser, StoreResult};
use sqlx::Row;

use crate::queries::map_err;
use crate::{PgStore, SqliteStore, backend};

/// Values bound for each imported user.
const USER_PARAMS: usize = 12;

/// SQLite's page cache during an import, in KiB (negative, as `PRAGMA cache_size` takes
/// it): 512 MiB at most, taken as pages are read. An import runs in the CLI's process,
/// which ends after it.
const IMPORT_CACHE_KIB: i64 = -512 * 1024;

/// How an engine numbers the values of a statement: `$1`, `$2`, … on PostgreSQL; on
/// SQLite plain `?`, which it numbers in order at no cost (it looks each `$N` up among
/// the names seen before, which made a batch of 30,000 values take seconds to prepare).
#[derive(Clone, Copy)]
enum Placeholders {
    Numbered,
    InOrder,
}

impl Placeholders {
    /// The placeholder of value `i` (from 1).
    fn at(self, i: usize) -> String {
        match self {
            Placeholders::Numbered => format!("${i}"),
            Placeholders::InOrder => "?".into(),
        }
    }

    /// `count` placeholders from value `from`, separated by commas.
    fn list(self, from: usize, count: usize) -> String {
        (from..from + count)
            .map(|i| self.at(i))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The statement that inserts `rows` users at `now` (written in, not bound: it is
    /// the same for every batch of one import), [`USER_PARAMS`] values a row.
    fn insert_users(self, rows: usize, now: i64) -> String {
        let mut sql = String::from(
            "INSERT INTO users (username, first_name, last_name, display_name, email, alternate_email, \
             mobile_phone, office_phone, role, must_change_password, password_hash, password_changed_at, \
             enabled, created_at, updated_at) VALUES ",
        );
        for r in 0..rows {
            if r > 0 {
                sql.push(',');
            }
            sql.push('(');
            sql.push_str(&self.list(1 + r * USER_PARAMS, USER_PARAMS));
            sql.push_str(&format!(",TRUE,{now},{now})"));
        }
        sql
    }
}

macro_rules! impl_import {
    ($ty:ty, $db:ty, $batch:expr, $ph:expr, $sqlite:literal) => {
        impl $ty {
            /// Inserts one batch of users; returns their ids by username when any of them
            /// joins a group (for the memberships), else nothing.
            async fn import_batch_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                users: &[ImportUser],
                now: i64,
            ) -> StoreResult<HashMap<String, i64>> {
                let with_groups = users.iter().any(|u| !u.groups.is_empty());
                let mut sql = $ph.insert_users(users.len(), now);
                if with_groups {
                    sql.push_str(" RETURNING id, username");
                }
                let mut q = sqlx::query(&sql);
                for i in users {
                    let (u, p) = (&i.user, &i.user.profile);
                    let changed = (!is_no_password(&u.password_hash)).then_some(now);
                    q = q
                        .bind(u.username.as_str())
                        .bind(&p.first_name)
                        .bind(&p.last_name)
                        .bind(&p.display_name)
                        .bind(p.email.as_ref().map(Email::as_str))
                        .bind(p.alternate_email.as_ref().map(Email::as_str))
                        .bind(p.mobile_phone.as_ref().map(Phone::as_str))
                        .bind(p.office_phone.as_ref().map(Phone::as_str))
                        .bind(u.role.as_str())
                        .bind(u.must_change_password)
                        .bind(&u.password_hash)
                        .bind(changed);
                }
                if !with_groups {
                    q.execute(&mut **tx)
                        .await
                        .map_err(|e| map_err(e, "username"))?;
                    return Ok(HashMap::new());
                }
                let rows = q
                    .fetch_all(&mut **tx)
                    .await
                    .map_err(|e| map_err(e, "username"))?;
                rows.iter()
                    .map(|r| {
                        Ok((
                            r.try_get::<String, _>("username").map_err(backend)?,
                            r.try_get::<i64, _>("id").map_err(backend)?,
                        ))
                    })
                    .collect()
            }

            /// Adds the direct memberships of one batch of users, `ids` by username.
            async fn import_members_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                users: &[ImportUser],
                ids: &HashMap<String, i64>,
            ) -> StoreResult<()> {
                let pairs: Vec<(i64, i64)> = users
                    .iter()
                    .filter_map(|u| ids.get(u.user.username.as_str()).map(|id| (u, *id)))
                    .flat_map(|(u, id)| u.groups.iter().map(move |g| (*g, id)))
                    .collect();
                for chunk in pairs.chunks($batch * USER_PARAMS / 2) {
                    let values = (0..chunk.len())
                        .map(|i| format!("({})", $ph.list(2 * i + 1, 2)))
                        .collect::<Vec<_>>()
                        .join(",");
                    let sql = format!(
                        "INSERT INTO group_user_members (group_id, user_id) VALUES {values} \
                         ON CONFLICT (group_id, user_id) DO NOTHING"
                    );
                    let mut q = sqlx::query(&sql);
                    for (g, u) in chunk {
                        q = q.bind(*g).bind(*u);
                    }
                    q.execute(&mut **tx)
                        .await
                        .map_err(|e| map_err(e, "member"))?;
                }
                Ok(())
            }
        }

        #[async_trait]
        impl ImportCommits for $ty {
            async fn usernames_taken(&self, usernames: &[&str]) -> StoreResult<Vec<String>> {
                let mut taken = Vec::new();
                for chunk in usernames.chunks($batch * USER_PARAMS / 4) {
                    let sql = format!(
                        "SELECT username FROM users WHERE username IN ({})",
                        $ph.list(1, chunk.len())
                    );
                    let mut q = sqlx::query_scalar::<_, String>(&sql);
                    for name in chunk {
                        q = q.bind(*name);
                    }
                    taken.extend(q.fetch_all(&self.pool).await.map_err(backend)?);
                }
                Ok(taken)
            }

            async fn user_import_commit(
                &self,
                users: &[ImportUser],
                now: i64,
                effects: &Effects,
                progress: &ImportProgress<'_>,
            ) -> StoreResult<u64> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // SQLite: a page cache that holds the indexes being filled, for this
                // transaction only (the pool's connections keep theirs small). Without
                // it, pages go out to the write-ahead log and come back, again and again.
                let cache: Option<i64> = if $sqlite {
                    let was = sqlx::query_scalar("PRAGMA cache_size")
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(backend)?;
                    sqlx::query(&format!("PRAGMA cache_size = {IMPORT_CACHE_KIB}"))
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                    Some(was)
                } else {
                    None
                };
                let mut written = 0;
                let mut done = Ok(());
                for batch in users.chunks($batch) {
                    done = match Self::import_batch_in(&mut tx, batch, now).await {
                        Ok(ids) if ids.is_empty() => Ok(()),
                        Ok(ids) => Self::import_members_in(&mut tx, batch, &ids).await,
                        Err(e) => Err(e),
                    };
                    if done.is_err() {
                        break;
                    }
                    written += batch.len();
                    progress(written);
                }
                if let Some(was) = cache {
                    sqlx::query(&format!("PRAGMA cache_size = {was}"))
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                }
                done?;
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(written as u64)
            }
        }
    };
}

// SQLite binds at most 32,766 values a statement, PostgreSQL 65,535: 2,500 rows of 12.
impl_import!(
    SqliteStore,
    sqlx::Sqlite,
    2_500,
    Placeholders::InOrder,
    true
);
impl_import!(
    PgStore,
    sqlx::Postgres,
    2_500,
    Placeholders::Numbered,
    false
);

#[cfg(test)]
mod tests {
    use super::Placeholders;

    #[test]
    fn a_batch_statement_numbers_every_value_once() {
        let sql = Placeholders::Numbered.insert_users(2, 77);
        assert!(sql.ends_with("($13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,TRUE,77,77)"));
        assert!(sql.contains("($1,$2,"));
        let sql = Placeholders::InOrder.insert_users(2, 77);
        assert_eq!(sql.matches('?').count(), 24);
        assert!(!sql.contains('$'));
        assert_eq!(Placeholders::Numbered.list(3, 2), "$3,$4");
    }
}
