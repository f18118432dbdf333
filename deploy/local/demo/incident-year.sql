-- A realistic year of incidents for Nanjie station, about 50,000 (psql -v count=50000 -v until="'2026-11-30'"):
-- Wanyuan about 20% of them, Yihou (malls, shops, bus stops) the commercial hot spot, disputes and
-- help-seeking the largest categories, evenings busier than nights. Written straight into the
-- database (no events): it is history for the briefing and the benchmarks, not live traffic.
-- Numbers carry a D (JQ20240703-D01234), so they never meet the live daily sequence.
WITH params AS (
    SELECT (:until)::date AS until, (:count)::int AS total
),
raw AS (
    SELECT n, random() AS rc, random() AS rk, random() AS rh, random() AS rs, random() AS ra,
           random() AS rt1, random() AS rt2, random() AS rt3, random() AS rd, random() AS rp
    FROM generate_series(1, (SELECT total FROM params)) AS n
),
shaped AS (
    SELECT n, rs, ra, rt1, rt2, rt3, rp,
        CASE WHEN rc < 0.20 THEN 'wanyuan' WHEN rc < 0.42 THEN 'yihou' WHEN rc < 0.54 THEN 'fengyang'
             WHEN rc < 0.64 THEN 'community-4' WHEN rc < 0.73 THEN 'community-5' WHEN rc < 0.82 THEN 'community-6'
             WHEN rc < 0.91 THEN 'community-7' ELSE 'community-8' END AS community,
        CASE WHEN rk < 0.28 THEN 'HELP' WHEN rk < 0.52 THEN 'DISPUTE' WHEN rk < 0.64 THEN 'PUBLIC_ORDER'
             WHEN rk < 0.74 THEN 'TRAFFIC' WHEN rk < 0.82 THEN 'CRIMINAL' WHEN rk < 0.94 THEN 'NON_POLICE'
             WHEN rk < 0.98 THEN 'INVALID' ELSE 'FIRE' END AS category,
        -- busier from 08:00 to midnight, peaking in the evening
        (((SELECT until FROM params) - (floor(rd * 365))::int)::timestamp
            + make_interval(hours => CASE WHEN rh < 0.85 THEN 8 + floor(random() * 16)::int ELSE floor(random() * 8)::int END,
                            mins => floor(random() * 60)::int, secs => floor(random() * 60)::int))
            AT TIME ZONE 'Asia/Shanghai' AS reported_at
    FROM raw
)
INSERT INTO incident (id, number, channel, category, priority, status, summary, community, grid, address_text,
                      latitude, longitude, reported_at, reported_by, dispatched_at, on_scene_at, handled_at, closed_at,
                      transfer_target, cancel_reason)
SELECT gen_random_uuid(),
       'JQ' || to_char(reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-D' || lpad(n::text, 6, '0'),
       (ARRAY['CALL_110','CALL_110','CALL_110','WALK_IN','PATROL','VIDEO_PATROL','HOTLINE_12345','APP'])[1 + floor(ra * 8)::int],
       category,
       CASE WHEN category IN ('CRIMINAL','FIRE') THEN 'HIGH' WHEN category = 'HELP' AND ra < 0.2 THEN 'URGENT' ELSE 'NORMAL' END,
       CASE WHEN reported_at > now() - interval '2 hours' THEN 'RECEIVED'
            WHEN rs < 0.05 THEN 'TRANSFERRED' WHEN rs < 0.08 THEN 'CANCELLED' ELSE 'CLOSED' END,
       '示例警情 ' || category,
       community,
       'G' || lpad((1 + floor(rt3 * 12))::int::text, 2, '0'),
       CASE community WHEN 'wanyuan' THEN '万苑社区' WHEN 'yihou' THEN '驿后社区' WHEN 'fengyang' THEN '凤阳社区'
           WHEN 'community-4' THEN '第四社区' WHEN 'community-5' THEN '第五社区' WHEN 'community-6' THEN '第六社区'
           WHEN 'community-7' THEN '第七社区' ELSE '第八社区' END
                 || (ARRAY['主街','商场','公交站','菜市场','出租院落','学校门口','小区东门','广场'])[1 + floor(rt1 * 8)::int]
                 || ' ' || (1 + floor(rt2 * 20))::int || ' 号',
       -- around the community's centre, a third of them at its hot spot (a mall door, a lane, a bus stop)
       c.latitude + CASE WHEN rp < 0.33 THEN c.hot_dlat + (rt1 - 0.5) * 0.001 ELSE (rt1 + rt2 - 1) * 0.005 END,
       c.longitude + CASE WHEN rp < 0.33 THEN c.hot_dlon + (rt2 - 0.5) * 0.001 ELSE (rt2 - rt3) * 0.006 END,
       reported_at, 'demo-generator',
       CASE WHEN reported_at > now() - interval '2 hours' OR rs BETWEEN 0.05 AND 0.08 THEN NULL
            ELSE reported_at + make_interval(secs => 20 + floor(rt1 * 160)) END,
       CASE WHEN reported_at > now() - interval '2 hours' OR rs < 0.08 THEN NULL
            ELSE reported_at + make_interval(secs => 240 + floor(rt2 * 900)) END,
       CASE WHEN reported_at > now() - interval '2 hours' OR rs < 0.08 THEN NULL
            ELSE reported_at + make_interval(secs => 1800 + floor(rt3 * 5400)) END,
       CASE WHEN reported_at > now() - interval '2 hours' THEN NULL
            ELSE reported_at + make_interval(secs => 2400 + floor(rt3 * 7200)) END,
       CASE WHEN rs < 0.05 AND reported_at <= now() - interval '2 hours' THEN 'HOTLINE_12345' END,
       CASE WHEN rs BETWEEN 0.05 AND 0.08 AND reported_at <= now() - interval '2 hours' THEN '报警人撤回' END
FROM shaped
JOIN (VALUES ('wanyuan', 35.492, 112.842, 0.000, 0.001), ('yihou', 35.503, 112.852, 0.000, 0.000),
             ('fengyang', 35.478, 112.850, 0.000, 0.000), ('community-4', 35.486, 112.860, 0.002, -0.002),
             ('community-5', 35.497, 112.862, -0.001, 0.002), ('community-6', 35.482, 112.838, 0.001, 0.001),
             ('community-7', 35.500, 112.838, -0.002, 0.000), ('community-8', 35.476, 112.862, 0.001, -0.001))
     AS c (code, latitude, longitude, hot_dlat, hot_dlon) ON c.code = shaped.community;

-- Callbacks for about two thirds of the closed incidents, a day later: mostly satisfied.
INSERT INTO callback (incident_id, due_at, status, reached, satisfaction, channel, recorded_by, recorded_at)
SELECT id, closed_at + interval '24 hours', 'DONE', true,
       CASE WHEN r < 0.86 THEN 'SATISFIED' WHEN r < 0.96 THEN 'BASICALLY_SATISFIED' ELSE 'DISSATISFIED' END,
       'PHONE', 'demo-generator', closed_at + make_interval(hours => 2 + floor(r * 20)::int)
FROM (SELECT id, closed_at, random() AS r, random() AS pick FROM incident
      WHERE reported_by = 'demo-generator' AND status = 'CLOSED') AS closed
WHERE pick < 0.66 AND closed_at + interval '22 hours' < now();
ANALYZE incident;
ANALYZE callback;
