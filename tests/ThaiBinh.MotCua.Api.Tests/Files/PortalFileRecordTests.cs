using System.Text.Json.Nodes;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Api.Tests.NationalPortal;

namespace ThaiBinh.MotCua.Api.Tests.Files;

/// <summary>What the portal's dossier record says of the files: the national index's flags per document and the result documents.</summary>
public sealed class PortalFileRecordTests : ApiTest
{
    private readonly WorkflowClient _desk;
    private readonly PortalDeliveries _deliveries;

    public PortalFileRecordTests(ApiFixture api)
    {
        _desk = new WorkflowClient(api);
        _deliveries = new PortalDeliveries(api);
        _deliveries.Portal.Reset();
    }

    [Fact]
    public async Task The_record_carries_each_document_s_flags_of_its_current_file_and_the_result_documents()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var desk = await _desk.As("xa.tiepnhan");
        var documents = await FileUploads.DocumentsAsync(desk, code);
        await FileUploads.UploadOkAsync(desk, code, "submitted", documents[0], FileUploads.Content(FileUploads.PdfHead), "lan-1.pdf", digitised: false);
        var current = await FileUploads.UploadOkAsync(desk, code, "submitted", documents[0], FileUploads.Content(FileUploads.PdfHead), "lan-2.pdf", digitised: true);
        await _desk.DoAsync("xa.tiepnhan", code, "transfer");
        var result = await FileUploads.UploadOkAsync(await _desk.As("xa.chuyenvien"), code, "result", "Giấy khai sinh bản chính", FileUploads.Content(FileUploads.PdfHead), "gks.pdf");

        await _deliveries.DeliverAsync(await _deliveries.EventsAsync(code));

        var record = _deliveries.Portal.Versions(code)[^1];
        var submitted = record["TaiLieuNop"]!.AsArray().Select(d => d!.AsObject()).ToList();
        Assert.Equal(documents, submitted.Select(d => (string?)d["TenTepDinhKem"]));
        var withFile = submitted[0];
        Assert.Equal(current.GetProperty("id").GetString(), (string?)withFile["TepDinhKemId"]);
        Assert.Equal(("1", "0", "0"), ((string?)withFile["DuocSoHoa"], (string?)withFile["DuocTaiSuDung"], (string?)withFile["DuocLayTuKhoDMQG"]));
        Assert.All(submitted.Skip(1), d => Assert.Null(d["TepDinhKemId"]));
        var results = Assert.IsType<JsonArray>(record["DanhSachGiayToKetQua"]);
        var only = Assert.Single(results)!.AsObject();
        Assert.Equal("Giấy khai sinh bản chính", (string?)only["TenGiayTo"]);
        Assert.Equal(result.GetProperty("id").GetString(), (string?)only["GiayToId"]);
    }
}
