-- A lawyer of the duty rota can be corrected (name, firm, place on the rota, off the rota): the record
-- carries a version, so two corrections made at once cannot overwrite each other.
ALTER TABLE lawyer ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
