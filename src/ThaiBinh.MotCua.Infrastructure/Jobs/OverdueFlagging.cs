using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Telemetry;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Jobs;

/// <summary>
/// The overdue flagging run as three set-based statements in one transaction: never a dossier loaded
/// one by one. Only rows whose state changes are written, so a second run finds nothing to do, and a
/// transaction-scoped advisory lock lets one server run it while another skips.
/// </summary>
internal sealed partial class OverdueFlagging(
    MotCuaDbContext db, ICalendarProvider calendars, TimeProvider clock, MotCuaMetrics metrics, ILogger<OverdueFlagging> logger) : IOverdueFlagging
{
    /// <summary>Arbitrary, fixed: the key of the advisory lock only this job takes.</summary>
    internal const long LockKey = 0x4D6F7443_75610001;

    public async Task<FlaggingRun> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var calendar = await calendars.GetAsync(cancellationToken);
        var soon = DueSoonRule.Horizon(calendar, now);
        var day = DateOnly.FromDateTime(VietnamTime.ToLocal(now).DateTime);

        // Safe to try again whole, even after a commit whose answer was lost: a run writes only the
        // dossiers whose state changes (and their alerts), so a repeat finds nothing left to write.
        var run = await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => FlagAsync(now, soon, day, ct), cancellationToken);
        metrics.Flagged(run);
        return run;
    }

    private async Task<FlaggingRun> FlagAsync(DateTimeOffset now, DateTimeOffset soon, DateOnly day, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsqlTransaction = (NpgsqlTransaction)transaction.GetDbTransaction();
        await using var locking = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(@key)", connection, npgsqlTransaction);
        locking.Parameters.AddWithValue("key", LockKey);
        if (await locking.ExecuteScalarAsync(cancellationToken) is not true)
        {
            LogSkipped(logger);
            return new FlaggingRun(now, true, 0, 0, 0);
        }

        // The planner's cost of these statements is high enough to start JIT compilation, which alone
        // takes longer than the run it would speed up (measured at 10 million dossiers).
        await using (var noJit = new NpgsqlCommand("SET LOCAL jit = off", connection, npgsqlTransaction))
        {
            await noJit.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var flag = new NpgsqlCommand(FlaggingSql.Flag, connection, npgsqlTransaction);
        flag.Parameters.AddWithValue("now", now.UtcDateTime);
        flag.Parameters.AddWithValue("soon", soon.UtcDateTime);
        int changed, alerts;
        await using (var reader = await flag.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            changed = (int)reader.GetInt64(0);
            alerts = (int)reader.GetInt64(1);
        }

        await using var snapshot = new NpgsqlCommand(FlaggingSql.Snapshot, connection, npgsqlTransaction);
        snapshot.Parameters.AddWithValue("day", day);
        snapshot.Parameters.AddWithValue("now", now.UtcDateTime);
        var rows = await snapshot.ExecuteNonQueryAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        LogRun(logger, changed, alerts, rows);
        return new FlaggingRun(now, false, changed, alerts, rows);
    }

    [LoggerMessage(LogLevel.Information, "Overdue flagging: {Changed} dossiers changed state, {Alerts} alerts, {Rows} snapshot rows")]
    private static partial void LogRun(ILogger logger, int changed, int alerts, int rows);

    [LoggerMessage(LogLevel.Information, "Overdue flagging skipped: another server is running it")]
    private static partial void LogSkipped(ILogger logger);
}
