using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// The desk finds the papers incomplete (Decree 61 Art. 15(3), 17(1)(a)): it records its guidance,
/// prints Mẫu 02 with what to add, why and whom to ask, lists it in the ledger and the report counts
/// it; no dossier is created, the citizen comes back with the complete papers.
/// </summary>
public sealed class DeskGuidanceTests(ApiFixture api) : ApiTest
{
    private const string Items = "Tờ khai đăng ký khai sinh theo mẫu\nGiấy chứng sinh (bản chính)";
    private const string Reasons = "Thiếu thành phần hồ sơ bắt buộc của thủ tục đăng ký khai sinh.";

    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task A_receipt_missing_documents_points_to_the_guidance_which_records_prints_lists_and_counts_it_without_a_dossier()
    {
        using var supervisor = await api.CreateClientSignedInAsAsync("xa.giamsat");
        var today = DateOnly.FromDateTime(api.Factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        var reportUrl = $"/api/reports/processing?unitCode=12433&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var countedBefore = (await supervisor.GetFromJsonAsync<JsonElement>(reportUrl)).GetProperty("deskGuidance").GetInt64();
        var client = await _desk.As("xa.tiepnhan");
        var receipt = await _desk.ReceiptBodyAsync("1.001193");
        receipt["documents"] = new[] { new { name = "Giấy chứng sinh", copies = 1, original = true } };
        var dossiers = await api.CountDossiersAsync();

        var refused = await client.PostAsJsonAsync("/api/dossiers", receipt);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("POST /api/desk-guidance", (await Problem.ReadAsync(refused)).Errors!["documents"].Single());

        var response = await client.PostAsJsonAsync("/api/desk-guidance", new { procedureCode = "1.001193", applicant = receipt["applicant"], items = Items, reasons = Reasons });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var guidance = await response.Content.ReadFromJsonAsync<JsonElement>();
        var form = guidance.GetProperty("form").GetString()!;
        Assert.Equal(form, response.Headers.Location?.OriginalString);
        Assert.Equal(("000.01.31.H54", "Nguyễn Văn Ấn", "Ngô Thị Lụa"), (
            guidance.GetProperty("officeCode").GetString(), guidance.GetProperty("applicantName").GetString(), guidance.GetProperty("givenBy").GetString()));
        Assert.Equal(dossiers, await api.CountDossiersAsync());

        var number = guidance.GetProperty("number").GetInt64();
        var pdf = PdfText.Normalize(PdfText.Read(await client.GetByteArrayAsync(form)).All);
        Assert.Contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", pdf);
        Assert.Contains($"phiếu hướng dẫn số {number}", pdf);
        Assert.Contains("1. Tờ khai đăng ký khai sinh theo mẫu", pdf);
        Assert.Contains("2. Giấy chứng sinh (bản chính)", pdf);
        Assert.Contains("Lý do: " + Reasons, pdf);
        Assert.Contains("liên hệ công chức Ngô Thị Lụa", pdf);

        var ledger = PdfText.Normalize(PdfText.Read(await client.GetByteArrayAsync($"/api/offices/000.01.31.H54/ledger.pdf?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}")).All);
        Assert.Contains($"Hướng dẫn bổ sung tại quầy (phiếu số {number})", ledger);

        Assert.Equal(countedBefore + 1, (await supervisor.GetFromJsonAsync<JsonElement>(reportUrl)).GetProperty("deskGuidance").GetInt64());
    }

    [Fact]
    public async Task Guidance_needs_its_items_and_reasons_is_given_by_the_desk_only_and_its_form_stays_in_its_office()
    {
        var applicant = (await _desk.ReceiptBodyAsync("1.001193"))["applicant"];
        var desk = await _desk.As("xa.tiepnhan");

        var bare = await desk.PostAsJsonAsync("/api/desk-guidance", new { procedureCode = "1.001193", applicant });
        var bySpecialist = await (await _desk.As("xa.chuyenvien")).PostAsJsonAsync("/api/desk-guidance", new { procedureCode = "1.001193", applicant, items = Items, reasons = Reasons });
        var given = await (await desk.PostAsJsonAsync("/api/desk-guidance", new { procedureCode = "1.001193", applicant, items = Items, reasons = Reasons }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var otherDesk = await (await _desk.As("tinh.tiepnhan")).GetAsync(given.GetProperty("form").GetString());
        var unknown = await desk.GetAsync($"/api/desk-guidance/{Guid.NewGuid()}/form.pdf");
        var supervisorAbove = await (await _desk.As("huyen.giamsat")).GetAsync(given.GetProperty("form").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        var errors = (await Problem.ReadAsync(bare)).Errors!;
        Assert.Equal(["Vui lòng liệt kê giấy tờ cần bổ sung, hoàn thiện (items)."], errors["items"]);
        Assert.Equal(["Vui lòng ghi rõ lý do (reasons)."], errors["reasons"]);
        Assert.Equal(HttpStatusCode.Forbidden, bySpecialist.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherDesk.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, supervisorAbove.StatusCode);
    }
}
