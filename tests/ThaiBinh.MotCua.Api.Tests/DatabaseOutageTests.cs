using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// PostgreSQL taken away under a running API and brought back: a real API process whose only road to
/// the database is a relay the test cuts, on a database of its own.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private const string Desk = "phuong.tiepnhan";
    private const string Procedure = "1.001193";

    private TestDatabase _database = null!;
    private TcpForwarder _relay = null!;
    private ApiProcess _api = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var direct = new NpgsqlConnectionStringBuilder(_database.ConnectionString);
        _relay = new TcpForwarder(direct.Host!, direct.Port);
        var throughRelay = new NpgsqlConnectionStringBuilder(_database.ConnectionString)
        {
            Host = "127.0.0.1",
            Port = _relay.Port,
            Timeout = 5,
        };
        _api = await ApiProcess.StartAsync(throughRelay.ConnectionString, new Dictionary<string, string>
        {
            ["Hangfire:ServerEnabled"] = "false",
            ["Database:MaxRetryCount"] = "2",
            ["Database:MaxRetryDelaySeconds"] = "0.5",
        });
    }

    [Fact]
    public async Task With_the_database_away_requests_answer_503_and_succeed_again_once_it_is_back()
    {
        using var desk = await _api.SignedInAsAsync(Desk);
        using var anonymous = _api.CreateClient();
        var receipt = await WorkflowClient.ReceiptBodyAsync(anonymous, Procedure);
        Assert.Equal(HttpStatusCode.Created, (await desk.PostAsJsonAsync("/api/dossiers", receipt)).StatusCode);

        _relay.Cut();

        await AssertDatabaseUnavailableAsync(await desk.GetAsync("/api/dossiers"));
        await AssertDatabaseUnavailableAsync(await desk.PostAsJsonAsync("/api/dossiers", receipt));
        await AssertDatabaseUnavailableAsync(await anonymous.PostAsJsonAsync("/api/auth/token", new { username = Desk, password = ApiFixture.DemoPassword }));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);

        _relay.Restore();

        var again = await desk.PostAsJsonAsync("/api/dossiers", receipt);
        Assert.True(again.StatusCode == HttpStatusCode.Created, $"{(int)again.StatusCode} {await again.Content.ReadAsStringAsync()}\n{_api.Output}");
        var code = (await again.Content.ReadFromJsonAsync<JsonElement>()).Code();
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync($"/api/dossiers/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(2, await CountDossiersDirectlyAsync());
    }

    private async Task AssertDatabaseUnavailableAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {body}\n{_api.Output}");
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("database_unavailable", problem.Code);
        Assert.Equal("Hệ thống tạm thời không phục vụ được", problem.Title);
        Assert.Contains("cơ sở dữ liệu", problem.Detail);
        Assert.NotNull(problem.TraceId);
        Assert.Null(problem.Exception);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", body, StringComparison.Ordinal);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
    }

    /// <summary>Counted past the relay, straight from PostgreSQL: what was really written.</summary>
    private async Task<long> CountDossiersDirectlyAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM dossiers", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _relay.DisposeAsync();
        await _database.DisposeAsync();
    }
}
