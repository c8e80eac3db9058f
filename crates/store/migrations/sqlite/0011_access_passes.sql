-- Temporary Access Passes (SQLite). Only a keyed MAC of a pass is stored. A session opened
-- with a pass names it: such a session may only register security info (/setup).
CREATE TABLE access_passes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    pass_mac    TEXT    NOT NULL,
    one_time    INTEGER NOT NULL,
    issued_by   TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER,
    revoked_at  INTEGER
);
CREATE INDEX access_passes_user ON access_passes (user_id);
ALTER TABLE sessions ADD COLUMN access_pass_id INTEGER;
