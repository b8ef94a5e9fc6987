using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using ThaiBinh.MotCua.Infrastructure.Persistence;
using ThaiBinh.MotCua.Infrastructure.Security;

namespace ThaiBinh.MotCua.Benchmarks.Scale;

/// <summary>
/// The scale database, made by the product's own code: the Infrastructure services as the API
/// registers them (Development environment, no Hangfire server, nothing started), then
/// <see cref="DatabaseInitializer.InitializeDatabaseAsync"/>: migrations, unit tree and offices,
/// official calendar, procedure catalogue and the demo users.
/// </summary>
public static class ScaleDatabase
{
    /// <summary>Drops the database named in <paramref name="connectionString"/> and creates it empty.</summary>
    public static async Task RecreateAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new ArgumentException("The connection string names no database.");
        if (name is "motcua" or "postgres")
        {
            throw new ArgumentException($"Refusing to drop database '{name}': the scale data set goes to a database of its own (motcua_scale).");
        }

        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        var quoted = new NpgsqlCommandBuilder().QuoteIdentifier(name);
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// A host holding the Infrastructure services over <paramref name="connectionString"/>. It is built,
    /// never started: no hosted service (Hangfire registration) runs. <paramref name="configure"/> adds
    /// or replaces services after Infrastructure's (a fixed clock, Application's handlers…).
    /// </summary>
    public static IHost BuildHost(string connectionString, string? demoUsersFile, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Development,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{InfrastructureServiceCollectionExtensions.ConnectionStringName}"] = connectionString,
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.MigrateOnStartup)}"] = "true",
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.DemoUsersFile)}"] = demoUsersFile,
            ["Hangfire:ServerEnabled"] = "false",
            // The verifier opens transactions of its own to roll moves back; nothing here is worth retrying.
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.MaxRetryCount)}"] = "0",
        });
        // EF logs a failed query of the migrations history on an empty database; that is expected here.
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        builder.AddInfrastructure(JwtSettings.Load(builder.Configuration, builder.Environment));
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>Recreates, migrates and seeds the database; returns the host for the generator's use.</summary>
    public static async Task<IHost> CreateAsync(string connectionString, string demoUsersFile)
    {
        await RecreateAsync(connectionString);
        var host = BuildHost(connectionString, Path.GetFullPath(demoUsersFile));
        await host.Services.InitializeDatabaseAsync();
        return host;
    }

    /// <summary>deploy/demo-users.json of the checkout the tool runs from (searched upwards from the working folder).</summary>
    public static string FindDemoUsersFile()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "deploy", "demo-users.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("deploy/demo-users.json not found above the working folder; pass --demo-users.");
    }

    /// <summary>Scoped services of the host, for one unit of work.</summary>
    public static AsyncServiceScope Scope(this IHost host) => host.Services.CreateAsyncScope();
}
