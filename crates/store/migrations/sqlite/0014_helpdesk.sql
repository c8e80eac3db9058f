-- Helpdesk caller verification (SQLite): one row per agent verifying one caller. The
-- codes sent live in verification_codes (owner `helpdesk:<id>`, purpose `helpdesk`).
CREATE TABLE helpdesk_verifications (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    agent_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    required       INTEGER NOT NULL,
    passed         TEXT    NOT NULL DEFAULT '',
    challenge      TEXT,
    verified_until INTEGER,
    approval       TEXT    NOT NULL,
    approver_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    closed         INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    version        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX helpdesk_verifications_agent_user ON helpdesk_verifications (agent_id, user_id, id);
CREATE INDEX helpdesk_verifications_user ON helpdesk_verifications (user_id, created_at);
CREATE INDEX helpdesk_verifications_approval ON helpdesk_verifications (approval, verified_until);
