-- The incident lifecycle: sub-category and grid, the times of each step (for response times), the
-- details of the side exits, and every transition with who, when and a note.
ALTER TABLE incident
    ADD COLUMN sub_category        TEXT,
    ADD COLUMN grid                TEXT,
    ADD COLUMN dispatched_at       TIMESTAMPTZ,
    ADD COLUMN on_scene_at         TIMESTAMPTZ,
    ADD COLUMN handled_at          TIMESTAMPTZ,
    ADD COLUMN closed_at           TIMESTAMPTZ,
    ADD COLUMN transfer_target     TEXT,
    ADD COLUMN transfer_reason     TEXT,
    ADD COLUMN transfer_reference  TEXT,
    ADD COLUMN cancel_reason       TEXT,
    ADD COLUMN merged_into         UUID REFERENCES incident (id);

CREATE TABLE incident_transition (
    id           BIGSERIAL PRIMARY KEY,
    incident_id  UUID        NOT NULL REFERENCES incident (id),
    from_status  TEXT        NOT NULL,
    to_status    TEXT        NOT NULL,
    actor        TEXT        NOT NULL,
    at           TIMESTAMPTZ NOT NULL,
    note         TEXT
);
CREATE INDEX incident_transition_incident ON incident_transition (incident_id, id);

-- Units that can be dispatched: officers, auxiliaries, police offices, the case team.
CREATE TABLE unit (
    code       TEXT PRIMARY KEY,
    name       TEXT   NOT NULL,
    kind       TEXT   NOT NULL,
    community  TEXT,
    status     TEXT   NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0
);

-- Which units went to which incident; released when the incident no longer needs them.
CREATE TABLE incident_assignment (
    id           BIGSERIAL PRIMARY KEY,
    incident_id  UUID        NOT NULL REFERENCES incident (id),
    unit_code    TEXT        NOT NULL REFERENCES unit (code),
    assigned_at  TIMESTAMPTZ NOT NULL,
    assigned_by  TEXT        NOT NULL,
    released_at  TIMESTAMPTZ
);
CREATE INDEX incident_assignment_incident ON incident_assignment (incident_id);
CREATE INDEX incident_assignment_open ON incident_assignment (unit_code) WHERE released_at IS NULL;
