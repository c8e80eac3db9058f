-- Admin API tokens (SQLite). Only the SHA-256 of a token is stored; the owner's role
-- decides what it may do, its scope whether it may write.
CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL,
    owner_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scope        TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL CONSTRAINT api_tokens_hash_key UNIQUE,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at   INTEGER
);
CREATE INDEX api_tokens_owner ON api_tokens (owner_id);
