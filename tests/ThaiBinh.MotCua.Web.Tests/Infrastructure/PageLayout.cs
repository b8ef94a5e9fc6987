using Microsoft.Playwright;

namespace ThaiBinh.MotCua.Web.Tests.Infrastructure;

public static class PageLayout
{
    /// <summary>The page does not scroll sideways at the window's width (a table may, inside its .table-wrap).</summary>
    public static async Task AssertFitsTheWidthAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (content, window) = (widths[0], widths[1]);
        Assert.True(content <= window, $"{page.Url}: {content} px of content in a {window} px window");
    }
}
