-- Cases (案件): criminal and public-order cases, opened from an incident or directly, with their
-- suspects (residents or descriptions), who was caught, and the case team members on them.
CREATE TABLE police_case (
    id           UUID PRIMARY KEY,
    number       TEXT        NOT NULL UNIQUE,
    kind         TEXT        NOT NULL,
    type         TEXT        NOT NULL,
    title        TEXT        NOT NULL,
    community    TEXT        NOT NULL,
    incident_id  UUID REFERENCES incident (id),
    status       TEXT        NOT NULL,
    opened_at    TIMESTAMPTZ NOT NULL,
    opened_by    TEXT        NOT NULL,
    solved_at    TIMESTAMPTZ,
    closed_at    TIMESTAMPTZ,
    version      BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX police_case_opened ON police_case (opened_at);
CREATE INDEX police_case_solved ON police_case (solved_at) WHERE solved_at IS NOT NULL;
CREATE UNIQUE INDEX police_case_one_per_incident ON police_case (incident_id) WHERE incident_id IS NOT NULL;

CREATE TABLE case_suspect (
    id           BIGSERIAL PRIMARY KEY,
    case_id      UUID    NOT NULL REFERENCES police_case (id),
    resident_id  UUID,
    description  TEXT,
    fugitive     BOOLEAN NOT NULL DEFAULT FALSE,
    caught_at    TIMESTAMPTZ,
    caught_by    TEXT,
    CHECK (resident_id IS NOT NULL OR description IS NOT NULL)
);
CREATE INDEX case_suspect_case ON case_suspect (case_id);
CREATE INDEX case_suspect_caught ON case_suspect (caught_at) WHERE caught_at IS NOT NULL;

CREATE TABLE case_member (
    id        BIGSERIAL PRIMARY KEY,
    case_id   UUID NOT NULL REFERENCES police_case (id),
    member    TEXT NOT NULL,
    lead      BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (case_id, member)
);

CREATE TABLE case_number (
    day   DATE PRIMARY KEY,
    last  INT NOT NULL
);
