using System.Text;
using Npgsql;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// The tables of the application schema as the host left them after migrations and seeding (reference
/// data, calendar notices, demo officers), copied into a schema of their own so that every test class
/// can start from them again. Every table is restored, not only the ones known to change: a table added
/// later is covered without anyone remembering it. The Hangfire schema is left alone: the running job
/// server keeps its registration, locks and recurring jobs there, and no test reads job data.
/// </summary>
public sealed class DatabaseBaseline
{
    private const string Schema = "test_baseline";

    private readonly string _connectionString;
    private readonly string _restoreSql;

    private DatabaseBaseline(string connectionString, string restoreSql)
    {
        _connectionString = connectionString;
        _restoreSql = restoreSql;
    }

    public static async Task<DatabaseBaseline> CaptureAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT quote_ident(table_name) FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '__ef_migrations_history'
            ORDER BY table_name
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var copy = new StringBuilder($"CREATE SCHEMA {Schema};");
        foreach (var table in tables)
        {
            copy.Append($"CREATE TABLE {Schema}.{table} AS TABLE public.{table};");
        }

        await using (var create = new NpgsqlCommand(copy.ToString(), connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        // Replica mode silences every ordinary trigger for this transaction only (SET LOCAL): the
        // append-only trigger of audit_entries, which refuses TRUNCATE, and the foreign-key triggers, so
        // the tables refill in any order. It needs a superuser, which the test server's account is; the
        // trigger itself stays in force for everything else.
        var restore = new StringBuilder("SET LOCAL session_replication_role = replica;");
        restore.Append("TRUNCATE ").AppendJoin(", ", tables.Select(t => $"public.{t}")).Append(';');
        // OVERRIDING SYSTEM VALUE: a GENERATED ALWAYS identity column takes its copied value back too.
        foreach (var table in tables)
        {
            restore.Append($"INSERT INTO public.{table} OVERRIDING SYSTEM VALUE SELECT * FROM {Schema}.{table};");
        }

        return new DatabaseBaseline(connectionString, restore.ToString());
    }

    public async Task RestoreAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var restore = new NpgsqlCommand(_restoreSql, connection, transaction))
        {
            await restore.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
