-- The screening queue's stream: every new or changed dispute becomes a live event in the same
-- transaction (record_live_event, db/infrastructure); the stream passes those entering or leaving the queue.
CREATE TRIGGER dispute_live_event AFTER INSERT OR UPDATE ON dispute
    FOR EACH ROW EXECUTE FUNCTION record_live_event('dispute', 'id');
