using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests;

/// <summary>The pages' PDF addresses behind the cookie: the API's forms, with the API's answers to a refusal.</summary>
public sealed class FormDownloadTests(WebFixture web) : WebTest(web)
{
    [Theory]
    [InlineData("receipt", "Giấy tiếp nhận hồ sơ")]
    [InlineData("control-sheet", "Phiếu kiểm soát")]
    public async Task A_dossiers_form_opens_inline_for_a_signed_in_officer(string form, string title)
    {
        var code = await ReceiveOverApiAsync();
        var page = await SignedInAsync("xa.tiepnhan");

        var pdf = await page.Context.APIRequest.GetAsync($"/bieu-mau/{code}/{form}.pdf");

        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("inline", pdf.Headers["content-disposition"], StringComparison.Ordinal);
        var text = PdfText.Read(await pdf.BodyAsync()).All;
        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains(title, text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("xa.tiepnhan", "khong-co.pdf")]
    [InlineData("xa.tiepnhan", "supplement-request.pdf")]
    [InlineData("huyen.tiepnhan", "receipt.pdf")]
    public async Task A_refusal_answers_the_APIs_status_in_plain_Vietnamese(string username, string file)
    {
        var code = await ReceiveOverApiAsync();
        var page = await SignedInAsync(username);
        using var api = await ApiClientAsync(username);

        var fromPage = await page.Context.APIRequest.GetAsync($"/bieu-mau/{code}/{file}");
        var fromApi = await api.GetAsync($"/api/dossiers/{code}/forms/{file}");
        var problem = await fromApi.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((int)fromApi.StatusCode, fromPage.Status);
        Assert.True(fromPage.Status is 403 or 404, $"{fromPage.Status}");
        Assert.StartsWith("text/plain", fromPage.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal(problem.GetProperty("detail").GetString(), await fromPage.TextAsync());
    }

    [Fact]
    public async Task Without_a_session_the_form_asks_to_sign_in()
    {
        var code = await ReceiveOverApiAsync();
        var page = await Web.OpenPageAsync();

        var answer = await page.Context.APIRequest.GetAsync($"/bieu-mau/{code}/receipt.pdf", new() { MaxRedirects = 0 });

        Assert.Equal(302, answer.Status);
        Assert.Contains("/dang-nhap", answer.Headers["location"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_offices_ledger_opens_for_a_period_and_a_missing_day_is_a_400_that_names_it()
    {
        var code = await ReceiveOverApiAsync();
        var office = await DeskData.OfficeCodeOfAsync(Web, "xa.tiepnhan");
        var page = await SignedInAsync("xa.tiepnhan");

        // The month the dossier was received in: the suite's start day, whichever it is.
        var start = TestStart.Value.ToOffset(TimeSpan.FromHours(7));
        var month = new DateOnly(start.Year, start.Month, 1);
        var ledger = await page.Context.APIRequest.GetAsync($"/so-theo-doi/{office}.pdf?from={month:yyyy-MM-dd}&to={month.AddMonths(1).AddDays(-1):yyyy-MM-dd}");
        var incomplete = await page.Context.APIRequest.GetAsync($"/so-theo-doi/{office}.pdf?from={month:yyyy-MM-dd}");

        Assert.Equal(200, ledger.Status);
        Assert.Equal("application/pdf", ledger.Headers["content-type"]);
        Assert.Contains(code, PdfText.Read(await ledger.BodyAsync()).All, StringComparison.Ordinal);
        Assert.Equal(400, incomplete.Status);
        Assert.Contains("ngày kết thúc", await incomplete.TextAsync(), StringComparison.Ordinal);
    }

    /// <summary>A commune dossier received over the API at xa.tiepnhan's desk; its code.</summary>
    private async Task<string> ReceiveOverApiAsync()
    {
        using var client = await ApiClientAsync("xa.tiepnhan");
        var response = await client.PostAsJsonAsync("/api/dossiers", await WorkflowClient.ReceiptBodyAsync(client, "1.001193"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Code();
    }

    private async Task<HttpClient> ApiClientAsync(string username)
    {
        var client = new HttpClient { BaseAddress = Web.BaseAddress };
        var token = await client.PostAsJsonAsync("/api/auth/token", new { username, password = ApiFixture.DemoPassword });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}
