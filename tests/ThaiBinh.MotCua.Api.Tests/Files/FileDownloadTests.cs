using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests.Files;

public sealed class FileDownloadTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task An_officer_who_sees_the_dossier_downloads_the_file_under_its_name_and_the_download_is_audited()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var desk = await _desk.As("xa.tiepnhan");
        var content = FileUploads.Content(FileUploads.PdfHead, 300_000);
        var document = (await FileUploads.DocumentsAsync(desk, code))[0];
        var id = (await FileUploads.UploadOkAsync(desk, code, "submitted", document, content, "Tờ khai đăng ký khai sinh.pdf")).GetProperty("id").GetString()!;
        var leader = await _desk.As("xa.lanhdao");

        var response = await leader.GetAsync($"/api/dossiers/{code}/files/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Tờ khai đăng ký khai sinh.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, await FileUploads.CountAsync(api,
            """
            SELECT count(*) FROM audit_entries a JOIN officers o ON o.id = a.officer_id
            WHERE a.action = 'file-download' AND o.username = 'xa.lanhdao' AND a.dossier_code = @code AND a.details LIKE '%' || @id || '%'
            """, ("code", code), ("id", id)));
    }

    [Fact]
    public async Task A_file_of_another_dossier_is_not_found_and_not_audited()
    {
        var desk = await _desk.As("xa.tiepnhan");
        var first = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var second = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var document = (await FileUploads.DocumentsAsync(desk, first))[0];
        var id = (await FileUploads.UploadOkAsync(desk, first, "submitted", document, FileUploads.Content(FileUploads.PngHead), "a.png")).GetProperty("id").GetString()!;

        var response = await desk.GetAsync($"/api/dossiers/{second}/files/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await FileUploads.CountAsync(api, "SELECT count(*) FROM audit_entries WHERE action = 'file-download' AND dossier_code = @code", ("code", second)));
    }

    [Fact]
    public async Task The_citizen_downloads_only_result_files_and_only_after_the_lookup_verification()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        var desk = await _desk.As("tinh.tiepnhan");
        var document = (await FileUploads.DocumentsAsync(desk, code))[0];
        var scan = (await FileUploads.UploadOkAsync(desk, code, "submitted", document, FileUploads.Content(FileUploads.JpegHead), "to-khai.jpg")).GetProperty("id").GetString()!;
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        var resultBytes = FileUploads.Content(FileUploads.PdfHead, 50_000);
        var result = (await FileUploads.UploadOkAsync(await _desk.As("tinh.chuyenvien"), code, "result", "Phiếu lý lịch tư pháp số 1", resultBytes, "phieu-lltp.pdf"))
            .GetProperty("id").GetString()!;
        using var citizen = api.CreateClient();
        citizen.DefaultRequestHeaders.Add(MotCuaApiFactory.ClientAddressHeader, "203.0.113.77");
        var digits = new { verify = WorkflowClient.Phone[^4..] };

        var wrong = await citizen.PostAsJsonAsync($"/api/public/dossiers/{code}/files/{result}", new { verify = "0000" });
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);

        var listed = await (await citizen.PostAsJsonAsync($"/api/public/dossiers/{code}/files", digits)).Content.ReadFromJsonAsync<JsonElement>();
        var only = Assert.Single(listed.EnumerateArray());
        Assert.Equal("Phiếu lý lịch tư pháp số 1", only.GetProperty("document").GetString());

        var download = await citizen.PostAsJsonAsync($"/api/public/dossiers/{code}/files/{result}", digits);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(resultBytes, await download.Content.ReadAsByteArrayAsync());

        // The lookup page's button posts a form, as a browser does.
        var fromPage = await citizen.PostAsync($"/api/public/dossiers/{code}/files/{result}", new FormUrlEncodedContent([new("verify", digits.verify)]));
        Assert.Equal(resultBytes, await fromPage.Content.ReadAsByteArrayAsync());

        var submitted = await citizen.PostAsJsonAsync($"/api/public/dossiers/{code}/files/{scan}", digits);
        Assert.Equal(HttpStatusCode.NotFound, submitted.StatusCode);

        Assert.Equal(2, await FileUploads.CountAsync(api,
            """
            SELECT count(*) FROM audit_entries
            WHERE action = 'file-download-public' AND officer_id IS NULL AND username = 'citizen' AND dossier_code = @code AND details LIKE '%' || @id || '%'
            """, ("code", code), ("id", result)));
    }
}
