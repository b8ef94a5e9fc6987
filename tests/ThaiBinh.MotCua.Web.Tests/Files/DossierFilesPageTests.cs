using Microsoft.Playwright;
using ThaiBinh.MotCua.Web.Tests.Dossiers;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;
using static ThaiBinh.MotCua.Web.Tests.Dossiers.DossierPageDriver;

namespace ThaiBinh.MotCua.Web.Tests.Files;

/// <summary>The desk scans a document into the dossier from the dossier page, in a real browser.</summary>
public sealed class DossierFilesPageTests(WebFixture web) : WebTest(web)
{
    private readonly DossierApi _api = new(web);

    [Fact]
    public async Task The_desk_attaches_a_scan_from_the_page_and_sees_it_listed_with_its_flag()
    {
        var code = await _api.ReceiveAsync("tinh.tiepnhan", "2.000488");
        var page = await SignedInAsync("tinh.tiepnhan");
        await OpenAsync(page, code);
        var document = await page.Locator("#giay-to-ho-so option").First.GetAttributeAsync("value");
        var scan = Path.Combine(Path.GetTempPath(), $"to-khai-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(scan, [.. "%PDF-1.7\n"u8.ToArray(), .. Guid.NewGuid().ToByteArray()]);
        try
        {
            await page.GetByLabel("Tên giấy tờ").FillAsync(document!);
            await page.GetByLabel("Được số hóa tại quầy").CheckAsync();
            await page.Locator("#tep").SetInputFilesAsync(scan);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đính kèm", Exact = true }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đính kèm tệp (phiên bản 1)");
            var listed = page.GetByTestId("tep-hoso");
            await Assertions.Expect(listed).ToContainTextAsync(Path.GetFileName(scan));
            await Assertions.Expect(listed).ToContainTextAsync("số hóa");
            await ScreenshotAsync(page, "ho-so-tep-dinh-kem");
        }
        finally
        {
            File.Delete(scan);
        }
    }
}
