using System.Net;
using System.Net.Http.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>The dashboard asks the database on every request: a revoked admin's token stops working at once.</summary>
public sealed class HangfireRevocationTests(ApiFixture api) : ApiTest
{
    public static TheoryData<string> Revocations() =>
    [
        "is_active = false",
        "roles = ARRAY['Supervisor']",
    ];

    [Theory]
    [MemberData(nameof(Revocations))]
    public async Task A_deactivated_or_demoted_admin_is_refused_with_the_same_cookie_and_token(string revocation)
    {
        var username = await TestOfficers.AddAsync(api, "hangfire.admin", Role.Admin);
        var token = await TokenAsync(username);
        using var browser = api.CreateClient();
        using var bearer = api.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var opened = await browser.GetAsync($"/hangfire?access_token={token}");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/hangfire/recurring")).StatusCode);

        await TestOfficers.UpdateAsync(api, username, revocation);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/hangfire/recurring")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bearer.GetAsync("/hangfire")).StatusCode);
        using var trigger = new FormUrlEncodedContent([new("jobs[]", "overdue-flagging")]);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.PostAsync("/hangfire/recurring/trigger", trigger)).StatusCode);
    }

    [Fact]
    public async Task A_demoted_admin_can_no_longer_correct_the_calendar_with_the_same_token()
    {
        var username = await TestOfficers.AddAsync(api, "calendar.admin", Role.Admin);
        using var bearer = api.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(username));
        var day = new { kind = "holiday", name = "Nghỉ bù thử", reason = "Thử quyền quản trị" };
        Assert.Equal(HttpStatusCode.OK, (await bearer.PutAsJsonAsync("/api/calendar/days/2026-05-04", day)).StatusCode);

        await TestOfficers.UpdateAsync(api, username, "roles = ARRAY['Supervisor']");

        Assert.Equal(HttpStatusCode.Forbidden, (await bearer.PutAsJsonAsync("/api/calendar/days/2026-05-05", day)).StatusCode);
        var may = await api.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/calendar/2026");
        Assert.DoesNotContain("2026-05-05", may.GetRawText());
    }

    [Fact]
    public async Task The_dashboard_cookie_lives_half_an_hour()
    {
        var username = await TestOfficers.AddAsync(api, "hangfire.cookie", Role.Admin);
        using var browser = api.CreateClient();

        var opened = await browser.GetAsync($"/hangfire?access_token={await TokenAsync(username)}");

        var cookie = Assert.Single(opened.Headers.GetValues("Set-Cookie"));
        Assert.Contains("max-age=1800", cookie);
        Assert.Contains("httponly", cookie);
    }

    private async Task<string> TokenAsync(string username)
    {
        using var client = api.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = ApiFixture.DemoPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ApiFixture.TokenBody>())!.AccessToken;
    }
}
