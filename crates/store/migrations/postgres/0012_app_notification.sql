-- Requests to the Latchkey app (app notification with number matching) (PostgreSQL).
-- One row a request; `status` moves once from 'pending' to a final state, by a signed
-- answer of one of the user's devices; `consumed_at` is set once when the journey counts
-- the answer; `followed_up_at` once what follows a deny, a wrong number or a report (the
-- failure counted, blocks, alerts) is done, so a retry finishes it and a replay repeats
-- nothing. `subject` is the self-service limits' subject the push-bombing limit
-- counts under (a decoy journey's rows have no user).
CREATE TABLE push_requests (
    id          TEXT    PRIMARY KEY,
    user_id     BIGINT REFERENCES users (id) ON DELETE CASCADE,
    subject     TEXT    NOT NULL,
    owner       TEXT    NOT NULL,
    number      BIGINT  NOT NULL,
    client_ip   TEXT    NOT NULL,
    user_agent  TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'pending',
    answered_at BIGINT,
    device_id   BIGINT,
    consumed_at BIGINT,
    followed_up_at BIGINT
);
CREATE INDEX push_requests_subject ON push_requests (subject, created_at);
CREATE INDEX push_requests_owner ON push_requests (owner, created_at);
