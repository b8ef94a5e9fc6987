using ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

namespace ThaiBinh.MotCua.Infrastructure.Reports;

/// <summary>
/// The processing report's one aggregate. The dossiers a period touches are those received before its
/// end and not ended before its start. They come from two index-only scans: the received-at index
/// from the look-back window on, and the long-running index before it; no dossier received before
/// the window can still be open in the period unless it ran longer than the window.
/// </summary>
internal static class ProcessingReportSql
{
    private const string Columns =
        "received_at, ended_at, due_at, receiving_office_id, procedure_code, channel, status, outcome, supplement_request_count, paused_at";

    // Early / on time compare Vietnamese days, as TimelinessRules does; Vietnam keeps UTC+7 all year,
    // and a fixed interval offset costs a third of a named zone's lookup per row. Status 3 (not accepted) has
    // no clock. "measured_at" is the national index's end moment: when the dossier ended, else when
    // it began to wait for a supplement, else the end of the period (now, for a running period).
    public const string Count = $"""
        WITH handled AS (
            SELECT {Columns} FROM dossiers
            WHERE received_at >= @look_back AND received_at < @end
              AND (ended_at IS NULL OR ended_at >= @start)
              AND (@all_offices OR receiving_office_id = ANY(@offices))
            UNION ALL
            SELECT {Columns} FROM dossiers
            WHERE received_at < @look_back
              AND ({DossierConfiguration.LongRunningFilter})
              AND (ended_at IS NULL OR ended_at >= @start)
              AND (@all_offices OR receiving_office_id = ANY(@offices))
        ), marked AS (
            SELECT receiving_office_id, procedure_code, channel, status, outcome, received_at, due_at,
                supplement_request_count,
                status <> 3 AND received_at >= @start AS received,
                ended_at IS NOT NULL AND ended_at < @end AS ended,
                status IN (9, 10) AND ended_at < @end AS resolved,
                ended_at > due_at AS late,
                (ended_at AT TIME ZONE INTERVAL '07:00')::date < (due_at AT TIME ZONE INTERVAL '07:00')::date AS before_due_day,
                CASE WHEN ended_at < @end THEN ended_at WHEN paused_at < @as_of THEN paused_at ELSE @as_of END AS measured_at
            FROM handled
        )
        SELECT receiving_office_id, procedure_code,
            count(*) FILTER (WHERE received AND channel = 1),
            count(*) FILTER (WHERE received AND channel = 2),
            count(*) FILTER (WHERE received AND channel = 3),
            count(*) FILTER (WHERE status <> 3 AND received_at < @start),
            count(*) FILTER (WHERE resolved AND NOT late AND before_due_day),
            count(*) FILTER (WHERE resolved AND NOT late AND NOT before_due_day),
            count(*) FILTER (WHERE resolved AND late),
            count(*) FILTER (WHERE resolved AND outcome = 'Refused'),
            count(*) FILTER (WHERE status = 3 AND received_at >= @start),
            count(*) FILTER (WHERE status = 7 AND ended),
            count(*) FILTER (WHERE status = 8 AND ended),
            count(*) FILTER (WHERE status <> 3 AND NOT ended),
            count(*) FILTER (WHERE status <> 3 AND NOT ended AND due_at < measured_at),
            count(*) FILTER (WHERE status <> 3),
            count(*) FILTER (WHERE status <> 3 AND supplement_request_count <= 1 AND measured_at <= due_at)
        FROM marked
        GROUP BY receiving_office_id, procedure_code
        """;
}
