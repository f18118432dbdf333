-- Corrections of the population register: moves in and out, deaths, and when an officer last found
-- each record true (实有人口核查). Registration by an officer counts as the first such check; a record
-- never checked since it was registered (a newborn entered by the hospital's application, say) is
-- counted from its registration.
ALTER TABLE person
    ADD COLUMN moved_in_on  DATE,
    ADD COLUMN moved_out_on DATE,
    ADD COLUMN deceased_on  DATE,
    ADD COLUMN verified_at  TIMESTAMPTZ,
    ADD COLUMN verified_by  TEXT;
UPDATE person SET verified_at = registered_at, verified_by = registered_by;
CREATE INDEX person_last_verified ON person (community, (COALESCE(verified_at, registered_at)))
    WHERE moved_out_on IS NULL AND deceased_on IS NULL;
