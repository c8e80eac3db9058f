//! [`JourneyStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::journey::{Intent, Journey, Stage};
use latchkey_core::policy::Method;
use latchkey_core::store::{Commits, Effects, FlowRecord, JourneyStore, StoreError, StoreResult};
use sqlx::Row;

use super::{QUESTION_SEP, not_found};
use crate::{PgStore, SqliteStore, backend};

macro_rules! impl_journeys {
    ($ty:ty) => {
        #[async_trait]
        impl JourneyStore for $ty {
            async fn flow_create(&self, f: &FlowRecord) -> StoreResult<()> {
                // One INSERT for journeys, in `Commits::flow_create_commit`.
                self.flow_create_commit(f, &Effects::default()).await
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
        }
    };
}

impl_journeys!(SqliteStore);
impl_journeys!(PgStore);
