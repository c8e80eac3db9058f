-- Managers (SQLite): whom each user reports to, set by an administrator or read from the
-- on-premises directory's `manager` attribute. A helpdesk agent may ask the caller's
-- manager to approve by email; the manager answers signed in to Latchkey.
CREATE TABLE user_managers (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    manager_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    updated_at INTEGER NOT NULL,
    CHECK (manager_id <> user_id)
);
CREATE INDEX user_managers_manager ON user_managers (manager_id);
-- The manager asked in a verification: who, when, the number read to the caller (which
-- the manager types), and their answer (`approved`, `denied` or `unconfirmed`) and when. Kept (no
-- foreign key) when the manager's account goes, as the record of who answered.
ALTER TABLE helpdesk_verifications ADD COLUMN manager_id INTEGER;
ALTER TABLE helpdesk_verifications ADD COLUMN manager_asked_at INTEGER;
ALTER TABLE helpdesk_verifications ADD COLUMN manager_number INTEGER;
ALTER TABLE helpdesk_verifications ADD COLUMN manager_answer TEXT;
ALTER TABLE helpdesk_verifications ADD COLUMN manager_answered_at INTEGER;
CREATE INDEX helpdesk_verifications_manager ON helpdesk_verifications (manager_id, created_at);
