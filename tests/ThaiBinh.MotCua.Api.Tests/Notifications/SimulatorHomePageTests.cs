using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Notifications;

namespace ThaiBinh.MotCua.Api.Tests.Notifications;

/// <summary>The simulators' home page, the place a developer running deploy/run.sh watches messages arrive.</summary>
public sealed class SimulatorHomePageTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task The_home_page_lists_what_the_simulators_received_lately()
    {
        var text = $"Ho so H{Random.Shared.Next(100_000, 999_999)} da duoc tiep nhan";
        await api.Factory.Services.GetRequiredService<ISmsSender>()
            .SendAsync(new SmsMessage("0961239999", text, Guid.NewGuid()), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = api.Simulators.HttpBase };

        var page = await http.GetStringAsync("/");

        Assert.Contains("<h2>SMS brandname</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Zalo OA</h2>", page, StringComparison.Ordinal);
        Assert.Contains("84961239999 (viettel): " + text, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sms_inspection_endpoint_reports_received_and_distinct_messages()
    {
        var key = Guid.NewGuid();
        var sender = api.Factory.Services.GetRequiredService<ISmsSender>();
        await sender.SendAsync(new SmsMessage("0961238888", "Ho so da co ket qua", key), CancellationToken.None);
        await sender.SendAsync(new SmsMessage("0961238888", "Ho so da co ket qua", key), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = api.Simulators.HttpBase };

        using var body = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("sms/_sim/messages"));

        var matching = body.RootElement.GetProperty("messages").EnumerateArray()
            .Count(m => m.GetProperty("requestId").GetString() == key.ToString("D"));
        Assert.Equal(1, matching);
        Assert.True(body.RootElement.GetProperty("received").GetInt32() >= 2);
    }
}
