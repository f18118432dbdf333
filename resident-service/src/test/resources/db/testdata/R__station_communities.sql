-- The station's communities in the test database (the demo loads them into the real one: deploy/local/demo/resident.sql).
INSERT INTO police_office (code, name_zh, name_en) VALUES
    ('fengyang', '凤阳警务室', 'Fengyang police office'),
    ('yihou',    '驿后警务室', 'Yihou police office'),
    ('wanyuan',  '万苑警务室', 'Wanyuan police office'),
    ('office-4', '第四警务室', 'Police office 4'),
    ('office-5', '第五警务室', 'Police office 5'),
    ('office-6', '第六警务室', 'Police office 6'),
    ('office-7', '第七警务室', 'Police office 7')
ON CONFLICT (code) DO NOTHING;
INSERT INTO community (code, name_zh, name_en, police_office_code, area_km2, population) VALUES
    ('fengyang',    '凤阳社区', 'Fengyang community (south end)', 'fengyang', NULL, NULL),
    ('yihou',       '驿后社区', 'Yihou community (north end, commercial)', 'yihou', NULL, NULL),
    ('wanyuan',     '万苑社区', 'Wanyuan community', 'wanyuan', 0.64, 10000),
    ('community-4', '第四社区', 'Community 4', 'office-4', NULL, NULL),
    ('community-5', '第五社区', 'Community 5', 'office-5', NULL, NULL),
    ('community-6', '第六社区', 'Community 6', 'office-6', NULL, NULL),
    ('community-7', '第七社区', 'Community 7', 'office-7', NULL, NULL),
    ('community-8', '第八社区', 'Community 8', 'office-7', NULL, NULL)
ON CONFLICT (code) DO NOTHING;
