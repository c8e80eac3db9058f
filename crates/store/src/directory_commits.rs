//! [`DirectoryCommits`]: user and group changes written with their audit events and
//! queued notices in one transaction, on both engines (as [`crate::commits`] does for
//! `Commits`). The SQL of each step is written once here, as `*_in` helpers on a
//! transaction; the plain [`latchkey_core::store::UserStore`] and
//! [`latchkey_core::store::GroupStore`] methods run the same helpers.
//!
//! Every transaction starts with a write, so on SQLite it holds the write lock before it
//! reads anything (other writers wait their turn on the busy timeout). Rules that read
//! other rows than the one written — "an enabled global administrator remains", "no
//! nesting cycle" — also need the writers to take turns on PostgreSQL: those transactions
//! first take an advisory lock, under READ COMMITTED so each statement sees what the
//! previous holder committed, and check the rule after their own write, before commit.

use async_trait::async_trait;
use latchkey_core::directory::{Email, Group, Phone, Profile, Role, User};
use latchkey_core::store::{
    DirectoryCommits, Effects, LAST_GLOBAL_ADMIN, Member, NewUser, StoreError, StoreResult,
    UserChange, UserEffects,
};

use crate::queries::{USER_COLUMNS, group_from_row, map_err, user_from_row};
use crate::{PgStore, SqliteStore, backend};

/// PostgreSQL advisory lock key: changes that must keep an enabled global administrator.
pub(crate) const ADMINS_TURN: i64 = 7_310_420_817;
/// PostgreSQL advisory lock key: group nesting changes (checked for cycles).
pub(crate) const NESTING_TURN: i64 = 7_310_420_816;
/// PostgreSQL advisory lock key: replacing the codes of one purpose and destination.
pub(crate) const CODES_TURN: i64 = 7_310_420_819;

fn is_enabled_global(u: &User) -> bool {
    u.enabled && u.role == Role::GlobalAdmin
}

macro_rules! impl_directory_commits {
    ($ty:ty, $db:ty, $engine:literal) => {
        impl $ty {
            /// On PostgreSQL, makes this transaction wait for its turn among those taking
            /// the same `key`, and read what earlier holders committed. Must be the first
            /// statement of the transaction. Nothing on SQLite, where the transaction's
            /// first write already holds the only write lock.
            pub(crate) async fn take_turn_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                key: i64,
            ) -> StoreResult<()> {
                if $engine == "postgres" {
                    sqlx::query("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
                        .execute(&mut **tx)
                        .await
                        .map_err(backend)?;
                    sqlx::query("SELECT pg_advisory_xact_lock($1)")
                        .bind(key)
                        .execute(&mut **tx)
                        .await
                        .map_err(backend)?;
                }
                Ok(())
            }

            /// Inserts a user; returns the new id. `Conflict("username")` when taken.
            pub(crate) async fn user_insert_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                u: &NewUser,
                now: i64,
            ) -> StoreResult<i64> {
                let p = &u.profile;
                sqlx::query_scalar(
                    "INSERT INTO users (username, first_name, last_name, display_name, email, alternate_email, \
                     mobile_phone, office_phone, enabled, role, must_change_password, password_hash, \
                     password_changed_at, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $13) RETURNING id",
                )
                .bind(u.username.as_str())
                .bind(&p.first_name)
                .bind(&p.last_name)
                .bind(&p.display_name)
                .bind(p.email.as_ref().map(Email::as_str))
                .bind(p.alternate_email.as_ref().map(Email::as_str))
                .bind(p.mobile_phone.as_ref().map(Phone::as_str))
                .bind(p.office_phone.as_ref().map(Phone::as_str))
                .bind(u.enabled)
                .bind(u.role.as_str())
                .bind(u.must_change_password)
                .bind(&u.password_hash)
                .bind(now)
                .fetch_one(&mut **tx)
                .await
                .map_err(|e| map_err(e, "username"))
            }

            /// Reads a user inside `tx`.
            pub(crate) async fn user_row_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                id: i64,
            ) -> StoreResult<User> {
                let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&mut **tx)
                    .await
                    .map_err(backend)?
                    .ok_or(StoreError::NotFound)?;
                user_from_row(&row)
            }

            /// Holds the user's row with a write that changes nothing and returns it as
            /// stored: the first statement of a change to one user.
            pub(crate) async fn user_hold_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                id: i64,
            ) -> StoreResult<User> {
                let row = sqlx::query(&format!(
                    "UPDATE users SET updated_at = updated_at WHERE id = $1 RETURNING {USER_COLUMNS}"
                ))
                .bind(id)
                .fetch_optional(&mut **tx)
                .await
                .map_err(backend)?
                .ok_or(StoreError::NotFound)?;
                user_from_row(&row)
            }

            /// Replaces names and contacts; a changed contact bumps the credential generation.
            pub(crate) async fn user_profile_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                id: i64,
                p: &Profile,
                now: i64,
            ) -> StoreResult<()> {
                let r = sqlx::query(
                    "UPDATE users SET credential_gen = credential_gen + CASE WHEN \
                     COALESCE(email, '') <> COALESCE($4, '') OR COALESCE(alternate_email, '') <> COALESCE($5, '') \
                     OR COALESCE(mobile_phone, '') <> COALESCE($6, '') OR COALESCE(office_phone, '') <> COALESCE($7, '') \
                     THEN 1 ELSE 0 END, \
                     first_name = $1, last_name = $2, display_name = $3, email = $4, \
                     alternate_email = $5, mobile_phone = $6, office_phone = $7, updated_at = $8 WHERE id = $9",
                )
                .bind(&p.first_name)
                .bind(&p.last_name)
                .bind(&p.display_name)
                .bind(p.email.as_ref().map(Email::as_str))
                .bind(p.alternate_email.as_ref().map(Email::as_str))
                .bind(p.mobile_phone.as_ref().map(Phone::as_str))
                .bind(p.office_phone.as_ref().map(Phone::as_str))
                .bind(now)
                .bind(id)
                .execute(&mut **tx)
                .await
                .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            pub(crate) async fn user_role_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                id: i64,
                role: Role,
                now: i64,
            ) -> StoreResult<()> {
                let r = sqlx::query("UPDATE users SET role = $1, updated_at = $2 WHERE id = $3")
                    .bind(role.as_str())
                    .bind(now)
                    .bind(id)
                    .execute(&mut **tx)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                // A pass was issued for the role the account had (by whoever may manage it).
                Self::passes_end_in(tx, id, now).await?;
                Ok(())
            }

            /// Enables or disables; a change bumps the credential generation, and
            /// disabling ends every session of the user.
            pub(crate) async fn user_enabled_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                id: i64,
                enabled: bool,
                now: i64,
            ) -> StoreResult<()> {
                let r = sqlx::query(
                    "UPDATE users SET enabled = $1, blocked_here = NOT $1, updated_at = $2, \
                     credential_gen = credential_gen + CASE WHEN enabled = $1 THEN 0 ELSE 1 END WHERE id = $3",
                )
                .bind(enabled)
                .bind(now)
                .bind(id)
                .execute(&mut **tx)
                .await
                .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                if !enabled {
                    // Its passes too: enabling the account again must not bring them back.
                    Self::passes_end_in(tx, id, now).await?;
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                        .bind(id)
                        .execute(&mut **tx)
                        .await
                        .map_err(backend)?;
                }
                Ok(())
            }

            /// Deletes a user; returns them as they were.
            pub(crate) async fn user_delete_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                id: i64,
            ) -> StoreResult<User> {
                let row = sqlx::query(&format!("DELETE FROM users WHERE id = $1 RETURNING {USER_COLUMNS}"))
                    .bind(id)
                    .fetch_optional(&mut **tx)
                    .await
                    .map_err(backend)?
                    .ok_or(StoreError::NotFound)?;
                user_from_row(&row)
            }

            /// Whether at least one enabled global administrator exists, as this
            /// transaction sees it.
            async fn global_admin_left_in(tx: &mut sqlx::Transaction<'static, $db>) -> StoreResult<bool> {
                let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE role = $1 AND enabled = $2")
                    .bind(Role::GlobalAdmin.as_str())
                    .bind(true)
                    .fetch_one(&mut **tx)
                    .await
                    .map_err(backend)?;
                Ok(n > 0)
            }

            pub(crate) async fn group_insert_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                name: &str,
                description: &str,
                now: i64,
            ) -> StoreResult<Group> {
                let row = sqlx::query(
                    "INSERT INTO groups (name, name_key, description, created_at) VALUES ($1, $2, $3, $4) \
                     RETURNING id, name, description, created_at, external_directory, external_id, external_dn",
                )
                .bind(name)
                .bind(name.to_lowercase())
                .bind(description)
                .bind(now)
                .fetch_one(&mut **tx)
                .await
                .map_err(|e| map_err(e, "group_name"))?;
                group_from_row(&row)
            }

            pub(crate) async fn group_delete_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                id: i64,
            ) -> StoreResult<()> {
                let r = sqlx::query("DELETE FROM groups WHERE id = $1")
                    .bind(id)
                    .execute(&mut **tx)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
            }

            /// Adds a direct member; true when it was added, false when it already was
            /// one (nothing written). Nesting: refused when it would make a cycle, so the
            /// caller must hold [`NESTING_TURN`] (see [`Self::take_turn_in`]) for the check
            /// to hold against parallel nestings.
            pub(crate) async fn group_add_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                group: i64,
                member: Member,
            ) -> StoreResult<bool> {
                match member {
                    Member::User(user) => {
                        let r = sqlx::query(
                            "INSERT INTO group_user_members (group_id, user_id) VALUES ($1, $2) \
                             ON CONFLICT (group_id, user_id) DO NOTHING",
                        )
                        .bind(group)
                        .bind(user)
                        .execute(&mut **tx)
                        .await
                        .map_err(|e| map_err(e, "member"))?;
                        Ok(r.rows_affected() > 0)
                    }
                    Member::Group(child) => {
                        if group == child {
                            return Err(StoreError::Refused("a group can't be a member of itself"));
                        }
                        let r = sqlx::query(
                            "INSERT INTO group_group_members (parent_id, child_id) VALUES ($1, $2) \
                             ON CONFLICT (parent_id, child_id) DO NOTHING",
                        )
                        .bind(group)
                        .bind(child)
                        .execute(&mut **tx)
                        .await
                        .map_err(|e| map_err(e, "member"))?;
                        if r.rows_affected() == 0 {
                            // Already nested: the walk below found no cycle when it was added.
                            return Ok(false);
                        }
                        // Is `group` now inside itself? It is if it sits, at any depth,
                        // inside `child`; UNION stops the walk going round the cycle.
                        let cycles: i64 = sqlx::query_scalar(
                            "WITH RECURSIVE inside(id) AS ( \
                                SELECT child_id FROM group_group_members WHERE parent_id = $1 \
                                UNION SELECT m.child_id FROM group_group_members m JOIN inside i ON m.parent_id = i.id) \
                             SELECT COUNT(*) FROM inside WHERE id = $2",
                        )
                        .bind(child)
                        .bind(group)
                        .fetch_one(&mut **tx)
                        .await
                        .map_err(backend)?;
                        if cycles > 0 {
                            return Err(StoreError::Refused(
                                "that would put the group inside itself: it already contains this group",
                            ));
                        }
                        Ok(true)
                    }
                }
            }

            /// Removes a direct member; `NotFound` when it isn't one.
            pub(crate) async fn group_remove_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                group: i64,
                member: Member,
            ) -> StoreResult<()> {
                let r = match member {
                    Member::User(user) => {
                        sqlx::query("DELETE FROM group_user_members WHERE group_id = $1 AND user_id = $2")
                            .bind(group)
                            .bind(user)
                            .execute(&mut **tx)
                            .await
                    }
                    Member::Group(child) => {
                        sqlx::query("DELETE FROM group_group_members WHERE parent_id = $1 AND child_id = $2")
                            .bind(group)
                            .bind(child)
                            .execute(&mut **tx)
                            .await
                    }
                }
                .map_err(backend)?;
                if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
            }
        }

        #[async_trait]
        impl DirectoryCommits for $ty {
            async fn user_create_commit(&self, user: NewUser, now: i64, effects: &Effects) -> StoreResult<User> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let id = Self::user_insert_in(&mut tx, &user, now).await?;
                let created = Self::user_row_in(&mut tx, id).await?;
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(created)
            }

            async fn user_change_commit(
                &self,
                id: i64,
                change: &UserChange,
                keep_a_global_admin: bool,
                now: i64,
                effects: &UserEffects<'_>,
            ) -> StoreResult<User> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                if keep_a_global_admin {
                    Self::take_turn_in(&mut tx, ADMINS_TURN).await?;
                }
                let before = Self::user_hold_in(&mut tx, id).await?;
                if let Some(p) = &change.profile {
                    Self::user_profile_in(&mut tx, id, p, now).await?;
                }
                if let Some(role) = change.role {
                    Self::user_role_in(&mut tx, id, role, now).await?;
                }
                if let Some(enabled) = change.enabled {
                    Self::user_enabled_in(&mut tx, id, enabled, now).await?;
                }
                let after = Self::user_row_in(&mut tx, id).await?;
                if keep_a_global_admin
                    && is_enabled_global(&before)
                    && !is_enabled_global(&after)
                    && !Self::global_admin_left_in(&mut tx).await?
                {
                    tx.rollback().await.map_err(backend)?;
                    return Err(StoreError::Refused(LAST_GLOBAL_ADMIN));
                }
                Self::effects_in(&mut tx, &effects(&before, &after)).await?;
                tx.commit().await.map_err(backend)?;
                Ok(after)
            }

            async fn user_delete_commit(
                &self,
                id: i64,
                keep_a_global_admin: bool,
                effects: &Effects,
            ) -> StoreResult<User> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                if keep_a_global_admin {
                    Self::take_turn_in(&mut tx, ADMINS_TURN).await?;
                }
                let gone = Self::user_delete_in(&mut tx, id).await?;
                if keep_a_global_admin
                    && is_enabled_global(&gone)
                    && !Self::global_admin_left_in(&mut tx).await?
                {
                    tx.rollback().await.map_err(backend)?;
                    return Err(StoreError::Refused(LAST_GLOBAL_ADMIN));
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(gone)
            }

            async fn group_create_commit(
                &self,
                name: &str,
                description: &str,
                members: &[Member],
                now: i64,
                effects: &Effects,
            ) -> StoreResult<Group> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                if members.iter().any(|m| matches!(m, Member::Group(_))) {
                    Self::take_turn_in(&mut tx, NESTING_TURN).await?;
                }
                let group = Self::group_insert_in(&mut tx, name, description, now).await?;
                for m in members {
                    Self::group_add_in(&mut tx, group.id, *m).await?;
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(group)
            }

            async fn group_delete_commit(&self, id: i64, effects: &Effects) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::group_delete_in(&mut tx, id).await?;
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)
            }

            async fn group_member_commit(
                &self,
                group: i64,
                member: Member,
                add: bool,
                effects: &Effects,
            ) -> StoreResult<()> {
                if add && member == Member::Group(group) {
                    return Err(StoreError::Refused("a group can't be a member of itself"));
                }
                let mut tx = self.pool.begin().await.map_err(backend)?;
                if add {
                    if matches!(member, Member::Group(_)) {
                        Self::take_turn_in(&mut tx, NESTING_TURN).await?;
                    }
                    if !Self::group_add_in(&mut tx, group, member).await? {
                        // Already a direct member: nothing changes, so nothing is audited.
                        tx.rollback().await.map_err(backend)?;
                        return Err(StoreError::Conflict("member"));
                    }
                } else {
                    Self::group_remove_in(&mut tx, group, member).await?;
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)
            }
        }
    };
}

impl_directory_commits!(SqliteStore, sqlx::Sqlite, "sqlite");
impl_directory_commits!(PgStore, sqlx::Postgres, "postgres");
