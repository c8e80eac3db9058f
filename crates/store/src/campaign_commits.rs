//! [`CampaignStore`] for both engines.
//!
//! A reminder is recorded by moving the user's `last_sent_at` forward with one statement
//! that compares and writes at once (`INSERT … ON CONFLICT DO UPDATE … WHERE last_sent_at
//! <= since`), in the transaction that queues its message. Of two runs at the same moment
//! the second waits for the first's row (PostgreSQL's row lock, SQLite's write lock),
//! re-checks the condition against what the first committed, and skips the user. Users
//! are taken in id order, so two runs never wait on each other's rows.

use async_trait::async_trait;
use latchkey_core::directory::{Email, Phone, Profile};
use latchkey_core::store::{
    CampaignReminder, CampaignStore, ContactPatch, CoverageSnapshot, Effects, IMPORT_ADMIN,
    RunEffects, StoreError, StoreResult, UnixSeconds,
};
use sqlx::Row;

use crate::{PgStore, SqliteStore, backend};

/// `user`'s profile with the contacts of `patch` put in.
fn patched(user: &latchkey_core::directory::User, patch: &ContactPatch) -> Profile {
    Profile {
        first_name: user.first_name.clone(),
        last_name: user.last_name.clone(),
        display_name: user.display_name.clone(),
        email: patch.email.clone().or_else(|| user.email.clone()),
        alternate_email: patch
            .alternate_email
            .clone()
            .or_else(|| user.alternate_email.clone()),
        mobile_phone: patch
            .mobile_phone
            .clone()
            .or_else(|| user.mobile_phone.clone()),
        office_phone: patch
            .office_phone
            .clone()
            .or_else(|| user.office_phone.clone()),
    }
}

fn same_contacts(user: &latchkey_core::directory::User, p: &Profile) -> bool {
    user.email.as_ref().map(Email::as_str) == p.email.as_ref().map(Email::as_str)
        && user.alternate_email.as_ref().map(Email::as_str)
            == p.alternate_email.as_ref().map(Email::as_str)
        && user.mobile_phone.as_ref().map(Phone::as_str)
            == p.mobile_phone.as_ref().map(Phone::as_str)
        && user.office_phone.as_ref().map(Phone::as_str)
            == p.office_phone.as_ref().map(Phone::as_str)
}

macro_rules! impl_campaigns {
    ($ty:ty) => {
        #[async_trait]
        impl CampaignStore for $ty {
            async fn campaign_remind_commit(
                &self,
                reminders: &[CampaignReminder],
                now: UnixSeconds,
                since: UnixSeconds,
                effects: &RunEffects<'_>,
            ) -> StoreResult<Vec<i64>> {
                let mut ordered: Vec<&CampaignReminder> = reminders.iter().collect();
                ordered.sort_by_key(|r| r.user_id);
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let mut sent = Vec::new();
                for r in ordered {
                    let moved = sqlx::query(
                        "INSERT INTO campaign_reminders (user_id, last_sent_at) \
                         SELECT id, CAST($2 AS BIGINT) FROM users WHERE id = $1 \
                         ON CONFLICT (user_id) DO UPDATE SET last_sent_at = excluded.last_sent_at, \
                         sent_count = campaign_reminders.sent_count + 1 \
                         WHERE campaign_reminders.last_sent_at <= $3",
                    )
                    .bind(r.user_id)
                    .bind(now)
                    .bind(since)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                    if moved.rows_affected() == 1 {
                        Self::delivery_in(&mut tx, &r.message).await?;
                        sent.push(r.user_id);
                    }
                }
                if sent.is_empty() {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(sent);
                }
                Self::effects_in(&mut tx, &effects(sent.len())).await?;
                tx.commit().await.map_err(backend)?;
                Ok(sent)
            }

            async fn campaign_reminded_since(
                &self,
                since: UnixSeconds,
            ) -> StoreResult<Vec<(i64, i64)>> {
                let rows = sqlx::query(
                    "SELECT user_id, last_sent_at FROM campaign_reminders WHERE last_sent_at > $1",
                )
                .bind(since)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter()
                    .map(|r| {
                        Ok((
                            r.try_get("user_id").map_err(backend)?,
                            r.try_get("last_sent_at").map_err(backend)?,
                        ))
                    })
                    .collect()
            }

            async fn coverage_snapshot_put(
                &self,
                s: &CoverageSnapshot,
                now: UnixSeconds,
            ) -> StoreResult<bool> {
                let r = sqlx::query(
                    "INSERT INTO coverage_snapshots (day, in_scope, registered, taken_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (day) DO NOTHING",
                )
                .bind(s.day)
                .bind(s.in_scope)
                .bind(s.registered)
                .bind(now)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn coverage_history(&self, from: i64) -> StoreResult<Vec<CoverageSnapshot>> {
                let rows = sqlx::query(
                    "SELECT day, in_scope, registered FROM coverage_snapshots \
                     WHERE day >= $1 ORDER BY day",
                )
                .bind(from)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter()
                    .map(|r| {
                        Ok(CoverageSnapshot {
                            day: r.try_get("day").map_err(backend)?,
                            in_scope: r.try_get("in_scope").map_err(backend)?,
                            registered: r.try_get("registered").map_err(backend)?,
                        })
                    })
                    .collect()
            }

            async fn contacts_import_commit(
                &self,
                patches: &[ContactPatch],
                now: UnixSeconds,
                effects: &Effects,
            ) -> StoreResult<u64> {
                let mut ordered: Vec<&ContactPatch> = patches.iter().collect();
                ordered.sort_by_key(|p| p.user_id);
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let mut changed = 0;
                for patch in ordered {
                    let user = Self::user_hold_in(&mut tx, patch.user_id).await?;
                    // Checked again under the row's lock: an account that became an
                    // administrator since the file was checked is never changed in bulk.
                    if user.role.is_admin() {
                        tx.rollback().await.map_err(backend)?;
                        return Err(StoreError::Refused(IMPORT_ADMIN));
                    }
                    let profile = patched(&user, patch);
                    if same_contacts(&user, &profile) {
                        continue;
                    }
                    Self::user_profile_in(&mut tx, user.id, &profile, now).await?;
                    changed += 1;
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(changed)
            }
        }
    };
}

impl_campaigns!(SqliteStore);
impl_campaigns!(PgStore);
