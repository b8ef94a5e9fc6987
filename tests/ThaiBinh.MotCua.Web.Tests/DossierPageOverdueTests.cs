using Microsoft.Playwright;
using ThaiBinh.MotCua.Web.Tests.Dossiers;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;
using static ThaiBinh.MotCua.Web.Tests.Dossiers.DossierPageDriver;

namespace ThaiBinh.MotCua.Web.Tests;

/// <summary>
/// An overdue dossier: the clock is moved past its due moment, so this class has its own fresh start
/// rather than moving the clock under the other dossier page tests.
/// </summary>
public sealed class DossierPageOverdueTests(WebFixture web) : WebTest(web)
{
    private readonly DossierApi _api = new(web);

    [Fact]
    public async Task An_overdue_dossier_says_how_late_and_offers_no_apology_the_server_would_refuse()
    {
        var code = await _api.ReceiveAsync("tinh.tiepnhan", "2.000488");
        await _api.DoAsync("tinh.tiepnhan", code, "transfer");
        Web.Factory.Clock.Advance(TimeSpan.FromDays(21));

        var leader = await SignedInAsync("tinh.lanhdao");
        await OpenAsync(leader, code);

        await Assertions.Expect(leader.Locator(".facts .late")).ToContainTextAsync("Quá hạn");
        var accepted = (await _api.AllowedMovesAsync("tinh.lanhdao", code))!;
        Assert.DoesNotContain("extend", accepted);
        Assert.Equal(accepted.Order().ToArray(), await ShownMovesAsync(leader));
        await leader.GetByText("Thao tác không thực hiện được lúc này").ClickAsync();
        await Assertions.Expect(leader.Locator(".refused-moves")).ToContainTextAsync("chậm nhất 01 ngày làm việc trước thời hạn trả kết quả");
    }
}
