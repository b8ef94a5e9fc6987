using Microsoft.Playwright;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests;

public sealed class SignInPageTests(WebFixture web) : WebTest(web)
{
    [Fact]
    public async Task A_wrong_password_is_refused_in_plain_words_and_signs_nobody_in()
    {
        var page = await Web.OpenPageAsync();
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync("xa.tiepnhan");
        await page.GetByLabel("Mật khẩu").FillAsync("sai-mat-khau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        await ScreenshotAsync(page, "dang-nhap-sai-mat-khau");
        var queue = await page.GotoAsync("/ho-so");
        Assert.Contains("/dang-nhap", page.Url, StringComparison.Ordinal);
        Assert.NotNull(queue);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_the_pages_ask_to_sign_in_again()
    {
        var page = await SignedInAsync("xa.tiepnhan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForURLAsync("**/dang-nhap**");

        await page.GotoAsync("/ho-so");
        Assert.Contains("/dang-nhap", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_session_returns_to_sign_in_and_then_to_the_page_the_officer_was_on()
    {
        var page = await SignedInAsync("xa.tiepnhan");
        await page.GotoAsync("/khong-co-quyen?lan=1");
        Web.Factory.Clock.Advance(TimeSpan.FromHours(9));

        await page.GotoAsync("/ho-so?trang-thai=mo");
        Assert.Contains("/dang-nhap?quay-lai=", page.Url, StringComparison.Ordinal);
        await SignInAsync(page, "xa.tiepnhan");
        Assert.EndsWith("/ho-so?trang-thai=mo", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_address_off_this_site_is_not_followed_after_signing_in()
    {
        var page = await Web.OpenPageAsync();
        await page.GotoAsync("/dang-nhap?quay-lai=%2F%2Fevil.example%2Fho-so");
        await SignInAsync(page, "xa.tiepnhan");
        Assert.StartsWith(Web.BaseAddress.ToString(), page.Url, StringComparison.Ordinal);
    }
}
