//! [`AuditStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::audit::{AuditEvent, ChainRow, NewAuditEvent, Outcome};
use latchkey_core::store::{AuditFilter, AuditStore, Page, StoreResult};
use sqlx::Row;

use super::stored;
use crate::{PgStore, SqliteStore, backend};

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
        result: stored(
            "audit result",
            row.try_get("result").map_err(backend)?,
            Outcome::parse,
        )?,
        correlation_id: row.try_get("correlation_id").map_err(backend)?,
        details: serde_json::from_str(&details).unwrap_or(serde_json::Value::String(details)),
    })
}

macro_rules! impl_audit {
    ($ty:ty) => {
        #[async_trait]
        impl AuditStore for $ty {
            async fn audit_append(&self, e: &NewAuditEvent) -> StoreResult<()> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::audit_in(&mut tx, e).await?;
                tx.commit().await.map_err(backend)
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
                let r = f.result.map(Outcome::as_str).unwrap_or_default();
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
        }
    };
}

impl_audit!(SqliteStore);
impl_audit!(PgStore);
