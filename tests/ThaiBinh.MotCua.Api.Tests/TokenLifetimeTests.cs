using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class TokenLifetimeTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task A_token_lasts_one_working_day_by_the_application_clock()
    {
        var clock = api.Factory.Clock;
        using var client = api.CreateClient();
        var signIn = await client.PostAsJsonAsync("/api/auth/token", new { username = "xa.tiepnhan", password = ApiFixture.DemoPassword });
        var token = await signIn.Content.ReadFromJsonAsync<ApiFixture.TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);

        Assert.Equal(clock.GetUtcNow().AddHours(8), token.ExpiresAt);
        clock.Advance(TimeSpan.FromHours(7.9));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
        clock.Advance(TimeSpan.FromHours(0.2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }
}
