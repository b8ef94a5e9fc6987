using Npgsql;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Application.Reports.Processing;
using ThaiBinh.MotCua.Infrastructure.Reports;

namespace ThaiBinh.MotCua.Api.Tests.Reports;

/// <summary>
/// The processing report's figures counted from the dossiers one by one: the query the report ran
/// before it read daily facts (issue 12), kept here unchanged as the oracle the facts must equal. The
/// dossiers a period touches are those received before its end and not ended before its start, read
/// in two parts: received from 45 days before the period, and earlier ones still open or that ran
/// longer than that.
/// </summary>
public sealed class DossierCountingFactsSource(string connectionString) : IProcessingFactsSource
{
    private const string Columns =
        "received_at, ended_at, due_at, receiving_office_id, procedure_code, channel, status, outcome, supplement_request_count, paused_at";

    private const int LookBackDays = 45;

    private static readonly string CountByReceiving = $"""
        WITH handled AS (
            SELECT {Columns} FROM dossiers
            WHERE received_at >= @look_back AND received_at < @end
              AND (ended_at IS NULL OR ended_at >= @start)
              AND (@all_offices OR receiving_office_id = ANY(@offices))
            UNION ALL
            SELECT {Columns} FROM dossiers
            WHERE received_at < @look_back
              AND (ended_at IS NULL OR ended_at - received_at > interval '{LookBackDays} days')
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

    /// <summary>The same count with each dossier attributed to its competent office instead (Decree 118).</summary>
    private static readonly string CountByCompetent = CountByReceiving.Replace("receiving_office_id", "competent_office_id", StringComparison.Ordinal);

    public async Task<IReadOnlyList<ProcessingFacts>> CountAsync(
        IReadOnlyCollection<Guid>? offices, DateTimeOffset start, DateTimeOffset end, DateTimeOffset asOf, CountBy countBy, CancellationToken cancellationToken)
    {
        var sql = countBy == CountBy.Competent ? CountByCompetent : CountByReceiving;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("all_offices", offices is null);
        command.Parameters.AddWithValue("offices", offices?.ToArray() ?? []);
        command.Parameters.AddWithValue("start", start.UtcDateTime);
        command.Parameters.AddWithValue("end", end.UtcDateTime);
        command.Parameters.AddWithValue("as_of", asOf.UtcDateTime);
        command.Parameters.AddWithValue("look_back", start.AddDays(-LookBackDays).UtcDateTime);
        IReadOnlyList<ProcessingFacts> facts;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            facts = await ProcessingReportSql.ReadAsync(reader, cancellationToken);
        }

        // The portal's share is not a figure of the daily facts: the product's own query adds it, which
        // NationalPortalSyncTests checks against deliveries; the oracle adds it the same way so the rest compares.
        await using var portal = new NpgsqlCommand(countBy == CountBy.Competent ? PortalSyncShareSql.ByCompetentOffice : PortalSyncShareSql.ByReceivingOffice, connection);
        portal.Parameters.AddWithValue("all_offices", offices is null);
        portal.Parameters.AddWithValue("offices", offices?.ToArray() ?? []);
        portal.Parameters.AddWithValue("start", start.UtcDateTime);
        portal.Parameters.AddWithValue("end", end.UtcDateTime);
        await using var portalReader = await portal.ExecuteReaderAsync(cancellationToken);
        return await PortalSyncShareSql.MergeAsync(portalReader, facts, cancellationToken);
    }
}
