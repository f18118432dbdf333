-- A select by key, the reference for GET /api/incidents/{id} (Benchmarks.java passes -D incident_id=...).
select * from incident where id = :incident_id;
