using System.Net;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class HealthTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task Ready_reports_the_real_database_healthy()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var database = Assert.Single(body.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal("database", database.GetProperty("name").GetString());
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Live_answers_without_touching_the_database()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(body.RootElement.GetProperty("checks").EnumerateArray());
    }

    [Fact]
    public async Task Signed_in_officer_reads_readiness_with_a_token()
    {
        using var client = await api.CreateClientSignedInAsAsync("tinh.tiepnhan");

        var ready = await client.GetAsync("/health/ready");
        var me = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }
}
