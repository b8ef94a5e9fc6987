using System.Net;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using static ThaiBinh.MotCua.Api.Tests.PublicLookupRateLimitTests;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// X-Forwarded-For picks the rate-limit bucket only when the peer is a configured proxy (the test host
/// trusts <see cref="MotCuaApiFactory.TrustedProxy"/> alone).
/// </summary>
public sealed class ForwardedHeadersTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task Behind_the_configured_proxy_each_citizen_has_a_bucket_of_their_own()
    {
        using var direct = ClientFrom(api, "203.0.113.71");
        await SpendAsync(direct, PermitsPerMinute);
        using var sameCitizenViaProxy = ClientFrom(api, MotCuaApiFactory.TrustedProxy, forwardedFor: "203.0.113.71");
        using var otherCitizenViaProxy = ClientFrom(api, MotCuaApiFactory.TrustedProxy, forwardedFor: "203.0.113.72");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await sameCitizenViaProxy.GetAsync($"/api/public/dossiers/{UnknownCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCitizenViaProxy.GetAsync($"/api/public/dossiers/{UnknownCode}")).StatusCode);
    }

    [Fact]
    public async Task From_an_untrusted_peer_x_forwarded_for_changes_nothing()
    {
        using var spent = ClientFrom(api, "203.0.113.73");
        await SpendAsync(spent, PermitsPerMinute);
        using var spentClaimingAnother = ClientFrom(api, "203.0.113.73", forwardedFor: "203.0.113.74");
        using var otherClaimingTheSpent = ClientFrom(api, "203.0.113.75", forwardedFor: "203.0.113.73");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await spentClaimingAnother.GetAsync($"/api/public/dossiers/{UnknownCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClaimingTheSpent.GetAsync($"/api/public/dossiers/{UnknownCode}")).StatusCode);
    }
}
