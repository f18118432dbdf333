-- The command room's streams: every new or changed incident and every change on the unit board
-- becomes a live event in the same transaction (record_live_event, db/infrastructure).
CREATE TRIGGER incident_live_event AFTER INSERT OR UPDATE ON incident
    FOR EACH ROW EXECUTE FUNCTION record_live_event('incident', 'id');
CREATE TRIGGER unit_live_event AFTER INSERT OR UPDATE ON unit
    FOR EACH ROW EXECUTE FUNCTION record_live_event('unit', 'code');
