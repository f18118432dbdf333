-- Reference data can be corrected (names, positions, the rota's order, a camera's presets): each record
-- carries a version, so two corrections made at once cannot overwrite each other.
ALTER TABLE checkpoint ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE key_site ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE squad ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE camera ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
