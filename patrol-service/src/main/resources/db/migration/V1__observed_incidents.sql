-- Incidents this service has heard of (from incident-events): the input of the hot-spot model,
-- by place (community, coordinates) and time.
CREATE TABLE observed_incident (
    incident_id   UUID PRIMARY KEY,
    number        TEXT        NOT NULL,
    category      TEXT        NOT NULL,
    community     TEXT        NOT NULL,
    address_id    TEXT,
    address_text  TEXT,
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    reported_at   TIMESTAMPTZ NOT NULL,
    observed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX observed_incident_reported ON observed_incident (community, reported_at);
