using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Infrastructure.Persistence;

/// <summary>
/// Where <see cref="IReportingDb"/> reads. With ConnectionStrings:MotCuaReadReplica set, a context of
/// its own per request on that server (a PostgreSQL streaming replica, read-only there), tracking
/// nothing; without it, the request's own context on the primary, as before there was a replica.
/// It is the same context type with other options, not a second DbContext: one model, one set of
/// migrations, and the EF tools still find a single context.
/// </summary>
internal static class ReportingDb
{
    public const string ConnectionStringName = "MotCuaReadReplica";

    /// <summary>The key under which the reporting <see cref="MotCuaDbContext"/> is registered, for Infrastructure's raw SQL.</summary>
    public const string Key = "reporting";

    public static void AddReportingDb(this IServiceCollection services, string? replicaConnectionString, DatabaseOptions database)
    {
        if (string.IsNullOrWhiteSpace(replicaConnectionString))
        {
            services.AddKeyedScoped(Key, (sp, _) => sp.GetRequiredService<MotCuaDbContext>());
        }
        else
        {
            services.AddSingleton(sp =>
            {
                var options = new DbContextOptionsBuilder<MotCuaDbContext>();
                options.UseMotCuaPostgres(replicaConnectionString, database)
                    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                    .UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>());
                return new ReplicaOptions(options.Options);
            });
            services.AddKeyedScoped(Key, (sp, _) => new MotCuaDbContext(sp.GetRequiredService<ReplicaOptions>().Options));
        }

        services.AddScoped<IReportingDb>(sp => sp.GetRequiredKeyedService<MotCuaDbContext>(Key));
    }

    private sealed record ReplicaOptions(DbContextOptions<MotCuaDbContext> Options);
}
