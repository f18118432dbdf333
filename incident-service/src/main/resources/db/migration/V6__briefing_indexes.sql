-- The daily briefing reads a day (or 30 days) of incidents station-wide.
CREATE INDEX incident_reported_at ON incident (reported_at);
CREATE INDEX callback_recorded_at ON callback (recorded_at) WHERE status = 'DONE';
