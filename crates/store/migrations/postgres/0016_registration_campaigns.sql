-- Registration campaigns. One row per user reminded: when the last reminder was queued.
-- The job queues a reminder only by moving `last_sent_at` forward past the interval, in
-- the transaction that queues the message, so several instances send it once.
CREATE TABLE campaign_reminders (
    user_id      BIGINT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    last_sent_at BIGINT NOT NULL,
    sent_count   BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX campaign_reminders_sent ON campaign_reminders (last_sent_at);

-- Registration coverage once a UTC day (days since 1970-01-01), for the chart on
-- "Usage & insights". The first instance to take a day's snapshot keeps it.
CREATE TABLE coverage_snapshots (
    day        BIGINT NOT NULL PRIMARY KEY,
    in_scope   BIGINT NOT NULL,
    registered BIGINT NOT NULL,
    taken_at   BIGINT NOT NULL
);
