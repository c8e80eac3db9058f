-- Self-service password reset: registered methods, answers, reset flows, codes, limits (SQLite).
ALTER TABLE users ADD COLUMN methods_confirmed_at INTEGER;

CREATE TABLE auth_methods (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL,
    value          TEXT    NOT NULL DEFAULT '',
    secret         TEXT    NOT NULL DEFAULT '',
    last_used_step INTEGER,
    created_at     INTEGER NOT NULL
);
CREATE INDEX auth_methods_user ON auth_methods (user_id);

CREATE TABLE security_answers (
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question    TEXT    NOT NULL,
    answer_hash TEXT    NOT NULL,
    PRIMARY KEY (user_id, question)
);

CREATE TABLE reset_flows (
    id_hash        TEXT    PRIMARY KEY,
    correlation_id TEXT    NOT NULL,
    typed          TEXT    NOT NULL,
    user_id        INTEGER REFERENCES users (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL DEFAULT '',
    passed         TEXT    NOT NULL DEFAULT '',
    pending        TEXT    NOT NULL DEFAULT '',
    questions      TEXT    NOT NULL DEFAULT '',
    stage          TEXT    NOT NULL DEFAULT 'verify',
    created_at     INTEGER NOT NULL,
    expires_at     INTEGER NOT NULL
);

CREATE TABLE verification_codes (
    owner       TEXT    NOT NULL,
    purpose     TEXT    NOT NULL,
    destination TEXT    NOT NULL,
    code_mac    TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (owner, purpose)
);

CREATE TABLE sspr_events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    subject TEXT    NOT NULL,
    kind    TEXT    NOT NULL,
    at      INTEGER NOT NULL
);
CREATE INDEX sspr_events_subject ON sspr_events (subject, kind, at);

CREATE TABLE sspr_blocks (
    subject TEXT    PRIMARY KEY,
    until   INTEGER NOT NULL
);

CREATE TABLE captcha_used (
    nonce      TEXT    PRIMARY KEY,
    expires_at INTEGER NOT NULL
);
