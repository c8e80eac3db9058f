//! [`AccessPassStore`] for both engines: Temporary Access Passes, each change one
//! transaction that starts with a write (see [`crate::commits`]).

use async_trait::async_trait;
use latchkey_core::store::{
    AccessPassRecord, AccessPassStore, Effects, SessionRecord, StoreError, StoreResult,
};
use sqlx::Row;

use crate::{PgStore, SqliteStore, backend};

const PASS_SELECT: &str = "SELECT id, user_id, pass_mac, one_time, issued_by, created_at, expires_at, \
     used_at, revoked_at FROM access_passes";

fn pass_from_row<R: Row>(row: &R) -> StoreResult<AccessPassRecord>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> bool: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> Option<i64>: sqlx::Decode<'a, R::Database>,
{
    Ok(AccessPassRecord {
        id: row.try_get("id").map_err(backend)?,
        user_id: row.try_get("user_id").map_err(backend)?,
        pass_mac: row.try_get("pass_mac").map_err(backend)?,
        one_time: row.try_get("one_time").map_err(backend)?,
        issued_by: row.try_get("issued_by").map_err(backend)?,
        created_at: row.try_get("created_at").map_err(backend)?,
        expires_at: row.try_get("expires_at").map_err(backend)?,
        used_at: row.try_get("used_at").map_err(backend)?,
        revoked_at: row.try_get("revoked_at").map_err(backend)?,
    })
}

macro_rules! impl_access_passes {
    ($ty:ty, $db:ty) => {
        impl $ty {
            /// Revokes the user's passes not yet revoked (the rows are locked first, so a
            /// sign-in with one waits or finds it revoked) and ends every session opened
            /// with any of their passes. Returns how many passes and sessions ended.
            pub(crate) async fn passes_end_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                user: i64,
                now: i64,
            ) -> StoreResult<u64> {
                let revoked = sqlx::query(
                    "UPDATE access_passes SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
                )
                .bind(now)
                .bind(user)
                .execute(&mut **tx)
                .await
                .map_err(backend)?
                .rows_affected();
                let ended = sqlx::query(
                    "DELETE FROM sessions WHERE access_pass_id IN \
                     (SELECT id FROM access_passes WHERE user_id = $1)",
                )
                .bind(user)
                .execute(&mut **tx)
                .await
                .map_err(backend)?
                .rows_affected();
                Ok(revoked + ended)
            }
        }

        #[async_trait]
        impl AccessPassStore for $ty {
            async fn access_pass_current(
                &self,
                user: i64,
                now: i64,
            ) -> StoreResult<Option<AccessPassRecord>> {
                let rows = sqlx::query(&format!(
                    "{PASS_SELECT} WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2 \
                     ORDER BY id DESC"
                ))
                .bind(user)
                .bind(now)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                for row in &rows {
                    let p = pass_from_row(row)?;
                    if p.usable_at(now) {
                        return Ok(Some(p));
                    }
                }
                Ok(None)
            }

            async fn access_pass_session_until(
                &self,
                user: i64,
                now: i64,
                idle_secs: i64,
            ) -> StoreResult<Option<i64>> {
                sqlx::query_scalar(
                    "SELECT MAX(CASE WHEN s.last_seen_at + $3 < s.expires_at THEN s.last_seen_at + $3 \
                     ELSE s.expires_at END) FROM sessions s JOIN access_passes p ON p.id = s.access_pass_id \
                     WHERE p.user_id = $1 AND s.expires_at > $2 AND s.last_seen_at + $3 > $2",
                )
                .bind(user)
                .bind(now)
                .bind(idle_secs)
                .fetch_one(&self.pool)
                .await
                .map_err(backend)
            }

            async fn access_pass_issue_commit(
                &self,
                p: &AccessPassRecord,
                role: &str,
                clear_lockout: Option<&str>,
                effects: &Effects,
            ) -> StoreResult<i64> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // The first statement writes and holds the user's row: a role change or a
                // block waits for this pass, or this pass sees it.
                let row = sqlx::query(
                    "UPDATE users SET updated_at = updated_at WHERE id = $1 RETURNING role, enabled",
                )
                .bind(p.user_id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(backend)?
                .ok_or(StoreError::NotFound)?;
                let now_role: String = row.try_get("role").map_err(backend)?;
                let enabled: bool = row.try_get("enabled").map_err(backend)?;
                if now_role != role || !enabled {
                    tx.rollback().await.map_err(backend)?;
                    return Err(StoreError::Refused("access_pass_target"));
                }
                Self::passes_end_in(&mut tx, p.user_id, p.created_at).await?;
                if let Some(key) = clear_lockout {
                    sqlx::query("DELETE FROM lockouts WHERE key = $1")
                        .bind(key)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                }
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO access_passes (user_id, pass_mac, one_time, issued_by, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(p.user_id)
                .bind(&p.pass_mac)
                .bind(p.one_time)
                .bind(&p.issued_by)
                .bind(p.created_at)
                .bind(p.expires_at)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| crate::queries::map_err(e, "access_pass"))?;
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(id)
            }

            async fn access_pass_revoke_commit(
                &self,
                user: i64,
                now: i64,
                effects: &Effects,
            ) -> StoreResult<u64> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // Expired passes count for nothing, but their sessions are ended all the same.
                sqlx::query(
                    "UPDATE access_passes SET revoked_at = $1 \
                     WHERE user_id = $2 AND revoked_at IS NULL AND expires_at <= $1",
                )
                .bind(now)
                .bind(user)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                // What there is to revoke: passes still usable (not a used one-time pass)
                // and sessions a pass opened.
                let usable: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM access_passes WHERE user_id = $1 AND revoked_at IS NULL \
                     AND expires_at > $2 AND (one_time = $3 OR used_at IS NULL)",
                )
                .bind(user)
                .bind(now)
                .bind(false)
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?;
                let sessions: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM sessions WHERE access_pass_id IN \
                     (SELECT id FROM access_passes WHERE user_id = $1)",
                )
                .bind(user)
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?;
                Self::passes_end_in(&mut tx, user, now).await?;
                let ended = u64::try_from(usable + sessions).unwrap_or(0);
                if ended == 0 {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(0);
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(ended)
            }

            async fn access_pass_redeem_commit(
                &self,
                id: i64,
                now: i64,
                end: Option<&str>,
                s: &SessionRecord,
                clear_lockout: Option<&str>,
                effects: &Effects,
            ) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // Only while usable: a one-time pass is taken by exactly one sign-in.
                let r = sqlx::query(
                    "UPDATE access_passes SET used_at = COALESCE(used_at, $1) \
                     WHERE id = $2 AND revoked_at IS NULL AND expires_at > $1 \
                     AND (one_time = $3 OR used_at IS NULL)",
                )
                .bind(now)
                .bind(id)
                .bind(false)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                if r.rows_affected() != 1 {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                }
                Self::session_swap_in(&mut tx, end, Some(s)).await?;
                Self::clears_in(&mut tx, clear_lockout, None).await?;
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }
        }
    };
}

impl_access_passes!(SqliteStore, sqlx::Sqlite);
impl_access_passes!(PgStore, sqlx::Postgres);
