//! [`GroupStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::directory::Group;
use latchkey_core::store::{GroupStore, Members, StoreError, StoreResult};
use sqlx::Row;

use super::{map_err, not_found, prefixed, user_from_row};
use crate::{PgStore, SqliteStore, backend};

fn group_from_row<R: Row>(row: &R) -> StoreResult<Group>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
{
    Ok(Group {
        id: row.try_get("id").map_err(backend)?,
        name: row.try_get("name").map_err(backend)?,
        description: row.try_get("description").map_err(backend)?,
        created_at: row.try_get("created_at").map_err(backend)?,
    })
}

macro_rules! impl_groups {
    ($ty:ty, $engine:literal) => {
        #[async_trait]
        impl GroupStore for $ty {
            async fn group_create(&self, name: &str, description: &str, now: i64) -> StoreResult<Group> {
                let row = sqlx::query(
                    "INSERT INTO groups (name, name_key, description, created_at) VALUES ($1, $2, $3, $4) \
                     RETURNING id, name, description, created_at",
                )
                .bind(name)
                .bind(name.to_lowercase())
                .bind(description)
                .bind(now)
                .fetch_one(&self.pool)
                .await
                .map_err(|e| map_err(e, "group_name"))?;
                group_from_row(&row)
            }

            async fn group_get(&self, id: i64) -> StoreResult<Group> {
                let row = sqlx::query("SELECT id, name, description, created_at FROM groups WHERE id = $1")
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)?;
                group_from_row(&row)
            }

            async fn group_by_name(&self, name: &str) -> StoreResult<Group> {
                let row = sqlx::query("SELECT id, name, description, created_at FROM groups WHERE name_key = $1")
                    .bind(name.trim().to_lowercase())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)?;
                group_from_row(&row)
            }

            async fn group_list(&self) -> StoreResult<Vec<Group>> {
                let rows = sqlx::query("SELECT id, name, description, created_at FROM groups ORDER BY name_key")
                    .fetch_all(&self.pool)
                    .await
                    .map_err(backend)?;
                rows.iter().map(group_from_row).collect()
            }

            async fn group_delete(&self, id: i64) -> StoreResult<()> {
                let r = sqlx::query("DELETE FROM groups WHERE id = $1")
                    .bind(id)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
            }

            async fn group_add_user(&self, group: i64, user: i64) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO group_user_members (group_id, user_id) VALUES ($1, $2) \
                     ON CONFLICT (group_id, user_id) DO NOTHING",
                )
                .bind(group)
                .bind(user)
                .execute(&self.pool)
                .await
                .map_err(|e| map_err(e, "member"))?;
                Ok(())
            }

            async fn group_remove_user(&self, group: i64, user: i64) -> StoreResult<()> {
                let r = sqlx::query("DELETE FROM group_user_members WHERE group_id = $1 AND user_id = $2")
                    .bind(group)
                    .bind(user)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
            }

            async fn group_add_group(&self, parent: i64, child: i64) -> StoreResult<()> {
                if parent == child {
                    return Err(StoreError::Refused("a group can't be a member of itself"));
                }
                // The check and the write run under one write lock; otherwise two opposite
                // nestings racing each see no cycle and both land. PostgreSQL: an advisory
                // lock makes nesting changes take turns, under READ COMMITTED so the check
                // sees what the previous holder committed. SQLite: the write comes first, so
                // the transaction holds the write lock before it reads (the busy timeout
                // queues the other writer) instead of failing to upgrade a stale read
                // snapshot with "database is locked".
                let mut tx = self.pool.begin().await.map_err(backend)?;
                if $engine == "postgres" {
                    sqlx::query("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                    sqlx::query("SELECT pg_advisory_xact_lock(7310420816)")
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                }
                sqlx::query(
                    "INSERT INTO group_group_members (parent_id, child_id) VALUES ($1, $2) \
                     ON CONFLICT (parent_id, child_id) DO NOTHING",
                )
                .bind(parent)
                .bind(child)
                .execute(&mut *tx)
                .await
                .map_err(|e| map_err(e, "member"))?;
                // Is `parent` now inside itself? It is if it sits, at any depth, inside
                // `child`; UNION stops the walk going round the cycle.
                let cycles: i64 = sqlx::query_scalar(
                    "WITH RECURSIVE inside(id) AS ( \
                        SELECT child_id FROM group_group_members WHERE parent_id = $1 \
                        UNION SELECT m.child_id FROM group_group_members m JOIN inside i ON m.parent_id = i.id) \
                     SELECT COUNT(*) FROM inside WHERE id = $2",
                )
                .bind(child)
                .bind(parent)
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?;
                if cycles > 0 {
                    tx.rollback().await.map_err(backend)?;
                    return Err(StoreError::Refused(
                        "that would put the group inside itself: it already contains this group",
                    ));
                }
                tx.commit().await.map_err(backend)
            }

            async fn group_remove_group(&self, parent: i64, child: i64) -> StoreResult<()> {
                let r = sqlx::query("DELETE FROM group_group_members WHERE parent_id = $1 AND child_id = $2")
                    .bind(parent)
                    .bind(child)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
            }

            async fn group_members(&self, group: i64) -> StoreResult<Members> {
                let users = sqlx::query(&format!(
                    "SELECT {} FROM users u JOIN group_user_members m ON m.user_id = u.id \
                     WHERE m.group_id = $1 ORDER BY u.username",
                    prefixed("u")
                ))
                .bind(group)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                let groups = sqlx::query(
                    "SELECT g.id, g.name, g.description, g.created_at FROM groups g \
                     JOIN group_group_members m ON m.child_id = g.id WHERE m.parent_id = $1 ORDER BY g.name_key",
                )
                .bind(group)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                Ok(Members {
                    users: users.iter().map(user_from_row).collect::<StoreResult<_>>()?,
                    groups: groups.iter().map(group_from_row).collect::<StoreResult<_>>()?,
                })
            }

            async fn is_member(&self, user: i64, group: i64) -> StoreResult<bool> {
                // Walk upwards from the user's own groups. UNION (not UNION ALL) drops
                // rows already seen, so a cycle in the data cannot loop forever.
                let n: i64 = sqlx::query_scalar(
                    "WITH RECURSIVE up(id) AS ( \
                        SELECT group_id FROM group_user_members WHERE user_id = $1 \
                        UNION SELECT m.parent_id FROM group_group_members m JOIN up ON m.child_id = up.id) \
                     SELECT COUNT(*) FROM up WHERE id = $2",
                )
                .bind(user)
                .bind(group)
                .fetch_one(&self.pool)
                .await
                .map_err(backend)?;
                Ok(n > 0)
            }

            async fn groups_of_user(&self, user: i64) -> StoreResult<Vec<Group>> {
                let rows = sqlx::query(
                    "SELECT g.id, g.name, g.description, g.created_at FROM groups g \
                     JOIN group_user_members m ON m.group_id = g.id WHERE m.user_id = $1 ORDER BY g.name_key",
                )
                .bind(user)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter().map(group_from_row).collect()
            }
        }
    };
}

impl_groups!(SqliteStore, "sqlite");
impl_groups!(PgStore, "postgres");
