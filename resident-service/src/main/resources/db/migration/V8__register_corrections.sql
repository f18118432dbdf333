-- Corrections of housing, units and the address tree (一标三实: the actual housing and units): when an
-- officer last found a dwelling or a venue true, the day a venue closed, the day an address was retired.
-- Registration counts as the first check, as it does for persons.
ALTER TABLE dwelling
    ADD COLUMN verified_at TIMESTAMPTZ,
    ADD COLUMN verified_by TEXT;
UPDATE dwelling SET verified_at = created_at, verified_by = created_by;
ALTER TABLE dwelling
    ALTER COLUMN verified_at SET NOT NULL,
    ALTER COLUMN verified_by SET NOT NULL;
CREATE INDEX dwelling_last_verified ON dwelling (community, verified_at);

ALTER TABLE venue
    ADD COLUMN closed_on   DATE,
    ADD COLUMN verified_at TIMESTAMPTZ,
    ADD COLUMN verified_by TEXT;
UPDATE venue SET verified_at = created_at, verified_by = created_by;
ALTER TABLE venue
    ALTER COLUMN verified_at SET NOT NULL,
    ALTER COLUMN verified_by SET NOT NULL;
CREATE INDEX venue_last_verified ON venue (community, verified_at) WHERE closed_on IS NULL;

ALTER TABLE address
    ADD COLUMN retired_on DATE,
    ADD COLUMN version    BIGINT NOT NULL DEFAULT 0;
