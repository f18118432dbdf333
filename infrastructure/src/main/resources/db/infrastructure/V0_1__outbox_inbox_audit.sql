-- Infrastructure tables every service has: run by each service's Flyway before its own V1.

-- Events written in the same transaction as the state change; the relay publishes them in id order.
CREATE TABLE outbox_event (
    id             BIGSERIAL PRIMARY KEY,
    event_id       UUID        NOT NULL UNIQUE,
    topic          TEXT        NOT NULL,
    event_type     TEXT        NOT NULL,
    aggregate_id   TEXT        NOT NULL,
    payload        TEXT        NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    sent_at        TIMESTAMPTZ,
    attempts       INT         NOT NULL DEFAULT 0,
    last_error     TEXT
);
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;

-- Events a consumer has applied: the primary key makes a second delivery a no-op.
CREATE TABLE inbox_event (
    event_id     TEXT        NOT NULL,
    consumer     TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    source       TEXT,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);

-- Who looked at or changed what: append-only and hash-chained (hash = sha256(previous hash | entry)).
CREATE TABLE audit_entry (
    seq         BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    actor_role  TEXT,
    client      TEXT,
    purpose     TEXT,
    action      TEXT        NOT NULL,
    subject     TEXT        NOT NULL,
    outcome     TEXT        NOT NULL,
    prev_hash   TEXT        NOT NULL,
    hash        TEXT        NOT NULL UNIQUE
);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
