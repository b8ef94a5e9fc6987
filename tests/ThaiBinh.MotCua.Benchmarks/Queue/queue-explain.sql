-- The work queue's page at a desk with a long history, before and after issue 12, as EXPLAIN
-- (ANALYZE, BUFFERS). Run against a scale data set (deploy/bench-scale.sh generate --dossiers 1000000
-- --open 20000 gives the provincial centre 300,000 dossiers of history):
--   psql -v office="'000.00.01.H54'" -f tests/ThaiBinh.MotCua.Benchmarks/Queue/queue-explain.sql
-- "Before" is the statements the old handler sent (page, then hand-offs and actions by split
-- queries repeating its sort), "after" the one statement it sends now.
\set ON_ERROR_STOP on
SELECT id AS desk FROM offices WHERE code = :office \gset
SELECT count(*) AS held, count(*) FILTER (WHERE status IN (2, 4, 5, 6, 9)) AS open_held
FROM dossiers WHERE current_office_id = :'desk';

\echo '=== before: page (visibility test, no status filter, COALESCE order)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT d.*
FROM dossiers AS d
WHERE (d.receiving_office_id = :'desk' OR EXISTS (
        SELECT 1 FROM dossier_handoffs AS h WHERE d.id = h.dossier_id AND h.to_office_id = :'desk'))
  AND d.current_office_id = :'desk'
ORDER BY COALESCE(d.due_at, 'infinity'), d.code, d.id
LIMIT 51;

\echo '=== before: split query of the hand-offs (the actions one is the same over dossier_actions)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT h.*, p.id
FROM (SELECT d.id, COALESCE(d.due_at, 'infinity') AS c, d.code
      FROM dossiers AS d
      WHERE (d.receiving_office_id = :'desk' OR EXISTS (
              SELECT 1 FROM dossier_handoffs AS h1 WHERE d.id = h1.dossier_id AND h1.to_office_id = :'desk'))
        AND d.current_office_id = :'desk'
      ORDER BY c, d.code, d.id
      LIMIT 51) AS p
JOIN dossier_handoffs AS h ON p.id = h.dossier_id
ORDER BY p.c, p.code, p.id;

\echo '=== after: first page, one statement with the names'
PREPARE page(uuid, timestamptz, text, int) AS
SELECT d0.code, d0.status, d0.procedure_code, p0.code, p0.name, d0.applicant_full_name, o.code, o.name, o0.code, o0.name,
       d0.current_step_index, d0.steps, d0.received_at, d0.due_at, d0.version, o2.username, o2.full_name
FROM (
    SELECT d.id, d.code, d.current_office_id, d.current_step_index, d.due_at, d.procedure_code, d.procedure_version_id,
           d.received_at, d.receiving_office_id, d.status, d.version, d.steps, d.applicant_full_name
    FROM dossiers AS d
    WHERE d.current_office_id = $1 AND d.status IN (2, 4, 5, 6, 9)
      AND ($2 IS NULL OR (d.due_at >= $2 AND (d.due_at > $2 OR d.code > $3)))
    ORDER BY d.due_at, d.code
    LIMIT $4
) AS d0
LEFT JOIN offices AS o ON d0.receiving_office_id = o.id
LEFT JOIN offices AS o0 ON d0.current_office_id = o0.id
LEFT JOIN procedure_versions AS p ON d0.procedure_version_id = p.id
LEFT JOIN procedures AS p0 ON p.procedure_code = p0.code AND p.level_code = p0.level_code
LEFT JOIN LATERAL (
    SELECT o1.username, o1.full_name
    FROM officers AS o1
    WHERE o1.id = (SELECT h.to_officer_id FROM dossier_handoffs AS h WHERE d0.id = h.dossier_id ORDER BY h.sequence DESC LIMIT 1)
    LIMIT 1
) AS o2 ON TRUE
ORDER BY d0.due_at, d0.code;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE page(:'desk', NULL, NULL, 51);

\echo '=== after: a page deep in the queue (after the 4,000th open dossier)'
SELECT due_at AS cursor_due, code AS cursor_code FROM dossiers
WHERE current_office_id = :'desk' AND status IN (2, 4, 5, 6, 9) ORDER BY due_at, code OFFSET 3999 LIMIT 1 \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE page(:'desk', :'cursor_due', :'cursor_code', 51);

\echo '=== before: the receipt ledger number, counted on every print (the year 2026 of the desk)'
SELECT received_at AS last_at, code AS last_code FROM dossiers
WHERE receiving_office_id = :'desk' ORDER BY received_at DESC LIMIT 1 \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM dossiers AS d
WHERE d.receiving_office_id = :'desk' AND d.received_at >= '2026-01-01T00:00:00+07:00'
  AND (d.received_at < :'last_at' OR (d.received_at = :'last_at' AND d.code < :'last_code'));
