//! The `Store` implementation, written once and instantiated for both engines.

use async_trait::async_trait;
use latchkey_core::audit::{AuditEvent, ChainRow, NewAuditEvent};
use latchkey_core::directory::{Email, Group, Phone, Profile, Role, User, Username};
use latchkey_core::journey::{Intent, Journey, Stage};
use latchkey_core::lockout::LockoutState;
use latchkey_core::policy::Method;
use latchkey_core::store::{
    ApiTokenRecord, AuditFilter, AuthMethodRecord, CodeRecord, FlowRecord, Members, NewApiToken,
    NewUser, Page, SessionRecord, Store, StoreError, StoreResult,
};
use sqlx::Row;

use crate::{PgStore, SqliteStore, backend};

const USER_COLUMNS: &str = "id, username, first_name, last_name, display_name, email, alternate_email, \
     mobile_phone, office_phone, enabled, role, must_change_password, created_at, updated_at, password_changed_at";

fn prefixed(prefix: &str) -> String {
    USER_COLUMNS
        .split(", ")
        .map(|c| format!("{prefix}.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Maps a driver error: unique violations become `Conflict(what)`.
fn map_err(e: sqlx::Error, what: &'static str) -> StoreError {
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

fn like_pattern(search: &str) -> String {
    let escaped: String = search
        .to_lowercase()
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("%{escaped}%")
}

fn opt<T>(
    v: Option<String>,
    parse: impl FnOnce(&str) -> Result<T, latchkey_core::directory::FieldError>,
) -> Option<T> {
    v.and_then(|s| parse(&s).ok())
}

fn user_from_row<R: Row>(row: &R) -> StoreResult<User>
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
    })
}

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

fn audit_from_row<R: Row>(row: &R) -> StoreResult<AuditEvent>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
{
    let details: String = row.try_get("details").map_err(backend)?;
    Ok(AuditEvent {
        id: row.try_get("id").map_err(backend)?,
        time: row.try_get("time").map_err(backend)?,
        activity: row.try_get("activity").map_err(backend)?,
        actor: row.try_get("actor").map_err(backend)?,
        target: row.try_get("target").map_err(backend)?,
        client_ip: row.try_get("client_ip").map_err(backend)?,
        result: row.try_get("result").map_err(backend)?,
        correlation_id: row.try_get("correlation_id").map_err(backend)?,
        details: serde_json::from_str(&details).unwrap_or(serde_json::Value::String(details)),
    })
}

const TOKEN_SELECT: &str = "SELECT t.id, t.name, t.owner_id, u.username AS owner_username, t.scope, \
     t.token_hash, t.created_at, t.last_used_at, t.revoked_at FROM api_tokens t JOIN users u ON u.id = t.owner_id";

fn token_from_row<R: Row>(row: &R) -> StoreResult<ApiTokenRecord>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> Option<i64>: sqlx::Decode<'a, R::Database>,
{
    Ok(ApiTokenRecord {
        id: row.try_get("id").map_err(backend)?,
        name: row.try_get("name").map_err(backend)?,
        owner_id: row.try_get("owner_id").map_err(backend)?,
        owner_username: row.try_get("owner_username").map_err(backend)?,
        scope: row.try_get("scope").map_err(backend)?,
        token_hash: row.try_get("token_hash").map_err(backend)?,
        created_at: row.try_get("created_at").map_err(backend)?,
        last_used_at: row.try_get("last_used_at").map_err(backend)?,
        revoked_at: row.try_get("revoked_at").map_err(backend)?,
    })
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
                sqlx::query("SELECT 1").execute(&self.pool).await.map_err(backend)?;
                Ok(())
            }

            fn engine(&self) -> &'static str {
                $engine
            }

            async fn setting_get_or_insert(&self, name: &str, value: &str) -> StoreResult<String> {
                sqlx::query("INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
                    .bind(name)
                    .bind(value)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                sqlx::query_scalar("SELECT value FROM settings WHERE name = $1")
                    .bind(name)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn user_create(&self, u: NewUser, now: i64) -> StoreResult<User> {
                let p = &u.profile;
                let id: i64 = sqlx::query_scalar(
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
                .fetch_one(&self.pool)
                .await
                .map_err(|e| map_err(e, "username"))?;
                self.user_get(id).await
            }

            async fn user_get(&self, id: i64) -> StoreResult<User> {
                let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)?;
                user_from_row(&row)
            }

            async fn user_by_username(&self, username: &Username) -> StoreResult<User> {
                let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users WHERE username = $1"))
                    .bind(username.as_str())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)?;
                user_from_row(&row)
            }

            async fn user_password_hash(&self, id: i64) -> StoreResult<String> {
                sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)
            }

            async fn user_list(&self, search: &str, offset: i64, limit: i64) -> StoreResult<Page<User>> {
                let pattern = like_pattern(search.trim());
                let filter = "lower(username) LIKE $1 ESCAPE '\\' OR lower(display_name) LIKE $1 ESCAPE '\\' \
                              OR lower(first_name) LIKE $1 ESCAPE '\\' OR lower(last_name) LIKE $1 ESCAPE '\\'";
                let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM users WHERE {filter}"))
                    .bind(&pattern)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(backend)?;
                let rows = sqlx::query(&format!(
                    "SELECT {USER_COLUMNS} FROM users WHERE {filter} ORDER BY username LIMIT $2 OFFSET $3"
                ))
                .bind(&pattern)
                .bind(limit)
                .bind(offset)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                let items = rows.iter().map(user_from_row).collect::<StoreResult<Vec<_>>>()?;
                Ok(Page { items, total })
            }

            async fn user_count(&self) -> StoreResult<i64> {
                sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&self.pool).await.map_err(backend)
            }

            async fn user_update_profile(&self, id: i64, p: &Profile, now: i64) -> StoreResult<User> {
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
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                self.user_get(id).await
            }

            async fn user_set_role(&self, id: i64, role: Role, now: i64) -> StoreResult<User> {
                let r = sqlx::query("UPDATE users SET role = $1, updated_at = $2 WHERE id = $3")
                    .bind(role.as_str())
                    .bind(now)
                    .bind(id)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                self.user_get(id).await
            }

            async fn user_set_enabled(&self, id: i64, enabled: bool, now: i64) -> StoreResult<User> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let r = sqlx::query(
                    "UPDATE users SET enabled = $1, updated_at = $2, \
                     credential_gen = credential_gen + CASE WHEN enabled = $1 THEN 0 ELSE 1 END WHERE id = $3",
                )
                    .bind(enabled)
                    .bind(now)
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                if !enabled {
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                        .bind(id)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                }
                tx.commit().await.map_err(backend)?;
                self.user_get(id).await
            }

            async fn user_set_password(&self, id: i64, hash: &str, must_change: bool, now: i64) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::set_password_in(&mut tx, id, hash, must_change, now).await?;
                tx.commit().await.map_err(backend)
            }

            async fn user_delete(&self, id: i64) -> StoreResult<()> {
                let r = sqlx::query("DELETE FROM users WHERE id = $1")
                    .bind(id)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
            }

            async fn password_history(&self, id: i64, limit: i64) -> StoreResult<Vec<String>> {
                sqlx::query_scalar("SELECT hash FROM password_history WHERE user_id = $1 ORDER BY id DESC LIMIT $2")
                    .bind(id)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn count_by_role(&self, role: Role) -> StoreResult<i64> {
                sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE role = $1 AND enabled = $2")
                    .bind(role.as_str())
                    .bind(true)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(backend)
            }

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

            async fn session_create(&self, s: &SessionRecord) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(&s.id_hash)
                .bind(s.user_id)
                .bind(s.created_at)
                .bind(s.last_seen_at)
                .bind(s.expires_at)
                .execute(&self.pool)
                .await
                .map_err(|e| map_err(e, "session"))?;
                Ok(())
            }

            async fn session_get(&self, id_hash: &str) -> StoreResult<SessionRecord> {
                let row = sqlx::query(
                    "SELECT id_hash, user_id, created_at, last_seen_at, expires_at FROM sessions WHERE id_hash = $1",
                )
                .bind(id_hash)
                .fetch_one(&self.pool)
                .await
                .map_err(not_found)?;
                Ok(SessionRecord {
                    id_hash: row.try_get("id_hash").map_err(backend)?,
                    user_id: row.try_get("user_id").map_err(backend)?,
                    created_at: row.try_get("created_at").map_err(backend)?,
                    last_seen_at: row.try_get("last_seen_at").map_err(backend)?,
                    expires_at: row.try_get("expires_at").map_err(backend)?,
                })
            }

            async fn session_touch(&self, id_hash: &str, now: i64) -> StoreResult<()> {
                sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
                    .bind(now)
                    .bind(id_hash)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn session_delete(&self, id_hash: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
                    .bind(id_hash)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn session_delete_expired(&self, now: i64, idle_secs: i64) -> StoreResult<u64> {
                let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
                    .bind(now)
                    .bind(now - idle_secs)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(r.rows_affected())
            }

            async fn lockout_get(&self, key: &str) -> StoreResult<LockoutState> {
                let row = sqlx::query(
                    "SELECT failures, level, locked_until, last_failure_at, recent, version FROM lockouts WHERE key = $1",
                )
                .bind(key)
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?;
                let Some(row) = row else { return Ok(LockoutState::default()) };
                let recent: String = row.try_get("recent").map_err(backend)?;
                Ok(LockoutState {
                    failures: row.try_get::<i64, _>("failures").map_err(backend)?.try_into().unwrap_or(0),
                    level: row.try_get::<i64, _>("level").map_err(backend)?.try_into().unwrap_or(0),
                    locked_until: row.try_get("locked_until").map_err(backend)?,
                    last_failure_at: row.try_get("last_failure_at").map_err(backend)?,
                    recent: recent.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
                    version: row.try_get("version").map_err(backend)?,
                })
            }

            async fn lockout_cas(&self, key: &str, expected: i64, next: &LockoutState) -> StoreResult<bool> {
                let recent = next.recent.join(",");
                let r = if expected == 0 {
                    sqlx::query(
                        "INSERT INTO lockouts (key, failures, level, locked_until, last_failure_at, recent, version) \
                         VALUES ($1, $2, $3, $4, $5, $6, 1) ON CONFLICT (key) DO NOTHING",
                    )
                    .bind(key)
                    .bind(i64::from(next.failures))
                    .bind(i64::from(next.level))
                    .bind(next.locked_until)
                    .bind(next.last_failure_at)
                    .bind(&recent)
                    .execute(&self.pool)
                    .await
                } else {
                    sqlx::query(
                        "UPDATE lockouts SET failures = $2, level = $3, locked_until = $4, last_failure_at = $5, \
                         recent = $6, version = version + 1 WHERE key = $1 AND version = $7",
                    )
                    .bind(key)
                    .bind(i64::from(next.failures))
                    .bind(i64::from(next.level))
                    .bind(next.locked_until)
                    .bind(next.last_failure_at)
                    .bind(&recent)
                    .bind(expected)
                    .execute(&self.pool)
                    .await
                }
                .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn lockout_clear(&self, key: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM lockouts WHERE key = $1")
                    .bind(key)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn setting_get(&self, name: &str) -> StoreResult<Option<String>> {
                sqlx::query_scalar("SELECT value FROM settings WHERE name = $1")
                    .bind(name)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn setting_put(&self, name: &str, value: &str) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                )
                .bind(name)
                .bind(value)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(())
            }

            async fn settings_put_many(&self, values: &[(&str, &str)]) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                for (name, value) in values {
                    sqlx::query(
                        "INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                    )
                    .bind(*name)
                    .bind(*value)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                }
                tx.commit().await.map_err(backend)
            }

            async fn users_with_role(&self, role: Role, limit: i64) -> StoreResult<Vec<User>> {
                let rows = sqlx::query(&format!(
                    "SELECT {USER_COLUMNS} FROM users WHERE role = $1 AND enabled = $2 ORDER BY username LIMIT $3"
                ))
                .bind(role.as_str())
                .bind(true)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter().map(user_from_row).collect()
            }

            async fn methods_of(&self, user: i64) -> StoreResult<Vec<AuthMethodRecord>> {
                let rows = sqlx::query(
                    "SELECT id, user_id, kind, value, secret, last_used_step, created_at FROM auth_methods \
                     WHERE user_id = $1 ORDER BY id",
                )
                .bind(user)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter()
                    .map(|r| {
                        Ok(AuthMethodRecord {
                            id: r.try_get("id").map_err(backend)?,
                            user_id: r.try_get("user_id").map_err(backend)?,
                            kind: r.try_get("kind").map_err(backend)?,
                            value: r.try_get("value").map_err(backend)?,
                            secret: r.try_get("secret").map_err(backend)?,
                            last_used_step: r.try_get("last_used_step").map_err(backend)?,
                            created_at: r.try_get("created_at").map_err(backend)?,
                        })
                    })
                    .collect()
            }

            async fn method_add(&self, m: &AuthMethodRecord) -> StoreResult<i64> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::bump_generation(&mut tx, m.user_id).await?;
                let id = sqlx::query_scalar(
                    "INSERT INTO auth_methods (user_id, kind, value, secret, last_used_step, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(m.user_id)
                .bind(&m.kind)
                .bind(&m.value)
                .bind(&m.secret)
                .bind(m.last_used_step)
                .bind(m.created_at)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| map_err(e, "method"))?;
                tx.commit().await.map_err(backend)?;
                Ok(id)
            }

            async fn method_delete(&self, user: i64, id: i64) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let r = sqlx::query("DELETE FROM auth_methods WHERE user_id = $1 AND id = $2")
                    .bind(user)
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                Self::bump_generation(&mut tx, user).await?;
                tx.commit().await.map_err(backend)
            }

            async fn method_use_step(&self, id: i64, step: i64) -> StoreResult<bool> {
                let r = sqlx::query(
                    "UPDATE auth_methods SET last_used_step = $1 \
                     WHERE id = $2 AND (last_used_step IS NULL OR last_used_step < $1)",
                )
                .bind(step)
                .bind(id)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn answers_set(&self, user: i64, answers: &[(String, String)]) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::bump_generation(&mut tx, user).await?;
                sqlx::query("DELETE FROM security_answers WHERE user_id = $1")
                    .bind(user)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                for (q, h) in answers {
                    sqlx::query("INSERT INTO security_answers (user_id, question, answer_hash) VALUES ($1, $2, $3)")
                        .bind(user)
                        .bind(q)
                        .bind(h)
                        .execute(&mut *tx)
                        .await
                        .map_err(|e| map_err(e, "question"))?;
                }
                tx.commit().await.map_err(backend)
            }

            async fn answers_of(&self, user: i64) -> StoreResult<Vec<(String, String)>> {
                let rows = sqlx::query("SELECT question, answer_hash FROM security_answers WHERE user_id = $1 ORDER BY question")
                    .bind(user)
                    .fetch_all(&self.pool)
                    .await
                    .map_err(backend)?;
                rows.iter()
                    .map(|r| Ok((r.try_get("question").map_err(backend)?, r.try_get("answer_hash").map_err(backend)?)))
                    .collect()
            }

            async fn user_set_confirmed(&self, user: i64, at: Option<i64>) -> StoreResult<()> {
                sqlx::query("UPDATE users SET methods_confirmed_at = $1 WHERE id = $2")
                    .bind(at)
                    .bind(user)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn user_confirmed_at(&self, user: i64) -> StoreResult<Option<i64>> {
                sqlx::query_scalar("SELECT methods_confirmed_at FROM users WHERE id = $1")
                    .bind(user)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)
            }

            async fn flow_create(&self, f: &FlowRecord) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO reset_flows (id_hash, correlation_id, typed, user_id, kind, passed, questions, \
                     stage, created_at, expires_at, version, generation) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                )
                .bind(&f.id_hash)
                .bind(&f.correlation_id)
                .bind(&f.typed)
                .bind(f.user_id)
                .bind(intent_str(&f.journey))
                .bind(passed_str(&f.journey))
                .bind(questions_str(&f.questions))
                .bind(f.journey.stage.as_str())
                .bind(f.created_at)
                .bind(f.expires_at)
                .bind(f.version)
                .bind(f.generation)
                .execute(&self.pool)
                .await
                .map_err(|e| map_err(e, "flow"))?;
                Ok(())
            }

            async fn flow_get(&self, id_hash: &str) -> StoreResult<FlowRecord> {
                let r = sqlx::query(
                    "SELECT id_hash, correlation_id, typed, user_id, kind, passed, questions, stage, \
                     created_at, expires_at, version, generation FROM reset_flows WHERE id_hash = $1",
                )
                .bind(id_hash)
                .fetch_one(&self.pool)
                .await
                .map_err(not_found)?;
                let stage: String = r.try_get("stage").map_err(backend)?;
                let kind: String = r.try_get("kind").map_err(backend)?;
                let passed: String = r.try_get("passed").map_err(backend)?;
                let questions: String = r.try_get("questions").map_err(backend)?;
                let stage = Stage::parse(&stage)
                    .ok_or_else(|| StoreError::Backend(format!("stored journey stage {stage:?}")))?;
                Ok(FlowRecord {
                    id_hash: r.try_get("id_hash").map_err(backend)?,
                    correlation_id: r.try_get("correlation_id").map_err(backend)?,
                    typed: r.try_get("typed").map_err(backend)?,
                    user_id: r.try_get("user_id").map_err(backend)?,
                    journey: Journey {
                        stage,
                        intent: Intent::parse(&kind),
                        passed: passed.split(',').filter_map(Method::parse).collect(),
                    },
                    questions: questions
                        .split(QUESTION_SEP)
                        .filter(|q| !q.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    version: r.try_get("version").map_err(backend)?,
                    generation: r.try_get("generation").map_err(backend)?,
                    created_at: r.try_get("created_at").map_err(backend)?,
                    expires_at: r.try_get("expires_at").map_err(backend)?,
                })
            }

            async fn flow_update(&self, f: &FlowRecord) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let moved = Self::flow_cas_in(&mut tx, f).await?;
                tx.commit().await.map_err(backend)?;
                Ok(moved)
            }

            async fn flow_delete(&self, id_hash: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM reset_flows WHERE id_hash = $1")
                    .bind(id_hash)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn code_put(&self, c: &CodeRecord) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO verification_codes (owner, purpose, destination, code_mac, expires_at, attempts) \
                     VALUES ($1, $2, $3, $4, $5, 0) ON CONFLICT (owner, purpose) DO UPDATE SET \
                     destination = excluded.destination, code_mac = excluded.code_mac, \
                     expires_at = excluded.expires_at, attempts = 0",
                )
                .bind(&c.owner)
                .bind(&c.purpose)
                .bind(&c.destination)
                .bind(&c.code_mac)
                .bind(c.expires_at)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(())
            }

            async fn code_get(&self, owner: &str, purpose: &str) -> StoreResult<Option<CodeRecord>> {
                let r = sqlx::query(
                    "SELECT owner, purpose, destination, code_mac, expires_at, attempts FROM verification_codes \
                     WHERE owner = $1 AND purpose = $2",
                )
                .bind(owner)
                .bind(purpose)
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?;
                let Some(r) = r else { return Ok(None) };
                Ok(Some(CodeRecord {
                    owner: r.try_get("owner").map_err(backend)?,
                    purpose: r.try_get("purpose").map_err(backend)?,
                    destination: r.try_get("destination").map_err(backend)?,
                    code_mac: r.try_get("code_mac").map_err(backend)?,
                    expires_at: r.try_get("expires_at").map_err(backend)?,
                    attempts: r.try_get("attempts").map_err(backend)?,
                }))
            }

            async fn code_consume(&self, owner: &str, purpose: &str, code_mac: &str, now: i64) -> StoreResult<bool> {
                let r = sqlx::query(
                    "DELETE FROM verification_codes WHERE owner = $1 AND purpose = $2 AND code_mac = $3 AND expires_at > $4",
                )
                .bind(owner)
                .bind(purpose)
                .bind(code_mac)
                .bind(now)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn code_fail(&self, owner: &str, purpose: &str) -> StoreResult<i64> {
                let n: Option<i64> = sqlx::query_scalar(
                    "UPDATE verification_codes SET attempts = attempts + 1 WHERE owner = $1 AND purpose = $2 RETURNING attempts",
                )
                .bind(owner)
                .bind(purpose)
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?;
                Ok(n.unwrap_or(0))
            }

            async fn code_delete(&self, owner: &str, purpose: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM verification_codes WHERE owner = $1 AND purpose = $2")
                    .bind(owner)
                    .bind(purpose)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn sspr_event_add(&self, subject: &str, kind: &str, at: i64) -> StoreResult<()> {
                sqlx::query("INSERT INTO sspr_events (subject, kind, at) VALUES ($1, $2, $3)")
                    .bind(subject)
                    .bind(kind)
                    .bind(at)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn sspr_event_count(&self, subject: &str, kind: &str, since: i64) -> StoreResult<i64> {
                sqlx::query_scalar("SELECT COUNT(*) FROM sspr_events WHERE subject = $1 AND kind = $2 AND at > $3")
                    .bind(subject)
                    .bind(kind)
                    .bind(since)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn sspr_block_set(&self, subject: &str, until: i64) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO sspr_blocks (subject, until) VALUES ($1, $2) \
                     ON CONFLICT (subject) DO UPDATE SET until = excluded.until",
                )
                .bind(subject)
                .bind(until)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(())
            }

            async fn sspr_block_get(&self, subject: &str) -> StoreResult<Option<i64>> {
                sqlx::query_scalar("SELECT until FROM sspr_blocks WHERE subject = $1")
                    .bind(subject)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(backend)
            }

            async fn sspr_clear(&self, subject: &str) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                sqlx::query("DELETE FROM sspr_events WHERE subject = $1")
                    .bind(subject)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                sqlx::query("DELETE FROM sspr_blocks WHERE subject = $1")
                    .bind(subject)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                tx.commit().await.map_err(backend)
            }

            async fn captcha_use(&self, nonce: &str, expires_at: i64) -> StoreResult<bool> {
                let r = sqlx::query("INSERT INTO captcha_used (nonce, expires_at) VALUES ($1, $2) ON CONFLICT (nonce) DO NOTHING")
                    .bind(nonce)
                    .bind(expires_at)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn sspr_sweep(&self, now: i64, events_before: i64) -> StoreResult<u64> {
                let mut n = 0;
                for (sql, arg) in [
                    ("DELETE FROM reset_flows WHERE expires_at <= $1", now),
                    ("DELETE FROM verification_codes WHERE expires_at <= $1", now),
                    ("DELETE FROM captcha_used WHERE expires_at <= $1", now),
                    ("DELETE FROM sspr_blocks WHERE until <= $1", now),
                    ("DELETE FROM sspr_events WHERE at <= $1", events_before),
                ] {
                    n += sqlx::query(sql).bind(arg).execute(&self.pool).await.map_err(backend)?.rows_affected();
                }
                Ok(n)
            }

            async fn api_token_create(&self, t: &NewApiToken) -> StoreResult<ApiTokenRecord> {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO api_tokens (name, owner_id, scope, token_hash, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(&t.name)
                .bind(t.owner_id)
                .bind(&t.scope)
                .bind(&t.token_hash)
                .bind(t.created_at)
                .fetch_one(&self.pool)
                .await
                .map_err(|e| map_err(e, "token"))?;
                self.api_token_get(id).await
            }

            async fn api_token_get(&self, id: i64) -> StoreResult<ApiTokenRecord> {
                let row = sqlx::query(&format!("{TOKEN_SELECT} WHERE t.id = $1"))
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)?;
                token_from_row(&row)
            }

            async fn api_token_by_hash(&self, token_hash: &str) -> StoreResult<ApiTokenRecord> {
                let row = sqlx::query(&format!("{TOKEN_SELECT} WHERE t.token_hash = $1"))
                    .bind(token_hash)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(not_found)?;
                token_from_row(&row)
            }

            async fn api_token_list(&self) -> StoreResult<Vec<ApiTokenRecord>> {
                let rows = sqlx::query(&format!("{TOKEN_SELECT} ORDER BY t.id"))
                    .fetch_all(&self.pool)
                    .await
                    .map_err(backend)?;
                rows.iter().map(token_from_row).collect()
            }

            async fn api_token_touch(&self, id: i64, now: i64) -> StoreResult<()> {
                sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                    .bind(now)
                    .bind(id)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            async fn api_token_revoke(&self, id: i64, now: i64) -> StoreResult<()> {
                let r = sqlx::query("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2")
                    .bind(now)
                    .bind(id)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
            }

            async fn audit_append(&self, e: &NewAuditEvent) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::audit_in(&mut tx, e).await?;
                tx.commit().await.map_err(backend)
            }

            async fn audit_delete_before(&self, before: i64) -> StoreResult<u64> {
                let r = sqlx::query("DELETE FROM audit_events WHERE time < $1")
                    .bind(before)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(r.rows_affected())
            }

            async fn audit_chain(&self, after_id: i64, limit: i64) -> StoreResult<Vec<ChainRow>> {
                let rows = sqlx::query(
                    "SELECT id, time, activity, actor, target, client_ip, result, correlation_id, details, prev_hash, hash \
                     FROM audit_events WHERE id > $1 ORDER BY id LIMIT $2",
                )
                .bind(after_id)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter()
                    .map(|r| {
                        Ok(ChainRow {
                            id: r.try_get("id").map_err(backend)?,
                            time: r.try_get("time").map_err(backend)?,
                            activity: r.try_get("activity").map_err(backend)?,
                            actor: r.try_get("actor").map_err(backend)?,
                            target: r.try_get("target").map_err(backend)?,
                            client_ip: r.try_get("client_ip").map_err(backend)?,
                            result: r.try_get("result").map_err(backend)?,
                            correlation_id: r.try_get("correlation_id").map_err(backend)?,
                            details: r.try_get("details").map_err(backend)?,
                            prev_hash: r.try_get("prev_hash").map_err(backend)?,
                            hash: r.try_get("hash").map_err(backend)?,
                        })
                    })
                    .collect()
            }

            async fn audit_list(&self, f: &AuditFilter, offset: i64, limit: i64) -> StoreResult<Page<AuditEvent>> {
                // Empty filter values match everything; the same SQL serves every combination.
                let filter = "($1 = '' OR activity = $1) AND ($2 = '' OR actor = $2) \
                              AND ($3 = '' OR target = $3) AND ($4 = '' OR correlation_id = $4) \
                              AND ($5 = '' OR result = $5) AND time >= $6 AND time < $7";
                let a = f.activity.clone().unwrap_or_default();
                let b = f.actor.clone().unwrap_or_default();
                let c = f.target.clone().unwrap_or_default();
                let d = f.correlation_id.clone().unwrap_or_default();
                let r = f.result.clone().unwrap_or_default();
                let since = f.since.unwrap_or(i64::MIN);
                let until = f.until.unwrap_or(i64::MAX);
                let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM audit_events WHERE {filter}"))
                    .bind(&a)
                    .bind(&b)
                    .bind(&c)
                    .bind(&d)
                    .bind(&r)
                    .bind(since)
                    .bind(until)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(backend)?;
                let rows = sqlx::query(&format!(
                    "SELECT id, time, activity, actor, target, client_ip, result, correlation_id, details \
                     FROM audit_events WHERE {filter} ORDER BY id DESC LIMIT $8 OFFSET $9"
                ))
                .bind(&a)
                .bind(&b)
                .bind(&c)
                .bind(&d)
                .bind(&r)
                .bind(since)
                .bind(until)
                .bind(limit)
                .bind(offset)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                let items = rows.iter().map(audit_from_row).collect::<StoreResult<Vec<_>>>()?;
                Ok(Page { items, total })
            }
        }
    };
}

impl_store!(SqliteStore, "sqlite");
impl_store!(PgStore, "postgres");
