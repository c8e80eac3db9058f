-- "Usage & insights" counts the audit log in the database (PostgreSQL): per UTC day,
-- activity and result from this index alone. Failure reasons are grouped with a hash table
-- and need no index of their own.
CREATE INDEX audit_events_report_days ON audit_events (activity, result, (time / 86400), time);
