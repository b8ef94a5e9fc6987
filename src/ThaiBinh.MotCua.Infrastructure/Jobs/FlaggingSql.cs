using ThaiBinh.MotCua.Application.Common.Outbox;
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
    /// changes against a scan of every dossier.
    /// The alerts follow the outbox contract (<c>OutboxContracts</c>, version 1; a test binds the JSON to
    /// the records): one <c>supervision.overdue-digest</c> (<c>OverdueDigestV1</c>) per active supervisor
    /// with dossiers that became overdue in this run in their scope, and one <c>supervision.due-soon</c>
    /// (<c>DueSoonV1</c>) per handler with dossiers that became due soon. A supervisor's scope is the
    /// supervision screens' (<c>UnitTree.Subtree</c>): a dossier's receiving unit is seen from every unit
    /// reached by going up parent links and from a predecessor to its successor. The walk starts only
    /// from the units of the newly overdue dossiers (a handful per run), never from the whole tree; UNION
    /// reaches each unit once, so a supervisor lists a dossier once however many paths lead to them.
    /// The handler is the dossier's <c>current_holder_id</c>, the last hand-off's officer kept on the row.
    /// </summary>
    public static readonly string Flag = $"""
        WITH RECURSIVE computed AS MATERIALIZED (
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
            RETURNING d.id, d.code, d.due_at, d.current_office_id, d.receiving_office_id, d.current_holder_id, c.old_state, c.new_state
        ), newly_overdue AS (
            SELECT ch.id, ch.code, ch.due_at, ch.current_office_id, o.unit_id
            FROM changed ch JOIN offices o ON o.id = ch.receiving_office_id
            WHERE ch.new_state = 2 AND ch.old_state <> 2
        ), scope_links AS (
            -- A unit is seen from its parent and from every unit that succeeds it.
            SELECT id AS unit_id, parent_id AS up_id FROM administrative_units WHERE parent_id IS NOT NULL
            UNION ALL
            SELECT predecessor_id, unit_id FROM unit_predecessors
        ), seen_from AS (
            SELECT unit_id, unit_id AS supervising_unit_id FROM (SELECT DISTINCT unit_id FROM newly_overdue) units
            UNION
            SELECT s.unit_id, l.up_id FROM seen_from s JOIN scope_links l ON l.unit_id = s.supervising_unit_id
        ), digests AS (
            INSERT INTO outbox_messages (id, type, contract_version, occurred_at, dossier_id, payload)
            SELECT gen_random_uuid(), '{OutboxMessageTypes.OverdueDigest}', {OutboxMessageTypes.Version}, @now, NULL,
                   jsonb_build_object(
                       'supervisorId', s.id,
                       'runAt', @now,
                       'dossiers', jsonb_agg(jsonb_build_object(
                           'dossierId', n.id, 'code', n.code, 'dueAt', n.due_at, 'currentOfficeId', n.current_office_id)
                           ORDER BY n.due_at, n.code))
            FROM newly_overdue n
            JOIN seen_from f ON f.unit_id = n.unit_id
            JOIN offices so ON so.unit_id = f.supervising_unit_id
            JOIN officers s ON s.office_id = so.id AND s.is_active AND 'Supervisor' = ANY (s.roles)
            GROUP BY s.id
            RETURNING 1
        ), due_soon AS (
            INSERT INTO outbox_messages (id, type, contract_version, occurred_at, dossier_id, payload)
            SELECT gen_random_uuid(), '{OutboxMessageTypes.DueSoon}', {OutboxMessageTypes.Version}, @now, NULL,
                   jsonb_build_object(
                       'handlerId', ch.current_holder_id,
                       'runAt', @now,
                       'dossiers', jsonb_agg(jsonb_build_object(
                           'dossierId', ch.id, 'code', ch.code, 'dueAt', ch.due_at, 'currentOfficeId', ch.current_office_id)
                           ORDER BY ch.due_at, ch.code))
            FROM changed ch
            WHERE ch.new_state = 1 AND ch.old_state IN (0, 3) AND ch.current_holder_id IS NOT NULL
            GROUP BY ch.current_holder_id
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM changed), (SELECT count(*) FROM digests) + (SELECT count(*) FROM due_soon)
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
