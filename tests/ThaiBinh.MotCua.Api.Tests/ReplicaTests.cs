using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// A real API process on a database of its own whose reports read from a streaming replica
/// (ConnectionStrings:MotCuaReadReplica). The replica's replay is paused to hold it behind the
/// primary: what a report shows then is what the replica holds, not what the primary holds.
/// </summary>
public sealed class ReplicaServer : IAsyncLifetime
{
    private TestDatabase? _database;
    private StreamingReplica? _replica;
    private ApiProcess? _api;

    public ApiProcess Api => _api!;

    public StreamingReplica Replica => _replica!;

    public string Primary => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _replica = await StreamingReplica.OfAsync(_database.ConnectionString);
        _api = await ApiProcess.StartAsync(_database.ConnectionString, new Dictionary<string, string>
        {
            ["ConnectionStrings:MotCuaReadReplica"] = _replica.ConnectionString,
        });
    }

    /// <summary>Whatever the start got to, undone; the replica never stays paused.</summary>
    public async Task DisposeAsync()
    {
        if (_replica is not null)
        {
            await _replica.ResumeAsync();
        }

        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public sealed class ReplicaTests(ReplicaServer server) : IClassFixture<ReplicaServer>
{
    private const string Desk = "phuong.tiepnhan";
    private const string Supervisor = "phuong.giamsat";
    private const string Procedure = "1.001193";

    private StreamingReplica Replica => server.Replica;

    [Fact]
    public async Task A_dossier_received_on_the_primary_reaches_the_replica_and_the_report_counts_it_only_then()
    {
        using var desk = await server.Api.SignedInAsAsync(Desk);
        using var supervisor = await server.Api.SignedInAsAsync(Supervisor);
        await Replica.CaughtUpAsync();
        var before = await ReceivedTodayAsync(supervisor);

        string code;
        await Replica.PauseAsync();
        try
        {
            // The receipt is a write: it succeeds while the replica (which refuses writes) stands still,
            // so it went to the primary, and the desk reads its own dossier back at once.
            code = await ReceiveAsync(desk);
            Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync($"/api/dossiers/{code}")).StatusCode);
            Assert.Equal(1, await CountAsync(server.Primary, code));
            Assert.Equal(0, await CountAsync(Replica.ConnectionString, code));

            // The primary holds the dossier, the replica does not yet: the report does not count it.
            Assert.Equal(before, await ReceivedTodayAsync(supervisor));
        }
        finally
        {
            await Replica.ResumeAsync();
        }

        await StreamingReplica.UntilAsync(async () => await CountAsync(Replica.ConnectionString, code) == 1, $"{code} did not reach the replica");
        await StreamingReplica.UntilAsync(async () => await ReceivedTodayAsync(supervisor) == before + 1, "the report did not count the replicated dossier");
    }

    [Fact]
    public async Task The_overdue_list_and_its_export_show_a_dossier_flagged_on_the_primary_once_the_replica_has_it()
    {
        using var desk = await server.Api.SignedInAsAsync(Desk);
        using var supervisor = await server.Api.SignedInAsAsync(Supervisor);
        var code = await ReceiveAsync(desk);
        await Replica.CaughtUpAsync();

        await Replica.PauseAsync();
        try
        {
            // What the flagging job writes, written on the primary.
            await StreamingReplica.ExecuteAsync(
                server.Primary,
                "UPDATE dossiers SET due_state = @overdue, overdue_since = now() WHERE code = @code",
                ("overdue", (short)DueState.Overdue),
                ("code", code));
            Assert.DoesNotContain(code, await OverdueCodesAsync(supervisor));
        }
        finally
        {
            await Replica.ResumeAsync();
        }

        await StreamingReplica.UntilAsync(async () => (await OverdueCodesAsync(supervisor)).Contains(code), $"{code} did not appear in the overdue list");
        using var csv = new HttpRequestMessage(HttpMethod.Get, "/api/supervision/overdue");
        csv.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var export = await supervisor.SendAsync(csv);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains(code, await export.Content.ReadAsStringAsync());
    }

    private static async Task<string> ReceiveAsync(HttpClient desk)
    {
        var response = await desk.PostAsJsonAsync("/api/dossiers", await WorkflowClient.ReceiptBodyAsync(desk, Procedure));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Code();
    }

    /// <summary>Dossiers received today (Vietnam's day) by the supervisor's unit, as the processing report counts them.</summary>
    private static async Task<long> ReceivedTodayAsync(HttpClient supervisor)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var report = await supervisor.GetFromJsonAsync<JsonElement>($"/api/reports/processing?from={today}&to={today}");
        return report.GetProperty("total").GetProperty("received").GetProperty("total").GetInt64();
    }

    private static async Task<List<string>> OverdueCodesAsync(HttpClient supervisor)
    {
        var page = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/overdue");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!)];
    }

    private static Task<long> CountAsync(string connectionString, string code) =>
        StreamingReplica.ScalarAsync<long>(connectionString, "SELECT count(*) FROM dossiers WHERE code = @code", ("code", code));
}
