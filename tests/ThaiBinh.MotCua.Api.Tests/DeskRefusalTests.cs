using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// The desk refuses a dossier before receiving it (Decree 61 Art. 17(1)(b), Mẫu 03): logged with its
/// code as status 3, printed, in the office's ledger and counted by the processing report.
/// </summary>
public sealed class DeskRefusalTests(ApiFixture api) : ApiTest
{
    private const string Reasons = "Thủ tục không thuộc thẩm quyền tiếp nhận của Trung tâm; đề nghị nộp tại UBND cấp xã nơi cư trú.";

    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task A_refusal_at_the_desk_is_a_dossier_not_accepted_with_its_code_its_mau_03_a_ledger_line_and_a_report_count()
    {
        using var supervisor = await api.CreateClientSignedInAsAsync("tinh.giamsat");
        var today = DateOnly.FromDateTime(api.Factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        var reportUrl = $"/api/reports/processing?unitCode=34&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var before = RefusedAtReception(await supervisor.GetFromJsonAsync<JsonElement>(reportUrl));

        var response = await RefuseAsync(Body(await _desk.ReceiptBodyAsync("2.000488")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var code = (await response.Content.ReadFromJsonAsync<JsonElement>()).Code();
        Assert.StartsWith("000.00.01.H54-", code);
        var dossier = await _desk.GetAsync("tinh.tiepnhan", code);
        Assert.Equal((3, "Không được tiếp nhận"), (dossier.StatusCode(), dossier.Summary().GetProperty("status").GetProperty("label").GetString()));
        Assert.Equal(Reasons, dossier.GetProperty("reasons").GetString());
        Assert.Equal(JsonValueKind.Null, dossier.Summary().GetProperty("dueAt").ValueKind);
        Assert.Equal(["refuse-at-reception"], dossier.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(["refusal", "control-sheet"], dossier.GetProperty("forms").EnumerateArray().Select(f => f.GetProperty("name").GetString()));

        var client = await _desk.As("tinh.tiepnhan");
        var refusal = PdfText.Read(await client.GetByteArrayAsync($"/api/dossiers/{code}/forms/refusal.pdf")).All;
        Assert.Contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", refusal);
        Assert.Contains(PdfText.Normalize(Reasons), PdfText.Normalize(refusal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/dossiers/{code}/forms/receipt.pdf")).StatusCode);

        var ledger = PdfText.Read(await client.GetByteArrayAsync($"/api/offices/000.00.01.H54/ledger.pdf?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}")).All;
        Assert.Contains(code, ledger);
        Assert.Contains("Không được tiếp nhận", ledger);

        Assert.Equal(before + 1, RefusedAtReception(await supervisor.GetFromJsonAsync<JsonElement>(reportUrl)));
    }

    [Fact]
    public async Task A_refusal_is_idempotent_like_a_receipt()
    {
        var body = Body(await _desk.ReceiptBodyAsync("2.000488"));
        var key = Guid.NewGuid().ToString();

        var first = await RefuseAsync(body, key);
        var again = await RefuseAsync(body, key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).Code(), (await again.Content.ReadFromJsonAsync<JsonElement>()).Code());
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
    }

    [Fact]
    public async Task A_refusal_without_reasons_a_receipt_with_reasons_and_a_refusal_by_a_specialist_write_nothing()
    {
        var receipt = await _desk.ReceiptBodyAsync("2.000488");
        var dossiers = await api.CountDossiersAsync();

        var noReasons = await RefuseAsync(receipt);
        var receiptWithReasons = await (await _desk.As("tinh.tiepnhan")).PostAsJsonAsync("/api/dossiers", Body(receipt));
        var bySpecialist = await (await _desk.As("tinh.chuyenvien")).PostAsJsonAsync("/api/dossiers/refusals", Body(receipt));

        Assert.Equal(HttpStatusCode.BadRequest, noReasons.StatusCode);
        Assert.Equal(["Vui lòng ghi rõ lý do từ chối tiếp nhận (reasons)."], (await Problem.ReadAsync(noReasons)).Errors!["reasons"]);
        Assert.Equal(HttpStatusCode.BadRequest, receiptWithReasons.StatusCode);
        Assert.Contains("/api/dossiers/refusals", (await Problem.ReadAsync(receiptWithReasons)).Errors!["reasons"].Single());
        Assert.Equal(HttpStatusCode.Forbidden, bySpecialist.StatusCode);
        Assert.Equal(dossiers, await api.CountDossiersAsync());
    }

    private static Dictionary<string, object?> Body(Dictionary<string, object?> receipt) => new(receipt) { ["reasons"] = Reasons };

    private static long RefusedAtReception(JsonElement report) =>
        report.GetProperty("total").GetProperty("refused").GetProperty("atReception").GetInt64();

    private async Task<HttpResponseMessage> RefuseAsync(Dictionary<string, object?> body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dossiers/refusals") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await (await _desk.As("tinh.tiepnhan")).SendAsync(request);
    }
}
