-- Tamper-evident audit log: each event carries the hash of the one before it (SQLite).
ALTER TABLE audit_events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_events ADD COLUMN hash TEXT NOT NULL DEFAULT '';
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY,
    hash TEXT    NOT NULL
);
INSERT INTO audit_head (id, hash) VALUES (1, '');
