//! [`GroupStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::directory::Group;
use latchkey_core::store::{DirectoryCommits, Effects, GroupStore, Member, Members, StoreResult};
use sqlx::Row;

use super::{not_found, prefixed, user_from_row};
use crate::{PgStore, SqliteStore, backend};

pub(crate) fn group_from_row<R: Row>(row: &R) -> StoreResult<Group>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> Option<String>: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
{
    Ok(Group {
        id: row.try_get("id").map_err(backend)?,
        name: row.try_get("name").map_err(backend)?,
        description: row.try_get("description").map_err(backend)?,
        created_at: row.try_get("created_at").map_err(backend)?,
        external: super::external_of(row)?,
    })
}

/// The changes run [`DirectoryCommits`] (`crate::directory_commits`) with no effects, so
/// their SQL and their rules (nesting without cycles, taking turns) are written once.
macro_rules! impl_groups {
    ($ty:ty) => {
        #[async_trait]
        impl GroupStore for $ty {
            async fn group_create(&self, name: &str, description: &str, now: i64) -> StoreResult<Group> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let group = Self::group_insert_in(&mut tx, name, description, now).await?;
                tx.commit().await.map_err(backend)?;
                Ok(group)
            }

            async fn group_get(&self, id: i64) -> StoreResult<Group> {
                let row = sqlx::query("SELECT id, name, description, created_at, external_directory, external_id, external_dn FROM groups WHERE id = $1")
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)?;
                group_from_row(&row)
            }

            async fn group_by_name(&self, name: &str) -> StoreResult<Group> {
                let row = sqlx::query("SELECT id, name, description, created_at, external_directory, external_id, external_dn FROM groups WHERE name_key = $1")
                    .bind(name.trim().to_lowercase())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)?;
                group_from_row(&row)
            }

            async fn group_list(&self) -> StoreResult<Vec<Group>> {
                let rows = sqlx::query("SELECT id, name, description, created_at, external_directory, external_id, external_dn FROM groups ORDER BY name_key")
                    .fetch_all(&self.pool)
                    .await
                    .map_err(backend)?;
                rows.iter().map(group_from_row).collect()
            }

            async fn group_delete(&self, id: i64) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::group_delete_in(&mut tx, id).await?;
                tx.commit().await.map_err(backend)
            }

            async fn group_add_user(&self, group: i64, user: i64) -> StoreResult<()> {
                self.group_member_commit(group, Member::User(user), true, &Effects::default()).await
            }

            async fn group_remove_user(&self, group: i64, user: i64) -> StoreResult<()> {
                self.group_member_commit(group, Member::User(user), false, &Effects::default()).await
            }

            async fn group_add_group(&self, parent: i64, child: i64) -> StoreResult<()> {
                self.group_member_commit(parent, Member::Group(child), true, &Effects::default()).await
            }

            async fn group_remove_group(&self, parent: i64, child: i64) -> StoreResult<()> {
                self.group_member_commit(parent, Member::Group(child), false, &Effects::default()).await
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
                    "SELECT g.id, g.name, g.description, g.created_at, g.external_directory, g.external_id, g.external_dn FROM groups g \
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
                    "SELECT g.id, g.name, g.description, g.created_at, g.external_directory, g.external_id, g.external_dn FROM groups g \
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

impl_groups!(SqliteStore);
impl_groups!(PgStore);
