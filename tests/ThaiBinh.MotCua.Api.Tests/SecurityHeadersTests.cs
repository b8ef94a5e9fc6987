using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class SecurityHeadersTests(ApiFixture api) : ApiTest
{
    public static TheoryData<string> Paths() =>
    [
        "/health/live",
        "/api/procedures?code=1.001193",
        "/api/khong-co-duong-nay",
        "/api/auth/me",
        MotCuaApiFactory.FailingPath,
        "/scalar/v1",
        "/openapi/v1.json",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_pages_for_people_still_open_under_those_headers()
    {
        using var browser = api.CreateClient();
        using var admin = await api.CreateClientSignedInAsAsync("admin");

        var scalar = await browser.GetAsync("/scalar/v1");
        var dashboard = await admin.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        Assert.Contains("<script", await scalar.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("frame-ancestors 'none'", Header(dashboard, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Hsts_is_sent_when_the_trusted_proxy_says_the_request_came_over_https_and_not_over_plain_http()
    {
        using var viaHttpsProxy = api.CreateClient();
        viaHttpsProxy.DefaultRequestHeaders.Add(MotCuaApiFactory.ClientAddressHeader, MotCuaApiFactory.TrustedProxy);
        viaHttpsProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        viaHttpsProxy.DefaultRequestHeaders.Host = "dichvucong.thaibinh.gov.vn";
        using var plain = api.CreateClient();
        plain.DefaultRequestHeaders.Host = "dichvucong.thaibinh.gov.vn";
        using var claimingHttps = api.CreateClient();
        claimingHttps.DefaultRequestHeaders.Add(MotCuaApiFactory.ClientAddressHeader, "203.0.113.76");
        claimingHttps.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        claimingHttps.DefaultRequestHeaders.Host = "dichvucong.thaibinh.gov.vn";

        var secure = await viaHttpsProxy.GetAsync("/health/live");

        Assert.Equal("max-age=31536000", Header(secure, "Strict-Transport-Security"));
        Assert.False((await plain.GetAsync("/health/live")).Headers.Contains("Strict-Transport-Security"));
        Assert.False((await claimingHttps.GetAsync("/health/live")).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void Kestrel_sends_no_server_header()
    {
        var kestrel = api.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.False(kestrel.AddServerHeader);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
