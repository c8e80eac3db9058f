-- Journeys as typed state machines with compare-and-swap, credential generations, and the
-- delivery queue for notices (SQLite).
ALTER TABLE users ADD COLUMN credential_gen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reset_flows ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reset_flows ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
-- Journeys from before this version were stored with other stage names: end them.
DELETE FROM reset_flows;

CREATE TABLE deliveries (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    payload       TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    next_at       INTEGER NOT NULL,
    claimed_until INTEGER NOT NULL DEFAULT 0,
    attempts      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deliveries_due ON deliveries (next_at);
