-- Directory, sessions, lockout and audit (SQLite).
CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    username             TEXT    NOT NULL CONSTRAINT users_username_key UNIQUE,
    first_name           TEXT    NOT NULL DEFAULT '',
    last_name            TEXT    NOT NULL DEFAULT '',
    display_name         TEXT    NOT NULL,
    email                TEXT,
    alternate_email      TEXT,
    mobile_phone         TEXT,
    office_phone         TEXT,
    enabled              INTEGER NOT NULL DEFAULT 1,
    role                 TEXT    NOT NULL DEFAULT 'user',
    must_change_password INTEGER NOT NULL DEFAULT 1,
    password_hash        TEXT    NOT NULL,
    password_changed_at  INTEGER,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);

CREATE TABLE groups (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL,
    name_key    TEXT    NOT NULL CONSTRAINT groups_name_key UNIQUE,
    description TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

CREATE TABLE group_user_members (
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_user_members_user ON group_user_members (user_id);

CREATE TABLE group_group_members (
    parent_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    child_id  INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    PRIMARY KEY (parent_id, child_id)
);
CREATE INDEX group_group_members_child ON group_group_members (child_id);

CREATE TABLE sessions (
    id_hash      TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE lockouts (
    key             TEXT    PRIMARY KEY,
    failures        INTEGER NOT NULL,
    level           INTEGER NOT NULL,
    locked_until    INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL,
    recent          TEXT    NOT NULL,
    version         INTEGER NOT NULL
);

CREATE TABLE audit_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    time           INTEGER NOT NULL,
    activity       TEXT    NOT NULL,
    actor          TEXT    NOT NULL,
    target         TEXT    NOT NULL,
    client_ip      TEXT    NOT NULL,
    result         TEXT    NOT NULL,
    correlation_id TEXT    NOT NULL,
    details        TEXT    NOT NULL
);
CREATE INDEX audit_events_time ON audit_events (time);
CREATE INDEX audit_events_correlation ON audit_events (correlation_id);
