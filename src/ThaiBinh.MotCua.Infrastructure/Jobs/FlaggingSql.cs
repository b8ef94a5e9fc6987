using ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

namespace ThaiBinh.MotCua.Infrastructure.Jobs;

/// <summary>The statements of the overdue flagging run (PostgreSQL).</summary>
internal static class FlaggingSql
{
    /// <summary>
    /// States: 0 on track, 1 due soon (due before @soon, one working day ahead), 2 overdue, 3 paused.
    /// A result waiting at the desk (status 9) is on track: it ended, early, on time or late, and a
    /// citizen who has not come for it does not make it overdue.
    /// The open dossiers come from the covering partial index ix_dossiers_open_flags alone: the states
    /// are computed in a materialised CTE, because a table joined into an UPDATE is read row by row
    /// from the heap (the rows are locked for re-checking). Only the rows whose state changes are
    /// updated, found by primary key: <c>= ANY (ARRAY(…))</c> keeps the planner from hash-joining the
    /// changes against a scan of every dossier. A dossier that became due soon alerts its handler, one that
    /// became overdue the active supervisors of its receiving unit: the outbox message names them in
    /// <c>recipientIds</c> (delivery is later).
    /// </summary>
    public const string Flag = $"""
        WITH computed AS MATERIALIZED (
            SELECT * FROM (
                SELECT d.id, d.due_state AS old_state, d.step_due_state AS old_step_state,
                       CASE WHEN d.status = 9 THEN 0
                            WHEN d.paused_at IS NOT NULL THEN 3
                            WHEN d.due_at IS NULL OR d.due_at > @soon THEN 0
                            WHEN d.due_at > @now THEN 1 ELSE 2 END::smallint AS new_state,
                       CASE WHEN d.status = 9 THEN 0
                            WHEN d.paused_at IS NOT NULL THEN 3
                            WHEN d.current_step_due_at IS NULL OR d.current_step_due_at > @soon THEN 0
                            WHEN d.current_step_due_at > @now THEN 1 ELSE 2 END::smallint AS new_step_state
                FROM dossiers d
                WHERE d.status IN ({DossierConfiguration.OpenStatuses})
            ) states
            WHERE new_state <> old_state OR new_step_state <> old_step_state
        ), changed AS (
            UPDATE dossiers d
            SET due_state = c.new_state,
                step_due_state = c.new_step_state,
                overdue_since = CASE WHEN c.new_state = 2 THEN COALESCE(d.overdue_since, d.due_at) END,
                step_overdue_since = CASE WHEN c.new_step_state = 2 THEN COALESCE(d.step_overdue_since, d.current_step_due_at) END
            FROM computed c
            WHERE d.id = c.id AND d.id = ANY (ARRAY(SELECT id FROM computed))
            RETURNING d.id, d.code, d.due_at, d.current_office_id, d.receiving_office_id, c.old_state, c.new_state
        ), unit_supervisors AS (
            SELECT so.unit_id, jsonb_agg(s.id ORDER BY s.username) AS ids
            FROM officers s JOIN offices so ON so.id = s.office_id
            WHERE s.is_active AND 'Supervisor' = ANY (s.roles)
            GROUP BY so.unit_id
        ), alerts AS (
            INSERT INTO outbox_messages (id, type, occurred_at, dossier_id, payload)
            SELECT gen_random_uuid(),
                   CASE WHEN a.new_state = 2 THEN 'dossier.overdue' ELSE 'dossier.due-soon' END,
                   @now, a.id,
                   jsonb_build_object(
                       'code', a.code,
                       'dueAt', a.due_at,
                       'currentOfficeId', a.current_office_id,
                       'handlerId', a.handler_id,
                       'notify', CASE WHEN a.new_state = 2 THEN 'supervisors' ELSE 'handler' END,
                       'unitId', a.unit_id,
                       'recipientIds', CASE WHEN a.new_state = 2 THEN coalesce(us.ids, '[]'::jsonb)
                                            WHEN a.handler_id IS NULL THEN '[]'::jsonb
                                            ELSE jsonb_build_array(a.handler_id) END)
            FROM (SELECT ch.*, o.unit_id,
                         (SELECT h.to_officer_id FROM dossier_handoffs h
                          WHERE h.dossier_id = ch.id ORDER BY h.sequence DESC LIMIT 1) AS handler_id
                  FROM changed ch JOIN offices o ON o.id = ch.receiving_office_id
                  WHERE (ch.new_state = 2 AND ch.old_state <> 2) OR (ch.new_state = 1 AND ch.old_state IN (0, 3))) a
            LEFT JOIN unit_supervisors us ON us.unit_id = a.unit_id
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM changed), (SELECT count(*) FROM alerts)
        """;

    /// <summary>
    /// The day's counts per office (dossiers it received) and per administrative unit (every office
    /// of its subtree and of the units it succeeds, rolled up through the unit tree and the
    /// predecessor links, each office once), zero rows included; a later run the same day
    /// overwrites them.
    /// </summary>
    public const string Snapshot = $"""
        WITH RECURSIVE scope_links AS (
            -- A unit counts in its parent's figures and in those of every unit that succeeds it.
            SELECT id AS unit_id, parent_id AS up_id FROM administrative_units WHERE parent_id IS NOT NULL
            UNION ALL
            SELECT predecessor_id, unit_id FROM unit_predecessors
        ), ancestry AS (
            SELECT id AS unit_id, id AS ancestor_id FROM administrative_units
            -- UNION, not UNION ALL: a unit reached by two paths (a split commune) counts once.
            UNION
            SELECT a.unit_id, l.up_id FROM ancestry a
            JOIN scope_links l ON l.unit_id = a.ancestor_id
        ), per_office AS (
            SELECT receiving_office_id AS office_id,
                   count(*) AS open_count,
                   count(*) FILTER (WHERE due_state = 1) AS due_soon_count,
                   count(*) FILTER (WHERE due_state = 2) AS overdue_count,
                   count(*) FILTER (WHERE step_due_state = 2) AS overdue_step_count
            FROM dossiers
            WHERE status IN ({DossierConfiguration.OpenStatuses})
            GROUP BY receiving_office_id
        ), rows AS (
            SELECT o.id AS subject_id, 'office' AS subject_kind,
                   COALESCE(p.open_count, 0) AS open_count, COALESCE(p.due_soon_count, 0) AS due_soon_count,
                   COALESCE(p.overdue_count, 0) AS overdue_count, COALESCE(p.overdue_step_count, 0) AS overdue_step_count
            FROM offices o LEFT JOIN per_office p ON p.office_id = o.id
            UNION ALL
            SELECT a.ancestor_id, 'unit',
                   COALESCE(sum(p.open_count), 0), COALESCE(sum(p.due_soon_count), 0),
                   COALESCE(sum(p.overdue_count), 0), COALESCE(sum(p.overdue_step_count), 0)
            FROM ancestry a
            LEFT JOIN offices o ON o.unit_id = a.unit_id
            LEFT JOIN per_office p ON p.office_id = o.id
            GROUP BY a.ancestor_id
        )
        INSERT INTO supervision_snapshots (subject_id, day, subject_kind, open_count, due_soon_count, overdue_count, overdue_step_count, taken_at)
        SELECT subject_id, @day, subject_kind, open_count, due_soon_count, overdue_count, overdue_step_count, @now FROM rows
        ON CONFLICT (subject_id, day) DO UPDATE
        SET open_count = excluded.open_count, due_soon_count = excluded.due_soon_count,
            overdue_count = excluded.overdue_count, overdue_step_count = excluded.overdue_step_count,
            taken_at = excluded.taken_at
        """;
}
