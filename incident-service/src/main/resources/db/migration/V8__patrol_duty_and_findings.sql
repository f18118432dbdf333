-- Who is on duty, as patrol-service's published plans say (patrol.shift-started / shift-ended).
CREATE TABLE duty_shift (
    shift_id   UUID PRIMARY KEY,
    unit_code  TEXT        NOT NULL REFERENCES unit (code),
    starts_at  TIMESTAMPTZ NOT NULL,
    ends_at    TIMESTAMPTZ NOT NULL,
    ended      BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX duty_shift_unit ON duty_shift (unit_code, ended);

-- An incident opened from a patrol's finding: one per finding, however often the event arrives.
ALTER TABLE incident ADD COLUMN patrol_finding_id UUID UNIQUE;
