-- The station's community police offices (警务室) and communities (社区): reference data kept by admin.
CREATE TABLE police_office (
    code     TEXT PRIMARY KEY,
    name_zh  TEXT NOT NULL,
    name_en  TEXT NOT NULL
);

CREATE TABLE community (
    code                TEXT PRIMARY KEY,
    name_zh             TEXT NOT NULL,
    name_en             TEXT NOT NULL,
    police_office_code  TEXT NOT NULL REFERENCES police_office (code),
    area_km2            NUMERIC(6, 2),
    population          INT
);

-- Incidents this service has heard of (from incident-events), kept per address and community:
-- the base for repeat-address checks on the registers.
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
CREATE INDEX observed_incident_address ON observed_incident (address_id);
