-- Live updates (GET .../stream): one row per change of a watched record, written by a trigger in the
-- changing transaction, so an event exists if and only if its change commits, whichever code path
-- made it. Replicas read the rows in (txid, seq) order, only below the oldest transaction still
-- running: a transaction that began earlier but commits later can then never be passed over, and an
-- event's id (txid-seq) means the same on every replica, so Last-Event-ID resumes on any of them.
CREATE TABLE live_event (
    txid            XID8        NOT NULL DEFAULT pg_current_xact_id(),
    seq             BIGINT      GENERATED ALWAYS AS IDENTITY,
    kind            TEXT        NOT NULL,   -- incident, unit, dispute: the SSE event name
    subject         TEXT        NOT NULL,   -- the record's id or code, for the client to fetch
    community       TEXT,
    change          TEXT        NOT NULL,   -- created or changed
    status          TEXT,
    previous_status TEXT,
    at              TIMESTAMPTZ NOT NULL DEFAULT statement_timestamp(),
    PRIMARY KEY (txid, seq)
);
CREATE INDEX live_event_at ON live_event (at);

-- For a table's AFTER INSERT OR UPDATE row trigger: record_live_event(kind, subject column). The
-- community and status columns are read when the table has them.
CREATE FUNCTION record_live_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed  JSONB := to_jsonb(NEW);
    previous JSONB := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END;
BEGIN
    INSERT INTO live_event (kind, subject, community, change, status, previous_status)
    VALUES (TG_ARGV[0], changed ->> TG_ARGV[1], changed ->> 'community',
            CASE TG_OP WHEN 'INSERT' THEN 'created' ELSE 'changed' END,
            changed ->> 'status', previous ->> 'status');
    RETURN NULL;
END
$$;
