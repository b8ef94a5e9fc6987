using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// The printed forms read back from the PDF. Set MOTCUA_FORMS_OUT to keep the files (deploy/render-forms.sh
/// turns them into pictures).
/// </summary>
public sealed class FormPdfTests(ApiFixture api) : ApiTest
{
    private const string Address = "Số 12 ẤU ấu, thôn ẾCH ếch, xóm ỘC ộc, ngõ ỮA ữa, xã Vũ Phúc";
    private const string Email = "an.nguyen@example.vn";
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task The_receipt_shows_every_field_the_lookup_QR_code_and_the_ledger_entry()
    {
        var body = await _desk.ReceiptBodyAsync("2.000488");
        body["applicant"] = new { fullName = "Nguyễn Thị Ấu Lữ", citizenId = "034190001234", birthDate = "1990-03-08", phone = "0912345678", email = Email, address = Address };
        var received = await (await (await _desk.As("tinh.tiepnhan")).PostAsJsonAsync("/api/dossiers", body)).Content.ReadFromJsonAsync<JsonElement>();
        var code = received.Code();
        var procedure = (await api.CreateClient().GetFromJsonAsync<JsonElement>("/api/procedures?code=2.000488"))[0];

        var (pdf, response) = await FormAsync("tinh.tiepnhan", code, "receipt");
        var text = PdfText.Read(pdf);

        Assert.Equal($"receipt-{code}.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Single(text.Pages);
        foreach (var expected in new[]
        {
            "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THÁI BÌNH", code, "Nguyễn Thị Ấu Lữ", "034190001234", Address, "0912345678", Email,
            procedure.GetProperty("name").GetString()!, procedure.GetProperty("limit").GetProperty("text").GetString()!,
            Long(received.ReceivedAt()), Long(received.DueAt()), "Quyển số: " + received.ReceivedAt().ToOffset(TimeSpan.FromHours(7)).Year,
            "Số thứ tự:", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Nguyễn Thị Hoa",
        })
        {
            Assert.Contains(PdfText.Normalize(expected), text.All);
        }

        foreach (var document in procedure.GetProperty("requiredDocuments").EnumerateArray().Where(d => !d.GetProperty("conditional").GetBoolean()))
        {
            Assert.Contains(PdfText.Normalize(document.GetProperty("name").GetString()!), text.All);
        }

        var url = $"http://localhost/tra-cuu/{code}";
        Assert.Equal([url], text.Links);
        Assert.Equal([url], text.QrCodes);
        await KeepAsync("mau-01-giay-tiep-nhan", pdf);
    }

    [Fact]
    public async Task Printing_again_later_gives_the_same_receipt()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        var first = PdfText.Read((await FormAsync("tinh.tiepnhan", code, "receipt")).Pdf).All;
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        api.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488");

        var again = PdfText.Read((await FormAsync("tinh.tiepnhan", code, "receipt")).Pdf).All;

        Assert.Equal(first, again);
    }

    [Fact]
    public async Task The_notices_come_from_the_actions_that_caused_them()
    {
        // A day of TT 01/2018, whose titles are asserted, whatever day the suite starts on (RegimeFormTests has TT 03's).
        api.Factory.Clock.AdjustTime(new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.FromHours(7)));
        var received = await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488");
        var code = received.Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        await _desk.DoAsync("tinh.chuyenvien", code, "request-supplement", new { items = "Bản sao Giấy khai sinh; Ảnh chân dung 4x6 chụp không quá 6 tháng", reason = "Bản sao chưa được chứng thực" });
        var supplement = PdfText.Read((await FormAsync("tinh.chuyenvien", code, "supplement-request")).Pdf);
        await _desk.DoAsync("tinh.tiepnhan", code, "supplement");
        var due = (await _desk.GetAsync("tinh.tiepnhan", code)).DueAt();
        var newDue = await _desk.DeadlineAsync(due, "workingDays=2");
        await _desk.DoAsync("tinh.lanhdao", code, "extend", new { newDueAt = newDue, reason = "Chờ kết quả xác minh của Công an tỉnh" });
        var apology = PdfText.Read((await FormAsync("tinh.lanhdao", code, "apology")).Pdf);
        await _desk.DoAsync("tinh.lanhdao", code, "refuse", new { reason = "Người yêu cầu không thuộc diện được cấp Phiếu lý lịch tư pháp số 2" });
        var refusal = PdfText.Read((await FormAsync("tinh.tiepnhan", code, "refusal")).Pdf);

        Assert.Contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", supplement.All);
        Assert.Contains("1. Bản sao Giấy khai sinh", supplement.All);
        Assert.Contains("2. Ảnh chân dung 4x6 chụp không quá 6 tháng", supplement.All);
        // Asked once, with its reasons, naming the officer who asked and the office holding the dossier then.
        Assert.Contains("Lý do: Bản sao chưa được chứng thực", PdfText.Normalize(supplement.All));
        Assert.Contains("liên hệ công chức Trần Văn Đức, Sở Tư pháp tỉnh Thái Bình để được hướng dẫn", PdfText.Normalize(supplement.All));
        Assert.Contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", apology.All);
        // Issued by the processing agency under its own header, signed by its leader (Art. 19(9)).
        Assert.Contains("SỞ TƯ PHÁP TỈNH THÁI BÌNH", apology.All);
        Assert.Contains("Phạm Quốc Hưng", apology.All);
        Assert.Contains(Long(due), apology.All);
        Assert.Contains(Long(newDue), apology.All);
        Assert.Contains("Chờ kết quả xác minh của Công an tỉnh", apology.All);
        Assert.Contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", refusal.All);
        Assert.Contains("Người yêu cầu không thuộc diện được cấp Phiếu lý lịch tư pháp số 2", refusal.All);
        await KeepAsync("mau-02-yeu-cau-bo-sung", (await FormAsync("tinh.chuyenvien", code, "supplement-request")).Pdf);
        await KeepAsync("mau-03-tu-choi", (await FormAsync("tinh.tiepnhan", code, "refusal")).Pdf);
        await KeepAsync("mau-04-xin-loi", (await FormAsync("tinh.lanhdao", code, "apology")).Pdf);
    }

    [Fact]
    public async Task The_control_sheet_has_a_row_per_handoff_with_its_result()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        await _desk.DoAsync("tinh.chuyenvien", code, "assess", new { decision = "approve" });
        await _desk.DoAsync("congan.chuyenvien", code, "verify", new { note = "Không có án tích" });

        var (pdf, _) = await FormAsync("tinh.tiepnhan", code, "control-sheet");
        var text = PdfText.Read(pdf).All;

        Assert.Contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", text);
        Assert.Contains("Cơ quan phối hợp giải quyết hồ sơ: Công an tỉnh Thái Bình", text);
        Assert.Equal(4, CountOf(text, "1. Giao:"));
        Assert.Contains("Nhận: Sở Tư pháp tỉnh Thái Bình (Trần Văn Đức)", text);
        Assert.Contains("Nhận: Công an tỉnh Thái Bình (Lương Văn Khải)", text);
        Assert.Contains("Đang xử lý", text);
        Assert.True(CountOf(text, "Trước hạn") + CountOf(text, "Đúng hạn") + CountOf(text, "Quá hạn") >= 3);
        await KeepAsync("mau-05-phieu-kiem-soat", pdf);
    }

    [Fact]
    public async Task The_ledger_runs_over_pages_with_its_header_on_each()
    {
        var codes = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            codes.Add((await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code());
        }

        var today = DateOnly.FromDateTime(api.Factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        var response = await (await _desk.As("xa.tiepnhan")).GetAsync($"/api/offices/000.01.31.H54/ledger.pdf?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = PdfText.Read(pdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(text.Pages.Count >= 2, $"{text.Pages.Count} page(s)");
        Assert.All(text.Pages, page => Assert.Contains("Tên thủ tục hành chính", page));
        Assert.All(codes, code => Assert.Contains(code, text.All));
        await KeepAsync("mau-06-so-theo-doi", pdf);
    }

    [Fact]
    public async Task Forms_follow_the_dossier_access_rules()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();

        var stranger = await (await _desk.As("xa.tiepnhan")).GetAsync($"/api/dossiers/{code}/forms/receipt.pdf");
        var unknownForm = await (await _desk.As("tinh.tiepnhan")).GetAsync($"/api/dossiers/{code}/forms/giay-khen.pdf");
        var noApologyYet = await (await _desk.As("tinh.tiepnhan")).GetAsync($"/api/dossiers/{code}/forms/apology.pdf");
        var otherLedger = await (await _desk.As("xa.tiepnhan")).GetAsync("/api/offices/000.00.01.H54/ledger.pdf?from=2026-01-01&to=2026-12-31");
        var supervisorLedger = await (await _desk.As("huyen.giamsat")).GetAsync("/api/offices/000.01.31.H54/ledger.pdf?from=2026-01-01&to=2026-12-31");

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownForm.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noApologyYet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherLedger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, supervisorLedger.StatusCode);
    }

    private static string Long(DateTimeOffset instant)
    {
        var local = instant.ToOffset(TimeSpan.FromHours(7));
        return string.Create(CultureInfo.InvariantCulture, $"{local:HH} giờ {local:mm} phút, ngày {local:dd} tháng {local:MM} năm {local:yyyy}");
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private async Task<(byte[] Pdf, HttpResponseMessage Response)> FormAsync(string username, string code, string form)
    {
        var response = await (await _desk.As(username)).GetAsync($"/api/dossiers/{code}/forms/{form}.pdf");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{form}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsByteArrayAsync(), response);
    }

    private static async Task KeepAsync(string name, byte[] pdf)
    {
        if (Environment.GetEnvironmentVariable("MOTCUA_FORMS_OUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, name + ".pdf"), pdf);
        }
    }
}
