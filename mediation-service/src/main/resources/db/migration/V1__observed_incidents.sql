-- Incidents this service has heard of (from incident-events): disputes are opened from those of the
-- dispute category, and repeat early warning looks for earlier ones at the same address.
CREATE TABLE observed_incident (
    incident_id   UUID PRIMARY KEY,
    number        TEXT        NOT NULL,
    category      TEXT        NOT NULL,
    community     TEXT        NOT NULL,
    address_id    TEXT,
    address_text  TEXT,
    reported_at   TIMESTAMPTZ NOT NULL,
    observed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX observed_incident_address ON observed_incident (address_id, reported_at);
