using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.Evaluations;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests.Evaluations;

/// <summary>
/// Takes dossiers to the return over HTTP, the citizen having chosen email, and reads the link to
/// rate from the returned notice the host composes from the real outbox message.
/// </summary>
public sealed partial class EvaluationDesk(ApiFixture api)
{
    public const string CommuneDesk = "xa.tiepnhan";
    public const string DistrictDesk = "huyen.tiepnhan";

    public WorkflowClient Workflow { get; } = new(api);

    /// <summary>A dossier received and transferred, its result not yet returned.</summary>
    public async Task<string> InProgressAsync(string desk = CommuneDesk)
    {
        var body = await Workflow.ReceiptBodyAsync(desk == DistrictDesk ? "1.001612" : "1.001193");
        body["notification"] = new { channel = "email", email = "an@example.vn" };
        var response = await (await Workflow.As(desk)).PostAsJsonAsync("/api/dossiers", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var code = (await response.Content.ReadFromJsonAsync<JsonElement>()).Code();
        await Workflow.DoAsync(desk, code, "transfer");
        return code;
    }

    /// <summary>A dossier of the commune (or the district) desk taken to the return by its people.</summary>
    public async Task<string> ReturnedAsync(string desk = CommuneDesk)
    {
        var code = await InProgressAsync(desk);
        var prefix = desk == DistrictDesk ? "huyen" : "xa";
        await Workflow.DoAsync($"{prefix}.chuyenvien", code, "assess", new { decision = "approve" });
        await Workflow.DoAsync($"{prefix}.lanhdao", code, "approve", new { decision = "approve" });
        await Workflow.DoAsync(desk, code, "return", new { receivedBy = "Nguyễn Văn Ấn" });
        return code;
    }

    /// <summary>The returned notice's text on <paramref name="channel"/>, composed by the host from the dossier's real message.</summary>
    public async Task<ComposedNotice> ReturnedNoticeAsync(string code, string channel = "email")
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var id = await db.Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DossierId == id && m.Type == OutboxMessageTypes.Returned);
        var delivery = new OutboxDelivery(
            Guid.CreateVersion7(), message.Id, message.Type, message.ContractVersion, message.DossierId, message.OccurredAt, message.Payload,
            channel, channel == "email" ? "an@example.vn" : WorkflowClient.Phone, 1);
        return await scope.ServiceProvider.GetRequiredService<INoticeComposer>().ComposeAsync(delivery, default);
    }

    /// <summary>The token of the link the returned email carries.</summary>
    public async Task<string> TokenFromNoticeAsync(string code)
    {
        var body = (await ReturnedNoticeAsync(code)).Body;
        var link = LinkPattern().Match(body);
        Assert.True(link.Success, body);
        return link.Groups["token"].Value;
    }

    /// <summary>The token the host would put in a notice, for a dossier that has no returned notice yet.</summary>
    public async Task<string> TokenOfAsync(string code)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
        return scope.ServiceProvider.GetRequiredService<IEvaluationLinks>().TokenOf(id);
    }

    /// <summary>A body answering chỉ số 1…9 with the letters of <paramref name="letters"/>.</summary>
    public static object Body(string letters, string overall = "satisfied", string? comment = null) => new
    {
        answers = letters.Select((c, i) => (Key: (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Value: c.ToString()))
            .ToDictionary(p => p.Key, p => p.Value),
        overall,
        comment,
    };

    public async Task<HttpResponseMessage> RateThroughLinkAsync(string token, object body, string address = "198.19.0.1")
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Add(MotCuaApiFactory.ClientAddressHeader, address);
        return await client.PostAsJsonAsync($"/api/public/evaluations/{token}", body);
    }

    public async Task<HttpResponseMessage> RateAtDeskAsync(string officer, string code, object body) =>
        await (await Workflow.As(officer)).PostAsJsonAsync($"/api/dossiers/{code}/evaluation", body);

    public async Task<int> CountAsync(string code)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().DossierEvaluations.CountAsync(e => e.DossierCode == code);
    }

    /// <summary>The evaluation report as <paramref name="supervisor"/> asks for it, expected to be answered.</summary>
    public async Task<JsonElement> ReportAsync(string supervisor, string query)
    {
        var response = await (await Workflow.As(supervisor)).GetAsync($"/api/reports/evaluations?{query}");
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The quarter of the test clock's day in Vietnam, and its first day as the API writes it.</summary>
    public (int Year, int Number, string From) Quarter()
    {
        var today = api.Factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        var number = ((today.Month - 1) / 3) + 1;
        return (today.Year, number, new DateOnly(today.Year, (3 * number) - 2, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"/danh-gia/(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();
}
