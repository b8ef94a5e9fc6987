using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.MotCua.Infrastructure.Jobs;

internal static class HangfireRegistration
{
    public const string Schema = "hangfire";

    public static IServiceCollection AddMotCuaHangfire(
        this IServiceCollection services, string connectionString, HangfireOptions options)
    {
        // Its own application name gives Hangfire its own connection pool, apart from EF Core's.
        var hangfireConnection = new Npgsql.NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = "motcua-hangfire",
        }.ConnectionString;

        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseFilter(new JobTracingFilter())
            .UsePostgreSqlStorage(
                storage => storage.UseNpgsqlConnection(hangfireConnection),
                new PostgreSqlStorageOptions
                {
                    SchemaName = Schema,
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.FromSeconds(options.QueuePollIntervalSeconds),
                }));

        if (options.ServerEnabled)
        {
            services.AddHangfireServer(server => server.WorkerCount = options.WorkerCount);
        }

        return services;
    }
}
