-- "Usage & insights" counts the audit log in the database (SQLite). SQLite's GROUP BY sorts
-- every row it reads unless an index gives them in group order; these two do, so a report
-- reads the index and holds a few groups, however many events it counts.
-- Per UTC day, activity and result:
CREATE INDEX audit_events_report_days ON audit_events (activity, result, (time / 86400), time);
-- Failures per activity and reason: the first of the details' "reason", "rejected" and
-- "method" that is a JSON string. The same expression as SQLITE_REASON in
-- crates/store/src/queries/audit.rs: change both together, or the index is not used.
CREATE INDEX audit_events_report_reasons ON audit_events (activity, (CASE WHEN NOT json_valid(details) THEN '' WHEN json_type(details, '$.reason') = 'text' THEN json_extract(details, '$.reason') WHEN json_type(details, '$.rejected') = 'text' THEN json_extract(details, '$.rejected') WHEN json_type(details, '$.method') = 'text' THEN json_extract(details, '$.method') ELSE '' END), time) WHERE result = 'failure';
