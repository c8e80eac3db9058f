//! [`HelpdeskStore`] for both engines: helpdesk caller verifications, each change one
//! transaction that starts with a write (see [`crate::commits`]).

use async_trait::async_trait;
use latchkey_core::helpdesk::{Approval, Verification};
use latchkey_core::journey::Channel;
use latchkey_core::store::{Effects, HelpdeskStore, StoreError, StoreResult};
use sqlx::Row;

use crate::queries::map_err;
use crate::{PgStore, SqliteStore, backend};

const SELECT: &str = "SELECT id, agent_id, user_id, required, passed, challenge, verified_until, \
     approval, approver_id, closed, created_at, updated_at, version FROM helpdesk_verifications";

fn from_row<R: Row>(row: &R) -> StoreResult<Verification>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> i32: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> bool: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> Option<i64>: sqlx::Decode<'a, R::Database>,
    for<'a> Option<String>: sqlx::Decode<'a, R::Database>,
{
    let approval: String = row.try_get("approval").map_err(backend)?;
    let challenge: Option<String> = row.try_get("challenge").map_err(backend)?;
    let required: i32 = row.try_get("required").map_err(backend)?;
    let passed: String = row.try_get("passed").map_err(backend)?;
    Ok(Verification {
        id: row.try_get("id").map_err(backend)?,
        agent_id: row.try_get("agent_id").map_err(backend)?,
        user_id: row.try_get("user_id").map_err(backend)?,
        required: u8::try_from(required).unwrap_or(2),
        passed: Verification::parse_passed(&passed),
        challenge: match challenge {
            None => None,
            Some(c) => {
                Some(Channel::parse(&c).ok_or_else(|| {
                    StoreError::Backend(format!("stored helpdesk challenge {c:?}"))
                })?)
            }
        },
        verified_until: row.try_get("verified_until").map_err(backend)?,
        approval: Approval::parse(&approval)
            .ok_or_else(|| StoreError::Backend(format!("stored helpdesk approval {approval:?}")))?,
        approver_id: row.try_get("approver_id").map_err(backend)?,
        closed: row.try_get("closed").map_err(backend)?,
        created_at: row.try_get("created_at").map_err(backend)?,
        updated_at: row.try_get("updated_at").map_err(backend)?,
        version: row.try_get("version").map_err(backend)?,
    })
}

macro_rules! impl_helpdesk {
    ($ty:ty) => {
        #[async_trait]
        impl HelpdeskStore for $ty {
            async fn helpdesk_create_commit(
                &self,
                v: &Verification,
                effects: &Effects,
            ) -> StoreResult<i64> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO helpdesk_verifications (agent_id, user_id, required, passed, \
                     challenge, verified_until, approval, approver_id, closed, created_at, \
                     updated_at, version) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0) RETURNING id",
                )
                .bind(v.agent_id)
                .bind(v.user_id)
                .bind(i32::from(v.required))
                .bind(v.passed_str())
                .bind(v.challenge.map(|c| c.as_str()))
                .bind(v.verified_until)
                .bind(v.approval.as_str())
                .bind(v.approver_id)
                .bind(v.closed)
                .bind(v.created_at)
                .bind(v.updated_at)
                .fetch_one(&mut *tx)
                .await
                // A foreign key: the agent or the caller was deleted meanwhile (NotFound).
                .map_err(|e| map_err(e, "helpdesk"))?;
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(id)
            }

            async fn helpdesk_update_commit(
                &self,
                v: &Verification,
                effects: &Effects,
            ) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let n = sqlx::query(
                    "UPDATE helpdesk_verifications SET passed = $1, challenge = $2, \
                     verified_until = $3, approval = $4, approver_id = $5, closed = $6, \
                     updated_at = $7, version = version + 1 WHERE id = $8 AND version = $9",
                )
                .bind(v.passed_str())
                .bind(v.challenge.map(|c| c.as_str()))
                .bind(v.verified_until)
                .bind(v.approval.as_str())
                .bind(v.approver_id)
                .bind(v.closed)
                .bind(v.updated_at)
                .bind(v.id)
                .bind(v.version)
                .execute(&mut *tx)
                .await
                .map_err(backend)?
                .rows_affected();
                if n == 0 {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }

            async fn helpdesk_close_commit(
                &self,
                id: i64,
                now: i64,
                effects: &Effects,
            ) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let n = sqlx::query(
                    "UPDATE helpdesk_verifications SET closed = $1, challenge = NULL, \
                     updated_at = $2, version = version + 1 WHERE id = $3 AND closed = $4",
                )
                .bind(true)
                .bind(now)
                .bind(id)
                .bind(false)
                .execute(&mut *tx)
                .await
                .map_err(backend)?
                .rows_affected();
                if n == 0 {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }

            async fn helpdesk_get(&self, id: i64) -> StoreResult<Option<Verification>> {
                let row = sqlx::query(&format!("{SELECT} WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(backend)?;
                row.as_ref().map(from_row).transpose()
            }

            async fn helpdesk_latest(
                &self,
                agent: i64,
                user: i64,
            ) -> StoreResult<Option<Verification>> {
                let row = sqlx::query(&format!(
                    "{SELECT} WHERE agent_id = $1 AND user_id = $2 ORDER BY id DESC LIMIT 1"
                ))
                .bind(agent)
                .bind(user)
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?;
                row.as_ref().map(from_row).transpose()
            }

            async fn helpdesk_awaiting_approval(
                &self,
                now: i64,
                limit: i64,
            ) -> StoreResult<Vec<Verification>> {
                let rows = sqlx::query(&format!(
                    "{SELECT} WHERE approval = 'requested' AND verified_until > $1 \
                     AND closed = $2 ORDER BY id LIMIT $3"
                ))
                .bind(now)
                .bind(false)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter().map(from_row).collect()
            }

            async fn helpdesk_of_agent(
                &self,
                agent: i64,
                since: i64,
                limit: i64,
            ) -> StoreResult<Vec<Verification>> {
                let rows = sqlx::query(&format!(
                    "{SELECT} WHERE agent_id = $1 AND created_at >= $2 ORDER BY id DESC LIMIT $3"
                ))
                .bind(agent)
                .bind(since)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter().map(from_row).collect()
            }
        }
    };
}

impl_helpdesk!(SqliteStore);
impl_helpdesk!(PgStore);
