using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ThaiBinh.MotCua.Web.Tests.Dossiers;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests;

/// <summary>
/// Every screen checked by axe-core against the WCAG 2.1 A and AA rules it can test by machine
/// (contrast, labels, names, landmarks, language…), as the officer or citizen who uses it sees it.
/// </summary>
public sealed class AccessibilityTests(WebFixture web) : WebTest(web)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private readonly DossierApi _api = new(web);

    public static TheoryData<string, string> Screens() => new()
    {
        { "xa.tiepnhan", "/ho-so" },
        { "xa.tiepnhan", "/tiep-nhan" },
        { "xa.tiepnhan", "/tiep-nhan?thu-tuc=1.001193" },
        { "xa.tiepnhan", "/ho-so/{code}" },
        { "huyen.giamsat", "/giam-sat" },
        { "huyen.giamsat", "/giam-sat/bao-cao" },
        { "admin", "/quan-tri/lich" },
        { "admin", "/quan-tri/can-bo" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task An_officers_screen_passes_the_machine_checkable_WCAG_21_AA_rules(string username, string path)
    {
        if (path.Contains("{code}", StringComparison.Ordinal))
        {
            path = path.Replace("{code}", await _api.ReceiveAsync(username, "1.001193"), StringComparison.Ordinal);
        }

        var page = await SignedInAsync(username);
        await page.GotoAsync(path);

        await AssertAccessibleAsync(page);
    }

    [Theory]
    [InlineData("/dang-nhap", 1366)]
    [InlineData("/tra-cuu", 360)]
    public async Task A_public_screen_passes_the_machine_checkable_WCAG_21_AA_rules(string path, int width)
    {
        var page = await Web.OpenPageAsync(width, 740);
        await page.GotoAsync(path);

        await AssertAccessibleAsync(page);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);

        // The rules did run on this page: contrast and labels among those it passed.
        Assert.Contains(result.Passes, rule => rule.Id == "color-contrast");

        Assert.True(result.Violations.Length == 0, string.Join('\n', result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
