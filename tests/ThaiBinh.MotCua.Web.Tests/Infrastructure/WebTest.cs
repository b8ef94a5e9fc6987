using Microsoft.Playwright;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests.Infrastructure;

/// <summary>
/// Base of every browser test class: joins the "web" collection and, before the class's first test,
/// finds the database as seeded and the clock at <see cref="TestStart"/>.
/// </summary>
[Collection(WebCollection.Name)]
public abstract class WebTest(WebFixture web) : IClassFixture<WebFreshStart>
{
    protected WebFixture Web { get; } = web;

    /// <summary>A new browser window signed in as a demo officer, on the work queue.</summary>
    protected async Task<IPage> SignedInAsync(string username, int width = 1366, int height = 768)
    {
        var page = await Web.OpenPageAsync(width, height);
        await SignInAsync(page, username);
        return page;
    }

    /// <summary>Signs in through the sign-in form, as an officer would.</summary>
    protected static async Task SignInAsync(IPage page, string username, string password = ApiFixture.DemoPassword)
    {
        if (!page.Url.Contains("/dang-nhap", StringComparison.Ordinal))
        {
            await page.GotoAsync("/dang-nhap");
        }

        await page.GetByLabel("Tên đăng nhập").FillAsync(username);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/dang-nhap", StringComparison.Ordinal));
    }

    /// <summary>The screen as it is now, kept in docs/ui/ for the README.</summary>
    protected static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(RepositoryFiles.Root, "docs", "ui", name + ".png"),
            FullPage = true,
        });
}

/// <summary>Created by xunit once per test class, before the class's first test.</summary>
public sealed class WebFreshStart(WebFixture web) : IAsyncLifetime
{
    public Task InitializeAsync() => web.StartClassAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
