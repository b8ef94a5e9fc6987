using Microsoft.Playwright;
using ThaiBinh.MotCua.Web.Tests.Dossiers;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;
using static ThaiBinh.MotCua.Web.Tests.Dossiers.DossierPageDriver;

namespace ThaiBinh.MotCua.Web.Tests;

/// <summary>The fees section of /ho-so/{code}: the desk takes cash for an at-receipt fee and the leader refunds it, through the page only.</summary>
public sealed class DossierPaymentsPageTests(WebFixture web) : WebTest(web)
{
    private readonly DossierApi _api = new(web);

    [Fact]
    public async Task The_desk_takes_the_fee_in_cash_and_the_leader_refunds_it_with_a_reason()
    {
        var code = await _api.ReceiveAsync("huyen.tiepnhan", "2.000528");

        var desk = await SignedInAsync("huyen.tiepnhan");
        await OpenAsync(desk, code);
        var fees = desk.GetByTestId("phi-le-phi");
        await Assertions.Expect(fees.GetByTestId("tong-phi")).ToHaveTextAsync("100.000 đ");
        await Assertions.Expect(fees.GetByTestId("trang-thai-thanh-toan")).ToHaveTextAsync("Chưa thanh toán");
        await fees.GetByRole(AriaRole.Button, new() { Name = "Thu tiền mặt" }).ClickAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ghi nhận thanh toán");
        await Assertions.Expect(desk.GetByTestId("trang-thai-thanh-toan")).ToHaveTextAsync("Đã thanh toán");
        await Assertions.Expect(desk.GetByRole(AriaRole.Button, new() { Name = "Hoàn phí" })).ToHaveCountAsync(0);

        var leader = await SignedInAsync("huyen.lanhdao");
        await OpenAsync(leader, code);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Hoàn phí" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await leader.GetByLabel("Lý do hoàn phí").FillAsync("Nộp nhầm thủ tục");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Hoàn phí" }).ClickAsync();
        await Assertions.Expect(leader.GetByTestId("trang-thai-thanh-toan")).ToHaveTextAsync("Đã hoàn phí");

        var history = (await _api.GetAsync("huyen.tiepnhan", code)).GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString());
        Assert.Equal(["receive", "paid", "refund"], history);
    }
}
