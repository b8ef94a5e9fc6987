-- The work queue's tab counts (CountWorkQueueQuery) in the shape the handler gives them: one pass over the office's
-- open dossiers, for the office holding the most open dossiers and an officer of it.
-- psql -d <scale set> -f tests/ThaiBinh.MotCua.Benchmarks/Queue/queue-counts-explain.sql
SELECT set_config('bench.office', (SELECT current_office_id::text FROM dossiers WHERE status IN (2, 4, 5, 6, 9)
    GROUP BY current_office_id ORDER BY count(*) DESC LIMIT 1), false);
SELECT set_config('bench.officer', (SELECT to_officer_id::text FROM dossier_handoffs
    WHERE to_office_id = current_setting('bench.office')::uuid AND to_officer_id IS NOT NULL LIMIT 1), false);

EXPLAIN (ANALYZE, BUFFERS)
SELECT count(*),
       sum(CASE WHEN (SELECT h.to_officer_id FROM dossier_handoffs h WHERE h.dossier_id = d.id
                      ORDER BY h.sequence DESC LIMIT 1) = current_setting('bench.officer')::uuid THEN 1 ELSE 0 END) AS mine,
       sum(CASE WHEN d.status IN (2, 4) AND d.due_at >= now() AND d.due_at <= now() + interval '1 day' THEN 1 ELSE 0 END) AS due_soon,
       sum(CASE WHEN d.status IN (2, 4) AND d.due_at < now() THEN 1 ELSE 0 END) AS overdue,
       sum(CASE WHEN d.status = 5 THEN 1 ELSE 0 END) AS awaiting_supplement,
       sum(CASE WHEN d.status = 9 THEN 1 ELSE 0 END) AS result_at_desk
FROM dossiers d
WHERE d.current_office_id = current_setting('bench.office')::uuid AND d.status IN (2, 4, 5, 6, 9);
