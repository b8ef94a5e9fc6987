using Microsoft.EntityFrameworkCore;

namespace ThaiBinh.MotCua.Infrastructure.Persistence;

/// <summary>The one place that says how the context talks to PostgreSQL (runtime and design time alike).</summary>
internal static class MotCuaDbContextOptions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    public static DbContextOptionsBuilder UseMotCuaPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            .UseSnakeCaseNamingConvention();
}
