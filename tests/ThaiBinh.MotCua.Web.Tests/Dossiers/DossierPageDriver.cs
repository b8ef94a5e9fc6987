using Microsoft.Playwright;

namespace ThaiBinh.MotCua.Web.Tests.Dossiers;

/// <summary>What an officer does on /ho-so/{code}: open it, choose a move, fill its form, confirm.</summary>
public static class DossierPageDriver
{
    public static async Task OpenAsync(IPage page, string code)
    {
        await page.GotoAsync($"/ho-so/{code}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Hồ sơ {code}", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Clicks the move's button; its form opens.</summary>
    public static async Task ChooseAsync(IPage page, string move)
    {
        await MoveButton(page, move).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = move, Level = 3 })).ToBeVisibleAsync();
    }

    public static Task ConfirmAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận", Exact = true }).ClickAsync();

    /// <summary>Opens the dossier, makes the move and waits for the page's confirmation.</summary>
    public static async Task ActAsync(IPage page, string code, string move, Func<IPage, Task>? fill = null)
    {
        await OpenAsync(page, code);
        await ChooseAsync(page, move);
        if (fill is not null)
        {
            await fill(page);
        }

        await ConfirmAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ");
    }

    public static ILocator MoveButton(IPage page, string move) =>
        page.GetByRole(AriaRole.Form, new() { Name = "Thao tác được phép" }).GetByRole(AriaRole.Button, new() { Name = move, Exact = true });

    /// <summary>The actions of the move buttons shown, as the API names them.</summary>
    public static async Task<string[]> ShownMovesAsync(IPage page)
    {
        var buttons = page.Locator("form.moves button");
        return [.. (await buttons.EvaluateAllAsync<string[]>("buttons => buttons.map(b => b.value)")).Order()];
    }

    public static ILocator Status(IPage page) => page.GetByTestId("trang-thai");
}
