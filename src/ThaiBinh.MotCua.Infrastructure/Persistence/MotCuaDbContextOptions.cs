using Microsoft.EntityFrameworkCore;

namespace ThaiBinh.MotCua.Infrastructure.Persistence;

/// <summary>The one place that says how the context talks to PostgreSQL (runtime and design time alike).</summary>
internal static class MotCuaDbContextOptions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>
    /// <paramref name="retry"/> says how transient failures are retried; null (design time) or a count
    /// of 0 does not retry. With retries on, a transaction the code begins itself must run inside
    /// <c>Database.CreateExecutionStrategy().ExecuteAsync</c>, so the whole transaction is what is tried again.
    /// </summary>
    public static DbContextOptionsBuilder UseMotCuaPostgres(
        this DbContextOptionsBuilder options, string connectionString, DatabaseOptions? retry = null) =>
        options
            // A dossier owns two collections (hand-offs, actions); one joined query would return
            // every hand-off times every action (≈ 35 rows a dossier, JSON columns repeated), so
            // each collection is read by a query of its own.
            .UseNpgsql(connectionString, npgsql =>
            {
                npgsql
                    .MigrationsHistoryTable(MigrationsHistoryTable)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
                if (retry is { MaxRetryCount: > 0 })
                {
                    npgsql.ExecutionStrategy(dependencies => new RetryingStrategy(
                        dependencies, retry.MaxRetryCount, TimeSpan.FromSeconds(retry.MaxRetryDelaySeconds)));
                }
            })
            .UseSnakeCaseNamingConvention();
}
