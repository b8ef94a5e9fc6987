using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using static ThaiBinh.MotCua.Api.Tests.PublicLookupRateLimitTests;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>Five wrong "verify" digits per dossier in 24 hours, from every address together.</summary>
public sealed class VerificationLimitTests(ApiFixture api) : ApiTest
{
    private const int WrongAllowed = 5;
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task After_five_wrong_digits_from_five_addresses_the_dossier_refuses_verification_even_with_the_right_digits()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        for (var i = 0; i < WrongAllowed; i++)
        {
            using var guesser = ClientFrom(api, $"203.0.113.{100 + i}");
            var guess = await guesser.GetFromJsonAsync<JsonElement>($"/api/public/dossiers/{code}?verify={1000 + i}");
            Assert.Equal(JsonValueKind.Null, guess.GetProperty("applicantName").ValueKind);
        }

        using var citizen = ClientFrom(api, "203.0.113.110");
        var refused = await citizen.GetAsync($"/api/public/dossiers/{code}?verify={WorkflowClient.Phone[^4..]}");
        var statusOnly = await citizen.GetFromJsonAsync<JsonElement>($"/api/public/dossiers/{code}");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        var problem = await Problem.ReadAsync(refused);
        Assert.Equal("verification_throttled", problem.Code);
        Assert.StartsWith("Mã xác minh của hồ sơ này đã bị nhập sai quá nhiều lần", problem.Detail);
        Assert.DoesNotContain("Nguyễn Văn Ấn", await refused.Content.ReadAsStringAsync());
        Assert.Equal("Được tiếp nhận", statusOnly.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, statusOnly.GetProperty("procedure").ValueKind);
    }

    [Fact]
    public async Task Wrong_digits_recorded_by_another_api_process_count_too()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        await RecordWrongDigitsElsewhereAsync(code, WrongAllowed);
        using var citizen = ClientFrom(api, "203.0.113.111");

        var refused = await citizen.GetAsync($"/api/public/dossiers/{code}?verify={WorkflowClient.Phone[^4..]}");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Right_digits_do_not_count_and_other_dossiers_are_not_affected()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var neighbour = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        await RecordWrongDigitsElsewhereAsync(neighbour, WrongAllowed);
        using var citizen = ClientFrom(api, "203.0.113.112");

        for (var i = 0; i < WrongAllowed + 1; i++)
        {
            var found = await citizen.GetFromJsonAsync<JsonElement>($"/api/public/dossiers/{code}?verify={WorkflowClient.CitizenId[^4..]}");
            Assert.Equal("Nguyễn Văn Ấn", found.GetProperty("applicantName").GetString());
        }
    }

    /// <summary>Writes wrong verifications straight into PostgreSQL, as a second API process would.</summary>
    private async Task RecordWrongDigitsElsewhereAsync(string code, int count)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO public_verification_failures (dossier_id, failed_at)
            SELECT d.id, @now FROM dossiers d, generate_series(1, @count) WHERE d.code = @code
            """, connection);
        command.Parameters.AddWithValue("now", api.Factory.Clock.GetUtcNow());
        command.Parameters.AddWithValue("count", count);
        command.Parameters.AddWithValue("code", code);
        Assert.Equal(count, await command.ExecuteNonQueryAsync());
    }
}
