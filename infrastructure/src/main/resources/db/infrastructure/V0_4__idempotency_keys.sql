-- Idempotency-Key (IETF httpapi draft): a POST that creates something, retried with the same key by
-- the same caller, answers the first answer again instead of making a second record. Kept in the
-- service's own database, so a key holds across a restart and across replicas; kept 24 hours.
CREATE TABLE idempotency_key (
    caller       TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    request      TEXT        NOT NULL,   -- SHA-256 of method, path and body: the same key with another request is refused
    created_at   TIMESTAMPTZ NOT NULL,
    completed_at TIMESTAMPTZ,            -- null while the first request is being worked
    status       INT,
    location     TEXT,
    content_type TEXT,
    body         TEXT,
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
