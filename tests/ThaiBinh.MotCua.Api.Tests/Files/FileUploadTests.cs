using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests.Files;

public sealed class FileUploadTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Theory]
    [InlineData("pdf", "application/pdf")]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("png", "image/png")]
    public async Task A_pdf_a_jpeg_and_a_png_are_accepted_and_typed_by_their_content(string kind, string mediaType)
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var desk = await _desk.As("xa.tiepnhan");
        var document = (await FileUploads.DocumentsAsync(desk, code))[0];
        var content = FileUploads.Content(kind switch { "pdf" => FileUploads.PdfHead, "jpeg" => FileUploads.JpegHead, _ => FileUploads.PngHead });

        // The name says nothing: the type comes from the bytes.
        var file = await FileUploads.UploadOkAsync(desk, code, "submitted", document, content, "ban-scan.bin", digitised: true);

        Assert.Equal(mediaType, file.GetProperty("mediaType").GetString());
        Assert.Equal(content.Length, file.GetProperty("length").GetInt64());
        Assert.Equal(FileUploads.Sha256(content), file.GetProperty("sha256").GetString());
        Assert.Equal(1, file.GetProperty("version").GetInt32());
        Assert.True(file.GetProperty("digitised").GetBoolean());
        Assert.True(FileUploads.Holds(api, FileUploads.Sha256(content)));
        var stored = await File.ReadAllBytesAsync(FileUploads.Store(api).PathOf(FileUploads.Sha256(content)));
        Assert.Equal(content, stored);
    }

    [Fact]
    public async Task A_second_file_for_the_same_document_is_version_two_and_the_first_is_kept_and_listed()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var desk = await _desk.As("xa.tiepnhan");
        var document = (await FileUploads.DocumentsAsync(desk, code))[0];
        var first = FileUploads.Content(FileUploads.PdfHead);
        var second = FileUploads.Content(FileUploads.PngHead);

        var one = await FileUploads.UploadOkAsync(desk, code, "submitted", document, first, "lan-1.pdf");
        var two = await FileUploads.UploadOkAsync(desk, code, "submitted", document, second, "lan-2.png");

        Assert.Equal(2, two.GetProperty("version").GetInt32());
        var listed = await desk.GetFromJsonAsync<JsonElement>($"/api/dossiers/{code}/files");
        var entry = Assert.Single(listed.EnumerateArray());
        Assert.Equal(document, entry.GetProperty("document").GetString());
        var versions = entry.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(one.GetProperty("id").GetString(), versions[1].GetProperty("id").GetString());
        var earlier = await desk.GetByteArrayAsync($"/api/dossiers/{code}/files/{one.GetProperty("id").GetString()}");
        Assert.Equal(first, earlier);
    }

    [Fact]
    public async Task A_pdf_name_on_a_zip_or_on_text_is_refused_by_content_and_nothing_is_stored()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var desk = await _desk.As("xa.tiepnhan");
        var document = (await FileUploads.DocumentsAsync(desk, code))[0];

        foreach (var content in new[] { FileUploads.Content(FileUploads.ZipHead), FileUploads.Content("Xin chào, đây không phải PDF"u8.ToArray()) })
        {
            var response = await FileUploads.UploadAsync(desk, code, "submitted", document, content, "don-de-nghi.pdf");

            await AssertRefusedAsync(response, "file", "không phải PDF, JPEG hoặc PNG");
            Assert.False(FileUploads.Holds(api, FileUploads.Sha256(content)));
        }

        Assert.Equal(0, await FileUploads.FileRowsAsync(api, code));
        Assert.Equal(0, FileUploads.LeftIncoming(api));
    }

    [Fact]
    public async Task A_file_over_the_per_file_limit_is_refused_while_streaming_and_nothing_is_left()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var desk = await _desk.As("xa.tiepnhan");
        var document = (await FileUploads.DocumentsAsync(desk, code))[0];
        var content = FileUploads.Content(FileUploads.PdfHead, (int)FileTestSettings.MaxFileBytes + 1);

        var response = await FileUploads.UploadAsync(desk, code, "submitted", document, content, "qua-lon.pdf");

        await AssertRefusedAsync(response, "file", "lớn hơn");
        Assert.False(FileUploads.Holds(api, FileUploads.Sha256(content)));
        Assert.Equal(0, FileUploads.LeftIncoming(api));
        Assert.Equal(0, await FileUploads.FileRowsAsync(api, code));
    }

    [Fact]
    public async Task The_dossier_limit_counts_the_current_versions_of_all_its_documents()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var desk = await _desk.As("xa.tiepnhan");
        var documents = await FileUploads.DocumentsAsync(desk, code);
        Assert.True(documents.Length >= 2, "the procedure needs two documents for this test");
        var size = (int)(FileTestSettings.MaxDossierBytes / 2) + 1024;

        await FileUploads.UploadOkAsync(desk, code, "submitted", documents[0], FileUploads.Content(FileUploads.PdfHead, size), "mot.pdf");

        // A new version of the same document replaces it in the sum…
        await FileUploads.UploadOkAsync(desk, code, "submitted", documents[0], FileUploads.Content(FileUploads.PdfHead, size), "mot-b.pdf");

        // …but another document of the same size goes past it.
        var tooMuch = FileUploads.Content(FileUploads.PdfHead, size);
        var response = await FileUploads.UploadAsync(desk, code, "submitted", documents[1], tooMuch, "hai.pdf");
        await AssertRefusedAsync(response, "file", "Tổng dung lượng");
        Assert.False(FileUploads.Holds(api, FileUploads.Sha256(tooMuch)));
        Assert.Equal(2, await FileUploads.FileRowsAsync(api, code));
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("..\\..\\windows\\win.ini.pdf")]
    [InlineData("/etc/passwd.pdf")]
    [InlineData("C:scan.pdf")]
    [InlineData("scan\u0007.pdf")]
    public async Task A_name_that_carries_a_path_or_a_control_character_is_refused_and_nothing_is_stored(string name)
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var desk = await _desk.As("xa.tiepnhan");
        var document = (await FileUploads.DocumentsAsync(desk, code))[0];
        var content = FileUploads.Content(FileUploads.PdfHead);

        var response = await FileUploads.UploadAsync(desk, code, "submitted", document, content, name);

        await AssertRefusedAsync(response, "file", "Tên tệp");
        Assert.False(FileUploads.Holds(api, FileUploads.Sha256(content)));
        Assert.Equal(0, await FileUploads.FileRowsAsync(api, code));
    }

    [Fact]
    public async Task A_document_the_dossier_does_not_have_is_a_field_error()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var desk = await _desk.As("xa.tiepnhan");

        var response = await FileUploads.UploadAsync(desk, code, "submitted", "Giấy phép lái xe", FileUploads.Content(FileUploads.PdfHead), "gplx.pdf");

        await AssertRefusedAsync(response, "document", "không có giấy tờ");
    }

    [Fact]
    public async Task A_result_is_attached_by_the_office_holding_the_dossier_while_it_is_in_progress_and_not_before()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        var desk = await _desk.As("tinh.tiepnhan");
        var result = FileUploads.Content(FileUploads.PdfHead);

        var beforeTransfer = await FileUploads.UploadAsync(desk, code, "result", "Phiếu lý lịch tư pháp", result, "phieu-lltp.pdf");
        Assert.Equal(HttpStatusCode.Conflict, beforeTransfer.StatusCode);

        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        var specialist = await _desk.As("tinh.chuyenvien");
        var attached = await FileUploads.UploadOkAsync(specialist, code, "result", "Phiếu lý lịch tư pháp", result, "phieu-lltp.pdf");

        Assert.Equal("result", attached.GetProperty("role").GetString());
        var notHolding = await FileUploads.UploadAsync(desk, code, "result", "Phiếu lý lịch tư pháp", result, "phieu-lltp.pdf");
        Assert.Equal(HttpStatusCode.Forbidden, notHolding.StatusCode);

        // The desk still adds scans of what the citizen handed in while the department holds the dossier.
        var document = (await FileUploads.DocumentsAsync(desk, code))[0];
        await FileUploads.UploadOkAsync(desk, code, "submitted", document, FileUploads.Content(FileUploads.JpegHead), "to-khai.jpg");
    }

    [Fact]
    public async Task An_officer_who_cannot_see_the_dossier_gets_404_for_its_files()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();

        var stranger = await _desk.As("tinh.tiepnhan");
        var response = await FileUploads.UploadAsync(stranger, code, "submitted", "x", FileUploads.Content(FileUploads.PdfHead), "x.pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/dossiers/{code}/files")).StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field, string messagePart)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadAsStringAsync();
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), body);
        Assert.Contains(messages.EnumerateArray(), m => m.GetString()!.Contains(messagePart, StringComparison.Ordinal));
    }
}
