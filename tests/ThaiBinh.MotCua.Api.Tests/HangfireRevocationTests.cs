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

        // The trigger's form as the dashboard posts it, anti-forgery token included, read while still an admin.
        var page = await browser.GetStringAsync("/hangfire/recurring");
        await TestOfficers.UpdateAsync(api, username, revocation);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/hangfire/recurring")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bearer.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await HangfireDashboard.TriggerAsync(browser, "overdue-flagging", page)).StatusCode);
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

        var cookie = Assert.Single(opened.Headers.GetValues("Set-Cookie"), c => c.StartsWith("motcua_hangfire_token=", StringComparison.Ordinal));
        Assert.Contains("max-age=1800", cookie);
        Assert.Contains("httponly", cookie);
    }

    [Fact]
    public async Task A_trigger_without_the_dashboards_anti_forgery_token_is_refused()
    {
        var username = await TestOfficers.AddAsync(api, "hangfire.csrf", Role.Admin);
        using var browser = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/hangfire/recurring?access_token={await TokenAsync(username)}")).StatusCode);

        // A page of another site can make the browser post the form with the cookie, not with the token.
        using var forged = new FormUrlEncodedContent([new("jobs[]", "overdue-flagging")]);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.PostAsync("/hangfire/recurring/trigger", forged)).StatusCode);
        Assert.True((await HangfireDashboard.TriggerAsync(browser, "overdue-flagging")).IsSuccessStatusCode);
    }

    private async Task<string> TokenAsync(string username)
    {
        using var client = api.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = ApiFixture.DemoPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ApiFixture.TokenBody>())!.AccessToken;
    }
}
