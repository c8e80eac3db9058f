-- The delivery queue keeps what it could not deliver: a message given up stays as
-- 'failed' (the dead-letter list administrators see) until it is sent again or
-- dismissed. Codes are queued too: a code's row says which code to delete and which
-- counted attempt to give back when it can't be sent, and by when it must be sent.
ALTER TABLE deliveries ADD COLUMN state TEXT NOT NULL DEFAULT 'queued';
ALTER TABLE deliveries ADD COLUMN what TEXT NOT NULL DEFAULT '';
ALTER TABLE deliveries ADD COLUMN target TEXT NOT NULL DEFAULT '';
ALTER TABLE deliveries ADD COLUMN channel TEXT NOT NULL DEFAULT '';
ALTER TABLE deliveries ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deliveries ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
ALTER TABLE deliveries ADD COLUMN finished_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deliveries ADD COLUMN refund_event INTEGER;
ALTER TABLE deliveries ADD COLUMN code_owner TEXT;
ALTER TABLE deliveries ADD COLUMN code_purpose TEXT;
ALTER TABLE deliveries ADD COLUMN code_mac TEXT;
CREATE INDEX deliveries_state ON deliveries (state, finished_at);

-- One row the readiness check writes: a write that fails says the disk is full or the
-- database is read-only, which a read can't.
CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL
);

-- When administrators were last alerted about failing deliveries: the row every failure
-- that may alert locks, so parallel failures count each other and alert once.
CREATE TABLE delivery_alerts (
    id      INTEGER PRIMARY KEY,
    last_at INTEGER NOT NULL
);
INSERT INTO delivery_alerts (id, last_at) VALUES (1, 0);
