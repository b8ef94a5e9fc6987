using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests.Files;

/// <summary>The dossier page's files section as a browser uses it: the upload form's multipart post behind the cookie, the listing, the download link.</summary>
public sealed partial class DossierPageFilesTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task The_upload_form_streams_the_file_comes_back_to_the_page_which_lists_it_with_a_working_download_link()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var document = (await FileUploads.DocumentsAsync(await _desk.As("xa.tiepnhan"), code))[0];
        using var browser = await SignedInBrowserAsync("xa.tiepnhan");
        var content = FileUploads.Content(FileUploads.PngHead, 20_000);

        var posted = await browser.PostAsync($"/ho-so/{Uri.EscapeDataString(code)}/tep", FileUploads.Form("submitted", document, new ByteArrayContent(content), "anh-chup.png", digitised: true));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith($"/ho-so/{Uri.EscapeDataString(code)}?da-dinh-kem=1", posted.Headers.Location?.OriginalString);
        var page = await (await browser.GetAsync(posted.Headers.Location)).Content.ReadAsStringAsync();
        Assert.Contains("Đã đính kèm tệp (phiên bản 1)", page);
        Assert.Contains("anh-chup.png", page);
        Assert.Contains("số hóa", page);
        var link = DownloadLink().Match(page);
        Assert.True(link.Success, "no download link on the page");
        Assert.Equal(content, await browser.GetByteArrayAsync(WebUtility.HtmlDecode(link.Groups[1].Value)));

        var refused = await browser.PostAsync($"/ho-so/{Uri.EscapeDataString(code)}/tep", FileUploads.Form("submitted", document, new ByteArrayContent(FileUploads.Content(FileUploads.ZipHead)), "nen.pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("không phải PDF, JPEG hoặc PNG", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task After_the_lookup_s_verification_the_citizen_page_offers_the_result_files_for_download()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        var result = FileUploads.Content(FileUploads.PdfHead, 10_000);
        var id = (await FileUploads.UploadOkAsync(await _desk.As("tinh.chuyenvien"), code, "result", "Phiếu lý lịch tư pháp số 1", result, "phieu.pdf"))
            .GetProperty("id").GetString()!;
        using var citizen = api.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        citizen.DefaultRequestHeaders.Add(MotCuaApiFactory.ClientAddressHeader, "203.0.113.78");
        var lookup = $"/tra-cuu/{Uri.EscapeDataString(code)}";
        var before = await (await citizen.GetAsync(lookup)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Kết quả điện tử", before);

        var verified = await (await citizen.PostAsync(lookup, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "verify-applicant",
            ["__RequestVerificationToken"] = AntiforgeryField().Match(before).Groups[1].Value,
            ["Input.Digits"] = WorkflowClient.Phone[^4..],
        }))).Content.ReadAsStringAsync();

        Assert.Contains("Kết quả điện tử", verified);
        Assert.Contains($"/files/{id}\"", verified);
        var download = await citizen.PostAsync($"/api/public/dossiers/{Uri.EscapeDataString(code)}/files/{id}", new FormUrlEncodedContent([new("verify", WorkflowClient.Phone[^4..])]));
        Assert.Equal(result, await download.Content.ReadAsByteArrayAsync());
    }

    private async Task<HttpClient> SignedInBrowserAsync(string username)
    {
        var browser = api.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await (await browser.GetAsync("/dang-nhap")).Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        var signedIn = await browser.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.Username"] = username,
            ["Input.Password"] = ApiFixture.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("href=\"(/ho-so/[^\"]+/tep/[0-9a-f-]{36})\"")]
    private static partial Regex DownloadLink();
}
