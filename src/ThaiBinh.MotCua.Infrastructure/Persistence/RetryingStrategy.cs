using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace ThaiBinh.MotCua.Infrastructure.Persistence;

/// <summary>
/// Npgsql's retrying strategy, which also empties the connection pool before trying again when the
/// failure was a lost connection: after a database restart or a network cut every idle pooled
/// connection is dead too, and handing them out one by one would spend the retries on them.
/// </summary>
internal sealed class RetryingStrategy(ExecutionStrategyDependencies dependencies, int maxRetryCount, TimeSpan maxRetryDelay)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount, maxRetryDelay, errorCodesToAdd: null)
{
    protected override bool ShouldRetryOn(Exception? exception) =>
        exception is not CommitOutcomeUnknownException && base.ShouldRetryOn(exception);

    protected override void OnRetry()
    {
        if (DatabaseOutage.IsLostConnection(ExceptionsEncountered[^1])
            && Dependencies.CurrentContext.Context.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            NpgsqlConnection.ClearPool(connection);
        }

        base.OnRetry();
    }
}
