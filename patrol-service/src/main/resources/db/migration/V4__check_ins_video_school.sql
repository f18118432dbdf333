-- Check-ins at checkpoints (巡更打卡), each against the shift it belongs to when there is one, with
-- the verdict of the plausibility check.
CREATE TABLE check_in (
    id                 UUID PRIMARY KEY,
    patroller_code     TEXT             NOT NULL REFERENCES patroller (code),
    checkpoint_id      UUID             NOT NULL REFERENCES checkpoint (id),
    shift_id           UUID REFERENCES plan_shift (id),
    at                 TIMESTAMPTZ      NOT NULL,
    latitude           DOUBLE PRECISION,
    longitude          DOUBLE PRECISION,
    implausible        TEXT,             -- why the check-in cannot be right, or NULL
    recorded_at        TIMESTAMPTZ      NOT NULL
);
CREATE INDEX check_in_patroller ON check_in (patroller_code, at);
CREATE INDEX check_in_shift ON check_in (shift_id, at);

-- A checkpoint whose deadline passed on a shift: patrol.checkpoint-missed goes out once for each.
CREATE TABLE checkpoint_miss (
    shift_id       UUID        NOT NULL REFERENCES plan_shift (id),
    checkpoint_id  UUID        NOT NULL REFERENCES checkpoint (id),
    due_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (shift_id, checkpoint_id, due_at)
);

-- Coverage (见警率) per area and 2-hour block of a day: planned against actual minutes of presence.
CREATE TABLE coverage (
    day              DATE NOT NULL,
    area_code        TEXT NOT NULL REFERENCES patrol_area (code),
    block            INT  NOT NULL,
    planned_minutes  INT  NOT NULL,
    actual_minutes   INT  NOT NULL,
    PRIMARY KEY (day, area_code, block)
);

-- Video patrol (视频巡逻): cameras with presets, rounds walked preset by preset, findings.
CREATE TABLE camera (
    code        TEXT PRIMARY KEY,
    name        TEXT             NOT NULL,
    area_code   TEXT REFERENCES patrol_area (code),
    address_id  TEXT,
    venue_id    TEXT,
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION,
    presets     TEXT[]           NOT NULL   -- preset names, e.g. 北门, 收银台
);

CREATE TABLE video_round (
    id           UUID PRIMARY KEY,
    operator     TEXT        NOT NULL,
    views        JSONB       NOT NULL,   -- the ordered [{camera, preset}] to walk through
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ
);

CREATE TABLE video_view (
    round_id     UUID        NOT NULL REFERENCES video_round (id),
    seq          INT         NOT NULL,
    camera_code  TEXT        NOT NULL REFERENCES camera (code),
    preset       TEXT        NOT NULL,
    attested_at  TIMESTAMPTZ NOT NULL,
    note         TEXT,
    PRIMARY KEY (round_id, seq)
);

-- Findings of patrols on the street or on camera: incident-service makes each an incident.
CREATE TABLE finding (
    id            UUID PRIMARY KEY,
    source        TEXT        NOT NULL,   -- PATROL, VIDEO_PATROL
    round_id      UUID REFERENCES video_round (id),
    camera_code   TEXT REFERENCES camera (code),
    preset        TEXT,
    category      TEXT        NOT NULL,
    summary       TEXT        NOT NULL,
    clip_ref      TEXT,
    community     TEXT        NOT NULL,
    area_code     TEXT REFERENCES patrol_area (code),
    address_text  TEXT,
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    reported_by   TEXT        NOT NULL,
    reported_at   TIMESTAMPTZ NOT NULL,
    CHECK ((source = 'VIDEO_PATROL') = (camera_code IS NOT NULL))
);
CREATE INDEX finding_reported ON finding (reported_at);

-- The community police school (社区警校): sessions, enrolment and attendance.
CREATE TABLE school_session (
    id         UUID PRIMARY KEY,
    topic      TEXT        NOT NULL,
    title      TEXT        NOT NULL,
    community  TEXT        NOT NULL,
    starts_at  TIMESTAMPTZ NOT NULL,
    place      TEXT,
    capacity   INT         NOT NULL CHECK (capacity > 0),
    created_by TEXT        NOT NULL
);

CREATE TABLE school_enrolment (
    id           UUID PRIMARY KEY,
    session_id   UUID        NOT NULL REFERENCES school_session (id),
    name         TEXT        NOT NULL,
    audience     TEXT        NOT NULL,
    community    TEXT        NOT NULL,
    attended     BOOLEAN,
    enrolled_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (session_id, name, community)
);
