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
    public const string Count = $"""
        WITH parts AS (
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
            UNION ALL
            SELECT office_id, procedure_code, 0, 0, 0, (received_at < @start)::int, 0, 0, 0, 0, 0, 0, 0, 1,
                ((due_at < measured_at) IS TRUE)::int,
                ((supplement_request_count <= 1 AND measured_at <= due_at) IS TRUE)::int
            FROM (
                SELECT receiving_office_id AS office_id, procedure_code, received_at, due_at, supplement_request_count,
                    CASE WHEN paused_at < @as_of THEN paused_at ELSE @as_of END AS measured_at
                FROM dossiers
                WHERE {DossierConfiguration.NotEndedFilter} AND status <> 3 AND received_at < @end
                  AND (@all_offices OR receiving_office_id = ANY(@offices))
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
