using Microsoft.Playwright;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests;

/// <summary>The work queue /ho-so: its tabs and their counts, the live count, the time left, paging.</summary>
public sealed class WorkQueueTests(WebFixture web) : WebTest(web)
{
    /// <summary>A commune procedure the commune desk receives (as in the API's supervision tests).</summary>
    internal const string CommuneProcedure = "2.000635";

    private readonly ApiOverHttp _api = new(web);

    [Fact]
    public async Task Each_tab_lists_its_dossiers_and_its_count_is_the_length_of_its_list()
    {
        var waiting = (await _api.ReceiveAsync("xa.tiepnhan", CommuneProcedure)).Code();
        var transferred = (await _api.ReceiveAsync("xa.tiepnhan", CommuneProcedure)).Code();
        await _api.DoAsync("xa.tiepnhan", transferred, "transfer");
        await _api.DoAsync("xa.chuyenvien", transferred, "request-supplement", new { items = "Bản sao giấy khai sinh", reason = "Bản sao chưa được chứng thực" });
        var approved = (await _api.ReceiveAsync("xa.tiepnhan", CommuneProcedure)).Code();
        await _api.DoAsync("xa.tiepnhan", approved, "transfer");
        await _api.DoAsync("xa.chuyenvien", approved, "assess", new { decision = "approve" });
        await _api.DoAsync("xa.lanhdao", approved, "approve", new { decision = "approve" });

        var page = await SignedInAsync("xa.tiepnhan");
        await page.GotoAsync("/ho-so");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = waiting })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody tr").First).ToContainTextAsync("Còn");
        await AssertCountIsRowsAsync(page, "co-quan");
        await PageLayout.AssertFitsTheWidthAsync(page);
        await ScreenshotAsync(page, "ho-so-hang-doi");

        // Due this afternoon: in its last working day from the moment it was received; the paused one is not.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sắp đến hạn" }).ClickAsync();
        await page.WaitForURLAsync("**/ho-so?nhom=sap-den-han**");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = waiting })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = transferred })).ToHaveCountAsync(0);
        await AssertCountIsRowsAsync(page, "sap-den-han");

        await page.GetByRole(AriaRole.Link, new() { Name = "Chờ công dân bổ sung" }).ClickAsync();
        await page.WaitForURLAsync("**/ho-so?nhom=cho-bo-sung**");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = transferred })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = waiting })).ToHaveCountAsync(0);
        await AssertCountIsRowsAsync(page, "cho-bo-sung");

        await page.GetByRole(AriaRole.Link, new() { Name = "Chờ trả kết quả" }).ClickAsync();
        await page.WaitForURLAsync("**/ho-so?nhom=cho-tra**");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = approved })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = waiting })).ToHaveCountAsync(0);
        await AssertCountIsRowsAsync(page, "cho-tra");

        // Past the due moment the dossier still at the desk is late; the paused one is not.
        Web.Factory.Clock.AdjustTime((await _api.ReceiveAsync("xa.tiepnhan", CommuneProcedure)).DueAt().AddHours(1));
        page = await SignedInAsync("xa.tiepnhan");
        await page.GotoAsync("/ho-so?nhom=qua-han");
        var late = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = waiting }) });
        await Assertions.Expect(late).ToContainTextAsync("Quá hạn");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = transferred })).ToHaveCountAsync(0);
        await AssertCountIsRowsAsync(page, "qua-han");
    }

    [Fact]
    public async Task A_dossier_that_arrives_shows_in_the_count_without_reloading_the_page()
    {
        var page = await SignedInAsync("xa.tiepnhan");
        await page.GotoAsync("/ho-so");
        var count = page.Locator("[data-tab=co-quan]");
        await Assertions.Expect(count).Not.ToHaveTextAsync("…");
        var before = int.Parse(await count.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        // A reload would forget this; the assertion at the end shows the page stayed the same document.
        await page.EvaluateAsync("() => window.sameDocument = true");

        await _api.ReceiveAsync("xa.tiepnhan", CommuneProcedure);

        await Assertions.Expect(count).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 30_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
    }

    /// <summary>The tab's live count says how many lines its list shows (every list here fits one page).</summary>
    private static async Task AssertCountIsRowsAsync(IPage page, string tab)
    {
        var rows = await page.Locator("tbody tr").CountAsync();
        await Assertions.Expect(page.Locator($"[data-tab={tab}]")).ToHaveTextAsync(rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>A class of its own: its 51 dossiers would overflow the one-page lists of the tests above.</summary>
public sealed class WorkQueuePagingTests(WebFixture web) : WebTest(web)
{
    private readonly ApiOverHttp _api = new(web);

    [Fact]
    public async Task A_long_queue_is_read_a_page_at_a_time()
    {
        for (var i = 0; i < 51; i++)
        {
            await _api.ReceiveAsync("xa.tiepnhan", WorkQueueTests.CommuneProcedure);
        }

        var page = await SignedInAsync("xa.tiepnhan");
        await page.GotoAsync("/ho-so");
        var rows = page.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(50);
        var first = await page.Locator("tbody tr td:first-child").AllInnerTextsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Trang sau" }).ClickAsync();
        await page.WaitForURLAsync("**sau=**");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Về trang đầu" })).ToBeVisibleAsync();
        var second = await page.Locator("tbody tr td:first-child").AllInnerTextsAsync();
        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
    }
}
