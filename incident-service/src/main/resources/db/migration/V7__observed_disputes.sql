-- Disputes heard from mediation-events: the link from an incident to the dispute opened from it, and
-- the briefing's disputes opened and closed per day.
CREATE TABLE observed_dispute (
    dispute_id  UUID PRIMARY KEY,
    number      TEXT        NOT NULL,
    incident_id UUID,
    community   TEXT        NOT NULL,
    type        TEXT        NOT NULL,
    opened_at   TIMESTAMPTZ NOT NULL,
    closed_at   TIMESTAMPTZ,
    outcome     TEXT,                     -- SETTLED, FAILED, NO_DISPUTE, REFERRED
    observed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX observed_dispute_opened ON observed_dispute (opened_at);
CREATE INDEX observed_dispute_closed ON observed_dispute (closed_at);

ALTER TABLE incident ADD COLUMN dispute_id UUID;
ALTER TABLE incident ADD COLUMN dispute_number TEXT;
