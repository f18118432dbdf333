-- The SQL of one POST /api/incidents as incident-service sends it (read off the PostgreSQL statement
-- log), for pgbench: the day's number, the incident, and its two outbox events in one transaction.
-- Benchmarks.java runs it at the service's concurrency; the ratio of the two rates is the figure.
-- Two differences, both in pgbench's favour only by a hair: the events are marked sent (so the
-- relay leaves them alone) and numbers carry a P (so they are told apart).
\set r1 random(1, 9000000000000000000)
\set r2 random(1, 9000000000000000000)
\set lat random(0, 30000)
\set lon random(0, 35000)
BEGIN;
INSERT INTO incident_number (day, last) VALUES ((now() AT TIME ZONE 'Asia/Shanghai')::date, 1)
    ON CONFLICT (day) DO UPDATE SET last = incident_number.last + 1 RETURNING last \gset
insert into incident (address_id,address_text,cancel_reason,category,channel,closed_at,community,dispatched_at,dispute_id,dispute_number,grid,handled_at,latitude,longitude,merged_into,number,on_scene_at,patrol_finding_id,priority,reported_at,reported_by,reporter_name,reporter_phone,status,sub_category,summary,transfer_reason,transfer_reference,transfer_target,version,id)
    values (NULL, '万源街12号', NULL, 'HELP', 'CALL_110', NULL, 'wanyuan', NULL, NULL, NULL, NULL, NULL,
            35.48 + :lat / 1000000.0, 112.83 + :lon / 1000000.0, NULL,
            'JQ' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-P'
                || CASE WHEN :last < 10000 THEN lpad(:last::text, 4, '0') ELSE :last::text END,
            NULL, NULL, 'NORMAL', now(), 'pgbench', NULL, NULL, 'RECEIVED', NULL, 'benchmark report',
            NULL, NULL, NULL, 0, md5(:r1 || ':' || :r2)::uuid);
insert into outbox_event (aggregate_id,attempts,event_id,event_type,last_error,occurred_at,payload,sent_at,topic)
    values (md5(:r1 || ':' || :r2)::uuid::text, 0, gen_random_uuid(), 'cn.fengqiao.incident.reported.v1', NULL, now(),
            '{"incidentId":"' || md5(:r1 || ':' || :r2)::uuid || '","number":"JQ20261130-0001","channel":"CALL_110","category":"HELP","priority":"NORMAL","community":"wanyuan","addressText":"万源街12号","latitude":35.49,"longitude":112.85,"reportedAt":"2026-11-30T07:10:28.908382198Z","residentIds":[]}',
            now(), 'incident-events')
    RETURNING *;
insert into outbox_event (aggregate_id,attempts,event_id,event_type,last_error,occurred_at,payload,sent_at,topic)
    values (md5(:r1 || ':' || :r2)::uuid::text, 0, gen_random_uuid(), 'cn.fengqiao.public.incident-reported.v1', NULL, now(),
            '{"incidentId":"' || md5(:r1 || ':' || :r2)::uuid || '","number":"JQ20261130-0001","channel":"CALL_110","category":"HELP","community":"wanyuan","reportedAt":"2026-11-30T07:10:28.908382198Z"}',
            now(), 'public-events')
    RETURNING *;
COMMIT;
