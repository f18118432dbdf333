-- Nanjie station's patrols (三级巡逻): 30 areas of about 25 cells (650 m square) over the station, in
-- three vehicle sectors; key sites; the cells' static risk (bus stops, venues, rented courtyards);
-- 19 officers (17 drive), 22 auxiliaries and 26 watch squads of 10 shop owners taking the months in
-- turn; checkpoints and cameras. Codes of officers and auxiliaries are incident-service's unit codes.
-- Safe to load again: existing rows are left as they are.

-- The communities' centres (as in demo/registers.py): an area belongs to the nearest.
CREATE TEMPORARY TABLE centre (community TEXT, latitude DOUBLE PRECISION, longitude DOUBLE PRECISION);
INSERT INTO centre VALUES
    ('wanyuan', 35.492, 112.842), ('yihou', 35.503, 112.852), ('fengyang', 35.478, 112.850),
    ('community-4', 35.486, 112.860), ('community-5', 35.497, 112.862), ('community-6', 35.482, 112.838),
    ('community-7', 35.500, 112.838), ('community-8', 35.476, 112.862);

-- Areas: 6 rows × 5 columns of 5 × 5 cells (cells are 0.0012° × 0.0015° from 35.470, 112.830).
INSERT INTO patrol_area (code, name, community, sector, cells, created_at, created_by)
SELECT 'NJ-' || ar || ac,
       '南街' || ar || '-' || ac || '区',
       (SELECT community FROM centre
        ORDER BY (centre.latitude - (35.470 + (ar * 5 + 2.5) * 0.0012)) ^ 2
               + ((centre.longitude - (112.830 + (ac * 5 + 2.5) * 0.0015)) * 0.814) ^ 2 LIMIT 1),
       CASE WHEN ac <= 1 THEN 'WEST' WHEN ac = 2 THEN 'CENTRE' ELSE 'EAST' END,
       ARRAY(SELECT (ar * 5 + r) || ':' || (ac * 5 + c) FROM generate_series(0, 4) r, generate_series(0, 4) c),
       now(), 'demo'
FROM generate_series(0, 5) ar, generate_series(0, 4) ac
ON CONFLICT (code) DO NOTHING;

-- Four checkpoints per area round its centre, 30 minutes apart give or take 10.
INSERT INTO checkpoint (id, area_code, code, name, seq, latitude, longitude, indoor, max_interval_minutes, tolerance_minutes)
SELECT gen_random_uuid(), 'NJ-' || ar || ac, 'NJ-' || ar || ac || '-CP' || s, '巡更点' || s, s,
       35.470 + (ar * 5 + CASE WHEN s IN (1, 2) THEN 1.5 ELSE 3.5 END) * 0.0012,
       112.830 + (ac * 5 + CASE WHEN s IN (1, 4) THEN 1.5 ELSE 3.5 END) * 0.0015,
       s = 3, 30, 10
FROM generate_series(0, 5) ar, generate_series(0, 4) ac, generate_series(1, 4) s
ON CONFLICT (code) DO NOTHING;

INSERT INTO key_site (code, name, kind, latitude, longitude) VALUES
    ('KS-SCHOOL-1', '南街小学', 'SCHOOL', 35.4885, 112.8455),
    ('KS-SCHOOL-2', '万苑中学', 'SCHOOL', 35.4950, 112.8400),
    ('KS-HOSPITAL', '城区人民医院', 'HOSPITAL', 35.4800, 112.8560),
    ('KS-MALL-1', '驿后购物中心', 'MALL', 35.5030, 112.8520),
    ('KS-MALL-2', '凤阳商厦', 'MALL', 35.4780, 112.8500),
    ('KS-BANK', '南街银行网点', 'BANK', 35.4900, 112.8520),
    ('KS-STATION', '城区汽车站', 'TRANSPORT', 35.4990, 112.8600),
    ('KS-KINDER', '凤阳幼儿园', 'SCHOOL', 35.4760, 112.8400)
ON CONFLICT (code) DO NOTHING;

-- Static risk: bus stops along the main road (row 17), Yihou's shops and malls, Wanyuan's rented courtyards.
INSERT INTO cell_factor (cell, venues, bus_stops, rented_courtyards)
SELECT '17:' || c, 0, 1, 0 FROM generate_series(0, 24, 3) c
ON CONFLICT (cell) DO NOTHING;
INSERT INTO cell_factor (cell, venues, bus_stops, rented_courtyards)
SELECT r || ':' || c, 6 + (r + c) % 7, 0, 0 FROM generate_series(25, 28) r, generate_series(12, 16) c
ON CONFLICT (cell) DO NOTHING;
INSERT INTO cell_factor (cell, venues, bus_stops, rented_courtyards)
SELECT r || ':' || c, 2, 0, 25 FROM generate_series(15, 21) r, generate_series(5, 11) c
ON CONFLICT (cell) DO NOTHING;

-- Watch squads: 26 squads of shop owners, 16 in Yihou's commercial streets and 10 in Wanyuan.
INSERT INTO squad (code, name, community, turn_order)
SELECT 'squad-' || lpad(s::text, 2, '0'), '邻里守望第' || s || '小分队', CASE WHEN s <= 16 THEN 'yihou' ELSE 'wanyuan' END, s
FROM generate_series(1, 26) s
ON CONFLICT (code) DO NOTHING;

INSERT INTO patroller (code, name, level, community, squad_code, username, skills, avoid_nights) VALUES
    ('officer-01', '王警官', 'POLICE', 'fengyang', NULL, 'officer', 'DRIVING', false),
    ('officer-02', '李警官', 'POLICE', 'yihou', NULL, NULL, 'DRIVING', false),
    ('officer-03', '张警官', 'POLICE', 'wanyuan', NULL, NULL, 'DRIVING', false),
    ('officer-04', '刘警官', 'POLICE', 'community-4', NULL, NULL, 'DRIVING', false),
    ('officer-05', '陈警官', 'POLICE', 'community-5', NULL, NULL, 'DRIVING', false),
    ('officer-06', '杨警官', 'POLICE', 'community-6', NULL, NULL, 'DRIVING', true),
    ('officer-07', '赵警官', 'POLICE', 'community-7', NULL, NULL, 'DRIVING', false),
    ('officer-08', '黄警官', 'POLICE', 'community-8', NULL, NULL, 'DRIVING', false),
    ('officer-09', '周警官', 'POLICE', 'fengyang', NULL, NULL, 'DRIVING', false),
    ('officer-10', '吴警官', 'POLICE', 'yihou', NULL, NULL, 'DRIVING', false),
    ('officer-11', '徐警官', 'POLICE', 'wanyuan', NULL, NULL, 'DRIVING', false),
    ('officer-12', '孙警官', 'POLICE', 'community-4', NULL, NULL, 'DRIVING', false),
    ('officer-13', '胡警官', 'POLICE', 'community-5', NULL, NULL, 'DRIVING', false),
    ('officer-14', '朱警官', 'POLICE', 'community-6', NULL, NULL, 'DRIVING', true),
    ('officer-15', '高警官', 'POLICE', 'community-7', NULL, NULL, 'DRIVING', false),
    ('officer-16', '林警官', 'POLICE', 'community-8', NULL, NULL, 'DRIVING', false),
    ('officer-17', '何警官', 'POLICE', 'fengyang', NULL, NULL, 'DRIVING', false),
    ('officer-18', '郭警官', 'POLICE', 'yihou', NULL, NULL, '', false),
    ('officer-19', '马警官', 'POLICE', 'wanyuan', NULL, NULL, '', false),
    ('auxiliary-01', '辅警赵', 'AUXILIARY', 'fengyang', NULL, 'auxiliary', '', false),
    ('auxiliary-02', '辅警黄', 'AUXILIARY', 'yihou', NULL, NULL, '', false),
    ('auxiliary-03', '辅警周', 'AUXILIARY', 'wanyuan', NULL, NULL, '', false),
    ('auxiliary-04', '辅警吴', 'AUXILIARY', 'community-4', NULL, NULL, '', false),
    ('auxiliary-05', '辅警徐', 'AUXILIARY', 'community-5', NULL, NULL, '', false),
    ('auxiliary-06', '辅警孙', 'AUXILIARY', 'community-6', NULL, NULL, '', true),
    ('auxiliary-07', '辅警胡', 'AUXILIARY', 'community-7', NULL, NULL, '', false),
    ('auxiliary-08', '辅警朱', 'AUXILIARY', 'community-8', NULL, NULL, '', false),
    ('auxiliary-09', '辅警高', 'AUXILIARY', 'fengyang', NULL, NULL, '', false),
    ('auxiliary-10', '辅警林', 'AUXILIARY', 'yihou', NULL, NULL, '', false),
    ('auxiliary-11', '辅警何', 'AUXILIARY', 'wanyuan', NULL, NULL, '', false),
    ('auxiliary-12', '辅警郭', 'AUXILIARY', 'community-4', NULL, NULL, '', false),
    ('auxiliary-13', '辅警马', 'AUXILIARY', 'community-5', NULL, NULL, '', false),
    ('auxiliary-14', '辅警罗', 'AUXILIARY', 'community-6', NULL, NULL, '', true),
    ('auxiliary-15', '辅警梁', 'AUXILIARY', 'community-7', NULL, NULL, '', false),
    ('auxiliary-16', '辅警宋', 'AUXILIARY', 'community-8', NULL, NULL, '', false),
    ('auxiliary-17', '辅警郑', 'AUXILIARY', 'fengyang', NULL, NULL, '', false),
    ('auxiliary-18', '辅警谢', 'AUXILIARY', 'yihou', NULL, NULL, '', false),
    ('auxiliary-19', '辅警韩', 'AUXILIARY', 'wanyuan', NULL, NULL, '', false),
    ('auxiliary-20', '辅警唐', 'AUXILIARY', 'community-4', NULL, NULL, '', false),
    ('auxiliary-21', '辅警王', 'AUXILIARY', 'community-5', NULL, NULL, '', false),
    ('auxiliary-22', '辅警李', 'AUXILIARY', 'community-6', NULL, NULL, '', false)
ON CONFLICT (code) DO NOTHING;

-- Ten shop owners per squad; the demo user "volunteer" is the first member of this month's squad.
INSERT INTO patroller (code, name, level, community, squad_code, username, skills, avoid_nights)
SELECT 'squad-' || lpad(s::text, 2, '0') || '-' || lpad(m::text, 2, '0'),
       (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴'])[m] || '店主' || s,
       'VOLUNTEER', CASE WHEN s <= 16 THEN 'yihou' ELSE 'wanyuan' END, 'squad-' || lpad(s::text, 2, '0'),
       CASE WHEN m = 1 AND s = 1 + ((extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int - 2024) * 12
                                    + extract(month FROM now() AT TIME ZONE 'Asia/Shanghai')::int - 1) % 26
            THEN 'volunteer' END,
       '', false
FROM generate_series(1, 26) s, generate_series(1, 10) m
ON CONFLICT (code) DO NOTHING;

-- Cameras (探头) at Yihou's malls and bus stops and Wanyuan's lanes.
INSERT INTO camera (code, name, area_code, latitude, longitude, presets) VALUES
    ('CAM-YH-01', '驿后购物中心北门', 'NJ-52', 35.5030, 112.8520, ARRAY['北门', '停车场', '公交站']),
    ('CAM-YH-02', '驿后步行街东口', 'NJ-53', 35.5040, 112.8560, ARRAY['街口', '商铺']),
    ('CAM-YH-03', '驿后公交总站', 'NJ-53', 35.5000, 112.8570, ARRAY['站台', '出入口']),
    ('CAM-WY-01', '万源街口', 'NJ-31', 35.4920, 112.8420, ARRAY['街口', '巷内']),
    ('CAM-WY-02', '兴华巷', 'NJ-31', 35.4900, 112.8400, ARRAY['巷口']),
    ('CAM-FY-01', '凤阳商厦', 'NJ-12', 35.4780, 112.8500, ARRAY['正门', '停车场'])
ON CONFLICT (code) DO NOTHING;
