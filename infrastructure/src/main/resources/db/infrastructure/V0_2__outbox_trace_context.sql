-- The W3C trace context (traceparent) of the request that recorded an event, so the relay can carry
-- it to Kafka and the consumers continue the trace; NULL when tracing is off.
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;
