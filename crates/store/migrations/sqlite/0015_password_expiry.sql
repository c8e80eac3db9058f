-- Password expiry (SQLite). A group's own maximum password age (the global one is a
-- setting); removed with its group.
CREATE TABLE expiry_group_ages (
    group_id     INTEGER NOT NULL PRIMARY KEY REFERENCES groups (id) ON DELETE CASCADE,
    max_age_days INTEGER NOT NULL
);

-- Reminders sent: one row per (user, password, days before) — the password by when it
-- was set (for an account from the directory, its expiry there) — so a reminder is sent
-- once however many instances run the job, and a changed maximum age sends no second
-- one. The row and its messages are written in one transaction; a conflict means
-- another run did it.
CREATE TABLE expiry_reminders (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at  INTEGER NOT NULL,
    password_set_at INTEGER NOT NULL,
    days_before INTEGER NOT NULL,
    sent_at     INTEGER NOT NULL,
    CONSTRAINT expiry_reminders_once UNIQUE (user_id, password_set_at, days_before)
);
CREATE INDEX expiry_reminders_sent ON expiry_reminders (sent_at);

-- The queued messages of each reminder (a delivered message leaves `deliveries`).
CREATE TABLE expiry_reminder_deliveries (
    reminder_id INTEGER NOT NULL REFERENCES expiry_reminders (id) ON DELETE CASCADE,
    delivery_id INTEGER NOT NULL,
    channel     TEXT    NOT NULL,
    PRIMARY KEY (reminder_id, delivery_id)
);
