using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// The legal period follows the dossier's receipt day: TT 01/2018's forms before 15/09/2025, TT 03/2025's
/// from then on, however late a form is printed; headers follow the office and the period of the form's
/// day; the system's name and the desk-handled targets follow their own day. The demo offices serve
/// both sides here (the clock is moved, the offices stay open in this suite's data).
/// </summary>
public sealed class RegimeFormTests(ApiFixture api) : ApiTest
{
    private static readonly DateTimeOffset June20 = new(2025, 6, 20, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset October1 = new(2025, 10, 1, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset October20 = new(2025, 10, 20, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task A_dossier_received_in_June_2025_prints_the_2018_forms_and_header_in_October()
    {
        var code = (await At(June20).ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var receivedThen = await ReadAsync(At(June20), "xa.tiepnhan", code, "receipt");

        var october = At(October20);
        var receipt = await ReadAsync(october, "xa.tiepnhan", code, "receipt");
        var controlSheet = await ReadAsync(october, "xa.tiepnhan", code, "control-sheet");
        var offered = await OfferedAsync(october, "xa.tiepnhan", code);

        Assert.Equal(receivedThen, receipt);
        Assert.Contains("Mẫu 01 (Thông tư 01/2018/TT-VPCP)", receipt);
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", receipt);
        Assert.Contains("ỦY BAN NHÂN DÂN PHƯỜNG LÊ HỒNG PHONG", receipt);
        Assert.DoesNotContain("ỦY BAN NHÂN DÂN TỈNH", receipt); // the 2018 header names the commune's committee only
        Assert.Contains("Mẫu 05 (Thông tư 01/2018/TT-VPCP)", controlSheet);
        Assert.Contains("Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05)", offered.Values);
    }

    [Fact]
    public async Task A_dossier_received_on_1_October_2025_prints_the_TT_03_forms_under_its_province()
    {
        var desk = At(October1);
        var code = (await desk.ReceiveAsync("phuong.tiepnhan", "1.001193")).Code();

        var receipt = await ReadAsync(desk, "phuong.tiepnhan", code, "receipt");
        var controlSheet = await ReadAsync(desk, "phuong.tiepnhan", code, "control-sheet");
        var offered = await OfferedAsync(desk, "phuong.tiepnhan", code);

        Assert.Contains("Mẫu 01 (Thông tư 03/2025/TT-VPCP)", receipt);
        var province = receipt.IndexOf("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", StringComparison.Ordinal);
        var commune = receipt.IndexOf("ỦY BAN NHÂN DÂN PHƯỜNG THÁI BÌNH", StringComparison.Ordinal);
        Assert.True(province >= 0 && commune > province, receipt);
        Assert.Contains("Mẫu 06 (Thông tư 03/2025/TT-VPCP)", controlSheet);
        Assert.Contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", controlSheet);
        Assert.Equal("Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)", offered["control-sheet"]);
        Assert.DoesNotContain("stop-notice", offered.Keys);
    }

    [Fact]
    public async Task The_stop_notice_exists_for_a_stopped_TT_03_dossier_and_not_for_a_2018_one()
    {
        var old = At(June20);
        var oldCode = (await old.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        await old.DoAsync("xa.lanhdao", oldCode, "stop", new { reason = "Công dân không bổ sung hồ sơ đúng hạn" });
        var current = At(October1);
        var code = (await current.ReceiveAsync("phuong.tiepnhan", "1.001193")).Code();
        await current.DoAsync("phuong.lanhdao", code, "stop", new { reason = "Công dân đề nghị dừng để nộp lại hồ sơ khác" });

        var notice = await ReadAsync(current, "phuong.tiepnhan", code, "stop-notice");
        var offered = await OfferedAsync(current, "phuong.tiepnhan", code);
        var oldNotice = await (await current.As("xa.tiepnhan")).GetAsync($"/api/dossiers/{oldCode}/forms/stop-notice.pdf");
        var oldOffered = await OfferedAsync(current, "xa.tiepnhan", oldCode);

        Assert.Contains("Mẫu 05 (Thông tư 03/2025/TT-VPCP)", notice);
        Assert.Contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", notice);
        Assert.Contains("Công dân đề nghị dừng để nộp lại hồ sơ khác", notice);
        Assert.Contains("Tạ Quang Vinh", notice);
        Assert.Equal("Thông báo dừng giải quyết hồ sơ (Mẫu 05)", offered["stop-notice"]);
        Assert.Equal(HttpStatusCode.NotFound, oldNotice.StatusCode);
        Assert.Contains("Thông tư 01/2018/TT-VPCP", (await Problem.ReadAsync(oldNotice)).Detail);
        Assert.DoesNotContain("stop-notice", oldOffered.Keys);
    }

    [Fact]
    public async Task Mau_02_names_the_officer_to_contact_and_the_apology_comes_from_the_processing_agency()
    {
        var desk = At(June20);
        var code = (await desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await desk.DoAsync("tinh.tiepnhan", code, "transfer");
        api.Factory.Clock.Advance(TimeSpan.FromMinutes(30));
        await desk.DoAsync("tinh.chuyenvien", code, "request-supplement", new { items = "Bản sao Giấy khai sinh; Ảnh chân dung 4x6", reason = "Hồ sơ thiếu giấy tờ theo quy định" });
        var supplement = await ReadAsync(desk, "tinh.chuyenvien", code, "supplement-request");
        api.Factory.Clock.Advance(TimeSpan.FromMinutes(30));
        await desk.DoAsync("tinh.tiepnhan", code, "supplement");
        api.Factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var due = (await desk.GetAsync("tinh.lanhdao", code)).DueAt();
        await desk.DoAsync("tinh.lanhdao", code, "extend", new { newDueAt = await desk.DeadlineAsync(due, "workingDays=2"), reason = "Chờ kết quả xác minh" });
        var apology = await ReadAsync(desk, "tinh.lanhdao", code, "apology");

        Assert.Contains("1. Bản sao Giấy khai sinh", supplement);
        Assert.Contains("2. Ảnh chân dung 4x6", supplement);
        Assert.Contains("liên hệ công chức Trần Văn Đức, Sở Tư pháp tỉnh Thái Bình để được hướng dẫn", supplement);
        Assert.Contains("Mẫu 04 (Thông tư 01/2018/TT-VPCP)", apology);
        Assert.Contains("SỞ TƯ PHÁP TỈNH THÁI BÌNH", apology);
        Assert.DoesNotContain("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", apology);
        Assert.Contains("THỦ TRƯỞNG CƠ QUAN", apology);
        Assert.Contains("Phạm Quốc Hưng", apology);
    }

    [Fact]
    public async Task The_ledger_names_the_lead_agency_and_takes_the_form_of_its_period()
    {
        var june = At(June20);
        var code = (await june.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        var juneLedger = await LedgerAsync(june, "tinh.tiepnhan", "000.00.01.H54", June20);
        var october = At(October1);
        await october.ReceiveAsync("phuong.tiepnhan", "1.001193");
        var octoberLedger = await LedgerAsync(october, "phuong.tiepnhan", "000.40.40.H31", October1);

        Assert.Contains(code, juneLedger);
        Assert.Contains("Mẫu 06 (Thông tư 01/2018/TT-VPCP)", juneLedger);
        Assert.Contains("Cơ quan chủ trì giải quyết", juneLedger);
        Assert.Contains("Sở Tư pháp tỉnh Thái Bình", juneLedger); // the deciding office, not the receiving centre
        Assert.Contains("Mẫu 07 (Thông tư 03/2025/TT-VPCP)", octoberLedger);
    }

    [Fact]
    public async Task The_desk_handled_targets_say_which_period_they_belong_to()
    {
        var october = At(October1);
        var supervisor = await october.As("tinh.giamsat");

        var june = await supervisor.GetFromJsonAsync<JsonElement>("/api/reports/processing?from=2025-06-01&to=2025-06-30&groupBy=level");
        var now = await supervisor.GetFromJsonAsync<JsonElement>("/api/reports/processing?from=2025-10-01&to=2025-10-31&groupBy=level");

        var before = june.GetProperty("deskHandled").EnumerateArray().Single(d => d.GetProperty("level").GetProperty("code").GetString() == "province");
        var after = now.GetProperty("deskHandled").EnumerateArray().Single(d => d.GetProperty("level").GetProperty("code").GetString() == "province");
        Assert.Equal(20, before.GetProperty("target").GetInt32());
        Assert.Equal("nd61-tt01", before.GetProperty("targetPeriod").GetProperty("code").GetString());
        Assert.Equal("2025-06-30", before.GetProperty("targetPeriod").GetProperty("to").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("target").ValueKind);
        Assert.Equal("nd118-tt03", after.GetProperty("targetPeriod").GetProperty("code").GetString());
        Assert.Equal("Nghị định 118/2025/NĐ-CP", after.GetProperty("targetPeriod").GetProperty("decree").GetString());
    }

    [Fact]
    public async Task The_system_name_follows_the_period_of_today()
    {
        api.Factory.Clock.AdjustTime(new DateTimeOffset(2025, 6, 30, 16, 0, 0, TimeSpan.FromHours(7)));
        var before = await NamesShownAsync();
        api.Factory.Clock.AdjustTime(new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        var after = await NamesShownAsync();

        Assert.All(before.Names, shown => Assert.Contains("Hệ thống thông tin một cửa điện tử", shown));
        Assert.All(after.Names, shown => Assert.Contains("Hệ thống thông tin giải quyết thủ tục hành chính", shown));
        Assert.All(after.Names, shown => Assert.DoesNotContain("một cửa điện tử", shown));
        Assert.Equal(["Một cửa điện tử", "Một cửa điện tử"], before.Brands);
        Assert.Equal(["Giải quyết TTHC", "Giải quyết TTHC"], after.Brands);
    }

    /// <summary>The OpenAPI document's title, the sign-in page's text, and the top bar of that page and of an error page.</summary>
    private async Task<(string[] Names, string[] Brands)> NamesShownAsync()
    {
        var client = api.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var signIn = WebUtility.HtmlDecode(await client.GetStringAsync("/dang-nhap"));
        var missing = WebUtility.HtmlDecode(await (await client.GetAsync("/khong-co-trang-nay")).Content.ReadAsStringAsync());
        return (
            [document.GetProperty("info").GetProperty("title").GetString()!, Between(signIn, "<p>", "</p>")],
            [Between(signIn, "class=\"brand\">", "<"), Between(missing, "class=\"brand\" href=\"/\">", "<")]);
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    /// <summary>The clock set to <paramref name="moment"/> (either way: tests of both periods share the class) and a desk whose sign-ins are of that moment.</summary>
    private WorkflowClient At(DateTimeOffset moment)
    {
        api.Factory.Clock.AdjustTime(moment);
        return new WorkflowClient(api);
    }

    private static async Task<string> ReadAsync(WorkflowClient desk, string username, string code, string form)
    {
        var response = await (await desk.As(username)).GetAsync($"/api/dossiers/{code}/forms/{form}.pdf");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{form}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return PdfText.Read(await response.Content.ReadAsByteArrayAsync()).All;
    }

    private static async Task<Dictionary<string, string>> OfferedAsync(WorkflowClient desk, string username, string code) =>
        (await desk.GetAsync(username, code)).GetProperty("forms").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("title").GetString()!);

    private static async Task<string> LedgerAsync(WorkflowClient desk, string username, string office, DateTimeOffset day)
    {
        var response = await (await desk.As(username)).GetAsync($"/api/offices/{office}/ledger.pdf?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"ledger: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return PdfText.Read(await response.Content.ReadAsByteArrayAsync()).All;
    }
}
