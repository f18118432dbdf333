-- Patrol areas (beats) made of grid cells. A cell is "row:col" on the station grid (origin and cell
-- size from configuration, about 130 m square). Each area belongs to the vehicle sector that covers it.
CREATE TABLE patrol_area (
    code        TEXT PRIMARY KEY,
    name        TEXT        NOT NULL,
    community   TEXT        NOT NULL,
    sector      TEXT        NOT NULL,
    cells       TEXT[]      NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    created_by  TEXT        NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX patrol_area_sector ON patrol_area (sector);

-- Checkpoints of an area, walked in seq order: the next one is due within max_interval_minutes,
-- give or take tolerance_minutes.
CREATE TABLE checkpoint (
    id                    UUID PRIMARY KEY,
    area_code             TEXT             NOT NULL REFERENCES patrol_area (code),
    code                  TEXT             NOT NULL UNIQUE,   -- printed in the QR code / written to the NFC tag
    name                  TEXT             NOT NULL,
    seq                   INT              NOT NULL,
    latitude              DOUBLE PRECISION NOT NULL,
    longitude             DOUBLE PRECISION NOT NULL,
    indoor                BOOLEAN          NOT NULL,
    max_interval_minutes  INT              NOT NULL,
    tolerance_minutes     INT              NOT NULL,
    UNIQUE (area_code, seq)
);

-- Key sites a sworn officer must reach within 5 minutes in every block (the 1-3-5 response circles).
CREATE TABLE key_site (
    code       TEXT PRIMARY KEY,
    name       TEXT             NOT NULL,
    kind       TEXT             NOT NULL,
    latitude   DOUBLE PRECISION NOT NULL,
    longitude  DOUBLE PRECISION NOT NULL
);

-- Static risk factors of a cell (venues, bus stops, rented courtyards): multiply its incident heat.
CREATE TABLE cell_factor (
    cell               TEXT PRIMARY KEY,
    venues             INT NOT NULL DEFAULT 0,
    bus_stops          INT NOT NULL DEFAULT 0,
    rented_courtyards  INT NOT NULL DEFAULT 0
);

-- Watch squads (邻里守望小分队): shop owners in squads of ten, one squad on duty per month in turn order.
CREATE TABLE squad (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    community   TEXT NOT NULL,
    turn_order  INT  NOT NULL UNIQUE
);

-- Patrollers at three levels: POLICE (vehicle), AUXILIARY (foot), VOLUNTEER (watch squad).
-- The code is the unit code incident-service dispatches by.
CREATE TABLE patroller (
    code        TEXT PRIMARY KEY,
    name        TEXT        NOT NULL,
    level       TEXT        NOT NULL,
    community   TEXT,
    squad_code  TEXT REFERENCES squad (code),
    username    TEXT UNIQUE,             -- the Keycloak user, so a patroller can see their own schedule
    skills      TEXT        NOT NULL DEFAULT '',   -- comma-separated, e.g. DRIVING
    avoid_nights BOOLEAN    NOT NULL DEFAULT false, -- a preference, honoured when the plan can
    active      BOOLEAN     NOT NULL DEFAULT true,
    version     BIGINT      NOT NULL DEFAULT 0,
    CHECK ((level = 'VOLUNTEER') = (squad_code IS NOT NULL))
);

CREATE TABLE patroller_leave (
    id              UUID PRIMARY KEY,
    patroller_code  TEXT NOT NULL REFERENCES patroller (code),
    from_day        DATE NOT NULL,
    to_day          DATE NOT NULL,
    reason          TEXT,
    CHECK (to_day >= from_day)
);
CREATE INDEX patroller_leave_days ON patroller_leave (patroller_code, from_day);

-- Plans for a period: solved, then published; a published plan's shifts start and end by the clock.
CREATE TABLE patrol_plan (
    id              UUID PRIMARY KEY,
    period_from     DATE        NOT NULL,
    period_to       DATE        NOT NULL,
    status          TEXT        NOT NULL,   -- SOLVING, SOLVED, PUBLISHED, FAILED
    seed            BIGINT      NOT NULL,
    hard_score      BIGINT,
    medium_score    BIGINT,
    soft_score      BIGINT,
    baseline_soft   BIGINT,
    findings        JSONB,                  -- every broken soft rule in plain words, unfilled slots
    solver_millis   BIGINT,
    failure         TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT        NOT NULL,
    published_at    TIMESTAMPTZ,
    published_by    TEXT,
    version         BIGINT      NOT NULL DEFAULT 0,
    CHECK (period_to >= period_from)
);

CREATE TABLE plan_shift (
    id              UUID PRIMARY KEY,
    plan_id         UUID        NOT NULL REFERENCES patrol_plan (id),
    patroller_code  TEXT        NOT NULL REFERENCES patroller (code),
    level           TEXT        NOT NULL,
    sector          TEXT,                  -- vehicle patrols
    area_code       TEXT,                  -- foot and volunteer patrols
    pair_key        TEXT,                  -- volunteers patrol in pairs
    starts_at       TIMESTAMPTZ NOT NULL,
    ends_at         TIMESTAMPTZ NOT NULL,
    visits          JSONB,                 -- hot-cell visits: cell, from, to
    started_at      TIMESTAMPTZ,           -- when patrol.shift-started went out
    ended_at        TIMESTAMPTZ            -- when patrol.shift-ended went out
);
CREATE INDEX plan_shift_plan ON plan_shift (plan_id, starts_at);
CREATE INDEX plan_shift_patroller ON plan_shift (patroller_code, starts_at);
CREATE INDEX plan_shift_due ON plan_shift (starts_at) WHERE started_at IS NULL;
CREATE INDEX plan_shift_ending ON plan_shift (ends_at) WHERE ended_at IS NULL;
