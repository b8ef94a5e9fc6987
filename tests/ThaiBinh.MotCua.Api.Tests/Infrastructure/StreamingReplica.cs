using System.Diagnostics;
using Npgsql;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL streaming replica of the MOTCUA_TEST_DB server, named by MOTCUA_TEST_REPLICA_DB
/// (deploy/test.sh starts one with deploy/pg.sh replica start). The tests' databases are created on
/// the primary and reach the replica by replication; its replay can be paused to hold it behind.
/// </summary>
public sealed class StreamingReplica
{
    public const string ServerVariable = "MOTCUA_TEST_REPLICA_DB";

    private static readonly TimeSpan ReplicationWait = TimeSpan.FromSeconds(60);

    private readonly string _primary;
    private readonly string _replica;

    private StreamingReplica(string primary, string replica)
    {
        _primary = primary;
        _replica = replica;
    }

    /// <summary>The replica's connection to the test database (the primary's, replicated).</summary>
    public string ConnectionString => _replica;

    /// <summary>
    /// The replica of the server under <paramref name="primary"/>, once it holds that database; fails
    /// saying what is missing when no replica is named or the one named follows another server.
    /// </summary>
    public static async Task<StreamingReplica> OfAsync(string primary)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set: the replica tests need a streaming replica of the {TestDatabase.ServerVariable} server. "
                + "deploy/test.sh starts one (deploy/pg.sh replica start prints its connection string; use Database=postgres).");
        }

        const string systemOf = "SELECT system_identifier FROM pg_control_system()";
        if (!await ScalarAsync<bool>(server, "SELECT pg_is_in_recovery()")
            || await ScalarAsync<long>(server, systemOf) != await ScalarAsync<long>(primary, systemOf))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} names a server that is not a streaming replica of the {TestDatabase.ServerVariable} server.");
        }

        // The test database was created on the primary a moment ago: wait until it is replayed here.
        var database = new NpgsqlConnectionStringBuilder(primary).Database!;
        await UntilAsync(
            async () => await ScalarAsync<long>(server, "SELECT count(*) FROM pg_database WHERE datname = @name", ("name", database)) == 1,
            $"the database {database} did not reach the replica");
        var replica = new StreamingReplica(primary, new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
        await replica.CaughtUpAsync();
        return replica;
    }

    /// <summary>Waits until the replica has replayed everything the primary had written when asked.</summary>
    public async Task CaughtUpAsync()
    {
        var written = await ScalarAsync<string>(_primary, "SELECT pg_current_wal_lsn()::text");
        await UntilAsync(
            async () => await ScalarAsync<bool>(_replica, $"SELECT pg_last_wal_replay_lsn() >= '{written}'::pg_lsn"),
            "the replica did not catch up with the primary");
    }

    /// <summary>Stops replaying the primary's changes (the replica keeps receiving them) until <see cref="ResumeAsync"/>.</summary>
    public async Task PauseAsync()
    {
        await ExecuteAsync(_replica, "SELECT pg_wal_replay_pause()");
        await UntilAsync(
            async () => await ScalarAsync<string>(_replica, "SELECT pg_get_wal_replay_pause_state()") == "paused",
            "the replica's replay did not pause");
    }

    public Task ResumeAsync() => ExecuteAsync(_replica, "SELECT pg_wal_replay_resume()");

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after a minute with <paramref name="failure"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string failure)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < ReplicationWait, $"{failure} within {ReplicationWait.TotalSeconds} s");
            await Task.Delay(100);
        }
    }

    public static async Task ExecuteAsync(string connectionString, string sql, params (string Name, object Value)[] parameters) =>
        await ScalarAsync<object>(connectionString, sql, parameters);

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
