using Microsoft.EntityFrameworkCore;
using Npgsql;

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
            .UseNpgsql(Tuned(connectionString, retry), npgsql =>
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

    /// <summary>
    /// Statements are prepared per connection after their second use (see <see cref="DatabaseOptions.MaxAutoPrepare"/>),
    /// and a connection going back to the pool is not reset with <c>DISCARD ALL</c>: that would drop
    /// the prepared statements, and it cost a statement per query (six a receive). Nothing here
    /// changes session state outside a transaction (only <c>SET LOCAL</c>), so there is nothing to reset.
    /// </summary>
    private static string Tuned(string connectionString, DatabaseOptions? options)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        var maxAutoPrepare = (options ?? new DatabaseOptions()).MaxAutoPrepare;
        if (maxAutoPrepare > 0)
        {
            builder.MaxAutoPrepare = maxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }
}
