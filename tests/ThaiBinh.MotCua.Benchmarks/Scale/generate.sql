-- The scale data set, in set-based SQL (ScaleGenerator.cs runs the sections in order; "-- @@ name"
-- starts a section, @name is a parameter). Not part of CI.
--
-- Time model: an instant is W, the working seconds since the start of the calendar's first working
-- day. A working day is 28,800 s (07:00-11:30 = 16,200 s, then 13:30-17:00); W = 28,800 n + s with
-- s in 1..28,800 is day n at 07:00 + s (13:30 + s - 16,200 after the morning). A whole day's W lands
-- at 17:00, never at 07:00 the next morning: the product's AddWorkingTime does the same. Working-time
-- arithmetic is then plain addition: due = receipt + limit, a step is due at handed + budget, a
-- supplement wait moves the due moment by (resumed - paused). @days[n + 1] is the epoch second of
-- 00:00 UTC = 07:00 Vietnam time of working day n, from the product's own WorkingCalendar.

-- @@ setup
DROP SCHEMA IF EXISTS scale CASCADE;
CREATE SCHEMA scale;

-- The instant of W (inlined by the planner: an expression, no lookup).
CREATE FUNCTION scale.ts(w bigint, days bigint[]) RETURNS timestamptz
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_timestamp(days[(w - 1) / 28800 + 1] + (w - 1) % 28800 + 1
                        + CASE WHEN (w - 1) % 28800 >= 16200 THEN 7200 ELSE 0 END)
$$;

-- As System.Text.Json writes a UTC DateTimeOffset (ClockPause in the pauses column).
CREATE FUNCTION scale.iso(w bigint, days bigint[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_char(scale.ts(w, days) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"')
$$;

-- The due moment of a limit counted from W (DeadlineRules.DueAt): same-day procedures before 15:00
-- (s < 21,600) are due at the close of that day, later ones at the close of the next working day.
CREATE FUNCTION scale.due(w bigint, same_day boolean, limit_seconds bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN same_day
                THEN ((w - 1) / 28800 + CASE WHEN (w - 1) % 28800 + 1 < 21600 THEN 1 ELSE 2 END) * 28800
                ELSE w + limit_seconds END
$$;

-- TimelinessRules.Of: late after the due moment, early before the due day, else on time.
CREATE FUNCTION scale.tl(done bigint, due bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN done IS NULL OR due IS NULL THEN NULL
                WHEN done > due THEN 'Late'
                WHEN (done - 1) / 28800 < (due - 1) / 28800 THEN 'Early'
                ELSE 'OnTime' END
$$;

CREATE FUNCTION scale.tl_label(timeliness text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE timeliness WHEN 'Early' THEN 'Trước hạn' WHEN 'OnTime' THEN 'Đúng hạn' ELSE 'Quá hạn' END
$$;

-- One entry of a dossier's history and one hand-off, before they become rows.
CREATE TYPE scale.ev AS (at bigint, name text, officer uuid, to_status int, note text);
CREATE TYPE scale.ho AS (step int, start_w bigint, due_w bigint, actor uuid);

-- Every office with its unit, level and the reception office of the parent unit (RoutePlanner).
CREATE TABLE scale.office AS
SELECT o.id, o.code, o.kind, u.level_code AS level, u.id AS unit_id, u.code AS unit_code, u.name AS unit_name,
       pu.name AS parent_name,
       (SELECT po.id FROM offices po
        WHERE po.unit_id = u.parent_id AND po.kind <> 'Department' AND po.valid_to IS NULL
        ORDER BY po.code LIMIT 1) AS parent_desk,
       (SELECT count(*) FROM administrative_units c WHERE c.parent_id = u.id AND c.valid_to IS NULL) AS children
FROM offices o
JOIN administrative_units u ON u.id = o.unit_id
LEFT JOIN administrative_units pu ON pu.id = u.parent_id
WHERE o.valid_to IS NULL;

-- @@ officers
-- Officers for every office on top of the demo users (same password as they have): the service
-- centre's desk, each district's and commune's desk (reception, specialists, a leader who signs)
-- and the provincial departments' specialists and leaders.
INSERT INTO officers (id, username, full_name, office_id, roles, password_hash, is_active, last_signed_in_at)
SELECT gen_random_uuid(),
       'sc.' || lower(o.code) || '.' || r.word || g.k,
       (@families)[1 + floor(random() * cardinality(@families))::int] || ' '
           || (@anyMiddles)[1 + floor(random() * cardinality(@anyMiddles))::int] || ' '
           || (@anyGivens)[1 + floor(random() * cardinality(@anyGivens))::int],
       o.id, ARRAY[r.role], @passwordHash, true, NULL
FROM scale.office o
CROSS JOIN LATERAL (VALUES
    ('Reception', 'tiepnhan', CASE WHEN o.kind = 'ServiceCentre' THEN 10 WHEN o.kind = 'Department' THEN 0
                                   WHEN o.level = 'district' THEN 3 ELSE 1 END),
    ('Specialist', 'chuyenvien', CASE WHEN o.kind = 'ServiceCentre' THEN 0 WHEN o.kind = 'Department' THEN 3
                                      WHEN o.level = 'district' THEN 3 ELSE 1 END),
    ('Leader', 'lanhdao', CASE WHEN o.kind = 'ServiceCentre' THEN 0 WHEN o.kind = 'Department' THEN 2
                               WHEN o.level = 'district' THEN 2 ELSE 1 END)) AS r(role, word, n)
CROSS JOIN LATERAL generate_series(1, r.n) AS g(k)
ORDER BY o.code, r.role, g.k;

-- @@ plan
-- Officers of each office and role, padded to 16 by repetition so a pick is pool[1 + (bits & 15)].
CREATE TABLE scale.pool AS
SELECT office_id, role,
       ARRAY(SELECT ids[1 + g % cardinality(ids)] FROM generate_series(0, 15) g) AS ids16
FROM (SELECT office_id, role, array_agg(id ORDER BY username) AS ids
      FROM (SELECT id, office_id, username, unnest(roles) AS role FROM officers WHERE is_active) x
      GROUP BY office_id, role) p;

-- "xã Vũ Phúc, thành phố Thái Bình, tỉnh Thái Bình": the addresses a desk's applicants live at.
CREATE TABLE scale.tails AS
SELECT d.id AS office_id,
       array_agg(lower(left(c.unit_name, 1)) || substr(c.unit_name, 2) || ', '
                 || lower(left(c.parent_name, 1)) || substr(c.parent_name, 2) || ', tỉnh Thái Bình'
                 ORDER BY c.code) AS tails
FROM scale.office d
JOIN scale.office c ON c.level = 'commune' AND c.kind = 'ReceptionUnit'
 AND (c.id = d.id
      OR (d.level = 'district' AND c.unit_id IN (SELECT id FROM administrative_units WHERE parent_id = d.unit_id))
      OR d.level = 'province')
WHERE d.kind IN ('ServiceCentre', 'ReceptionUnit')
GROUP BY d.id;

-- One row per receiving office and procedure version of the office's level: the dossier's own
-- steps as RoutePlanner resolves them, and everything the generator needs per step.
CREATE TABLE scale.plan AS
WITH pairs AS (
    SELECT o.id AS office_id, o.code AS office_code, o.level, o.parent_desk, v.*
    FROM scale.office o
    JOIN procedure_versions v ON v.level_code = o.level
    WHERE o.kind IN ('ServiceCentre', 'ReceptionUnit')
), steps AS (
    SELECT p.office_id, p.id AS version_id, s.ordinality - 1 AS idx, s.step ->> 'kind' AS kind,
           (s.step ->> 'budgetHours')::int AS budget,
           CASE s.step ->> 'office' WHEN 'desk' THEN p.office_id WHEN 'parent-desk' THEN p.parent_desk
                ELSE (SELECT x.id FROM offices x WHERE x.code = s.step ->> 'office' AND x.valid_to IS NULL) END AS step_office
    FROM pairs p
    CROSS JOIN LATERAL jsonb_array_elements(p.route) WITH ORDINALITY AS s(step, ordinality)
), routes AS (
    SELECT s.office_id, s.version_id,
           array_agg(s.step_office ORDER BY s.idx) AS step_office,
           array_agg(s.kind ORDER BY s.idx) AS step_kind,
           array_agg(s.budget ORDER BY s.idx) AS budget,
           jsonb_agg(jsonb_build_object('index', s.idx, 'kind', s.kind, 'officeId', s.step_office, 'budgetHours', s.budget)
                     ORDER BY s.idx) AS steps,
           bool_and(s.step_office IS NOT NULL) AS resolved
    FROM steps s
    GROUP BY s.office_id, s.version_id
), pools AS (
    SELECT s.office_id, s.version_id,
           array_agg((coalesce(sp.ids16, ld.ids16))[g] ORDER BY s.idx, g) AS spec,
           array_agg((coalesce(ld.ids16, sp.ids16))[g] ORDER BY s.idx, g) AS lead
    FROM steps s
    CROSS JOIN generate_series(1, 16) AS g
    LEFT JOIN scale.pool sp ON sp.office_id = s.step_office AND sp.role = 'Specialist'
    LEFT JOIN scale.pool ld ON ld.office_id = s.step_office AND ld.role = 'Leader'
    GROUP BY s.office_id, s.version_id
)
SELECT row_number() OVER (ORDER BY p.office_code, p.procedure_code, p.valid_from)::int AS plan_id,
       p.office_id, p.office_code, p.level, p.id AS version_id, p.procedure_code, p.valid_from,
       p.limit_unit, p.limit_amount, p.supplement_policy,
       p.limit_unit = 'SameDay' AS same_day,
       CASE p.limit_unit WHEN 'WorkingDays' THEN p.limit_amount * 28800 WHEN 'WorkingHours' THEN p.limit_amount * 3600
            ELSE 28800 END::bigint AS limit_seconds,
       CASE p.limit_unit WHEN 'WorkingDays' THEN p.limit_amount * 28800 WHEN 'WorkingHours' THEN p.limit_amount * 3600
            ELSE 7200 END::bigint AS limit_scale,
       p.supplement_policy = 'RestartFromZero' AS restart,
       cardinality(r.step_kind) AS k,
       r.step_office, r.step_kind, r.budget, r.steps,
       -- Department steps and district desks are assigned by their leader; a commune's specialist takes them.
       (SELECT o.kind = 'Department' OR p.level <> 'commune' FROM scale.office o WHERE o.id = r.step_office[2]) AS assign1,
       pl.spec, pl.lead, rc.ids16 AS recv,
       p.result_deliveries AS deliveries,
       coalesce((SELECT jsonb_agg(jsonb_build_object('name', d ->> 'name', 'copies', (d ->> 'copies')::int, 'original', (d ->> 'original')::boolean) ORDER BY n)
                 FROM jsonb_array_elements(p.required_documents) WITH ORDINALITY AS e(d, n) WHERE NOT (d ->> 'conditional')::boolean), '[]') AS docs_a,
       coalesce((SELECT jsonb_agg(jsonb_build_object('name', d ->> 'name', 'copies', (d ->> 'copies')::int, 'original', (d ->> 'original')::boolean) ORDER BY n)
                 FROM jsonb_array_elements(p.required_documents) WITH ORDINALITY AS e(d, n)), '[]') AS docs_b,
       t.tails, r.resolved
FROM pairs p
JOIN routes r ON r.office_id = p.office_id AND r.version_id = p.id
JOIN pools pl ON pl.office_id = p.office_id AND pl.version_id = p.id
JOIN scale.pool rc ON rc.office_id = p.office_id AND rc.role = 'Reception'
JOIN scale.tails t ON t.office_id = p.office_id;

ALTER TABLE scale.plan ADD PRIMARY KEY (plan_id);
ANALYZE scale.plan;

CREATE TABLE scale.counts (plan_id int NOT NULL, n int NOT NULL, w_from bigint NOT NULL, w_to bigint NOT NULL);

-- @@ batch
-- One chunk (a month): each dossier's whole timeline in working seconds, then cut at the anchor
-- (@anchor): only what happened by then is kept. Every CTE is fenced with OFFSET 0 so a random
-- draw is made once and each column computed once.
DROP TABLE IF EXISTS scale.batch;
CREATE UNLOGGED TABLE scale.batch AS
WITH draws AS (
    SELECT c.plan_id, g.i,
           c.w_from + floor(random() * (c.w_to - c.w_from))::bigint AS w0,
           random() AS u_fate, random() AS u_req, random() AS u_stop, random() AS u_ref, random() AS u_stuck,
           random() AS u_class, random() AS u_end, random() AS u_tr, random() AS u_as, random() AS u_p1,
           random() AS u_b1, random() AS u_p2, random() AS u_b2, random() AS u_x, random() AS u_s1,
           random() AS u_s2, random() AS u_s3, random() AS u_ch, random() AS u_backlog, random() AS u_collect,
           random() AS u_id, random() AS u_docs, random() AS u_note,
           floor(random() * 2147483648)::bigint AS h1, floor(random() * 2147483648)::bigint AS h2,
           floor(random() * 2147483648)::bigint AS h3
    FROM scale.counts c
    CROSS JOIN LATERAL generate_series(1, c.n) AS g(i)
    OFFSET 0
), basics AS (
    SELECT d.*, p.same_day, p.limit_seconds, p.limit_scale, p.restart, p.assign1, p.k AS route_k,
           CASE WHEN d.u_fate < @pNa THEN 'na' WHEN d.u_fate < @pNa + @pWithdraw THEN 'wd' ELSE 'ok' END AS fate,
           CASE WHEN d.u_fate < @pNa THEN 0 WHEN d.u_req < @pReq2 THEN 2 WHEN d.u_req < @pReq1 + @pReq2 THEN 1 ELSE 0 END AS k,
           d.u_ref < @pRefuse AS refused,
           -- Middle steps visited: a refusal proposed at the first assessment goes straight to approval.
           CASE WHEN p.k = 5 AND d.u_ref >= @pRefuse THEN 3 ELSE 2 END AS m,
           scale.due(d.w0, p.same_day, p.limit_seconds) AS d0,
           -- Decree 61 Art. 18: transfer the same day, or by 11:30 the next when received from 15:00.
           ((d.w0 - 1) / 28800 + 1) * 28800 + CASE WHEN (d.w0 - 1) % 28800 + 1 < 21600 THEN 0 ELSE 16200 END AS td,
           d.w0 + 60 + floor(p.budget[1] * 3240 * power(d.u_tr, 1.5))::bigint AS t_t,
           p.budget[2] * (0.5 + d.u_s1) AS wm1,
           CASE WHEN p.k = 5 AND d.u_ref >= @pRefuse THEN p.budget[3] ELSE p.budget[p.k - 1] END * (0.5 + d.u_s2) AS wm2,
           CASE WHEN p.k = 5 AND d.u_ref >= @pRefuse THEN p.budget[4] * (0.5 + d.u_s3) ELSE 0 END AS wm3,
           CASE WHEN d.u_ch < @online THEN 2 WHEN d.u_ch < @online + @postal THEN 3 ELSE 1 END AS channel
    FROM draws d
    JOIN scale.plan p ON p.plan_id = d.plan_id
    OFFSET 0
), assigned AS (
    SELECT b.*,
           b.k > 0 AND b.fate = 'ok' AND b.u_stop < @pStop AS stop,
           CASE WHEN b.assign1 AND b.fate <> 'na' THEN b.t_t + 60 + floor(b.u_as * 3540)::bigint ELSE b.t_t END AS t_a,
           CASE WHEN b.assign1 AND b.fate <> 'na' THEN b.t_t + 60 + floor(b.u_as * 3540)::bigint END AS t_a2,
           CASE WHEN b.channel = 2 THEN CASE WHEN 'Online' = ANY (p.deliveries) THEN 'Online' ELSE 'Desk' END
                WHEN b.channel = 3 THEN CASE WHEN 'Post' = ANY (p.deliveries) THEN 'Post' ELSE 'Desk' END
                WHEN b.u_collect < 0.05 AND 'Post' = ANY (p.deliveries) THEN 'Post'
                ELSE 'Desk' END AS delivery
    FROM basics b
    JOIN scale.plan p ON p.plan_id = b.plan_id
    OFFSET 0
), requested AS (
    -- Supplements are asked for within three working days (86,400 s) of receipt, at the first
    -- assessment; with two requests both fit in that window.
    SELECT a.*,
           a.fate = 'ok' AND NOT a.stop AND a.w0 BETWEEN @stuckFrom AND @stuckTo AND a.u_stuck < @pStuck AS stuck,
           greatest(0, a.w0 + 86400 - a.t_a - 180) AS gap,
           CASE WHEN a.k >= 1 THEN a.t_a + 60 + floor(a.u_p1 * greatest(0, a.w0 + 86400 - a.t_a - 180)
                                                       * CASE WHEN a.k = 2 THEN 0.3 ELSE 0.7 END)::bigint END AS p1,
           CASE WHEN a.k = 2 THEN 60 + floor(a.u_b1 * 0.3 * greatest(0, a.w0 + 86400 - a.t_a - 180))::bigint
                WHEN a.k = 1 THEN 3600 + floor(-ln(1 - a.u_b1) * @waitMean)::bigint END AS b1,
           CASE WHEN a.k = 2 THEN 3600 + floor(-ln(1 - a.u_b2) * @waitMean)::bigint END AS b2
    FROM assigned a
    OFFSET 0
), resumed AS (
    SELECT q.*,
           CASE WHEN q.k = 2 OR (q.k = 1 AND NOT q.stop) THEN q.p1 + q.b1 END AS r1,
           CASE WHEN q.k = 2 THEN q.p1 + q.b1 + 60 + floor(q.u_p2 * 0.3 * q.gap)::bigint END AS p2
    FROM requested q
    OFFSET 0
), due AS (
    SELECT r.*,
           CASE WHEN r.k = 2 AND NOT r.stop THEN r.p2 + r.b2 END AS r2,
           CASE WHEN r.r1 IS NULL THEN r.d0
                WHEN r.restart THEN scale.due(r.r1, r.same_day, r.limit_seconds)
                ELSE r.d0 + r.b1 END AS d1
    FROM resumed r
    OFFSET 0
), due2 AS (
    SELECT d.*,
           CASE WHEN d.r2 IS NULL THEN d.d1
                WHEN d.restart THEN scale.due(d.r2, d.same_day, d.limit_seconds)
                ELSE d.d1 + d.b2 END AS d2,
           greatest(d.t_a, coalesce(d.r2, d.r1, d.t_a)) AS s_start,
           300 * d.m + floor(0.15 * d.limit_scale)::bigint AS lmin
    FROM due d
    OFFSET 0
), classed AS (
    -- Early: ends before the due day; on time: on the due day; late: after the due moment;
    -- stuck: still in progress at the anchor, long past due.
    SELECT d.*,
           ((d.d2 - 1) / 28800) * 28800 AS dds,
           CASE WHEN d.stuck THEN 'stuck'
                WHEN d.u_class < @pLate THEN 'late'
                WHEN d.s_start + d.lmin < ((d.d2 - 1) / 28800) * 28800 AND d.u_class < @pLate + (1 - @pLate) * @pEarly THEN 'early'
                ELSE 'ontime' END AS cls
    FROM due2 d
    OFFSET 0
), ended AS (
    SELECT c.*,
           CASE c.cls
               WHEN 'stuck' THEN greatest(c.d2, @anchor) + 1 + floor(c.u_end * greatest(@anchor - c.w0, 28800))::bigint
               WHEN 'late' THEN greatest(c.d2, c.s_start + c.lmin) + 1800 + floor(-ln(1 - c.u_end) * (0.3 * c.limit_scale + 28800))::bigint
               WHEN 'early' THEN c.s_start + c.lmin + floor((c.dds - c.s_start - c.lmin) * power(c.u_end, 0.6))::bigint
               ELSE CASE WHEN greatest(c.s_start + c.lmin, c.dds + 1) <= c.d2
                         THEN greatest(c.s_start + c.lmin, c.dds + 1) + floor((c.d2 - greatest(c.s_start + c.lmin, c.dds + 1)) * power(c.u_end, 0.8))::bigint
                         ELSE c.s_start + c.lmin END
           END AS e_plan
    FROM classed c
    OFFSET 0
), stepped AS (
    SELECT e.*,
           CASE WHEN e.fate = 'wd' THEN e.w0 + 60 + floor(e.u_x * greatest(e.e_plan - e.w0 - 120, 0))::bigint
                WHEN e.stop THEN coalesce(e.p2, e.p1) + 28800 * (10 + floor(e.u_x * 30)::bigint) END AS x,
           CASE WHEN e.fate <> 'na' AND NOT e.stop
                THEN e.s_start + floor((e.e_plan - e.s_start) * e.wm1 / (e.wm1 + e.wm2 + e.wm3))::bigint END AS c1,
           CASE WHEN e.fate <> 'na' AND NOT e.stop AND e.m = 3
                THEN e.s_start + floor((e.e_plan - e.s_start) * (e.wm1 + e.wm2) / (e.wm1 + e.wm2 + e.wm3))::bigint END AS c2m,
           CASE WHEN e.fate = 'ok' AND NOT e.stop THEN e.e_plan END AS e,
           CASE e.delivery
               WHEN 'Online' THEN 60 + floor(e.u_collect * 1800)::bigint
               WHEN 'Post' THEN 600 + floor(e.u_collect * 28800)::bigint
               ELSE 300 + floor(-ln(1 - e.u_collect) * @collectMean * CASE WHEN e.limit_scale <= 14400 THEN 0.1 ELSE 1 END)::bigint END AS collect
    FROM ended e
    OFFSET 0
), cut AS (
    SELECT s.*,
           least(@anchor, coalesce(s.x, @anchor)) AS tc,
           coalesce(s.x <= @anchor, false) AS closed,
           -- The result is handed over a little after it is ready, unless it waits in the backlog of
           -- uncollected results (the more recent, the likelier).
           CASE WHEN s.e + s.collect <= @anchor
                 AND s.u_backlog >= @backlog * greatest(0, 1 - (@anchor - s.e)::float8 / @backlogSpan)
                THEN s.e + s.collect END AS r
    FROM stepped s
    OFFSET 0
), people AS (
    SELECT c.*,
           CASE WHEN c.p2 <= c.tc AND (c.r2 IS NULL OR c.r2 > c.tc) THEN c.p2
                WHEN c.p1 <= c.tc AND (c.r1 IS NULL OR c.r1 > c.tc) THEN c.p1 END AS open_pause,
           CASE WHEN c.fate = 'na' THEN NULL WHEN c.r2 <= c.tc THEN c.d2 WHEN c.r1 <= c.tc THEN c.d1 ELSE c.d0 END AS due_cut,
           CASE WHEN c.fate = 'na' THEN 0
                WHEN c.e <= c.tc THEN c.m + 2
                WHEN c.c2m <= c.tc THEN 4
                WHEN c.c1 <= c.tc THEN 3
                WHEN c.t_t <= c.tc THEN 2
                ELSE 1 END AS hn,
           (c.h1 >> 20) & 1 = 1 AS female,
           1950 + (c.h2 >> 15) % 57 AS birth_year,
           (@families)[1 + (c.h1 >> 6) % cardinality(@families)] AS family,
           (@families)[1 + (c.h3 >> 16) % cardinality(@families)] AS proxy_family
    FROM cut c
    OFFSET 0
), named AS (
    SELECT p.*,
           p.family || ' ' || CASE WHEN p.female THEN (@middlesF)[1 + (p.h1 >> 11) % cardinality(@middlesF)] || ' ' || (@givensF)[1 + (p.h2 >> 3) % cardinality(@givensF)]
                                   ELSE (@middlesM)[1 + (p.h1 >> 11) % cardinality(@middlesM)] || ' ' || (@givensM)[1 + (p.h2 >> 3) % cardinality(@givensM)] END AS full_name,
           (@refuseReasons)[1 + (p.h3 >> 5) % cardinality(@refuseReasons)] AS refuse_reason,
           (@items)[1 + (p.h3 >> 11) % cardinality(@items)] AS items
    FROM people p
    OFFSET 0
), returned AS (
    SELECT n.*,
           CASE WHEN n.fate = 'na' THEN 3
                WHEN n.closed THEN CASE WHEN n.stop THEN 8 ELSE 7 END
                WHEN n.r IS NOT NULL THEN 10
                WHEN n.e <= n.tc THEN 9
                WHEN n.open_pause IS NOT NULL THEN 5
                WHEN n.t_t <= n.tc THEN 4
                ELSE 2 END AS status,
           CASE WHEN n.r IS NULL THEN NULL
                WHEN (n.h3 >> 9) % 100 < 85 THEN n.full_name
                ELSE n.proxy_family || ' ' || (@middlesM)[1 + (n.h3 >> 4) % cardinality(@middlesM)] || ' '
                     || (@givensM)[1 + (n.h3 >> 20) % cardinality(@givensM)] || ' (nhận thay)' END AS returned_to,
           CASE WHEN n.fate = 'na' THEN (@naReasons)[1 + (n.h3 >> 13) % cardinality(@naReasons)]
                WHEN n.closed AND n.stop THEN 'Quá thời hạn bổ sung hồ sơ nhưng công dân không bổ sung, hoàn thiện theo yêu cầu'
                WHEN n.closed THEN (@withdrawReasons)[1 + (n.h3 >> 13) % cardinality(@withdrawReasons)]
                WHEN n.refused AND n.c1 <= n.tc THEN n.refuse_reason END AS reasons,
           CASE n.channel WHEN 2 THEN 'Nộp trực tuyến qua Cổng Dịch vụ công'
                          WHEN 3 THEN 'Nhận qua dịch vụ bưu chính công ích'
                          ELSE CASE WHEN n.u_note < 0.3 THEN 'Nộp trực tiếp' END END AS note
    FROM named n
    OFFSET 0
), built AS (
    SELECT n.plan_id, n.i, n.w0, n.fate, n.k, n.stop, n.refused, n.m, n.channel, n.delivery, n.stuck, n.cls,
           n.d0, n.d2, n.td, n.t_t, n.t_a2, n.p1, n.r1, n.p2, n.r2, n.c1, n.e, n.r, n.x,
           n.tc, n.closed, n.open_pause, n.due_cut, n.hn, n.status, n.u_docs, n.full_name, n.returned_to, n.reasons, n.note, n.items,
           p.office_id, p.office_code,
           -- A UUIDv7 as Guid.CreateVersion7 makes: the receipt's millisecond, then random bits.
           (lpad(to_hex(((@days)[(n.w0 - 1) / 28800 + 1] + (n.w0 - 1) % 28800 + 1
                           + CASE WHEN (n.w0 - 1) % 28800 >= 16200 THEN 7200 ELSE 0 END) * 1000 + floor(n.u_id * 1000)::bigint), 12, '0')
            || '7' || substr(md5(@chunk || '.' || n.plan_id || '.' || n.i), 1, 3)
            || '8' || substr(md5(@chunk || '.' || n.plan_id || '.' || n.i), 4, 15))::uuid AS id,
           row_number() OVER (PARTITION BY p.office_id, (n.w0 - 1) / 28800 ORDER BY n.w0, n.i)::int AS seq,
           (n.w0 - 1) / 28800 + 1 AS day_index,
           CASE WHEN (n.h1 >> 7) % 100 < 85 THEN '034' ELSE (@otherProvinces)[1 + (n.h1 >> 24) % cardinality(@otherProvinces)] END
             || ((CASE WHEN n.birth_year >= 2000 THEN 2 ELSE 0 END) + (CASE WHEN n.female THEN 1 ELSE 0 END))::text
             || lpad((n.birth_year % 100)::text, 2, '0')
             || lpad(floor(n.u_id * 1000000)::int::text, 6, '0') AS citizen_id,
           CASE WHEN (n.h2 >> 1) % 10 < 7 THEN make_date(n.birth_year::int, 1, 1) + ((n.h3 >> 3) % 365)::int END AS birth_date,
           '0' || (ARRAY['9', '8', '3', '7', '5'])[1 + (n.h2 >> 9) % 5] || lpad(((n.h2 * 7919 + n.h3) % 100000000)::text, 8, '0') AS phone,
           CASE WHEN n.h3 & 1 = 0 THEN 'Thôn ' ELSE 'Xóm ' END || (1 + (n.h3 >> 1) % 14)::text || ', '
             || p.tails[1 + (n.h2 >> 4) % cardinality(p.tails)] AS address,
           -- The officers: the receiving desk's, and each step office's specialist and leader.
           p.recv[1 + (n.h1 & 15)] AS receiver,
           p.recv[1 + ((n.h1 >> 4) & 15)] AS returner,
           p.step_office,
           -- The hand-offs the dossier would go through (the cut keeps the first hn).
           CASE WHEN n.m = 3 THEN ARRAY[
                    ROW(0, n.w0, n.td, p.recv[1 + (n.h1 & 15)])::scale.ho,
                    ROW(1, n.t_t, n.t_t + p.budget[2] * 3600 + CASE WHEN n.r1 <= n.tc THEN n.b1 ELSE 0 END + CASE WHEN n.r2 <= n.tc THEN n.b2 ELSE 0 END,
                        p.spec[16 + 1 + ((n.h2 >> 4) & 15)])::scale.ho,
                    ROW(2, n.c1, n.c1 + p.budget[3] * 3600, p.spec[32 + 1 + ((n.h2 >> 8) & 15)])::scale.ho,
                    ROW(3, n.c2m, n.c2m + p.budget[4] * 3600, p.lead[48 + 1 + ((n.h3 >> 12) & 15)])::scale.ho,
                    ROW(4, n.e, n.e + p.budget[5] * 3600, p.recv[1 + ((n.h1 >> 4) & 15)])::scale.ho]
                ELSE ARRAY[
                    ROW(0, n.w0, n.td, p.recv[1 + (n.h1 & 15)])::scale.ho,
                    ROW(1, n.t_t, n.t_t + p.budget[2] * 3600 + CASE WHEN n.r1 <= n.tc THEN n.b1 ELSE 0 END + CASE WHEN n.r2 <= n.tc THEN n.b2 ELSE 0 END,
                        p.spec[16 + 1 + ((n.h2 >> 4) & 15)])::scale.ho,
                    ROW(p.k - 2, n.c1, n.c1 + p.budget[p.k - 1] * 3600, p.lead[(p.k - 2) * 16 + 1 + ((n.h3 >> 12) & 15)])::scale.ho,
                    ROW(p.k - 1, n.e, n.e + p.budget[p.k] * 3600, p.recv[1 + ((n.h1 >> 4) & 15)])::scale.ho]
           END AS hs,
           -- The history as the domain records it, in time order; a NULL entry did not happen.
           array_remove(ARRAY[
               CASE WHEN n.fate = 'na'
                    THEN ROW(n.w0, 'refuse-at-reception', p.recv[1 + (n.h1 & 15)], 3, n.reasons)::scale.ev
                    ELSE ROW(n.w0, 'receive', p.recv[1 + (n.h1 & 15)], 2, n.note)::scale.ev END,
               CASE WHEN n.fate <> 'na' THEN ROW(n.t_t, 'transfer', p.recv[1 + (n.h1 & 15)], 4, NULL)::scale.ev END,
               CASE WHEN n.t_a2 IS NOT NULL THEN ROW(n.t_a2, 'assign', p.lead[16 + 1 + ((n.h3 >> 8) & 15)], 4, NULL)::scale.ev END,
               CASE WHEN n.p1 IS NOT NULL THEN ROW(n.p1, 'request-supplement', p.spec[16 + 1 + ((n.h2 >> 4) & 15)], 5, n.items)::scale.ev END,
               CASE WHEN n.r1 IS NOT NULL THEN ROW(n.r1, 'supplement', p.recv[1 + (n.h1 & 15)], 4, 'Công dân đã nộp đủ giấy tờ bổ sung')::scale.ev END,
               CASE WHEN n.p2 IS NOT NULL THEN ROW(n.p2, 'request-supplement', p.spec[16 + 1 + ((n.h2 >> 4) & 15)], 5, n.items)::scale.ev END,
               CASE WHEN n.r2 IS NOT NULL THEN ROW(n.r2, 'supplement', p.recv[1 + (n.h1 & 15)], 4, 'Công dân đã nộp đủ giấy tờ bổ sung')::scale.ev END,
               CASE WHEN n.c1 IS NOT NULL THEN ROW(n.c1, 'assess', p.spec[16 + 1 + ((n.h2 >> 4) & 15)], 4,
                   CASE WHEN n.refused THEN 'Đề xuất từ chối: ' || n.refuse_reason ELSE 'Đề xuất giải quyết' END)::scale.ev END,
               CASE WHEN n.c2m IS NOT NULL THEN
                   CASE WHEN p.step_kind[3] = 'Verify'
                        THEN ROW(n.c2m, 'verify', p.spec[32 + 1 + ((n.h2 >> 8) & 15)], 4, (@opinions)[1 + (n.h2 >> 12) % cardinality(@opinions)])::scale.ev
                        ELSE ROW(n.c2m, 'assess', p.spec[32 + 1 + ((n.h2 >> 8) & 15)], 4, 'Đề xuất giải quyết')::scale.ev END END,
               CASE WHEN n.e IS NOT NULL THEN ROW(n.e, 'approve', p.lead[(p.k - 2) * 16 + 1 + ((n.h3 >> 12) & 15)], 9,
                   CASE WHEN n.refused THEN 'Phê duyệt từ chối: ' || n.refuse_reason ELSE 'Phê duyệt kết quả' END)::scale.ev END,
               CASE WHEN n.r IS NOT NULL THEN ROW(n.r, 'return', p.recv[1 + ((n.h1 >> 4) & 15)], 10,
                   'Người nhận: ' || n.returned_to || ' (' || scale.tl_label(scale.tl(n.r, n.due_cut)) || ')')::scale.ev END
           ], NULL) AS evs,
           -- Who closes: the desk takes a withdrawal, the step's leader stops processing.
           CASE WHEN n.stop THEN p.lead[16 + 1 + ((n.h3 >> 8) & 15)] ELSE p.recv[1 + (n.h1 & 15)] END AS closer
    FROM returned n
    JOIN scale.plan p ON p.plan_id = n.plan_id
    OFFSET 0
)
SELECT b.*, (SELECT count(*) FROM unnest(b.evs) AS v WHERE v.at <= b.tc)::int AS nkept
FROM built b
ORDER BY b.w0, b.i;

-- @@ dossiers
INSERT INTO dossiers (
    id, code, procedure_code, procedure_version_id, receiving_office_id, competent_office_id, received_by_id,
    applicant_full_name, applicant_citizen_id, applicant_birth_date, applicant_tax_code, applicant_representative,
    applicant_phone, applicant_email, applicant_address, channel, result_delivery, note, status, received_at, due_at,
    limit_unit, limit_amount, supplement_policy, current_step_index, current_office_id, current_step_due_at, current_holder_id, paused_at,
    supplement_request_count, supplement_items, extended_to, extension_reason, due_before_extension,
    proposed_outcome, outcome, reasons, finished_at, returned_to, return_timeliness, version,
    documents, pauses, steps, due_state, overdue_since, step_due_state, step_overdue_since, ended_at)
SELECT b.id,
       b.office_code || '-' || to_char((@dayDates)[b.day_index], 'YYMMDD') || '-'
           || CASE WHEN b.seq < 10000 THEN lpad(b.seq::text, 4, '0') ELSE b.seq::text END,
       p.procedure_code, p.version_id, b.office_id, competent_office_of(p.steps, b.office_id), b.receiver,
       b.full_name, b.citizen_id, b.birth_date, NULL, NULL, b.phone, NULL, b.address,
       b.channel, b.delivery, b.note, b.status, scale.ts(b.w0, @days), scale.ts(b.due_cut, @days),
       p.limit_unit, p.limit_amount, p.supplement_policy,
       CASE WHEN b.hn = 0 THEN 0 ELSE (b.hs[b.hn]).step END,
       CASE WHEN b.hn = 0 THEN b.office_id ELSE b.step_office[(b.hs[b.hn]).step + 1] END,
       CASE WHEN b.hn > 0 THEN scale.ts((b.hs[b.hn]).due_w, @days) END,
       -- The last hand-off's officer, as the handoffs step below writes it for h.ord = b.hn.
       CASE WHEN b.hn = 1 THEN (b.hs[1]).actor
            WHEN b.hn = 2 THEN CASE WHEN b.t_a2 <= b.tc OR b.p1 <= b.tc THEN (b.hs[2]).actor END
            WHEN b.hn = b.m + 2 THEN CASE WHEN b.r IS NOT NULL THEN (b.hs[b.hn]).actor END END,
       CASE WHEN b.status = 5 THEN scale.ts(b.open_pause, @days) END,
       coalesce((b.p1 <= b.tc)::int, 0) + coalesce((b.p2 <= b.tc)::int, 0),
       CASE WHEN b.p1 <= b.tc THEN b.items END,
       NULL, NULL, NULL,
       CASE WHEN b.fate <> 'na' AND b.c1 <= b.tc THEN CASE WHEN b.refused THEN 'Refused' ELSE 'Granted' END ELSE 'None' END,
       CASE WHEN b.fate = 'na' THEN 'Refused'
            WHEN b.e <= b.tc THEN CASE WHEN b.refused THEN 'Refused' ELSE 'Granted' END
            ELSE 'None' END,
       b.reasons,
       scale.ts(CASE WHEN b.fate = 'na' THEN b.w0 WHEN b.closed THEN b.x ELSE b.r END, @days),
       b.returned_to,
       scale.tl(b.r, b.due_cut),
       b.nkept + b.closed::int,
       CASE WHEN b.u_docs < 0.15 THEN p.docs_b ELSE p.docs_a END,
       CASE WHEN b.r1 <= b.tc
            THEN jsonb_build_array(jsonb_build_object('pausedAt', scale.iso(b.p1, @days), 'resumedAt', scale.iso(b.r1, @days)))
                 || CASE WHEN b.r2 <= b.tc
                         THEN jsonb_build_array(jsonb_build_object('pausedAt', scale.iso(b.p2, @days), 'resumedAt', scale.iso(b.r2, @days)))
                         ELSE '[]'::jsonb END
            ELSE '[]'::jsonb END,
       p.steps,
       0, NULL, 0, NULL,
       scale.ts(CASE WHEN b.fate = 'na' THEN b.w0 WHEN b.closed THEN b.x WHEN b.e <= b.tc THEN b.e END, @days)
FROM scale.batch b
JOIN scale.plan p ON p.plan_id = b.plan_id;

-- @@ handoffs
-- Phiếu kiểm soát (Mẫu 05): one row per step reached by the cut. A step is the officer's once
-- taken (assigned, or acted on); the cut's own step is completed only when the dossier was closed.
INSERT INTO dossier_handoffs (sequence, dossier_id, step_index, from_office_id, from_officer_id, to_office_id, to_officer_id,
                              handed_at, due_at, completed_at, timeliness)
SELECT h.ord, b.id, h.step,
       CASE WHEN h.ord > 1 THEN b.step_office[(b.hs[h.ord - 1]).step + 1] END,
       CASE WHEN h.ord > 1 THEN (b.hs[h.ord - 1]).actor END,
       b.step_office[h.step + 1],
       CASE WHEN h.ord < b.hn OR h.ord = 1 THEN h.actor
            WHEN h.ord = 2 THEN CASE WHEN b.t_a2 <= b.tc OR b.p1 <= b.tc THEN h.actor END
            WHEN h.ord = b.m + 2 THEN CASE WHEN b.r IS NOT NULL THEN h.actor END END,
       scale.ts(h.start_w, @days), scale.ts(h.due_w, @days),
       scale.ts(x.done, @days), scale.tl(x.done, h.due_w)
FROM scale.batch b
CROSS JOIN LATERAL unnest(b.hs) WITH ORDINALITY AS h(step, start_w, due_w, actor, ord)
CROSS JOIN LATERAL (SELECT CASE WHEN h.ord < b.hn THEN (b.hs[h.ord + 1]).start_w
                                WHEN h.ord = b.m + 2 THEN b.r
                                WHEN b.closed THEN b.x END AS done) x
WHERE h.ord <= b.hn;

-- @@ actions
INSERT INTO dossier_actions (sequence, dossier_id, action, officer_id, at, from_status, to_status, note)
SELECT v.ord, b.id, v.name, v.officer, scale.ts(v.at, @days),
       CASE WHEN v.ord > 1 THEN (b.evs[v.ord - 1]).to_status END, v.to_status, v.note
FROM scale.batch b
CROSS JOIN LATERAL unnest(b.evs) WITH ORDINALITY AS v(at, name, officer, to_status, note, ord)
WHERE v.at <= b.tc
UNION ALL
SELECT b.nkept + 1, b.id, CASE WHEN b.stop THEN 'stop' ELSE 'withdraw' END, b.closer, scale.ts(b.x, @days),
       (b.evs[b.nkept]).to_status, b.status, b.reasons
FROM scale.batch b
WHERE b.closed;

-- @@ counters
-- The product's code generator continues from these: a receipt on a loaded day gets the next number.
INSERT INTO dossier_code_counters (office_code, day, last_number)
SELECT b.office_code, (@dayDates)[b.day_index], max(b.seq)
FROM scale.batch b
GROUP BY b.office_code, b.day_index;

-- @@ finish
DROP SCHEMA scale CASCADE;
