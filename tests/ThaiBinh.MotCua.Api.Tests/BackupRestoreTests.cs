using System.Text.Json.Nodes;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// deploy/backup.sh and deploy/restore.sh run as an operator would; the API, started over the restored
/// database as a process of its own, serves the same dossiers, and the audit log stays append-only.
/// </summary>
public sealed class BackupRestoreTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task A_backup_restored_into_a_new_database_serves_the_same_dossiers_and_keeps_the_audit_log_append_only()
    {
        var dossiers = await HandleThreeDossiersAsync();
        var server = DeployScript.ServerOf(api.ConnectionString);
        var source = new NpgsqlConnectionStringBuilder(api.ConnectionString);
        var copy = new NpgsqlConnectionStringBuilder(api.ConnectionString) { Database = source.Database + "_restored" };
        var file = Path.Combine(Path.GetTempPath(), $"{source.Database}.dump");
        try
        {
            var backup = (await DeployScript.RunAsync("backup.sh", server, "--db", source.Database!, "--out", file)).Succeeded();
            Assert.Equal(file, backup.Out.Trim());
            (await DeployScript.RunAsync("restore.sh", server, file, "--db", copy.Database!)).Succeeded();
            var again = await DeployScript.RunAsync("restore.sh", server, file, "--db", copy.Database!);
            Assert.NotEqual(0, again.ExitCode);
            Assert.Contains("already holds", again.Err);
            (await DeployScript.RunAsync("restore.sh", server, file, "--db", copy.Database!, "--replace")).Succeeded();

            await using (var restored = await ApiProcess.StartServingAsync(copy.ConnectionString))
            {
                foreach (var (username, code) in dossiers)
                {
                    var original = await (await _desk.As(username)).GetStringAsync($"/api/dossiers/{code}");
                    var served = await (await restored.SignedInAsAsync(username)).GetStringAsync($"/api/dossiers/{code}");
                    Assert.Equal(ClockFree(original), ClockFree(served));
                }

                foreach (var username in dossiers.Select(d => d.Username).Distinct())
                {
                    var original = await (await _desk.As(username)).GetStringAsync("/api/dossiers?limit=200");
                    var served = await (await restored.SignedInAsAsync(username)).GetStringAsync("/api/dossiers?limit=200");
                    Assert.Equal(ClockFree(original), ClockFree(served));
                }
            }

            var history = 0;
            foreach (var (username, code) in dossiers)
            {
                history += (await _desk.GetAsync(username, code)).GetProperty("history").GetArrayLength();
            }

            Assert.Equal((history, history), (await AuditEntriesAsync(source.ConnectionString), await AuditEntriesAsync(copy.ConnectionString)));
            Assert.Equal(await HangfireStateAsync(source.ConnectionString), await HangfireStateAsync(copy.ConnectionString));
            await AssertAppendOnlyAsync(copy.ConnectionString);
        }
        finally
        {
            File.Delete(file);
            await DropAsync(copy);
        }
    }

    /// <summary>One dossier received only, one in progress at the department, one returned: (who sees it, code).</summary>
    private async Task<List<(string Username, string Code)>> HandleThreeDossiersAsync()
    {
        var waiting = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        var inProgress = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", inProgress, "transfer");
        await _desk.DoAsync("tinh.lanhdao", inProgress, "assign", new { assignee = "tinh.chuyenvien" });
        var returned = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        await _desk.DoAsync("xa.tiepnhan", returned, "transfer");
        await _desk.DoAsync("xa.chuyenvien", returned, "assess", new { decision = "approve" });
        await _desk.DoAsync("xa.lanhdao", returned, "approve", new { decision = "approve" });
        await _desk.DoAsync("xa.tiepnhan", returned, "return", new { receivedBy = "Nguyễn Văn Ấn" });
        return [("tinh.tiepnhan", waiting), ("tinh.tiepnhan", inProgress), ("xa.tiepnhan", returned)];
    }

    /// <summary>
    /// The answer without what depends on the reader's clock: the shared host runs on the test clock,
    /// the restored API on the real one, so "overdue" and "timeLeft" may differ while the data is the same.
    /// </summary>
    private static string ClockFree(string json)
    {
        var node = JsonNode.Parse(json)!;
        Strip(node);
        return node.ToJsonString();

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    obj.Remove("overdue");
                    obj.Remove("timeLeft");
                    foreach (var (_, child) in obj)
                    {
                        Strip(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Strip(child);
                    }

                    break;
            }
        }
    }

    private static async Task<long> AuditEntriesAsync(string connectionString) =>
        (long)(await ScalarAsync(connectionString, "SELECT count(*) FROM audit_entries"))!;

    /// <summary>The Hangfire schema's tables and recurring jobs: what a restored server needs to schedule again.</summary>
    private static async Task<string> HangfireStateAsync(string connectionString)
    {
        var state = (string)(await ScalarAsync(connectionString, """
            SELECT (SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'hangfire')
                || ' | ' || (SELECT string_agg(DISTINCT key, ',') FROM hangfire.hash WHERE key LIKE 'recurring-job:%')
            """))!;
        Assert.Contains("recurring-job:", state);
        return state;
    }

    private static async Task AssertAppendOnlyAsync(string connectionString)
    {
        foreach (var sql in new[] { "UPDATE audit_entries SET username = 'ai-do'", "DELETE FROM audit_entries" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connectionString, sql));
            Assert.Contains("append-only", refused.MessageText);
        }
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task DropAsync(NpgsqlConnectionStringBuilder copy)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(copy.ConnectionString));
        var maintenance = new NpgsqlConnectionStringBuilder(copy.ConnectionString) { Database = "postgres" };
        await ScalarAsync(maintenance.ConnectionString, $"DROP DATABASE IF EXISTS {copy.Database} WITH (FORCE)");
    }
}
