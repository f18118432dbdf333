-- Disputes (矛盾纠纷) from screening to closing, with their parties, steps, sessions, agreement and
-- follow-up visits; the mediation room shared with the judicial office; the duty lawyers.

CREATE TABLE lawyer (
    id          BIGSERIAL PRIMARY KEY,
    username    TEXT    NOT NULL UNIQUE,   -- the Keycloak user, so a lawyer sees only their own work
    name        TEXT    NOT NULL,
    firm        TEXT,
    resident_id UUID,                      -- the lawyer as a resident, to spot a lawyer who is a party
    rota_order  INT     NOT NULL,
    active      BOOLEAN NOT NULL DEFAULT true
);

-- People a lawyer must not act against or for: relatives and former clients.
CREATE TABLE lawyer_conflict (
    id          BIGSERIAL PRIMARY KEY,
    lawyer_id   BIGINT NOT NULL REFERENCES lawyer (id),
    kind        TEXT   NOT NULL,            -- RELATIVE, FORMER_CLIENT
    resident_id UUID,
    name        TEXT,
    note        TEXT,
    CHECK (resident_id IS NOT NULL OR name IS NOT NULL)
);
CREATE INDEX lawyer_conflict_lawyer ON lawyer_conflict (lawyer_id);

CREATE TABLE dispute_number (
    day  DATE PRIMARY KEY,
    last INT  NOT NULL
);

CREATE TABLE dispute (
    id                   UUID PRIMARY KEY,
    number               TEXT        NOT NULL UNIQUE,  -- TJ20240703-0001
    source               TEXT        NOT NULL,         -- INCIDENT, WALK_IN, GRID_REPORT, SCREENING
    incident_id          UUID UNIQUE,                  -- one dispute per incident
    incident_number      TEXT,
    incident_outcome     TEXT,
    type                 TEXT        NOT NULL,
    community            TEXT        NOT NULL,
    address_id           TEXT,
    address_text         TEXT,
    risk_grade           TEXT        NOT NULL,
    warning_level        TEXT        NOT NULL,
    leader_in_charge     TEXT,
    summary              TEXT        NOT NULL,
    status               TEXT        NOT NULL,
    repeated             BOOLEAN     NOT NULL DEFAULT false,
    repeat_reason        TEXT,
    screened_at          TIMESTAMPTZ NOT NULL,
    screened_by          TEXT        NOT NULL,
    accept_due           TIMESTAMPTZ NOT NULL,
    accepted_at          TIMESTAMPTZ,
    mediate_due          TIMESTAMPTZ,
    mediator_kind        TEXT,
    mediator             TEXT,                          -- username of the assigned mediator or lawyer
    mediator_name        TEXT,
    lawyer_id            BIGINT REFERENCES lawyer (id),
    mediation_started_at TIMESTAMPTZ,
    agreement_signed_at  TIMESTAMPTZ,
    failed_at            TIMESTAMPTZ,
    referred_at          TIMESTAMPTZ,
    referral_target      TEXT,
    referral_reason      TEXT,
    closed_at            TIMESTAMPTZ,
    reopened_count       INT         NOT NULL DEFAULT 0,
    version              BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX dispute_status ON dispute (status, screened_at);
CREATE INDEX dispute_address ON dispute (address_id, screened_at);
CREATE INDEX dispute_community_screened ON dispute (community, screened_at);
CREATE INDEX dispute_mediator ON dispute (mediator);

CREATE TABLE dispute_party (
    id          BIGSERIAL PRIMARY KEY,
    dispute_id  UUID NOT NULL REFERENCES dispute (id),
    side        TEXT NOT NULL,             -- APPLICANT, RESPONDENT, OTHER
    resident_id UUID,
    name        TEXT,
    contact     TEXT,
    CHECK (resident_id IS NOT NULL OR name IS NOT NULL)
);
CREATE INDEX dispute_party_dispute ON dispute_party (dispute_id);
CREATE INDEX dispute_party_resident ON dispute_party (resident_id);

CREATE TABLE dispute_transition (
    id          BIGSERIAL PRIMARY KEY,
    dispute_id  UUID        NOT NULL REFERENCES dispute (id),
    from_status TEXT,
    to_status   TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    by_user     TEXT        NOT NULL,
    note        TEXT
);
CREATE INDEX dispute_transition_dispute ON dispute_transition (dispute_id, at);

CREATE TABLE mediation_room (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
INSERT INTO mediation_room (code, name) VALUES ('main', '南街派出所矛盾纠纷调解室（与司法所共用）');

-- Bookings of the shared room: by mediators for sessions and by the judicial office for its own work.
-- Overlaps are refused by the service under a lock on the room row.
CREATE TABLE room_booking (
    id         BIGSERIAL PRIMARY KEY,
    room_code  TEXT        NOT NULL REFERENCES mediation_room (code),
    starts_at  TIMESTAMPTZ NOT NULL,
    ends_at    TIMESTAMPTZ NOT NULL,
    purpose    TEXT        NOT NULL,
    dispute_id UUID REFERENCES dispute (id),
    booked_by  TEXT        NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX room_booking_room_time ON room_booking (room_code, starts_at);

CREATE TABLE mediation_session (
    id          BIGSERIAL PRIMARY KEY,
    dispute_id  UUID        NOT NULL REFERENCES dispute (id),
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    booking_id  BIGINT REFERENCES room_booking (id),
    lawyer_id   BIGINT REFERENCES lawyer (id),
    notes       TEXT,
    recorded_by TEXT        NOT NULL
);
CREATE INDEX mediation_session_dispute ON mediation_session (dispute_id);

CREATE TABLE agreement (
    dispute_id           UUID PRIMARY KEY REFERENCES dispute (id),
    terms                TEXT        NOT NULL,
    text                 TEXT        NOT NULL,     -- generated from the template, as signed
    signed_at            TIMESTAMPTZ NOT NULL,
    judicial_status      TEXT        NOT NULL,     -- NONE, REQUESTED, CONFIRMED, REJECTED
    judicial_requested_at TIMESTAMPTZ,
    judicial_decided_at  TIMESTAMPTZ,
    court_reference      TEXT,
    judicial_reason      TEXT
);

CREATE TABLE agreement_confirmation (
    id           BIGSERIAL PRIMARY KEY,
    dispute_id   UUID        NOT NULL REFERENCES dispute (id),
    party_id     BIGINT      NOT NULL REFERENCES dispute_party (id),
    confirmed_at TIMESTAMPTZ NOT NULL,
    UNIQUE (dispute_id, party_id)
);

CREATE TABLE follow_up (
    id           BIGSERIAL PRIMARY KEY,
    dispute_id   UUID NOT NULL REFERENCES dispute (id),
    days_after   INT  NOT NULL,             -- 7 and 30 days after the agreement
    due_on       DATE NOT NULL,
    status       TEXT NOT NULL,             -- PENDING, DONE, CANCELLED
    outcome      TEXT,                      -- STABLE, RECURRED
    satisfaction TEXT,                      -- SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
    note         TEXT,
    visited_by   TEXT,
    visited_at   TIMESTAMPTZ
);
CREATE INDEX follow_up_due ON follow_up (status, due_on);
CREATE INDEX follow_up_dispute ON follow_up (dispute_id);

CREATE TABLE consultation (
    id                BIGSERIAL PRIMARY KEY,
    asked_at          TIMESTAMPTZ NOT NULL,
    community         TEXT,
    asker_name        TEXT        NOT NULL,
    asker_resident_id UUID,
    asker_contact     TEXT,
    topic             TEXT        NOT NULL,
    advice_summary    TEXT        NOT NULL,
    lawyer_id         BIGINT      NOT NULL REFERENCES lawyer (id),
    dispute_id        UUID REFERENCES dispute (id),
    recorded_by       TEXT        NOT NULL
);
CREATE INDEX consultation_lawyer ON consultation (lawyer_id, asked_at);

ALTER TABLE observed_incident ADD COLUMN sub_category TEXT;
ALTER TABLE observed_incident ADD COLUMN closed_at TIMESTAMPTZ;
ALTER TABLE observed_incident ADD COLUMN outcome TEXT;
CREATE INDEX observed_incident_reported ON observed_incident (reported_at);

-- Registered residents an incident names (by id only): the parties of a dispute opened from it and
-- the base for the repeat warning on the same parties.
CREATE TABLE observed_incident_resident (
    incident_id UUID NOT NULL REFERENCES observed_incident (incident_id),
    resident_id UUID NOT NULL,
    PRIMARY KEY (incident_id, resident_id)
);
CREATE INDEX observed_incident_resident_resident ON observed_incident_resident (resident_id);
