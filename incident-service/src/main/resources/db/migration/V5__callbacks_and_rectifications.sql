-- Callbacks (回访): after an incident is closed, the caller is asked whether they are satisfied.
-- A rating may also come through a one-time link (only the token's hash is stored).
CREATE TABLE callback (
    id               BIGSERIAL PRIMARY KEY,
    incident_id      UUID        NOT NULL UNIQUE REFERENCES incident (id),
    due_at           TIMESTAMPTZ NOT NULL,
    status           TEXT        NOT NULL,
    reached          BOOLEAN,
    satisfaction     TEXT,
    comment          TEXT,
    channel          TEXT,
    recorded_by      TEXT,
    recorded_at      TIMESTAMPTZ,
    link_token_hash  TEXT UNIQUE,
    link_expires_at  TIMESTAMPTZ,
    version          BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX callback_pending ON callback (due_at) WHERE status = 'PENDING';

-- A dissatisfied caller opens a rectification task with an owner and a deadline of 5 working days.
CREATE TABLE rectification (
    id            BIGSERIAL PRIMARY KEY,
    callback_id   BIGINT      NOT NULL UNIQUE REFERENCES callback (id),
    incident_id   UUID        NOT NULL REFERENCES incident (id),
    owner         TEXT        NOT NULL,
    opened_at     TIMESTAMPTZ NOT NULL,
    deadline      DATE        NOT NULL,
    completed_at  TIMESTAMPTZ,
    outcome       TEXT
);
CREATE INDEX rectification_open ON rectification (deadline) WHERE completed_at IS NULL;
