using Microsoft.EntityFrameworkCore;

namespace ThaiBinh.MotCua.Infrastructure.Persistence;

/// <summary>The one place that says how the context talks to PostgreSQL (runtime and design time alike).</summary>
internal static class MotCuaDbContextOptions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    public static DbContextOptionsBuilder UseMotCuaPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options
            // A dossier owns two collections (hand-offs, actions); one joined query would return
            // every hand-off times every action (≈ 35 rows a dossier, JSON columns repeated), so
            // each collection is read by a query of its own.
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable(MigrationsHistoryTable)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .UseSnakeCaseNamingConvention();
}
