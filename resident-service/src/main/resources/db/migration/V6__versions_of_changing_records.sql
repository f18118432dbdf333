-- Records that change after they are made carry a version (optimistic locking): of two changes
-- made at once, the second answers 409 instead of silently overwriting the first.
ALTER TABLE inspection ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE rental ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE tier_proposal ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE newborn_step ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
