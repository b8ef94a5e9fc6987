using Microsoft.Playwright;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Web.Tests.Dossiers;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;
using static ThaiBinh.MotCua.Web.Tests.Dossiers.DossierPageDriver;

namespace ThaiBinh.MotCua.Web.Tests;

/// <summary>What the dossier page refuses to do: act on a version it did not show, or offer a move the server would refuse.</summary>
public sealed class DossierPageGuardTests(WebFixture web) : WebTest(web)
{
    private readonly DossierApi _api = new(web);

    [Fact]
    public async Task Two_officers_acting_at_once_the_second_is_told_shown_the_change_and_overwrites_nothing()
    {
        var code = await _api.ReceiveAsync("tinh.tiepnhan", "2.000488");
        await _api.DoAsync("tinh.tiepnhan", code, "transfer");
        var specialist = await SignedInAsync("tinh.chuyenvien");
        var leader = await SignedInAsync("tinh.lanhdao");
        await OpenAsync(specialist, code);
        await ChooseAsync(specialist, "Thẩm định");
        await specialist.GetByLabel("Không đủ điều kiện, đề xuất từ chối").CheckAsync();
        await specialist.GetByLabel("Lý do").FillAsync("Thiếu xác nhận nơi cư trú");

        await ActAsync(leader, code, "Phân công xử lý", page => page.GetByLabel("Cán bộ được phân công").SelectOptionAsync("tinh.chuyenvien"));
        var assigned = await _api.GetAsync("tinh.lanhdao", code);
        await ConfirmAsync(specialist);

        await Assertions.Expect(specialist.GetByRole(AriaRole.Alert)).ToContainTextAsync($"Hồ sơ {code} đã thay đổi");
        await Assertions.Expect(specialist.GetByText("Trang đã được tải lại với thông tin mới nhất")).ToBeVisibleAsync();
        await Assertions.Expect(specialist.GetByRole(AriaRole.Region, new() { Name = "Lịch sử xử lý" }).GetByRole(AriaRole.Table)).ToContainTextAsync("Phân công xử lý");
        await Assertions.Expect(specialist.GetByLabel("Lý do")).ToHaveValueAsync("Thiếu xác nhận nơi cư trú");
        await ScreenshotAsync(specialist, "ho-so-xung-dot");
        var afterRefusal = await _api.GetAsync("tinh.chuyenvien", code);
        Assert.Equal(assigned.Version(), afterRefusal.Version());
        Assert.Equal(["receive", "transfer", "assign"], Actions(afterRefusal));

        // Having seen the change, the officer may still make the move: now against the version shown.
        await ConfirmAsync(specialist);
        await Assertions.Expect(specialist.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thẩm định");
        Assert.Equal(["receive", "transfer", "assign", "assess"], Actions(await _api.GetAsync("tinh.chuyenvien", code)));
    }

    [Fact]
    public async Task The_buttons_shown_are_exactly_the_moves_the_server_accepts_from_each_officer()
    {
        var received = await _api.ReceiveAsync("tinh.tiepnhan", "2.000488");
        var assessing = await _api.ReceiveAsync("tinh.tiepnhan", "2.000488");
        await _api.DoAsync("tinh.tiepnhan", assessing, "transfer");
        var paused = await _api.ReceiveAsync("tinh.tiepnhan", "2.000488");
        await _api.DoAsync("tinh.tiepnhan", paused, "transfer");
        await _api.DoAsync("tinh.chuyenvien", paused, "request-supplement", new { items = "Ảnh 4x6", reason = "Bản sao chưa được chứng thực" });

        foreach (var officer in new[] { "tinh.tiepnhan", "tinh.chuyenvien", "tinh.lanhdao", "tinh.giamsat" })
        {
            var page = await SignedInAsync(officer);
            foreach (var code in new[] { received, assessing, paused })
            {
                await page.GotoAsync($"/ho-so/{code}");
                var accepted = await _api.AllowedMovesAsync(officer, code);
                if (accepted is null)
                {
                    // Not in this officer's reach yet (still at the desk): the page says so and offers nothing.
                    await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"Không tìm thấy hồ sơ {code}");
                }

                var shown = await ShownMovesAsync(page);
                Assert.Equal((accepted ?? []).Order().ToArray(), shown);
            }

            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_move_the_officer_may_not_make_is_listed_with_its_reason_not_as_a_button()
    {
        var code = await _api.ReceiveAsync("tinh.tiepnhan", "2.000488");
        await _api.DoAsync("tinh.tiepnhan", code, "transfer");
        var leader = await SignedInAsync("tinh.lanhdao");
        await OpenAsync(leader, code);

        Assert.Equal(0, await MoveButton(leader, "Phê duyệt").CountAsync());
        await leader.GetByText("Thao tác không thực hiện được lúc này").ClickAsync();
        await Assertions.Expect(leader.Locator(".refused-moves")).ToContainTextAsync("Phê duyệt: Không thể phê duyệt ở bước \"Thẩm định\" của quy trình.");
    }

    [Fact]
    public async Task An_unknown_dossier_is_not_found_in_plain_words()
    {
        var page = await SignedInAsync("xa.tiepnhan");
        await page.GotoAsync("/ho-so/KHONG-CO-HO-SO-NAY");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Không tìm thấy");
    }

    private static string[] Actions(System.Text.Json.JsonElement dossier) =>
        [.. dossier.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()!)];
}
