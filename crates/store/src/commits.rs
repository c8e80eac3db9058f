//! [`Commits`]: operations that write a change with its audit events and queued notices in
//! one transaction, and the counters that are checked and taken atomically. Written once
//! and instantiated for both engines, like the rest of the store.
//!
//! SQLite transactions start deferred: a transaction that reads first and writes later can
//! fail at once with `SQLITE_BUSY` when another writer got in between. Every transaction
//! here therefore starts with a write, so it holds the write lock before it reads and
//! other writers wait their turn (the busy timeout). On PostgreSQL the first write takes
//! a row lock that serialises the same way (the audit chain's head, a limit subject's
//! row, a journey's row).

use async_trait::async_trait;
use latchkey_core::audit::{ChainRow, NewAuditEvent, chain_hash};
use latchkey_core::store::{
    AttemptTake, CodePurpose, CodeRecord, Commits, Effects, FlowRecord, NewDelivery,
    PasswordChange, StoreError, StoreResult,
};

use crate::queries::{intent_str, passed_str, questions_str};
use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_commits {
    ($ty:ty, $db:ty) => {
        impl $ty {
            /// Appends one audit event inside `tx`, linked to the chain's head. The head
            /// is taken with a write first, so concurrent writers queue instead of failing.
            pub(crate) async fn audit_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                e: &NewAuditEvent,
            ) -> StoreResult<()> {
                let head: String = sqlx::query_scalar(
                    "UPDATE audit_head SET hash = hash WHERE id = 1 RETURNING hash",
                )
                .fetch_one(&mut **tx)
                .await
                .map_err(backend)?;
                let mut row = ChainRow {
                    id: 0,
                    time: e.time,
                    activity: e.activity.to_owned(),
                    actor: e.actor.clone(),
                    target: e.target.clone(),
                    client_ip: e.client_ip.clone(),
                    result: e.result.as_str().to_owned(),
                    correlation_id: e.correlation_id.clone(),
                    details: e.details.to_string(),
                    prev_hash: head,
                    hash: String::new(),
                };
                row.hash = chain_hash(&row.prev_hash, &row);
                sqlx::query("UPDATE audit_head SET hash = $1 WHERE id = 1")
                    .bind(&row.hash)
                    .execute(&mut **tx)
                    .await
                    .map_err(backend)?;
                sqlx::query(
                    "INSERT INTO audit_events (time, activity, actor, target, client_ip, result, correlation_id, \
                     details, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                )
                .bind(row.time)
                .bind(&row.activity)
                .bind(&row.actor)
                .bind(&row.target)
                .bind(&row.client_ip)
                .bind(&row.result)
                .bind(&row.correlation_id)
                .bind(&row.details)
                .bind(&row.prev_hash)
                .bind(&row.hash)
                .execute(&mut **tx)
                .await
                .map_err(backend)?;
                Ok(())
            }

            /// Writes an operation's effects inside `tx`: its audit events (linked to the
            /// chain) and its queued notices.
            pub(crate) async fn effects_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                effects: &Effects,
            ) -> StoreResult<()> {
                for e in &effects.audit {
                    Self::audit_in(tx, e).await?;
                }
                for d in &effects.deliveries {
                    Self::delivery_in(tx, d).await?;
                }
                Ok(())
            }

            /// Queues one message inside `tx`; returns its row id.
            pub(crate) async fn delivery_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                d: &NewDelivery,
            ) -> StoreResult<i64> {
                let code = d.code.as_ref();
                sqlx::query_scalar(
                    "INSERT INTO deliveries (payload, created_at, next_at, what, target, channel, \
                     expires_at, refund_event, code_owner, code_purpose, code_mac) \
                     VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                )
                .bind(&d.payload)
                .bind(d.created_at)
                .bind(&d.what)
                .bind(&d.target)
                .bind(&d.channel)
                .bind(code.map_or(0, |c| c.expires_at))
                .bind(code.and_then(|c| c.refund_event))
                .bind(code.map(|c| c.owner.as_str()))
                .bind(code.map(|c| c.purpose.as_str()))
                .bind(code.map(|c| c.code_mac.as_str()))
                .fetch_one(&mut **tx)
                .await
                .map_err(backend)
            }

            /// Stores a code inside `tx` (replacing the owner's code of that purpose).
            async fn code_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                code: &CodeRecord,
            ) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO verification_codes (owner, purpose, destination, code_mac, expires_at, attempts) \
                     VALUES ($1, $2, $3, $4, $5, 0) ON CONFLICT (owner, purpose) DO UPDATE SET \
                     destination = excluded.destination, code_mac = excluded.code_mac, \
                     expires_at = excluded.expires_at, attempts = 0",
                )
                .bind(&code.owner)
                .bind(code.purpose.as_str())
                .bind(&code.destination)
                .bind(&code.code_mac)
                .bind(code.expires_at)
                .execute(&mut **tx)
                .await
                .map_err(backend)?;
                Ok(())
            }

            /// Bumps a user's credential generation; returns the new one.
            pub(crate) async fn bump_generation(
                tx: &mut sqlx::Transaction<'static, $db>,
                user: i64,
            ) -> StoreResult<i64> {
                sqlx::query_scalar(
                    "UPDATE users SET credential_gen = credential_gen + 1 WHERE id = $1 RETURNING credential_gen",
                )
                .bind(user)
                .fetch_optional(&mut **tx)
                .await
                .map_err(backend)?
                .ok_or(StoreError::NotFound)
            }

            /// Sets a password: the old hash into the history (24 kept), the new hash,
            /// every session ended, the credential generation bumped.
            pub(crate) async fn set_password_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                id: i64,
                hash: &str,
                must_change: bool,
                now: i64,
            ) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO password_history (user_id, hash, created_at) \
                     SELECT id, password_hash, $2 FROM users WHERE id = $1",
                )
                .bind(id)
                .bind(now)
                .execute(&mut **tx)
                .await
                .map_err(backend)?;
                sqlx::query(
                    "DELETE FROM password_history WHERE user_id = $1 AND id NOT IN \
                     (SELECT id FROM password_history WHERE user_id = $1 ORDER BY id DESC LIMIT 24)",
                )
                .bind(id)
                .execute(&mut **tx)
                .await
                .map_err(backend)?;
                // The directory's expiry (read by a sync) was for the password replaced
                // now: unknown until the next sync reads the new one.
                let r = sqlx::query(
                    "UPDATE users SET password_hash = $1, must_change_password = $2, password_changed_at = $3, \
                     updated_at = $3, credential_gen = credential_gen + 1, external_password_expires_at = NULL \
                     WHERE id = $4",
                )
                .bind(hash)
                .bind(must_change)
                .bind(now)
                .bind(id)
                .execute(&mut **tx)
                .await
                .map_err(backend)?;
                if r.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                // A new password (by the user, an administrator, or "this wasn't me" for
                // the last global administrator) ends the Temporary Access Passes too.
                Self::passes_end_in(tx, id, now).await?;
                sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(id)
                    .execute(&mut **tx)
                    .await
                    .map_err(backend)?;
                Ok(())
            }

            /// Writes a journey's state if its stored version is still `f.version`.
            pub(crate) async fn flow_cas_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                f: &FlowRecord,
            ) -> StoreResult<bool> {
                let r = sqlx::query(
                    "UPDATE reset_flows SET kind = $2, passed = $3, questions = $4, stage = $5, generation = $6, \
                     expires_at = $8, version = version + 1 WHERE id_hash = $1 AND version = $7",
                )
                .bind(&f.id_hash)
                .bind(intent_str(&f.journey))
                .bind(passed_str(&f.journey))
                .bind(questions_str(&f.questions))
                .bind(f.journey.stage.as_str())
                .bind(f.generation)
                .bind(f.version)
                .bind(f.expires_at)
                .execute(&mut **tx)
                .await
                .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            /// Ends the session `end` (by id hash) if any and starts `start` if any, inside
            /// `tx`; the end is a write even when there is nothing to end.
            pub(crate) async fn session_swap_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                end: Option<&str>,
                start: Option<&latchkey_core::store::SessionRecord>,
            ) -> StoreResult<()> {
                sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
                    .bind(end.unwrap_or(""))
                    .execute(&mut **tx)
                    .await
                    .map_err(backend)?;
                if let Some(s) = start {
                    sqlx::query(
                        "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at, access_pass_id) \
                         VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(&s.id_hash)
                    .bind(s.user_id)
                    .bind(s.created_at)
                    .bind(s.last_seen_at)
                    .bind(s.expires_at)
                    .bind(s.access_pass)
                    .execute(&mut **tx)
                    .await
                    .map_err(|e| crate::queries::map_err(e, "session"))?;
                }
                Ok(())
            }

            pub(crate) async fn clears_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                clear_lockout: Option<&str>,
                clear_subject: Option<&str>,
            ) -> StoreResult<()> {
                if let Some(key) = clear_lockout {
                    sqlx::query("DELETE FROM lockouts WHERE key = $1")
                        .bind(key)
                        .execute(&mut **tx)
                        .await
                        .map_err(backend)?;
                }
                if let Some(subject) = clear_subject {
                    sqlx::query("DELETE FROM sspr_events WHERE subject = $1")
                        .bind(subject)
                        .execute(&mut **tx)
                        .await
                        .map_err(backend)?;
                    sqlx::query("DELETE FROM sspr_blocks WHERE subject = $1")
                        .bind(subject)
                        .execute(&mut **tx)
                        .await
                        .map_err(backend)?;
                }
                Ok(())
            }
        }

        #[async_trait]
        impl Commits for $ty {
            async fn password_commit(&self, c: &PasswordChange, effects: &Effects) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // A write first, on the user's row: it is held from here on, and what the
                // caller expected of it is checked against what is committed.
                let row: Option<(String, i64)> = sqlx::query_as(
                    "UPDATE users SET credential_gen = credential_gen WHERE id = $1 RETURNING role, credential_gen",
                )
                .bind(c.user_id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(backend)?;
                let Some((role, generation)) = row else {
                    tx.rollback().await.map_err(backend)?;
                    return Err(StoreError::NotFound);
                };
                if c.expect_role.is_some_and(|r| r.as_str() != role)
                    || c.expect_generation.is_some_and(|g| g != generation)
                {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                }
                if let Some(f) = &c.flow
                    && !Self::flow_cas_in(&mut tx, f).await?
                {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                }
                Self::set_password_in(&mut tx, c.user_id, &c.hash, c.must_change, c.now).await?;
                Self::clears_in(&mut tx, c.clear_lockout.as_deref(), c.clear_subject.as_deref()).await?;
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }

            async fn flow_commit(
                &self,
                flow: &FlowRecord,
                clear_lockout: Option<&str>,
                clear_subject: Option<&str>,
                effects: &Effects,
            ) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                if !Self::flow_cas_in(&mut tx, flow).await? {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                }
                Self::clears_in(&mut tx, clear_lockout, clear_subject).await?;
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }

            async fn effects_commit(&self, effects: &Effects) -> StoreResult<()> {
                if effects.audit.is_empty() && effects.deliveries.is_empty() {
                    return Ok(());
                }
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)
            }

            async fn session_commit(
                &self,
                end: Option<&str>,
                start: Option<&latchkey_core::store::SessionRecord>,
                clear_lockout: Option<&str>,
                effects: &Effects,
            ) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // The first statement writes (SQLite takes its write lock before reading).
                Self::session_swap_in(&mut tx, end, start).await?;
                Self::clears_in(&mut tx, clear_lockout, None).await?;
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)
            }

            async fn flow_create_commit(&self, f: &FlowRecord, effects: &Effects) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
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
                .execute(&mut *tx)
                .await
                .map_err(|e| crate::queries::map_err(e, "flow"))?;
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)
            }

            async fn code_issue(
                &self,
                flow: &FlowRecord,
                code: &CodeRecord,
                message: &NewDelivery,
            ) -> StoreResult<Option<(FlowRecord, i64)>> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let mut next = flow.clone();
                if let Some(user) = flow.user_id {
                    next.generation = Self::bump_generation(&mut tx, user).await?;
                }
                if !Self::flow_cas_in(&mut tx, &next).await? {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(None);
                }
                Self::code_in(&mut tx, code).await?;
                let id = Self::delivery_in(&mut tx, message).await?;
                tx.commit().await.map_err(backend)?;
                next.version += 1;
                Ok(Some((next, id)))
            }

            async fn code_put_commit(
                &self,
                code: &CodeRecord,
                void: &[CodePurpose],
                message: &NewDelivery,
            ) -> StoreResult<i64> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // The first statement writes (SQLite takes its write lock before reading).
                Self::code_in(&mut tx, code).await?;
                for p in void.iter().filter(|p| **p != code.purpose) {
                    sqlx::query("DELETE FROM verification_codes WHERE owner = $1 AND purpose = $2")
                        .bind(&code.owner)
                        .bind(p.as_str())
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                }
                let id = Self::delivery_in(&mut tx, message).await?;
                tx.commit().await.map_err(backend)?;
                Ok(id)
            }

            async fn user_generation(&self, user: i64) -> StoreResult<i64> {
                sqlx::query_scalar("SELECT credential_gen FROM users WHERE id = $1")
                    .bind(user)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(backend)?
                    .ok_or(StoreError::NotFound)
            }

            async fn attempt_take(
                &self,
                subject: &str,
                kind: &str,
                since: i64,
                max: i64,
                at: i64,
            ) -> StoreResult<AttemptTake> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // The subject's row is the lock: every taker of this subject waits here.
                let until: i64 = sqlx::query_scalar(
                    "INSERT INTO sspr_blocks (subject, until) VALUES ($1, 0) \
                     ON CONFLICT (subject) DO UPDATE SET until = sspr_blocks.until RETURNING until",
                )
                .bind(subject)
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?;
                if until > at {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(AttemptTake::Refused);
                }
                let count: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM sspr_events WHERE subject = $1 AND kind = $2 AND at >= $3",
                )
                .bind(subject)
                .bind(kind)
                .bind(since)
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?;
                if count >= max {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(AttemptTake::Refused);
                }
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO sspr_events (subject, kind, at) VALUES ($1, $2, $3) RETURNING id",
                )
                .bind(subject)
                .bind(kind)
                .bind(at)
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?;
                tx.commit().await.map_err(backend)?;
                Ok(AttemptTake::Taken { id, count: count + 1 })
            }

            async fn sspr_block_start(&self, subject: &str, now: i64, until: i64) -> StoreResult<bool> {
                let r = sqlx::query(
                    "INSERT INTO sspr_blocks (subject, until) VALUES ($1, $3) ON CONFLICT (subject) \
                     DO UPDATE SET until = excluded.until WHERE sspr_blocks.until <= $2",
                )
                .bind(subject)
                .bind(now)
                .bind(until)
                .execute(&self.pool)
                .await
                .map_err(backend)?;
                Ok(r.rows_affected() == 1)
            }

            async fn attempt_refund(&self, id: i64) -> StoreResult<()> {
                sqlx::query("DELETE FROM sspr_events WHERE id = $1")
                    .bind(id)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(())
            }
        }
    };
}

impl_commits!(SqliteStore, sqlx::Sqlite);
impl_commits!(PgStore, sqlx::Postgres);
