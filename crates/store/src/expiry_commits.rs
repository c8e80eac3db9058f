//! [`ExpiryStore`] for both engines: per-group maximum password ages, and the reminders
//! sent, each recorded once with its queued messages (see [`crate::commits`]).

use async_trait::async_trait;
use latchkey_core::store::{
    Effects, ExpiryStore, GroupMaxAge, NewReminder, ReminderSent, StoreError, StoreResult,
};
use sqlx::Row;

use crate::{PgStore, SqliteStore, backend};

/// Days as stored (a 64-bit integer on both engines), back to a count of days.
fn days(v: i64) -> StoreResult<u32> {
    u32::try_from(v).map_err(|_| StoreError::Backend(format!("stored days {v}")))
}

macro_rules! impl_expiry {
    ($ty:ty) => {
        #[async_trait]
        impl ExpiryStore for $ty {
            async fn expiry_group_ages(&self) -> StoreResult<Vec<GroupMaxAge>> {
                let rows = sqlx::query(
                    "SELECT a.group_id, g.name, a.max_age_days FROM expiry_group_ages a \
                     JOIN groups g ON g.id = a.group_id ORDER BY g.name_key",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter()
                    .map(|r| {
                        Ok(GroupMaxAge {
                            group_id: r.try_get("group_id").map_err(backend)?,
                            group_name: r.try_get("name").map_err(backend)?,
                            max_age_days: days(r.try_get("max_age_days").map_err(backend)?)?,
                        })
                    })
                    .collect()
            }

            async fn expiry_group_age_set(
                &self,
                group: i64,
                age: Option<u32>,
                effects: &Effects,
            ) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // The first statement writes: the group's row, which must exist.
                let found = sqlx::query("UPDATE groups SET name = name WHERE id = $1")
                    .bind(group)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?
                    .rows_affected();
                if found != 1 {
                    tx.rollback().await.map_err(backend)?;
                    return Err(StoreError::NotFound);
                }
                match age {
                    Some(d) => sqlx::query(
                        "INSERT INTO expiry_group_ages (group_id, max_age_days) VALUES ($1, $2) \
                         ON CONFLICT (group_id) DO UPDATE SET max_age_days = excluded.max_age_days",
                    )
                    .bind(group)
                    .bind(i64::from(d))
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?,
                    None => sqlx::query("DELETE FROM expiry_group_ages WHERE group_id = $1")
                        .bind(group)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?,
                };
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)
            }

            async fn expiry_user_ages(&self, user: Option<i64>) -> StoreResult<Vec<(i64, u32)>> {
                // Most deployments give no group an age of its own: one cheap look, and
                // no walk of the memberships (this runs on every signed-in request).
                let any: Option<i64> =
                    sqlx::query_scalar("SELECT group_id FROM expiry_group_ages LIMIT 1")
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(backend)?;
                if any.is_none() {
                    return Ok(Vec::new());
                }
                // Every (user, group) a user is in, directly or through nested groups
                // (UNION, not UNION ALL: a cycle ends); one user's by the member index.
                let start = if user.is_some() {
                    "SELECT user_id, group_id FROM group_user_members WHERE user_id = $1"
                } else {
                    "SELECT user_id, group_id FROM group_user_members"
                };
                let sql = format!(
                    "WITH RECURSIVE ug (user_id, group_id) AS ( \
                       {start} \
                       UNION \
                       SELECT ug.user_id, gg.parent_id FROM ug \
                       JOIN group_group_members gg ON gg.child_id = ug.group_id) \
                     SELECT ug.user_id, MIN(a.max_age_days) AS age FROM ug \
                     JOIN expiry_group_ages a ON a.group_id = ug.group_id \
                     GROUP BY ug.user_id ORDER BY ug.user_id"
                );
                let mut q = sqlx::query(&sql);
                if let Some(u) = user {
                    q = q.bind(u);
                }
                let rows = q.fetch_all(&self.pool).await.map_err(backend)?;
                rows.iter()
                    .map(|r| {
                        let age: i64 = r.try_get("age").map_err(backend)?;
                        Ok((r.try_get("user_id").map_err(backend)?, days(age)?))
                    })
                    .collect()
            }

            async fn expiry_reminder_commit(
                &self,
                r: &NewReminder,
                effects: &Effects,
            ) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // The first statement writes and claims the reminder: a second run (any
                // instance) waits for this transaction and then finds the row taken.
                let id: Option<i64> = sqlx::query_scalar(
                    "INSERT INTO expiry_reminders \
                     (user_id, expires_at, password_set_at, days_before, sent_at) \
                     SELECT id, $2, $3, $4, $5 FROM users WHERE id = $1 AND enabled = $6 \
                     ON CONFLICT (user_id, password_set_at, days_before) DO NOTHING RETURNING id",
                )
                .bind(r.user_id)
                .bind(r.expires_at)
                .bind(r.password_set_at)
                .bind(i64::from(r.days_before))
                .bind(r.sent_at)
                .bind(true)
                .fetch_optional(&mut *tx)
                .await
                .map_err(|e| crate::queries::map_err(e, "expiry_reminder"))?;
                let Some(id) = id else {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                };
                for e in &effects.audit {
                    Self::audit_in(&mut tx, e).await?;
                }
                for d in &effects.deliveries {
                    let delivery = Self::delivery_in(&mut tx, d).await?;
                    sqlx::query(
                        "INSERT INTO expiry_reminder_deliveries (reminder_id, delivery_id, channel) \
                         VALUES ($1, $2, $3)",
                    )
                    .bind(id)
                    .bind(delivery)
                    .bind(&d.channel)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                }
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }

            async fn expiry_reminder_recorded(
                &self,
                user: i64,
                password_set_at: i64,
                days_before: u32,
            ) -> StoreResult<bool> {
                let found: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM expiry_reminders WHERE user_id = $1 \
                     AND password_set_at = $2 AND days_before = $3",
                )
                .bind(user)
                .bind(password_set_at)
                .bind(i64::from(days_before))
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?;
                Ok(found.is_some())
            }

            async fn expiry_reminders_sent(
                &self,
                since: i64,
                limit: i64,
            ) -> StoreResult<Vec<ReminderSent>> {
                let rows = sqlx::query(
                    "SELECT r.user_id, u.username, r.expires_at, r.days_before, r.sent_at, \
                     rd.channel, rd.failed_error, d.state, d.last_error FROM expiry_reminders r \
                     JOIN users u ON u.id = r.user_id \
                     JOIN expiry_reminder_deliveries rd ON rd.reminder_id = r.id \
                     LEFT JOIN deliveries d ON d.id = rd.delivery_id \
                     WHERE r.sent_at >= $1 \
                     ORDER BY r.sent_at DESC, r.id DESC, rd.delivery_id LIMIT $2",
                )
                .bind(since)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter()
                    .map(|r| {
                        let state: Option<String> = r.try_get("state").map_err(backend)?;
                        let last_error: Option<String> =
                            r.try_get("last_error").map_err(backend)?;
                        // Gone from `deliveries`: delivered, unless it failed and was
                        // dismissed or pruned (its failure kept).
                        let kept: Option<String> = r.try_get("failed_error").map_err(backend)?;
                        let (state, last_error) = match (state, kept) {
                            (Some(s), _) => (s, last_error.unwrap_or_default()),
                            (None, Some(e)) => ("failed".to_owned(), e),
                            (None, None) => ("sent".to_owned(), String::new()),
                        };
                        Ok(ReminderSent {
                            user_id: r.try_get("user_id").map_err(backend)?,
                            username: r.try_get("username").map_err(backend)?,
                            expires_at: r.try_get("expires_at").map_err(backend)?,
                            days_before: days(r.try_get("days_before").map_err(backend)?)?,
                            sent_at: r.try_get("sent_at").map_err(backend)?,
                            channel: r.try_get("channel").map_err(backend)?,
                            state,
                            last_error,
                        })
                    })
                    .collect()
            }
        }
    };
}

impl_expiry!(SqliteStore);
impl_expiry!(PgStore);
