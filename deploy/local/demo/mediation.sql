-- Nanjie station's mediation demo data: the duty lawyers on the rota and the article's year 2023,
-- 654 disputes screened and 384 mediated successfully. Written straight into the database (no
-- events): it is history for the statistics, not live traffic. Numbers carry a D (TJ20230105-D017),
-- so they never meet the live daily sequence. Running it twice changes nothing.

INSERT INTO lawyer (username, name, firm, rota_order, active) VALUES
    ('lawyer', '张明', '山西晋城律师事务所', 1, true),
    ('lawyer-li', '李华', '山西太行律师事务所', 2, true),
    ('lawyer-wang', '王芳', '晋城市法律援助中心', 3, true)
ON CONFLICT (username) DO NOTHING;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM dispute WHERE screened_by = 'demo-generator') THEN
        RETURN;
    END IF;

    -- 1..384 settled by agreement; 385..454 mediated but failed (half then referred to court);
    -- 455..574 referred without mediation; 575..654 screened out (no dispute).
    CREATE TEMP TABLE demo_dispute ON COMMIT DROP AS
    SELECT n,
           gen_random_uuid() AS id,
           (((DATE '2023-01-01' + ((n * 37) % 365)) + make_time(8 + (n * 7) % 12, (n * 13) % 60, 0))
               AT TIME ZONE 'Asia/Shanghai') AS screened_at,
           (ARRAY['wanyuan','yihou','fengyang','community-4','community-5','community-6','community-7','community-8'])
               [1 + (n * 5) % 8] AS community,
           (ARRAY['NEIGHBOUR','NEIGHBOUR','FAMILY','LANDLORD_TENANT','LANDLORD_TENANT','COMMERCIAL','WAGES','PROPERTY_DAMAGE','OTHER'])
               [1 + (n * 7) % 9] AS type,
           CASE WHEN n <= 384 THEN 'settled' WHEN n <= 454 THEN 'failed' WHEN n <= 574 THEN 'referred' ELSE 'none' END AS fate,
           1 + (n * 11) % 25 AS days_to_settle
    FROM generate_series(1, 654) AS n;

    INSERT INTO dispute (id, number, source, type, community, address_text, risk_grade, warning_level, summary, status,
                         screened_at, screened_by, accept_due, accepted_at, mediate_due, mediator_kind, mediator,
                         mediator_name, mediation_started_at, agreement_signed_at, failed_at, referred_at,
                         referral_target, referral_reason, closed_at)
    SELECT d.id,
           'TJ' || to_char(d.screened_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-D' || lpad(d.n::text, 3, '0'),
           (ARRAY['INCIDENT','WALK_IN','GRID_REPORT','SCREENING'])[1 + d.n % 4],
           d.type, d.community, '演示地址 ' || d.n || ' 号',
           (ARRAY['LOW','LOW','MEDIUM','HIGH'])[1 + d.n % 4],
           (ARRAY['BLUE','BLUE','YELLOW','ORANGE'])[1 + d.n % 4],
           '2023 年演示纠纷 ' || d.n,
           CASE d.fate WHEN 'settled' THEN 'CLOSED' WHEN 'failed' THEN CASE WHEN d.n % 2 = 0 THEN 'REFERRED' ELSE 'CLOSED' END
                       WHEN 'referred' THEN 'REFERRED' ELSE 'CLOSED' END,
           d.screened_at, 'demo-generator', d.screened_at + interval '3 days',
           CASE WHEN d.fate <> 'none' THEN d.screened_at + interval '1 day' END,
           CASE WHEN d.fate <> 'none' THEN d.screened_at + interval '31 days' END,
           CASE WHEN d.fate IN ('settled', 'failed') THEN (ARRAY['POLICE_MEDIATOR','PEOPLES_MEDIATOR'])[1 + d.n % 2] END,
           CASE WHEN d.fate IN ('settled', 'failed') THEN 'mediator' END,
           CASE WHEN d.fate IN ('settled', 'failed') THEN '调解员' END,
           CASE WHEN d.fate IN ('settled', 'failed') THEN d.screened_at + interval '2 days' END,
           CASE WHEN d.fate = 'settled' THEN d.screened_at + make_interval(days => d.days_to_settle) END,
           CASE WHEN d.fate = 'failed' THEN d.screened_at + interval '20 days' END,
           CASE WHEN d.fate = 'referred' THEN d.screened_at + interval '2 days'
                WHEN d.fate = 'failed' AND d.n % 2 = 0 THEN d.screened_at + interval '21 days' END,
           CASE WHEN d.fate = 'referred' THEN (ARRAY['COURT','ARBITRATION','HOTLINE_12345','OTHER_DEPARTMENT'])[1 + d.n % 4]
                WHEN d.fate = 'failed' AND d.n % 2 = 0 THEN 'COURT' END,
           CASE WHEN d.fate = 'referred' OR (d.fate = 'failed' AND d.n % 2 = 0) THEN '演示转办' END,
           CASE WHEN d.fate = 'settled' THEN d.screened_at + make_interval(days => d.days_to_settle + 31)
                WHEN d.fate = 'failed' AND d.n % 2 = 1 THEN d.screened_at + interval '21 days'
                WHEN d.fate = 'none' THEN d.screened_at + interval '1 day' END
    FROM demo_dispute d;

    INSERT INTO dispute_party (dispute_id, side, name, contact)
    SELECT d.id, side.side, side.prefix || d.n, '1380000' || lpad(((d.n * 2 + side.k) % 10000)::text, 4, '0')
    FROM demo_dispute d
    CROSS JOIN (VALUES ('APPLICANT', '申请人', 0), ('RESPONDENT', '被申请人', 1)) AS side (side, prefix, k);

    INSERT INTO agreement (dispute_id, terms, text, signed_at, judicial_status)
    SELECT d.id, '双方达成和解（演示）', '人民调解协议书（演示）', d.screened_at + make_interval(days => d.days_to_settle),
           CASE WHEN d.n % 10 = 0 THEN 'CONFIRMED' ELSE 'NONE' END
    FROM demo_dispute d WHERE d.fate = 'settled';

    INSERT INTO follow_up (dispute_id, days_after, due_on, status, outcome, satisfaction, visited_by, visited_at)
    SELECT d.id, v.days, ((d.screened_at + make_interval(days => d.days_to_settle + v.days)) AT TIME ZONE 'Asia/Shanghai')::date,
           'DONE', 'STABLE', CASE WHEN d.n % 9 = 0 THEN 'BASICALLY_SATISFIED' ELSE 'SATISFIED' END, 'mediator',
           d.screened_at + make_interval(days => d.days_to_settle + v.days)
    FROM demo_dispute d CROSS JOIN (VALUES (7), (30)) AS v (days)
    WHERE d.fate = 'settled';
END
$$;
