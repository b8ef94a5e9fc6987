using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Supervision;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// Issue 14's "Done when", with the real data and the demo accounts of both worlds: the Thái Bình desks
/// of the 2018 plan until 30/06/2025, Hưng Yên's two levels from 01/07/2025, TT 03/2025's forms from
/// 15/09/2025. One story, in order, since each step builds on the one before.
/// </summary>
public sealed class TodaysWorldTests(ApiFixture api) : ApiTest
{
    private const string DistrictDesk = "000.00.31.H54";
    private const string ThaiBinhWardCentre = "000.40.40.H31";
    private const string ThaiBinhWard = "13225";
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    [Fact]
    public async Task Dossiers_of_both_worlds_keep_their_rules_and_the_new_communes_supervisors_see_their_predecessors()
    {
        // Friday 20 June 2025: the district desk of Thành phố Thái Bình and the ward desk of Lê Hồng Phong still receive.
        var desk = At(new DateTimeOffset(2025, 6, 20, 9, 0, 0, Vn));
        var district = (await desk.ReceiveAsync("huyen.tiepnhan", "1.001612", "district")).Code();
        var ward = (await desk.ReceiveAsync("xa.tiepnhan", "1.001193", "commune")).Code();
        Assert.StartsWith($"{DistrictDesk}-250620-", district, StringComparison.Ordinal);
        var districtBefore = await desk.GetAsync("huyen.tiepnhan", district);

        // Tuesday 1 July 2025: the district level is gone; its desk refuses and writes nothing.
        desk = At(new DateTimeOffset(2025, 7, 1, 8, 30, 0, Vn));
        var count = await api.CountDossiersAsync();
        var refused = await (await desk.As("huyen.tiepnhan")).PostAsJsonAsync(
            "/api/dossiers", await desk.ReceiptBodyAsync("1.001193", "commune"));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("30/06/2025", (await Problem.ReadAsync(refused)).Detail, StringComparison.Ordinal);
        Assert.Equal(count, await api.CountDossiersAsync());

        // The admin hands the closed desks' open dossiers to their successors: once, however often it runs.
        var admin = await desk.As("admin");
        var first = await HandOverAsync(admin);
        var handedOver = first.GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains(district, handedOver);
        Assert.Contains(ward, handedOver);
        Assert.Equal(0, (await HandOverAsync(admin)).GetProperty("handedOver").GetInt32());

        // Phường Thái Bình's centre carries both on; the district dossier keeps its code, receipt and history.
        var districtNow = await desk.GetAsync("phuong.tiepnhan", district);
        Assert.Equal(ThaiBinhWardCentre, districtNow.CurrentOffice());
        Assert.Equal(districtBefore.ReceivedAt(), districtNow.ReceivedAt());
        Assert.Equal(districtBefore.DueAt(), districtNow.DueAt());
        Assert.Equal(
            districtBefore.GetProperty("history")[0].ToString(),
            districtNow.GetProperty("history")[0].ToString());
        await desk.DoAsync("phuong.tiepnhan", district, "transfer");
        await desk.DoAsync("phuong.chuyenvien", district, "assess", new { decision = "approve" });
        await desk.DoAsync("phuong.lanhdao", district, "approve", new { decision = "approve" });

        desk = At(new DateTimeOffset(2025, 8, 5, 9, 0, 0, Vn));
        var returned = await desk.DoAsync("phuong.tiepnhan", district, "return", new { receivedBy = "Nguyễn Văn Ấn" });
        Assert.Equal(10, returned.StatusCode());
        Assert.Equal(district, returned.Code());
        var actions = returned.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ToList();
        Assert.Equal(["receive", "hand-over", "transfer", "assess", "approve", "return"], actions);
        var oldReceipt = await PdfAsync("phuong.tiepnhan", desk, district, "receipt");
        Assert.Contains("Thông tư 01/2018", oldReceipt, StringComparison.Ordinal);
        Assert.Contains("THÀNH PHỐ THÁI BÌNH", oldReceipt.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.DoesNotContain("HƯNG YÊN", oldReceipt.ToUpperInvariant(), StringComparison.Ordinal);

        // Wednesday 1 October 2025: a ward centre of Hưng Yên receives under TT 03/2025, with its own agency code...
        desk = At(new DateTimeOffset(2025, 10, 1, 9, 0, 0, Vn));
        var today = (await desk.ReceiveAsync("phuong.tiepnhan", "1.001193", "commune")).Code();
        Assert.StartsWith($"{ThaiBinhWardCentre}-251001-", today, StringComparison.Ordinal);
        var newReceipt = await PdfAsync("phuong.tiepnhan", desk, today, "receipt");
        Assert.Contains("Thông tư 03/2025", newReceipt, StringComparison.Ordinal);
        Assert.Contains("HƯNG YÊN", newReceipt.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Contains("PHƯỜNG THÁI BÌNH", newReceipt.ToUpperInvariant(), StringComparison.Ordinal);

        // ...and Xã Đông Hưng's centre receives for a citizen of Phường Thái Bình, who decides; Đông Hưng returns it.
        var body = await desk.ReceiptBodyAsync("1.001193", "commune");
        body["competentUnitCode"] = ThaiBinhWard;
        body["applicant"] = new { fullName = "Trần Thị Bình", citizenId = WorkflowClient.CitizenId, birthDate = "1990-05-01", phone = WorkflowClient.Phone, address = "Phường Thái Bình, tỉnh Hưng Yên", unitCode = ThaiBinhWard };
        var across = await (await desk.As("xa2.tiepnhan")).PostAsJsonAsync("/api/dossiers", body);
        Assert.True(across.StatusCode == HttpStatusCode.Created, await across.Content.ReadAsStringAsync());
        var acrossCode = (await across.Content.ReadFromJsonAsync<JsonElement>()).Code();
        var acrossDetail = await desk.GetAsync("xa2.tiepnhan", acrossCode);
        Assert.Equal(ThaiBinhWardCentre, acrossDetail.Summary().GetProperty("competentOffice").GetProperty("code").GetString());
        Assert.Equal(ThaiBinhWard, acrossDetail.Summary().GetProperty("applicantUnit").GetProperty("code").GetString());
        await desk.DoAsync("xa2.tiepnhan", acrossCode, "transfer");
        Assert.Equal(ThaiBinhWardCentre, (await desk.DoAsync("phuong.chuyenvien", acrossCode, "assess", new { decision = "approve" })).CurrentOffice());

        // The supervisors: the new ward's sees its predecessor's dossier; the province's sees each dossier once.
        var period = "from=2025-06-01&to=2025-10-31";
        var wardReport = await ReportAsync(desk, "phuong.giamsat", $"unitCode={ThaiBinhWard}&{period}");
        var wardByCompetent = await ReportAsync(desk, "phuong.giamsat", $"unitCode={ThaiBinhWard}&{period}&countBy=competent");
        var province = await ReportAsync(desk, "hy.giamsat", $"unitCode=33&{period}");
        var provinceByUnit = await ReportAsync(desk, "hy.giamsat", $"unitCode=33&{period}&groupBy=unit");
        Assert.Equal(2, Received(wardReport.GetProperty("total")));
        Assert.Equal(3, Received(wardByCompetent.GetProperty("total")));
        Assert.Equal(4, Received(province.GetProperty("total")));
        Assert.Equal(4, provinceByUnit.GetProperty("rows").EnumerateArray().Sum(Received));
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOverdueFlagging>().RunAsync(CancellationToken.None);
        }

        var open = await (await desk.As("phuong.giamsat")).GetFromJsonAsync<JsonElement>(
            $"/api/supervision/overdue?unitCode={ThaiBinhWard}&includeDescendants=true");
        Assert.Contains(ward, open.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
    }

    /// <summary>The scenario's moment, with a fresh client: a token of the day before has expired.</summary>
    private WorkflowClient At(DateTimeOffset moment)
    {
        api.Factory.Clock.AdjustTime(moment.ToUniversalTime());
        return new WorkflowClient(api);
    }

    private static async Task<JsonElement> HandOverAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/hand-overs", new { });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<string> PdfAsync(string username, WorkflowClient desk, string code, string form) =>
        PdfText.Read(await (await desk.As(username)).GetByteArrayAsync($"/api/dossiers/{code}/forms/{form}.pdf")).All;

    private static async Task<JsonElement> ReportAsync(WorkflowClient desk, string username, string query) =>
        await (await desk.As(username)).GetFromJsonAsync<JsonElement>($"/api/reports/processing?{query}");

    private static long Received(JsonElement row) => row.GetProperty("received").GetProperty("total").GetInt64();
}
