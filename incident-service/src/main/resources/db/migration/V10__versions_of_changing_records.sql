-- Records that change after they are made carry a version (optimistic locking): of two changes
-- made at once, the second answers 409 instead of silently overwriting the first.
ALTER TABLE incident_agency_contact ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE case_suspect ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE rectification ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_narrative ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
