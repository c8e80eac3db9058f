//! [`SyncStore`]: a directory sync written as one transaction on both engines. It starts
//! with the compare-and-swap of the sync cursor (a write, so SQLite holds its write lock
//! from the first statement; on PostgreSQL the row lock makes a parallel sync wait and
//! then find the cursor moved), then applies the plan with the same `*_in` helpers as
//! the portal's changes.

use std::collections::HashMap;

use async_trait::async_trait;
use latchkey_core::dirsync::SyncPlan;
use latchkey_core::store::{
    Effects, Member, NO_LOCAL_PASSWORD, NewUser, StoreError, StoreResult, SyncStore,
};
use sqlx::Row;

use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_sync {
    ($ty:ty, $db:ty) => {
        impl $ty {
            /// Row ids of synced entries by external id, as this transaction sees them.
            async fn external_ids_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                table: &str,
                directory: &str,
            ) -> StoreResult<HashMap<String, i64>> {
                let rows = sqlx::query(&format!(
                    "SELECT id, external_id FROM {table} WHERE external_directory = $1 AND external_id IS NOT NULL"
                ))
                .bind(directory)
                .fetch_all(&mut **tx)
                .await
                .map_err(backend)?;
                rows.iter()
                    .map(|r| Ok((r.try_get::<String, _>("external_id").map_err(backend)?, r.try_get::<i64, _>("id").map_err(backend)?)))
                    .collect()
            }

            async fn set_external_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                table: &str,
                id: i64,
                ext: &latchkey_core::directory::ExternalAccount,
            ) -> StoreResult<()> {
                sqlx::query(&format!(
                    "UPDATE {table} SET external_directory = $1, external_id = $2, external_dn = $3 WHERE id = $4"
                ))
                    .bind(&ext.directory)
                    .bind(&ext.id)
                    .bind(&ext.dn)
                    .bind(id)
                    .execute(&mut **tx)
                    .await
                    .map_err(|e| crate::queries::map_err(e, "external_id"))?;
                if table == "users" {
                    sqlx::query("UPDATE users SET external_password_expires_at = $1 WHERE id = $2")
                        .bind(ext.password_expires_at)
                        .bind(id)
                        .execute(&mut **tx)
                        .await
                        .map_err(backend)?;
                }
                Ok(())
            }
        }

        #[async_trait]
        impl SyncStore for $ty {
            async fn synced_members(
                &self,
                directory: &str,
            ) -> StoreResult<HashMap<String, (Vec<String>, Vec<String>)>> {
                let mut out: HashMap<String, (Vec<String>, Vec<String>)> = HashMap::new();
                let groups = sqlx::query(
                    "SELECT external_id FROM groups WHERE external_directory = $1 AND external_id IS NOT NULL",
                )
                .bind(directory)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                for g in &groups {
                    out.entry(g.try_get("external_id").map_err(backend)?).or_default();
                }
                let users = sqlx::query(
                    "SELECT g.external_id AS g, u.external_id AS m FROM group_user_members x \
                     JOIN groups g ON g.id = x.group_id JOIN users u ON u.id = x.user_id \
                     WHERE g.external_directory = $1 AND u.external_directory = $1 \
                     AND g.external_id IS NOT NULL AND u.external_id IS NOT NULL",
                )
                .bind(directory)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                for r in &users {
                    let g: String = r.try_get("g").map_err(backend)?;
                    out.entry(g).or_default().0.push(r.try_get("m").map_err(backend)?);
                }
                let nested = sqlx::query(
                    "SELECT p.external_id AS g, c.external_id AS m FROM group_group_members x \
                     JOIN groups p ON p.id = x.parent_id JOIN groups c ON c.id = x.child_id \
                     WHERE p.external_directory = $1 AND c.external_directory = $1 \
                     AND p.external_id IS NOT NULL AND c.external_id IS NOT NULL",
                )
                .bind(directory)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                for r in &nested {
                    let g: String = r.try_get("g").map_err(backend)?;
                    out.entry(g).or_default().1.push(r.try_get("m").map_err(backend)?);
                }
                Ok(out)
            }

            async fn synced_managers(
                &self,
                directory: &str,
            ) -> StoreResult<HashMap<String, String>> {
                // A manager not synced from this directory reads as "" (so a sync
                // replaces it).
                let rows = sqlx::query(
                    "SELECT u.external_id AS u, \
                     CASE WHEN m.external_directory = $1 THEN m.external_id END AS m \
                     FROM user_managers x \
                     JOIN users u ON u.id = x.user_id JOIN users m ON m.id = x.manager_id \
                     WHERE u.external_directory = $1 AND u.external_id IS NOT NULL",
                )
                .bind(directory)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter()
                    .map(|r| {
                        let manager: Option<String> = r.try_get("m").map_err(backend)?;
                        Ok((
                            r.try_get::<String, _>("u").map_err(backend)?,
                            manager.unwrap_or_default(),
                        ))
                    })
                    .collect()
            }

            async fn sync_commit(
                &self,
                plan: &SyncPlan,
                expected_cursor: Option<&str>,
                now: i64,
                effects: &Effects,
            ) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // Nesting changes take turns with the portal's (cycle checks hold).
                Self::take_turn_in(&mut tx, crate::directory_commits::NESTING_TURN).await?;
                let cursor_key = latchkey_core::store::sync_cursor_key(&plan.directory);
                let new_cursor = plan.cursor.as_deref().or(expected_cursor).unwrap_or("");
                let swapped = match expected_cursor {
                    Some(old) => sqlx::query("UPDATE settings SET value = $3 WHERE name = $1 AND value = $2")
                        .bind(&cursor_key)
                        .bind(old)
                        .bind(new_cursor)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?,
                    None => sqlx::query("INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
                        .bind(&cursor_key)
                        .bind(new_cursor)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?,
                };
                if swapped.rows_affected() != 1 {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                }
                for id in &plan.delete_users {
                    sqlx::query("DELETE FROM users WHERE id = $1 AND external_id IS NOT NULL")
                        .bind(id)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                }
                for id in &plan.delete_groups {
                    sqlx::query("DELETE FROM groups WHERE id = $1 AND external_id IS NOT NULL")
                        .bind(id)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                }
                for u in &plan.update_users {
                    Self::user_profile_in(&mut tx, u.id, &u.profile, now).await?;
                    // The directory's enabled state; a block made in Latchkey stays (and
                    // is not set by the directory's disable).
                    sqlx::query(
                        "UPDATE users SET enabled = $1, updated_at = $2, \
                         credential_gen = credential_gen + CASE WHEN enabled = $1 THEN 0 ELSE 1 END \
                         WHERE id = $3 AND blocked_here = $4",
                    )
                    .bind(u.enabled)
                    .bind(now)
                    .bind(u.id)
                    .bind(false)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                    if !u.enabled {
                        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                            .bind(u.id)
                            .execute(&mut *tx)
                            .await
                            .map_err(backend)?;
                    }
                    Self::set_external_in(&mut tx, "users", u.id, &u.external).await?;
                }
                for u in &plan.create_users {
                    let new = NewUser {
                        username: u.username.clone(),
                        profile: u.profile.clone(),
                        role: latchkey_core::directory::Role::User,
                        enabled: u.enabled,
                        password_hash: NO_LOCAL_PASSWORD.into(),
                        must_change_password: false,
                    };
                    let id = Self::user_insert_in(&mut tx, &new, now).await?;
                    Self::set_external_in(&mut tx, "users", id, &u.external).await?;
                }
                for (id, name, description, ext) in &plan.update_groups {
                    sqlx::query("UPDATE groups SET name = $1, name_key = $2, description = $3 WHERE id = $4")
                        .bind(name)
                        .bind(name.to_lowercase())
                        .bind(description)
                        .bind(id)
                        .execute(&mut *tx)
                        .await
                        .map_err(|e| crate::queries::map_err(e, "group_name"))?;
                    Self::set_external_in(&mut tx, "groups", *id, ext).await?;
                }
                for (name, description, ext) in &plan.create_groups {
                    let g = Self::group_insert_in(&mut tx, name, description, now).await?;
                    Self::set_external_in(&mut tx, "groups", g.id, ext).await?;
                }
                // Accounts by external id, once every account of the plan is written.
                let users = if plan.memberships.is_empty() && plan.managers.is_empty() {
                    HashMap::new()
                } else {
                    Self::external_ids_in(&mut tx, "users", &plan.directory).await?
                };
                if !plan.memberships.is_empty() {
                    let groups = Self::external_ids_in(&mut tx, "groups", &plan.directory).await?;
                    for m in &plan.memberships {
                        let Some(&gid) = groups.get(&m.group) else { continue };
                        sqlx::query("DELETE FROM group_user_members WHERE group_id = $1")
                            .bind(gid)
                            .execute(&mut *tx)
                            .await
                            .map_err(backend)?;
                        sqlx::query("DELETE FROM group_group_members WHERE parent_id = $1")
                            .bind(gid)
                            .execute(&mut *tx)
                            .await
                            .map_err(backend)?;
                        for u in &m.users {
                            if let Some(&uid) = users.get(u) {
                                Self::group_add_in(&mut tx, gid, Member::User(uid)).await?;
                            }
                        }
                    }
                    for m in &plan.memberships {
                        let Some(&gid) = groups.get(&m.group) else { continue };
                        for c in &m.groups {
                            if let Some(&cid) = groups.get(c) {
                                match Self::group_add_in(&mut tx, gid, Member::Group(cid)).await {
                                    Ok(_) => {}
                                    // A cycle through a group made in Latchkey: left out.
                                    Err(StoreError::Refused(_)) => {
                                        sqlx::query("DELETE FROM group_group_members WHERE parent_id = $1 AND child_id = $2")
                                            .bind(gid)
                                            .bind(cid)
                                            .execute(&mut *tx)
                                            .await
                                            .map_err(backend)?;
                                    }
                                    Err(e) => return Err(e),
                                }
                            }
                        }
                    }
                }
                for link in &plan.managers {
                    let Some(&uid) = users.get(&link.user) else { continue };
                    let manager = link
                        .manager
                        .as_ref()
                        .and_then(|m| users.get(m).copied())
                        .filter(|&m| m != uid);
                    match manager {
                        Some(mid) => {
                            sqlx::query(crate::manager_commits::MANAGER_UPSERT)
                            .bind(uid)
                            .bind(mid)
                            .bind(now)
                            .execute(&mut *tx)
                            .await
                            .map_err(backend)?;
                        }
                        None => {
                            sqlx::query(crate::manager_commits::MANAGER_DELETE)
                                .bind(uid)
                                .execute(&mut *tx)
                                .await
                                .map_err(backend)?;
                        }
                    }
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }
        }
    };
}

impl_sync!(SqliteStore, sqlx::Sqlite);
impl_sync!(PgStore, sqlx::Postgres);
