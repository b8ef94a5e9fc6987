using Microsoft.Playwright;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests.Infrastructure;

/// <summary>
/// A birth registration received at the signed-in desk from the keyboard alone (no click, no mouse),
/// ending on its receipt (Mẫu 01) in the browser's viewer; the focus is checked at every step.
/// </summary>
public static class KeyboardReceipt
{
    public sealed record Received(string Code, IAPIResponse Receipt);

    /// <summary><paramref name="screenshot"/> is given the screen's name when the search results and the filled form show.</summary>
    public static async Task<Received> ReceiveAsync(IPage page, string applicant, Func<string, Task>? screenshot = null)
    {
        screenshot ??= _ => Task.CompletedTask;
        await page.GotoAsync("/tiep-nhan");
        var search = page.GetByLabel("Tìm thủ tục");
        await Assertions.Expect(search).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("dang ky khai sinh");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/tiep-nhan?tim=**");
        var birth = page.GetByRole(AriaRole.Link, new() { Name = "Thủ tục đăng ký khai sinh" });
        await Assertions.Expect(birth).ToBeVisibleAsync();
        await screenshot("tiep-nhan-tim-thu-tuc");
        await page.Keyboard.PressAsync("Tab"); // the search button
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(birth).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/tiep-nhan?thu-tuc=1.001193");
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Công dân" })).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Tờ khai đăng ký khai sinh theo mẫu" })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByText("Ngày hẹn trả kết quả")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(applicant);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(WorkflowClient.CitizenId);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("01/05/1990");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Số điện thoại")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(WorkflowClient.Phone);
        await screenshot("tiep-nhan-bieu-mau");

        var receipt = await page.RunAndWaitForResponseAsync(
            () => page.Keyboard.PressAsync("Enter"),
            r => r.Url.EndsWith("/receipt.pdf", StringComparison.Ordinal));

        // The browser's viewer shows it (headless Chromium paints it blank, so no screenshot: docs/forms/ has the form's picture).
        await page.WaitForURLAsync("**/receipt.pdf");
        var code = Uri.UnescapeDataString(new Uri(receipt.Url).Segments[^2].TrimEnd('/'));
        return new Received(code, await page.Context.APIRequest.GetAsync(receipt.Url));
    }
}
