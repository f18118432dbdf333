-- Incidents (警情): one row per call for help or police matter, from any channel.
CREATE TABLE incident (
    id              UUID PRIMARY KEY,
    number          TEXT        NOT NULL UNIQUE,
    channel         TEXT        NOT NULL,
    category        TEXT        NOT NULL,
    priority        TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    summary         TEXT        NOT NULL,
    community       TEXT        NOT NULL,
    address_id      TEXT,
    address_text    TEXT,
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    reporter_name   TEXT,
    reporter_phone  TEXT,
    reported_at     TIMESTAMPTZ NOT NULL,
    reported_by     TEXT        NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX incident_community_reported ON incident (community, reported_at DESC);
CREATE INDEX incident_status ON incident (status);

-- Daily counters for human-readable numbers (JQ20240703-0007), in Asia/Shanghai days.
CREATE TABLE incident_number (
    day   DATE PRIMARY KEY,
    last  INT NOT NULL
);
