using Npgsql;
using ThaiBinh.MotCua.Application.Reports.Processing;
using ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

namespace ThaiBinh.MotCua.Infrastructure.Reports;

/// <summary>
/// The processing report's one aggregate, from the daily facts the trigger on <c>dossiers</c> keeps
/// (<see cref="ReportFactsBackfill"/> says what they hold) and the dossiers not ended yet:
/// <list type="bullet">
/// <item>receipts and ends of the period's days (report_daily_flows: a row per office, procedure and day with any);</item>
/// <item>dossiers ended since that were open as the period began (carried over) and as it ended (in
/// progress, overdue, on time): report_daily_open of the first day and of the day after;</item>
/// <item>dossiers not ended yet, judged at <c>as_of</c> as the dossier query did, from a partial index.</item>
/// </list>
/// A year reads the days' fact rows, two days of open facts and the dossiers not ended, not its
/// 1.3 million dossiers. An office and procedure with neither a dossier handled nor one refused at
/// reception has no row, as when the dossiers were counted one by one.
/// </summary>
internal static class ProcessingReportSql
{
    private const string InScope = "(@all_offices OR office_id = ANY(@offices))";

    // Columns: received direct, online, postal; carried over; resolved early, on time, late; refused
    // after appraisal; not accepted; withdrawn; stopped; in progress; overdue; national index on time.
    // "measured_at" is the national index's end moment of a dossier not ended: when it began to wait
    // for a supplement, else the end of the period (now, for a running period).
    private const string DailyFacts = $"""
            SELECT office_id, procedure_code,
                received_direct, received_online, received_postal, 0 AS carried_over,
                resolved_early, resolved_on_time, resolved_late, refused_after_appraisal, not_accepted, withdrawn, stopped,
                0 AS in_progress, 0 AS overdue, index_on_time
            FROM report_daily_flows
            WHERE day >= @first_day AND day < @day_after AND {InScope}
            UNION ALL
            SELECT office_id, procedure_code, 0, 0, 0, open_dossiers, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
            FROM report_daily_open
            WHERE day = @first_day AND {InScope}
            UNION ALL
            SELECT office_id, procedure_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, open_dossiers, overdue, index_on_time
            FROM report_daily_open
            WHERE day = @day_after AND {InScope}
        """;

    // The same figures as DailyFacts for the dossiers the period touches, worked out now by
    // the rule the daily facts are kept by (report_flows_of, report_open_days_of) with each dossier given
    // to its competent office: the facts are kept per receiving office only.
    private const string LiveFactsByCompetentOffice = """
            SELECT f.office_id, f.procedure_code,
                f.received_direct, f.received_online, f.received_postal, 0 AS carried_over,
                f.resolved_early, f.resolved_on_time, f.resolved_late, f.refused_after_appraisal, f.not_accepted, f.withdrawn, f.stopped,
                0 AS in_progress, 0 AS overdue, f.index_on_time
            FROM touched e CROSS JOIN LATERAL report_flows_of(e.received_at, e.ended_at, e.due_at, e.competent_office_id, e.procedure_code,
                e.channel, e.status, e.outcome, e.supplement_request_count, e.paused_at) f
            WHERE f.day >= @first_day AND f.day < @day_after
            UNION ALL
            SELECT f.office_id, f.procedure_code, 0, 0, 0,
                CASE WHEN f.day = @first_day THEN f.open_dossiers ELSE 0 END, 0, 0, 0, 0, 0, 0, 0,
                CASE WHEN f.day = @day_after THEN f.open_dossiers ELSE 0 END,
                CASE WHEN f.day = @day_after THEN f.overdue ELSE 0 END,
                CASE WHEN f.day = @day_after THEN f.index_on_time ELSE 0 END
            FROM touched e CROSS JOIN LATERAL report_open_days_of(e.received_at, e.ended_at, e.due_at, e.competent_office_id, e.procedure_code,
                e.channel, e.status, e.outcome, e.supplement_request_count, e.paused_at) f
            WHERE f.day = @first_day OR f.day = @day_after
        """;

    // The dossiers the period touches: received before its end and not ended before its start.
    private const string Touched = """
        touched AS (
            SELECT * FROM dossiers
            WHERE received_at < @end AND (ended_at IS NULL OR ended_at >= @start) AND (@all_offices OR competent_office_id = ANY(@offices))
        ),
        """;

    /// <summary>Each dossier counted for its receiving desk, from the daily facts.</summary>
    public static readonly string Count = Aggregate("", DailyFacts, "receiving_office_id");

    /// <summary>
    /// Each dossier counted for its competent office, from the dossiers the period touches: slower than <see cref="Count"/> (a year of a province reads that year's
    /// dossiers), by the same rule.
    /// </summary>
    public static readonly string CountByCompetentOffice = Aggregate(Touched, LiveFactsByCompetentOffice, "competent_office_id");

    private static string Aggregate(string with, string endedParts, string officeColumn) => $"""
        WITH {with}parts AS (
        {endedParts}
            UNION ALL
            SELECT office_id, procedure_code, 0, 0, 0, (received_at < @start)::int, 0, 0, 0, 0, 0, 0, 0, 1,
                ((due_at < measured_at) IS TRUE)::int,
                ((supplement_request_count <= 1 AND measured_at <= due_at) IS TRUE)::int
            FROM (
                SELECT {officeColumn} AS office_id, procedure_code, received_at, due_at, supplement_request_count,
                    CASE WHEN paused_at < @as_of THEN paused_at ELSE @as_of END AS measured_at
                FROM dossiers
                WHERE {DossierConfiguration.NotEndedFilter} AND status <> 3 AND received_at < @end
                  AND (@all_offices OR {officeColumn} = ANY(@offices))
            ) not_ended
        )
        SELECT office_id, procedure_code,
            sum(received_direct), sum(received_online), sum(received_postal), sum(carried_over),
            sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(refused_after_appraisal),
            sum(not_accepted), sum(withdrawn), sum(stopped), sum(in_progress), sum(overdue),
            sum(received_direct + received_online + received_postal + carried_over),
            sum(index_on_time)
        FROM parts
        GROUP BY office_id, procedure_code
        HAVING sum(received_direct + received_online + received_postal + carried_over) > 0 OR sum(not_accepted) > 0
        """;

    /// <summary>The rows of <see cref="Count"/> (and of any query giving its columns in its order).</summary>
    public static async Task<IReadOnlyList<ProcessingFacts>> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var facts = new List<ProcessingFacts>();
        while (await reader.ReadAsync(cancellationToken))
        {
            facts.Add(new ProcessingFacts(reader.GetGuid(0), reader.GetString(1), new ProcessingCounts(
                reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6),
                reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10), reader.GetInt64(11),
                reader.GetInt64(12), reader.GetInt64(13), reader.GetInt64(14), reader.GetInt64(15), reader.GetInt64(16))));
        }

        return facts;
    }
}
