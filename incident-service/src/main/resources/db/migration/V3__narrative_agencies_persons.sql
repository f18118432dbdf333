-- The narrative of an incident: entries are never changed or deleted; a wrong one is struck
-- through with a reason (the database allows nothing else).
CREATE TABLE incident_narrative (
    id             BIGSERIAL PRIMARY KEY,
    incident_id    UUID        NOT NULL REFERENCES incident (id),
    author         TEXT        NOT NULL,
    written_at     TIMESTAMPTZ NOT NULL,
    text           TEXT        NOT NULL,
    struck_at      TIMESTAMPTZ,
    struck_by      TEXT,
    strike_reason  TEXT
);
CREATE INDEX incident_narrative_incident ON incident_narrative (incident_id, id);

CREATE FUNCTION incident_narrative_is_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'incident_narrative is append-only: DELETE refused' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.incident_id <> OLD.incident_id OR NEW.author <> OLD.author OR NEW.written_at <> OLD.written_at
       OR NEW.text <> OLD.text OR OLD.struck_at IS NOT NULL THEN
        RAISE EXCEPTION 'incident_narrative entries can only be struck through, once' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER incident_narrative_append_only BEFORE UPDATE OR DELETE ON incident_narrative
    FOR EACH ROW EXECUTE FUNCTION incident_narrative_is_append_only();

-- Other agencies brought in without handing the incident over (120 called, family contacted, ...).
CREATE TABLE incident_agency_contact (
    id           BIGSERIAL PRIMARY KEY,
    incident_id  UUID        NOT NULL REFERENCES incident (id),
    agency       TEXT        NOT NULL,
    asked_at     TIMESTAMPTZ NOT NULL,
    arrived_at   TIMESTAMPTZ,
    reference    TEXT,
    note         TEXT,
    recorded_by  TEXT        NOT NULL
);
CREATE INDEX incident_agency_contact_incident ON incident_agency_contact (incident_id);

-- People in an incident: reporters (more than one after a merge), victims, suspects, witnesses.
CREATE TABLE incident_person (
    id           BIGSERIAL PRIMARY KEY,
    incident_id  UUID NOT NULL REFERENCES incident (id),
    role         TEXT NOT NULL,
    resident_id  UUID,
    name         TEXT,
    phone        TEXT,
    CHECK (resident_id IS NOT NULL OR name IS NOT NULL OR phone IS NOT NULL)
);
CREATE INDEX incident_person_incident ON incident_person (incident_id);
CREATE INDEX incident_open_recent ON incident (category, reported_at) WHERE closed_at IS NULL;
