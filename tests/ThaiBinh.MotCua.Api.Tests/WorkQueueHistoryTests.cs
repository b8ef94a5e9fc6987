using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>The work queue at a desk with history: what an officer's queue holds and in which order, page after page.</summary>
public sealed class WorkQueueHistoryTests(ApiFixture api) : ApiTest
{
    private const string Desk = "tinh.tiepnhan";
    private const string Specialist = "tinh.chuyenvien";
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    private readonly WorkflowClient _client = new(api);
    private readonly DossierDesk _desk = new(api);

    [Fact]
    public async Task The_queue_shows_open_dossiers_in_due_order_across_pages_the_same_as_before_for_open_ones()
    {
        // 24 receipts over two weeks in shuffled order, pairs of them at the same moment (the same due
        // moment: the code decides); every fifth withdrawn at the desk, every fourth other one
        // transferred to the Sở Tư pháp; three more refused at reception (no due moment).
        var received = new List<Dossier>();
        for (var i = 0; i < 24; i++)
        {
            var at = new DateTimeOffset(2025, 2, 3, 8, 0, 0, Vn).AddDays(i * 7 % 12).AddHours(i % 3);
            received.Add(await _desk.ReceiveJudicialRecordAsync(at));
        }

        var withdrawn = received.Where((_, i) => i % 5 == 0).ToList();
        var transferred = received.Where((_, i) => i % 5 != 0 && i % 4 == 0).ToList();
        foreach (var dossier in withdrawn)
        {
            await _client.DoAsync(Desk, dossier.Code, "withdraw", new { reason = "Công dân xin rút hồ sơ" });
        }

        foreach (var dossier in transferred)
        {
            await _client.DoAsync(Desk, dossier.Code, "transfer");
        }

        var refused = new List<Dossier>();
        for (var i = 0; i < 3; i++)
        {
            refused.Add(await _desk.ReceiveJudicialRecordAsync(new DateTimeOffset(2025, 2, 11, 9, 0, 0, Vn), refusal: "Không thuộc thẩm quyền tiếp nhận"));
        }

        var atDesk = received.Except(withdrawn).Except(transferred).ToList();
        received.AddRange(refused);
        var ours = received.Select(d => d.Code).ToHashSet();

        // Dossiers of the other test may share the pages; ours must each come once, in order.
        async Task<List<string>> Seen(string username, string query) => [.. (await AllPagesAsync(username, query)).Where(ours.Contains)];
        Assert.Equal(InDueOrder(atDesk), await Seen(Desk, "limit=3"));
        Assert.Equal(InDueOrder(transferred), await Seen(Specialist, "limit=2"));
        Assert.Equal(InDueOrder(atDesk.Concat(transferred)), await Seen(Desk, "scope=all&limit=4"));
        Assert.Equal(InDueOrder(withdrawn), await Seen(Desk, "status=Withdrawn&limit=2"));
        Assert.Equal(InDueOrder(withdrawn), await Seen(Desk, "status=Withdrawn&scope=all&limit=1"));
        Assert.Equal(InDueOrder(refused), await Seen(Desk, "status=NotAccepted&limit=2")); // no due moment: by code

    }

    [Fact]
    public async Task A_page_line_names_the_offices_the_holder_and_the_procedure_as_the_detail_does()
    {
        var code = (await _client.ReceiveAsync(Desk, "2.000488")).Code();
        await _client.DoAsync(Desk, code, "transfer");
        await _client.DoAsync("tinh.lanhdao", code, "assign", new { assignee = Specialist });

        var line = (await (await _client.As(Specialist)).GetFromJsonAsync<JsonElement>("/api/dossiers?assignee=me&limit=200"))
            .GetProperty("items").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);
        var detail = (await _client.GetAsync(Specialist, code)).Summary();

        Assert.Equal(detail.GetRawText(), line.GetRawText());
        Assert.Equal(Specialist, line.GetProperty("assignee").GetProperty("username").GetString());
        Assert.Equal("000.00.02.H54", line.GetProperty("currentOffice").GetProperty("code").GetString());
        Assert.Equal("000.00.01.H54", line.GetProperty("receivingOffice").GetProperty("code").GetString());
    }

    /// <summary>Due order, the code between equal due moments (ordinal: codes are ASCII).</summary>
    private static List<string> InDueOrder(IEnumerable<Dossier> dossiers) =>
        [.. dossiers.OrderBy(d => d.DueAt).ThenBy(d => d.Code, StringComparer.Ordinal).Select(d => d.Code)];

    private async Task<List<string>> AllPagesAsync(string username, string query)
    {
        var client = await _client.As(username);
        var codes = new List<string>();
        string? next = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/dossiers?{query}" + (next is null ? "" : $"&after={Uri.EscapeDataString(next)}"));
            codes.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()!));
            next = page.GetProperty("next").GetString();
        }
        while (next is not null);

        return codes;
    }
}
