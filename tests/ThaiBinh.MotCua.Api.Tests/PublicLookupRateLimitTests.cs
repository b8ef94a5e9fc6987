using System.Net;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>The public lookup answers 30 requests per address in any sliding minute.</summary>
public sealed class PublicLookupRateLimitTests(ApiFixture api) : ApiTest
{
    public const int PermitsPerMinute = 30;
    public const string UnknownCode = "000.00.01.H54-200101-0001";

    [Fact]
    public async Task Past_the_limit_an_address_gets_429_with_retry_after_and_a_problem()
    {
        using var client = ClientFrom(api, "203.0.113.7");
        using var neighbour = ClientFrom(api, "203.0.113.8");

        var statuses = await SpendAsync(client, PermitsPerMinute);
        var limited = await client.GetAsync($"/api/public/dossiers/{UnknownCode}");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), limited.Headers.RetryAfter?.Delta); // one segment of the sliding minute
        var problem = await Problem.ReadAsync(limited);
        Assert.Equal("Quá nhiều yêu cầu, vui lòng thử lại sau", problem.Title);
        Assert.Equal("too_many_requests", problem.Code);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/api/public/dossiers/{UnknownCode}")).StatusCode);
    }

    public static HttpClient ClientFrom(ApiFixture api, string address, string? forwardedFor = null)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add(MotCuaApiFactory.ClientAddressHeader, address);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return client;
    }

    /// <summary>Uses up <paramref name="count"/> lookups of the client's bucket.</summary>
    public static async Task<List<HttpStatusCode>> SpendAsync(HttpClient client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            statuses.Add((await client.GetAsync($"/api/public/dossiers/{UnknownCode}")).StatusCode);
        }

        return statuses;
    }
}
