using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests;

/// <summary>The supervisor's screen /giam-sat and report /giam-sat/bao-cao, and who may not reach them.</summary>
public sealed class SupervisorScreenTests(WebFixture web) : WebTest(web)
{
    /// <summary>xa.tiepnhan's commune (12433), a child of huyen.giamsat's district (336).</summary>
    private const string Commune = "Phường Lê Hồng Phong";

    private readonly ApiOverHttp _api = new(web);

    [Fact]
    public async Task A_district_supervisor_sees_a_communes_overdue_dossier_and_downloads_it_as_CSV()
    {
        var received = await _api.ReceiveAsync("xa.tiepnhan", WorkQueueTests.CommuneProcedure);
        var code = received.Code();
        Web.Factory.Clock.AdjustTime(received.DueAt().AddHours(1));
        await RunFlaggingAsync();

        var page = await SignedInAsync("huyen.giamsat");
        await page.GotoAsync("/giam-sat");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Giám sát");
        var overdue = page.Locator("table.overdue tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = code }) });
        await Assertions.Expect(overdue).ToContainTextAsync("Quá hạn");
        var commune = page.GetByRole(AriaRole.Region, new() { Name = Commune });
        await Assertions.Expect(commune.Locator("dd.late")).ToHaveTextAsync(new Regex("^[1-9][0-9]*$"));
        await Assertions.Expect(page.Locator("figure.trend svg")).ToBeVisibleAsync();
        await PageLayout.AssertFitsTheWidthAsync(page);
        await ScreenshotAsync(page, "giam-sat");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Tải danh sách (CSV)" }).ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Mã hồ sơ,Thủ tục,Nơi tiếp nhận", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines, l => l.Contains(code, StringComparison.Ordinal));
        Assert.Contains("\"Quá hạn\"", row, StringComparison.Ordinal);
        Assert.Equal(await page.Locator("table.overdue tbody tr").CountAsync(), lines.Length - 1);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Chọn đơn vị" }).GetByRole(AriaRole.Link, new() { Name = Commune }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Commune);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = code })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_processing_report_of_a_period_shows_the_statutory_rates_by_child_unit()
    {
        await _api.ReceiveAsync("xa.tiepnhan", WorkQueueTests.CommuneProcedure);
        var page = await SignedInAsync("huyen.giamsat");
        await page.GotoAsync("/giam-sat/bao-cao");

        await page.GetByLabel("Nhóm theo").SelectOptionAsync("unit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem báo cáo" }).ClickAsync();
        await page.WaitForURLAsync("**nhom-theo=unit**");

        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "NĐ 61 Điều 30" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.report tbody th", new() { HasText = Commune })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.report tfoot")).ToContainTextAsync("Tổng cộng");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "In báo cáo" })).ToBeVisibleAsync();
        await PageLayout.AssertFitsTheWidthAsync(page);
        await ScreenshotAsync(page, "giam-sat-bao-cao");
    }

    [Theory]
    [InlineData("/giam-sat")]
    [InlineData("/giam-sat/bao-cao")]
    [InlineData("/giam-sat/qua-han.csv")]
    [InlineData("/quan-tri/lich")]
    [InlineData("/quan-tri/can-bo")]
    public async Task A_reception_officer_is_refused_by_the_server_not_only_by_the_menu(string path)
    {
        var page = await SignedInAsync("xa.tiepnhan");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Giám sát" })).ToHaveCountAsync(0);

        var response = await page.GotoAsync(path);

        Assert.NotNull(response);
        Assert.Equal(403, response.Status);
    }

    private async Task RunFlaggingAsync()
    {
        using var scope = Web.Factory.Services.CreateScope();
        var run = await scope.ServiceProvider.GetRequiredService<IOverdueFlagging>().RunAsync(CancellationToken.None);
        Assert.False(run.Skipped);
    }
}
