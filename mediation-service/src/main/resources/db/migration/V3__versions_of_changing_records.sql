-- Records that change after they are made carry a version (optimistic locking): of two changes
-- made at once, the second answers 409 instead of silently overwriting the first.
ALTER TABLE agreement ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE follow_up ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE room_booking ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
