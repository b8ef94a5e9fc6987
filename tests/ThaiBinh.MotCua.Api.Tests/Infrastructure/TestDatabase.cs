using Npgsql;
using Testcontainers.PostgreSql;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// A database of this test run's own, on the server named by MOTCUA_TEST_DB (deploy/test.sh sets it)
/// or, when that is not set, in a Testcontainers PostgreSQL (needs a Docker engine). Dropped at the end.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "MOTCUA_TEST_DB";

    private readonly PostgreSqlContainer? _container;
    private readonly string _serverConnectionString;

    private TestDatabase(string serverConnectionString, string connectionString, PostgreSqlContainer? container)
    {
        _serverConnectionString = serverConnectionString;
        ConnectionString = connectionString;
        _container = container;
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        PostgreSqlContainer? container = null;
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            // Decided up front rather than by catching: without the variable, Docker is the only way.
            container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            server = container.GetConnectionString();
        }

        var name = $"motcua_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(server, connectionString, container);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_container is not null)
        {
            await _container.DisposeAsync();
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
