using Npgsql;
using ThaiBinh.MotCua.Application.Reports.Processing;

namespace ThaiBinh.MotCua.Infrastructure.Reports;

/// <summary>
/// The QĐ 766 synchronisation indicator per office and procedure: the dossiers received in the period,
/// and those of them the national portal holds in their current status (PortalChannel marks the dossier
/// with the status it sent). Read from ix_dossiers_portal_sync alone.
/// </summary>
internal static class PortalSyncShareSql
{
    private static string Count(string officeColumn) => $"""
        SELECT {officeColumn}, procedure_code, count(*),
            count(*) FILTER (WHERE portal_synced_at IS NOT NULL AND portal_synced_status = status)
        FROM dossiers
        WHERE received_at >= @start AND received_at < @end AND (@all_offices OR {officeColumn} = ANY(@offices))
        GROUP BY {officeColumn}, procedure_code
        """;

    public static readonly string ByReceivingOffice = Count("receiving_office_id");

    public static readonly string ByCompetentOffice = Count("competent_office_id");

    /// <summary>Adds each office and procedure's portal counts to its facts (a row of its own if it has none).</summary>
    public static async Task<IReadOnlyList<ProcessingFacts>> MergeAsync(
        NpgsqlDataReader reader, IReadOnlyList<ProcessingFacts> facts, CancellationToken cancellationToken)
    {
        var merged = facts.ToDictionary(f => (f.OfficeId, f.ProcedureCode));
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.GetGuid(0), reader.GetString(1));
            var portal = ProcessingCounts.Zero with { PortalTotal = reader.GetInt64(2), PortalSynced = reader.GetInt64(3) };
            merged[key] = merged.TryGetValue(key, out var existing)
                ? existing with { Counts = existing.Counts.Add(portal) }
                : new ProcessingFacts(key.Item1, key.Item2, portal);
        }

        return [.. merged.Values];
    }
}
