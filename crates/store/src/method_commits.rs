//! [`MethodCommits`]: registration changes written with their audit events and queued
//! notices in one transaction, on both engines (as [`crate::commits`] does for
//! `Commits`).
//!
//! Every transaction starts with a write, bumping the user's credential generation (or,
//! for a confirmation, setting when they confirmed): it holds the user's row from the
//! start, so two changes to one user's registration run one after the other, and on
//! SQLite the transaction holds the write lock before it reads anything.

use async_trait::async_trait;
use latchkey_core::store::{
    Effects, METHOD_LIMIT, MethodChange, MethodCommit, MethodCommits, StoreError, StoreResult,
};

use crate::queries::map_err;
use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_method_commits {
    ($ty:ty, $db:ty) => {
        impl $ty {
            /// Applies `change` inside `tx`; false when the method to remove is gone.
            async fn method_change_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                user: i64,
                change: &MethodChange,
            ) -> StoreResult<bool> {
                match change {
                    MethodChange::Add(m) => {
                        // One email, one mobile, one office phone; several apps, devices
                        // with the app, passkeys, up to their limit: counted here, with the
                        // user's row held, so parallel additions can't beat it.
                        if let Some(max) = latchkey_core::registration::max_of(m.kind) {
                            let have: i64 = sqlx::query_scalar(
                                "SELECT COUNT(*) FROM auth_methods WHERE user_id = $1 AND kind = $2",
                            )
                            .bind(user)
                            .bind(m.kind.as_str())
                            .fetch_one(&mut **tx)
                            .await
                            .map_err(backend)?;
                            if usize::try_from(have).unwrap_or(usize::MAX) >= max {
                                return Err(StoreError::Refused(METHOD_LIMIT));
                            }
                        } else {
                            sqlx::query("DELETE FROM auth_methods WHERE user_id = $1 AND kind = $2")
                                .bind(user)
                                .bind(m.kind.as_str())
                                .execute(&mut **tx)
                                .await
                                .map_err(backend)?;
                        }
                        sqlx::query(
                            "INSERT INTO auth_methods (user_id, kind, value, secret, last_used_step, created_at) \
                             VALUES ($1, $2, $3, $4, $5, $6)",
                        )
                        .bind(user)
                        .bind(m.kind.as_str())
                        .bind(&m.value)
                        .bind(&m.secret)
                        .bind(m.last_used_step)
                        .bind(m.created_at)
                        .execute(&mut **tx)
                        .await
                        .map_err(|e| map_err(e, "method"))?;
                        Ok(true)
                    }
                    MethodChange::RemoveAll => {
                        for sql in [
                            "DELETE FROM auth_methods WHERE user_id = $1",
                            "DELETE FROM security_answers WHERE user_id = $1",
                            "UPDATE users SET methods_confirmed_at = NULL WHERE id = $1",
                        ] {
                            sqlx::query(sql)
                                .bind(user)
                                .execute(&mut **tx)
                                .await
                                .map_err(backend)?;
                        }
                        Ok(true)
                    }
                    MethodChange::Remove { id } => {
                        let r = sqlx::query("DELETE FROM auth_methods WHERE user_id = $1 AND id = $2")
                            .bind(user)
                            .bind(id)
                            .execute(&mut **tx)
                            .await
                            .map_err(backend)?;
                        Ok(r.rows_affected() == 1)
                    }
                    MethodChange::SetAnswers(answers) => {
                        sqlx::query("DELETE FROM security_answers WHERE user_id = $1")
                            .bind(user)
                            .execute(&mut **tx)
                            .await
                            .map_err(backend)?;
                        for (q, h) in answers {
                            sqlx::query(
                                "INSERT INTO security_answers (user_id, question, answer_hash) VALUES ($1, $2, $3)",
                            )
                            .bind(user)
                            .bind(q)
                            .bind(h)
                            .execute(&mut **tx)
                            .await
                            .map_err(|e| map_err(e, "question"))?;
                        }
                        Ok(true)
                    }
                }
            }
        }

        #[async_trait]
        impl MethodCommits for $ty {
            async fn method_commit(&self, c: &MethodCommit, effects: &Effects) -> StoreResult<bool> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                // The first statement writes: the user's row is held from here on.
                Self::bump_generation(&mut tx, c.user_id).await?;
                if let Some(code) = &c.consumes {
                    let r = sqlx::query(
                        "DELETE FROM verification_codes WHERE owner = $1 AND purpose = $2 AND destination = $3",
                    )
                    .bind(&code.owner)
                    .bind(code.purpose.as_str())
                    .bind(&code.destination)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                    if r.rows_affected() != 1 {
                        tx.rollback().await.map_err(backend)?;
                        return Ok(false);
                    }
                }
                if !Self::method_change_in(&mut tx, c.user_id, &c.change).await? {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(false);
                }
                if let Some((at, until)) = c.revoke_access_passes {
                    sqlx::query(
                        "UPDATE access_passes SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
                    )
                    .bind(at)
                    .bind(c.user_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                    sqlx::query(
                        "UPDATE sessions SET expires_at = CASE WHEN expires_at > $1 THEN $1 ELSE expires_at END \
                         WHERE access_pass_id IN (SELECT id FROM access_passes WHERE user_id = $2)",
                    )
                    .bind(until)
                    .bind(c.user_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                }
                Self::effects_in(&mut tx, effects).await?;
                if let Some(at) = c.confirm_at {
                    let before: Option<i64> =
                        sqlx::query_scalar("SELECT methods_confirmed_at FROM users WHERE id = $1")
                            .bind(c.user_id)
                            .fetch_one(&mut *tx)
                            .await
                            .map_err(backend)?;
                    sqlx::query("UPDATE users SET methods_confirmed_at = $1 WHERE id = $2")
                        .bind(at)
                        .bind(c.user_id)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                    if before.is_none() {
                        for e in &c.first_confirmation {
                            Self::audit_in(&mut tx, e).await?;
                        }
                    }
                }
                tx.commit().await.map_err(backend)?;
                Ok(true)
            }

            async fn confirm_commit(&self, user: i64, at: i64, effects: &Effects) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                let r = sqlx::query("UPDATE users SET methods_confirmed_at = $1 WHERE id = $2")
                    .bind(at)
                    .bind(user)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                if r.rows_affected() == 0 {
                    tx.rollback().await.map_err(backend)?;
                    return Err(StoreError::NotFound);
                }
                Self::effects_in(&mut tx, effects).await?;
                tx.commit().await.map_err(backend)
            }
        }
    };
}

impl_method_commits!(SqliteStore, sqlx::Sqlite);
impl_method_commits!(PgStore, sqlx::Postgres);
