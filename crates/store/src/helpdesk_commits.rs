//! [`HelpdeskStore`] for both engines: helpdesk caller verifications, each change one
//! transaction that starts with a write (see [`crate::commits`]).

use async_trait::async_trait;
use latchkey_core::helpdesk::{Approval, ManagerApproval, PENDING_SECS, Verification};
use latchkey_core::journey::Channel;
use latchkey_core::store::{Effects, HelpdeskStore, StoreError, StoreResult};
use sqlx::Row;

use crate::queries::map_err;
use crate::{PgStore, SqliteStore, backend};

const SELECT: &str = "SELECT id, agent_id, user_id, required, passed, challenge, verified_until, \
     approval, approver_id, manager_id, manager_asked_at, manager_number, manager_answer, \
     manager_answered_at, closed, created_at, updated_at, version FROM helpdesk_verifications";

/// The stored columns of [`Verification::manager`]: the manager, when asked, the number
/// read to the caller, the answer and when.
type ManagerColumns = (
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<&'static str>,
    Option<i64>,
);

fn manager_columns(m: ManagerApproval) -> ManagerColumns {
    let number = match m {
        ManagerApproval::Asked { number, .. } => Some(number),
        _ => None,
    };
    let answer = m.answered_at().map(|_| m.as_str());
    (
        m.manager_id(),
        m.asked_at(),
        number,
        answer,
        m.answered_at(),
    )
}

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
    let manager_id: Option<i64> = row.try_get("manager_id").map_err(backend)?;
    let asked_at: Option<i64> = row.try_get("manager_asked_at").map_err(backend)?;
    let number: Option<i64> = row.try_get("manager_number").map_err(backend)?;
    let answer: Option<String> = row.try_get("manager_answer").map_err(backend)?;
    let answered_at: Option<i64> = row.try_get("manager_answered_at").map_err(backend)?;
    let manager = match (manager_id, asked_at, answer.as_deref(), answered_at) {
        (None, ..) => ManagerApproval::NotAsked,
        (Some(manager_id), Some(at), None, _) => ManagerApproval::Asked {
            manager_id,
            at,
            // No number stored can't be answered: never a default anyone could type.
            number: number.ok_or_else(|| {
                StoreError::Backend("stored helpdesk manager ask without its number".into())
            })?,
        },
        (Some(manager_id), Some(asked_at), Some(a), Some(at)) => {
            ManagerApproval::answered(a, manager_id, asked_at, at).ok_or_else(|| {
                StoreError::Backend(format!("stored helpdesk manager answer {a:?}"))
            })?
        }
        (_, _, a, _) => {
            return Err(StoreError::Backend(format!(
                "stored helpdesk manager answer {a:?}"
            )));
        }
    };
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
        manager,
        closed: row.try_get("closed").map_err(backend)?,
        created_at: row.try_get("created_at").map_err(backend)?,
        updated_at: row.try_get("updated_at").map_err(backend)?,
        version: row.try_get("version").map_err(backend)?,
    })
}

macro_rules! impl_helpdesk {
    ($ty:ty, $db:ty) => {
        impl $ty {
            /// One transaction: `v` over the stored row if its version still matches
            /// (else Ok(false), nothing written), the `pause` (subject, until) if any —
            /// kept when the subject is paused longer already — and `effects`.
            async fn helpdesk_write(
                &self,
                v: &Verification,
                pause: Option<(&str, i64)>,
                effects: &Effects,
            ) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                if !Self::helpdesk_update_in(&mut tx, v).await? {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                }
                if let Some((subject, until)) = pause {
                    sqlx::query(
                        "INSERT INTO sspr_blocks (subject, until) VALUES ($1, $2) \
                         ON CONFLICT (subject) DO UPDATE SET until = excluded.until \
                         WHERE sspr_blocks.until < excluded.until",
                    )
                    .bind(subject)
                    .bind(until)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }

            /// Writes `v` over the stored row inside `tx` if the stored version is still
            /// `v.version` (the version is bumped); whether it was.
            async fn helpdesk_update_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                v: &Verification,
            ) -> StoreResult<bool> {
                let (manager_id, asked_at, number, answer, answered_at) =
                    manager_columns(v.manager);
                let n = sqlx::query(
                    "UPDATE helpdesk_verifications SET passed = $1, challenge = $2, \
                     verified_until = $3, approval = $4, approver_id = $5, closed = $6, \
                     updated_at = $7, manager_id = $10, manager_asked_at = $11, \
                     manager_number = $12, manager_answer = $13, manager_answered_at = $14, \
                     version = version + 1 WHERE id = $8 AND version = $9",
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
                .bind(manager_id)
                .bind(asked_at)
                .bind(number)
                .bind(answer)
                .bind(answered_at)
                .execute(&mut **tx)
                .await
                .map_err(backend)?
                .rows_affected();
                Ok(n == 1)
            }
        }

        #[async_trait]
        impl HelpdeskStore for $ty {
            async fn helpdesk_create_commit(
                &self,
                v: &Verification,
                effects: &Effects,
            ) -> StoreResult<i64> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let (manager_id, asked_at, number, answer, answered_at) =
                    manager_columns(v.manager);
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO helpdesk_verifications (agent_id, user_id, required, passed, \
                     challenge, verified_until, approval, approver_id, closed, created_at, \
                     updated_at, manager_id, manager_asked_at, manager_number, manager_answer, \
                     manager_answered_at, version) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, \
                     $16, 0) RETURNING id",
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
                .bind(manager_id)
                .bind(asked_at)
                .bind(number)
                .bind(answer)
                .bind(answered_at)
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
                self.helpdesk_write(v, None, effects).await
            }

            async fn helpdesk_update_paused_commit(
                &self,
                v: &Verification,
                subject: &str,
                until: i64,
                effects: &Effects,
            ) -> StoreResult<bool> {
                self.helpdesk_write(v, Some((subject, until)), effects).await
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

            async fn helpdesk_awaiting_manager(
                &self,
                manager: i64,
                now: i64,
                limit: i64,
            ) -> StoreResult<Vec<Verification>> {
                let rows = sqlx::query(&format!(
                    "{SELECT} WHERE manager_id = $1 AND manager_asked_at IS NOT NULL \
                     AND manager_answer IS NULL \
                     AND (created_at > $2 OR manager_asked_at > $2 OR verified_until > $3) \
                     ORDER BY id LIMIT $4"
                ))
                .bind(manager)
                .bind(now - PENDING_SECS)
                .bind(now)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                rows.iter().map(from_row).collect()
            }
        }
    };
}

impl_helpdesk!(SqliteStore, sqlx::Sqlite);
impl_helpdesk!(PgStore, sqlx::Postgres);
