-- Watch squad attendance: who was out on a volunteer session, for how long, wearing the red armband,
-- and the volunteer points it earns. Volunteers only: staff are never ranked by such figures.
CREATE TABLE volunteer_attendance (
    id              UUID PRIMARY KEY,
    shift_id        UUID        NOT NULL REFERENCES plan_shift (id),
    patroller_code  TEXT        NOT NULL REFERENCES patroller (code),
    squad_code      TEXT        NOT NULL REFERENCES squad (code),
    minutes         INT         NOT NULL CHECK (minutes BETWEEN 0 AND 720),
    armband         BOOLEAN     NOT NULL,
    points          INT         NOT NULL,
    recorded_by     TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (shift_id)
);
CREATE INDEX volunteer_attendance_squad ON volunteer_attendance (squad_code, patroller_code);
