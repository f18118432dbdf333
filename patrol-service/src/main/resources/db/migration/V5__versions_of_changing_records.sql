-- Records that change after they are made carry a version (optimistic locking): of two changes
-- made at once, the second answers 409 instead of silently overwriting the first.
ALTER TABLE video_round ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE school_enrolment ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
