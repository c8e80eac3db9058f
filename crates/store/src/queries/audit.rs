//! [`AuditStore`] for both engines.

use async_trait::async_trait;
use latchkey_core::audit::{ANCHOR_SETTING, Anchor, AuditEvent, ChainRow, NewAuditEvent, Outcome};
use latchkey_core::store::{
    AuditDayCount, AuditFilter, AuditReasonCount, AuditReport, AuditStore, Page, StoreError,
    StoreResult,
};
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

// `audit_report` groups in the database; on SQLite, whose GROUP BY sorts every row it
// reads unless an index delivers them in group order, both of its queries read the indexes
// of migration 0008 in their order, so memory stays flat however many events match
// (`tests::sqlite_reports_read_in_index_order` holds them to it).
//
// A failed event's reason: the first of the details' `reason`, `rejected` and `method` that
// is a JSON string, else '' (details that are not a JSON object have none), as
// `serde_json::Value::get(..).and_then(as_str)` reads them. `details` is TEXT on both
// engines, so each extracts from it its own way.

// SQLite: `json_valid` first, since the JSON functions raise an error on text that is not
// JSON; `json_type` is `'text'` for a JSON string only. The partial index
// `audit_events_report_reasons` is on this very expression: change both together.
const SQLITE_REASON: &str = "CASE WHEN NOT json_valid(details) THEN '' \
     WHEN json_type(details, '$.reason') = 'text' THEN json_extract(details, '$.reason') \
     WHEN json_type(details, '$.rejected') = 'text' THEN json_extract(details, '$.rejected') \
     WHEN json_type(details, '$.method') = 'text' THEN json_extract(details, '$.method') \
     ELSE '' END";

// SQLite: the failed events of `$1 <= time < $2`, counted per activity and reason.
fn sqlite_reasons() -> String {
    format!(
        "SELECT activity, {SQLITE_REASON} AS reason, COUNT(*) AS n \
         FROM audit_events INDEXED BY audit_events_report_reasons \
         WHERE result = 'failure' AND time >= $1 AND time < $2 GROUP BY 1, 2"
    )
}

// PostgreSQL: `details::jsonb`, parsed once per row (`OFFSET 0` keeps the lateral
// subquery from being folded into every use), and only for text that holds an object.
// `jsonb` can't hold U+0000, so its escape becomes U+FFFD first: a NUL in any string of
// the details (say, an error text) would otherwise fail the whole report. PostgreSQL
// aggregates with a hash table of the groups, so it needs no index in group order.
fn pg_reasons() -> String {
    "SELECT e.activity AS activity, \
       CASE WHEN jsonb_typeof(j.d -> 'reason') = 'string' THEN j.d ->> 'reason' \
       WHEN jsonb_typeof(j.d -> 'rejected') = 'string' THEN j.d ->> 'rejected' \
       WHEN jsonb_typeof(j.d -> 'method') = 'string' THEN j.d ->> 'method' \
       ELSE '' END AS reason, COUNT(*) AS n \
     FROM audit_events e CROSS JOIN LATERAL (SELECT CASE \
       WHEN left(ltrim(e.details, E' \\t\\n\\r'), 1) = '{' \
       THEN replace(e.details, E'\\\\u0000', E'\\\\ufffd')::jsonb END AS d OFFSET 0) j \
     WHERE e.result = 'failure' AND e.time >= $1 AND e.time < $2 GROUP BY 1, 2"
        .to_owned()
}

// Events of the `activities` (`$7`…) per UTC day, activity and result, in
// `$1 <= time < $2`; `$3` and `$4` repeat that range in days, `$5` and `$6` are the two
// results, so an index on (activity, result, day, time) serves it in group order.
fn days_sql(index: &str, activities: usize) -> String {
    let list = (0..activities)
        .map(|i| format!("${}", i + 7))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "SELECT activity, result, time / 86400 AS day, COUNT(*) AS n FROM audit_events {index} \
         WHERE activity IN ({list}) AND result IN ($5, $6) \
         AND time / 86400 >= $3 AND time / 86400 <= $4 AND time >= $1 AND time < $2 \
         GROUP BY activity, result, time / 86400"
    )
}

// The `$3` most common of the `grouped` reasons, ordered by count and then by the label the
// page shows, compared byte by byte as Rust compares strings.
fn top_sql(grouped: &str, byte_order: &str) -> String {
    format!(
        "SELECT activity, reason, n FROM ({grouped}) g ORDER BY n DESC, \
         (CASE WHEN reason = '' THEN activity ELSE activity || ': ' || reason END) {byte_order} \
         LIMIT $3"
    )
}

/// PostgreSQL advisory lock key: audit retention (the removal and the anchor's move).
const RETENTION_TURN: i64 = 7_310_420_818;

macro_rules! impl_audit {
    ($ty:ty, $days_index:literal, $reasons:expr, $byte_order:literal) => {
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

            async fn audit_report(
                &self,
                since: i64,
                until: i64,
                activities: &[&str],
                top: u32,
            ) -> StoreResult<AuditReport> {
                let mut report = AuditReport::default();
                if !activities.is_empty() {
                    let sql = days_sql($days_index, activities.len());
                    let mut q = sqlx::query(&sql)
                        .bind(since)
                        .bind(until)
                        .bind(since / 86_400)
                        .bind(until.saturating_sub(1) / 86_400)
                        .bind(Outcome::Success.as_str())
                        .bind(Outcome::Failure.as_str());
                    for a in activities {
                        q = q.bind(*a);
                    }
                    for row in q.fetch_all(&self.pool).await.map_err(backend)? {
                        let n: i64 = row.try_get("n").map_err(backend)?;
                        report.per_day.push(AuditDayCount {
                            day: row.try_get("day").map_err(backend)?,
                            activity: row.try_get("activity").map_err(backend)?,
                            result: stored(
                                "audit result",
                                row.try_get("result").map_err(backend)?,
                                Outcome::parse,
                            )?,
                            count: u64::try_from(n).unwrap_or(0),
                        });
                    }
                }
                if top > 0 {
                    let sql = top_sql(&$reasons, $byte_order);
                    let rows = sqlx::query(&sql)
                        .bind(since)
                        .bind(until)
                        .bind(i64::from(top))
                        .fetch_all(&self.pool)
                        .await
                        .map_err(backend)?;
                    for row in rows {
                        let n: i64 = row.try_get("n").map_err(backend)?;
                        report.failures.push(AuditReasonCount {
                            activity: row.try_get("activity").map_err(backend)?,
                            reason: row.try_get("reason").map_err(backend)?,
                            count: u64::try_from(n).unwrap_or(0),
                        });
                    }
                }
                Ok(report)
            }

            async fn audit_delete_before(&self, before: i64) -> StoreResult<u64> {
                let r = sqlx::query("DELETE FROM audit_events WHERE time < $1")
                    .bind(before)
                    .execute(&self.pool)
                    .await
                    .map_err(backend)?;
                Ok(r.rows_affected())
            }

            async fn audit_retain(&self, before: i64, event: &NewAuditEvent) -> StoreResult<u64> {
                let mut tx = self.pool.begin().await.map_err(backend)?;
                Self::take_turn_in(&mut tx, RETENTION_TURN).await?;
                // A write first: on SQLite the transaction then holds the write lock
                // before it reads anything (no snapshot another writer could outdate).
                sqlx::query("UPDATE audit_head SET hash = hash WHERE id = 1")
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                // The chain runs in id order, and an event's time is taken before it waits
                // for its turn (instances' clocks differ a little too), so a later id may
                // carry an earlier time: remove by id, every event before the first one at
                // or after the cut-off, never leaving a hole inside the chain.
                let last = sqlx::query(
                    "SELECT id, hash FROM audit_events WHERE id < COALESCE( \
                       (SELECT MIN(id) FROM audit_events WHERE time >= $1), \
                       (SELECT MAX(id) + 1 FROM audit_events)) \
                     ORDER BY id DESC LIMIT 1",
                )
                .bind(before)
                .fetch_optional(&mut *tx)
                .await
                .map_err(backend)?;
                let Some(last) = last else {
                    tx.rollback().await.map_err(backend)?;
                    return Ok(0);
                };
                let anchor = Anchor {
                    before_id: last.try_get("id").map_err(backend)?,
                    hash: last.try_get("hash").map_err(backend)?,
                };
                let removed = sqlx::query("DELETE FROM audit_events WHERE id <= $1")
                    .bind(anchor.before_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?
                    .rows_affected();
                // The anchor is the last event removed: the first one kept (or, when none
                // is, the next one written) follows its hash.
                let json =
                    serde_json::to_string(&anchor).map_err(|e| StoreError::Backend(e.to_string()))?;
                sqlx::query(
                    "INSERT INTO settings (name, value) VALUES ($1, $2) \
                     ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                )
                .bind(ANCHOR_SETTING)
                .bind(json)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
                let mut e = event.clone();
                if let Some(d) = e.details.as_object_mut() {
                    d.insert("removed".into(), removed.into());
                }
                Self::audit_in(&mut tx, &e).await?;
                tx.commit().await.map_err(backend)?;
                Ok(removed)
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

impl_audit!(
    SqliteStore,
    "INDEXED BY audit_events_report_days",
    sqlite_reasons(),
    "COLLATE BINARY"
);
impl_audit!(PgStore, "", pg_reasons(), "COLLATE \"C\"");

#[cfg(test)]
mod tests {
    use super::*;
    use latchkey_core::store::Store;

    /// SQLite reads both report queries from the indexes of migration 0008 in group order:
    /// no temporary B-tree holding every event (only the few groups get ordered), so memory
    /// does not grow with the log. Fails when a query and its index drift apart.
    #[tokio::test]
    async fn sqlite_reports_read_in_index_order() -> Result<(), Box<dyn std::error::Error>> {
        let dir = std::env::temp_dir().join(format!("lk-report-plan-{}", std::process::id()));
        let store =
            SqliteStore::open(&format!("sqlite://{}/latchkey.db", dir.display()), 1).await?;
        store.migrate().await?;
        let plan = |sql: String, binds: usize| {
            let store = store.clone();
            async move {
                let sql = format!("EXPLAIN QUERY PLAN {sql}");
                let mut q = sqlx::query(&sql);
                for _ in 0..binds {
                    q = q.bind(0i64);
                }
                let rows = q.fetch_all(store.pool()).await?;
                let lines = rows
                    .iter()
                    .map(|r| r.try_get::<String, _>("detail"))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok::<_, sqlx::Error>(lines.join("\n"))
            }
        };
        let days = plan(days_sql("INDEXED BY audit_events_report_days", 5), 11).await?;
        assert!(
            days.contains("COVERING INDEX audit_events_report_days"),
            "{days}"
        );
        assert!(!days.contains("TEMP B-TREE"), "{days}");
        let reasons = plan(top_sql(&sqlite_reasons(), "COLLATE BINARY"), 3).await?;
        assert!(
            reasons.contains("USING INDEX audit_events_report_reasons"),
            "{reasons}"
        );
        assert!(!reasons.contains("TEMP B-TREE FOR GROUP BY"), "{reasons}");
        assert_eq!(
            reasons.matches("TEMP B-TREE").count(),
            1,
            "the groups only: {reasons}"
        );
        store.pool().close().await;
        let _ = std::fs::remove_dir_all(dir);
        Ok(())
    }
}
