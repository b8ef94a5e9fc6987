using Microsoft.Playwright;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;
using ThaiBinh.MotCua.Simulators.Population;

namespace ThaiBinh.MotCua.Web.Tests.Population;

/// <summary>
/// The desk form's "Xác thực với CSDLQG về dân cư" button in Chromium, against the simulated registry:
/// a verified answer fills the applicant and the dossier says it was verified; a registry that does not
/// answer in time is said in words and the officer receives by hand.
/// </summary>
public sealed class CitizenLookupButtonTests(WebFixture web) : WebTest(web)
{
    private const string Button = "Xác thực với CSDLQG về dân cư";

    [Fact]
    public async Task A_verified_citizen_fills_the_form_and_the_received_dossier_says_verified()
    {
        var page = await FormAsync(PopulationCitizens.PhamThiHoa, "pham thi hoa", "15/08/1985");

        await page.GetByRole(AriaRole.Button, new() { Name = Button }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=ket-qua-xac-thuc]")).ToHaveAttributeAsync("data-outcome", "verified");
        await Assertions.Expect(page.GetByLabel("Họ và tên")).ToHaveValueAsync("Phạm Thị Hoa");
        await Assertions.Expect(page.GetByLabel("Ngày sinh")).ToHaveValueAsync("15/08/1985");
        await Assertions.Expect(page.GetByLabel("Địa chỉ", new() { Exact = true })).ToHaveValueAsync(
            "Số 5 ngõ 20 phố Hai Bà Trưng, Phường Bồ Xuyên, Thành phố Thái Bình, Tỉnh Thái Bình");

        var code = await ReceiveAsync(page);
        await page.GotoAsync($"/ho-so/{code}");
        await Assertions.Expect(page.Locator("[data-testid=xac-thuc-dan-cu]")).ToContainTextAsync("Đã xác thực với CSDLQG về dân cư");
    }

    [Fact]
    public async Task A_registry_that_does_not_answer_in_time_is_said_and_the_desk_receives_by_hand()
    {
        var page = await FormAsync(PopulationCitizens.Slow, "Đỗ Văn Chậm", "04/04/1988");

        await page.GetByRole(AriaRole.Button, new() { Name = Button }).ClickAsync();

        var answer = page.Locator("[data-testid=ket-qua-xac-thuc]");
        await Assertions.Expect(answer).ToHaveAttributeAsync("data-outcome", "unavailable");
        await Assertions.Expect(answer).ToContainTextAsync("Hãy tiếp tục tiếp nhận");
        await Assertions.Expect(page.GetByLabel("Họ và tên")).ToHaveValueAsync("Đỗ Văn Chậm");

        var code = await ReceiveAsync(page);
        await page.GotoAsync($"/ho-so/{code}");
        await Assertions.Expect(page.Locator("[data-testid=xac-thuc-dan-cu]")).ToHaveTextAsync("Chưa xác thực");
    }

    private async Task<IPage> FormAsync(string citizenId, string fullName, string birthDate)
    {
        var page = await SignedInAsync("xa.tiepnhan");
        await page.GotoAsync("/tiep-nhan?thu-tuc=1.001193");
        await page.GetByLabel("Số định danh cá nhân").FillAsync(citizenId);
        await page.GetByLabel("Họ và tên").FillAsync(fullName);
        await page.GetByLabel("Ngày sinh").FillAsync(birthDate);
        return page;
    }

    /// <summary>Presses Enter in the phone field (the form's default button receives) and answers the code of the receipt that opens.</summary>
    private static async Task<string> ReceiveAsync(IPage page)
    {
        var receipt = await page.RunAndWaitForResponseAsync(
            () => page.GetByLabel("Số điện thoại", new() { Exact = true }).PressAsync("Enter"),
            r => r.Url.EndsWith("/receipt.pdf", StringComparison.Ordinal));
        var path = new Uri(receipt.Url).AbsolutePath;
        return Uri.UnescapeDataString(path.Split('/')[^2]);
    }
}
