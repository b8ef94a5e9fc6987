using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>The public lookup answers a limited number of requests per address and minute.</summary>
public sealed class PublicLookupRateLimitTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task Past_the_limit_an_address_gets_429_with_a_problem()
    {
        using var client = api.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add(MotCuaApiFactory.ClientAddressHeader, "203.0.113.7");
        using var neighbour = api.CreateClient();
        neighbour.DefaultRequestHeaders.Add(MotCuaApiFactory.ClientAddressHeader, "203.0.113.8");
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 31; i++)
        {
            statuses.Add((await client.GetAsync("/api/public/dossiers/000.00.01.H54-200101-0001")).StatusCode);
        }

        Assert.All(statuses.Take(30), s => Assert.Equal(HttpStatusCode.NotFound, s));
        var limited = await client.GetAsync("/api/public/dossiers/000.00.01.H54-200101-0001");
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal("Quá nhiều yêu cầu, vui lòng thử lại sau", (await Problem.ReadAsync(limited)).Title);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync("/api/public/dossiers/000.00.01.H54-200101-0001")).StatusCode);
    }
}
