-- A small station for the patrol tests (the demo loads the real one: deploy/local/demo/patrol.sql).
-- Two vehicle sectors of three areas each, eight driving officers (six shifts a day need them), six auxiliaries, two watch squads
-- of four, and a school within every circle. Safe to run again.
INSERT INTO patrol_area (code, name, community, sector, cells, created_at, created_by) VALUES
    ('T-A1', '测试一区', 'wanyuan', 'T-S1', ARRAY['900:0','900:1','901:0','901:1'], now(), 'test'),
    ('T-A2', '测试二区', 'wanyuan', 'T-S1', ARRAY['900:2','900:3','901:2','901:3'], now(), 'test'),
    ('T-A3', '测试三区', 'yihou',   'T-S1', ARRAY['902:0','902:1','903:0','903:1'], now(), 'test'),
    ('T-A4', '测试四区', 'yihou',   'T-S2', ARRAY['902:2','902:3','903:2','903:3'], now(), 'test'),
    ('T-A5', '测试五区', 'yihou',   'T-S2', ARRAY['904:0','904:1','905:0','905:1'], now(), 'test'),
    ('T-A6', '测试六区', 'wanyuan', 'T-S2', ARRAY['904:2','904:3','905:2','905:3'], now(), 'test')
ON CONFLICT (code) DO NOTHING;

INSERT INTO key_site (code, name, kind, latitude, longitude) VALUES
    ('T-SCHOOL', '测试小学', 'SCHOOL', 35.470 + 902.5 * 0.0012, 112.830 + 2 * 0.0015)
ON CONFLICT (code) DO NOTHING;

INSERT INTO cell_factor (cell, venues, bus_stops, rented_courtyards) VALUES
    ('900:0', 2, 1, 0)
ON CONFLICT (cell) DO NOTHING;

INSERT INTO squad (code, name, community, turn_order) VALUES
    ('T-SQ1', '测试一队', 'yihou', 1),
    ('T-SQ2', '测试二队', 'yihou', 2)
ON CONFLICT (code) DO NOTHING;

INSERT INTO patroller (code, name, level, community, squad_code, username, skills, avoid_nights) VALUES
    ('officer-01',   '测试警官一', 'POLICE',    'wanyuan', NULL, 'officer', 'DRIVING', false),
    ('officer-02',   '测试警官二', 'POLICE',    'yihou',   NULL, NULL, 'DRIVING', false),
    ('officer-03',   '测试警官三', 'POLICE',    'yihou',   NULL, NULL, 'DRIVING', true),
    ('officer-04',   '测试警官四', 'POLICE',    'wanyuan', NULL, NULL, 'DRIVING', false),
    ('officer-05',   '测试警官五', 'POLICE',    'wanyuan', NULL, NULL, 'DRIVING', false),
    ('officer-06',   '测试警官六', 'POLICE',    'yihou',   NULL, NULL, 'DRIVING', false),
    ('officer-07',   '测试警官七', 'POLICE',    'yihou',   NULL, NULL, 'DRIVING', false),
    ('officer-08',   '测试警官八', 'POLICE',    'wanyuan', NULL, NULL, 'DRIVING', false),
    ('auxiliary-01', '测试辅警一', 'AUXILIARY', 'wanyuan', NULL, 'auxiliary', '', false),
    ('auxiliary-02', '测试辅警二', 'AUXILIARY', 'yihou',   NULL, NULL, '', false),
    ('auxiliary-03', '测试辅警三', 'AUXILIARY', 'yihou',   NULL, NULL, '', true),
    ('auxiliary-04', '测试辅警四', 'AUXILIARY', 'wanyuan', NULL, NULL, '', false),
    ('auxiliary-05', '测试辅警五', 'AUXILIARY', 'yihou',   NULL, NULL, '', false),
    ('auxiliary-06', '测试辅警六', 'AUXILIARY', 'wanyuan', NULL, NULL, '', false),
    ('T-V11', '测试队员11', 'VOLUNTEER', 'yihou', 'T-SQ1', 'volunteer', '', false),
    ('T-V12', '测试队员12', 'VOLUNTEER', 'yihou', 'T-SQ1', NULL, '', false),
    ('T-V13', '测试队员13', 'VOLUNTEER', 'yihou', 'T-SQ1', NULL, '', false),
    ('T-V14', '测试队员14', 'VOLUNTEER', 'yihou', 'T-SQ1', NULL, '', false),
    ('T-V21', '测试队员21', 'VOLUNTEER', 'yihou', 'T-SQ2', NULL, '', false),
    ('T-V22', '测试队员22', 'VOLUNTEER', 'yihou', 'T-SQ2', NULL, '', false),
    ('T-V23', '测试队员23', 'VOLUNTEER', 'yihou', 'T-SQ2', NULL, '', false),
    ('T-V24', '测试队员24', 'VOLUNTEER', 'yihou', 'T-SQ2', NULL, '', false)
ON CONFLICT (code) DO NOTHING;
