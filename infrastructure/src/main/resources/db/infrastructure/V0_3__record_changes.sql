-- Corrections of records: who changed which fields of which record, when and why. The record keeps
-- only its current state; this is how it came to be. Personal values are stored masked, as on reads.
CREATE TABLE record_change (
    id          BIGSERIAL PRIMARY KEY,
    record_type TEXT        NOT NULL,
    record_id   TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    reason      TEXT,
    changes     TEXT        NOT NULL -- JSON: [{"field": ..., "from": ..., "to": ...}]
);
CREATE INDEX record_change_of_record ON record_change (record_type, record_id, id);
