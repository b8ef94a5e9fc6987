using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Application.Reports.Processing;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Reports;

internal sealed class ProcessingFactsSource([FromKeyedServices(ReportingDb.Key)] MotCuaDbContext db) : IProcessingFactsSource
{
    /// <summary>A read only: tried again whole after a transient failure.</summary>
    public Task<IReadOnlyList<ProcessingFacts>> CountAsync(
        IReadOnlyCollection<Guid>? offices, DateTimeOffset start, DateTimeOffset end, DateTimeOffset asOf, CountBy countBy, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            ct => countBy == CountBy.Competent
                ? ReadAsync(ProcessingReportSql.CountByCompetentOffice, PortalSyncShareSql.ByCompetentOffice, offices, start, end, asOf, ct)
                : ReadAsync(ProcessingReportSql.Count, PortalSyncShareSql.ByReceivingOffice, offices, start, end, asOf, ct),
            cancellationToken);

    private async Task<IReadOnlyList<ProcessingFacts>> ReadAsync(
        string sql, string portalSql, IReadOnlyCollection<Guid>? offices, DateTimeOffset start, DateTimeOffset end, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // One round trip: the report's aggregate, then the portal's share of the same scope and period.
            await using var batch = new NpgsqlBatch(connection);
            foreach (var text in new[] { sql, portalSql })
            {
                var command = new NpgsqlBatchCommand(text);
                command.Parameters.AddWithValue("all_offices", offices is null);
                command.Parameters.AddWithValue("offices", offices?.ToArray() ?? []);
                command.Parameters.AddWithValue("first_day", VietnamDay(start));
                command.Parameters.AddWithValue("day_after", VietnamDay(end));
                command.Parameters.AddWithValue("start", start.UtcDateTime);
                command.Parameters.AddWithValue("end", end.UtcDateTime);
                command.Parameters.AddWithValue("as_of", asOf.UtcDateTime);
                batch.BatchCommands.Add(command);
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            var facts = await ProcessingReportSql.ReadAsync(reader, cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            return await PortalSyncShareSql.MergeAsync(reader, facts, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The Vietnamese day a period's bound (a Vietnamese midnight) starts: the facts' key.</summary>
    private static DateOnly VietnamDay(DateTimeOffset midnight) => DateOnly.FromDateTime(VietnamTime.ToLocal(midnight).DateTime);
}
