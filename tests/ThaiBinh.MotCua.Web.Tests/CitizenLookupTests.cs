using System.Globalization;
using Microsoft.Playwright;
using ThaiBinh.MotCua.Api.Tests;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Web.Tests.Dossiers;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests;

/// <summary>The citizen's lookup, reached as a phone reaches it: from the QR code printed on the receipt.</summary>
public sealed class CitizenLookupTests(WebFixture web) : WebTest(web)
{
    private const int PhoneWidth = 360;
    private const int PhoneHeight = 740;

    [Fact]
    public async Task The_receipts_qr_code_opens_the_dossier_on_a_phone_and_the_right_last_four_digits_show_the_applicant()
    {
        var api = new DossierApi(Web);
        var code = await api.ReceiveAsync("xa.tiepnhan", "1.001193");
        var receipt = await (await api.As("xa.tiepnhan")).GetByteArrayAsync($"/api/dossiers/{code}/forms/receipt.pdf");
        var url = Assert.Single(PdfText.Read(receipt).QrCodes);
        Assert.Equal($"{Web.BaseAddress.ToString().TrimEnd('/')}/tra-cuu/{code}", url);

        var phone = await PhoneAsync("203.0.113.61");
        var response = await phone.GotoAsync(url!);

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = $"Hồ sơ {code}" })).ToBeVisibleAsync();
        var facts = phone.Locator(".lookup-facts");
        await Assertions.Expect(facts).ToContainTextAsync("Tình trạng");
        await Assertions.Expect(facts).ToContainTextAsync(TestStart.Value.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(facts).ToContainTextAsync("Hẹn trả kết quả");
        await Assertions.Expect(facts).ToContainTextAsync("Bộ phận Tiếp nhận và Trả kết quả phường Lê Hồng Phong");
        await Assertions.Expect(facts).Not.ToContainTextAsync("Nguyễn Văn Ấn");
        await PageLayout.AssertFitsTheWidthAsync(phone);
        await ScreenshotAsync(phone, "tra-cuu");

        await VerifyAsync(phone, "0000");
        await Assertions.Expect(phone.GetByRole(AriaRole.Alert)).ToContainTextAsync("chưa khớp");
        await Assertions.Expect(facts).Not.ToContainTextAsync("Nguyễn Văn Ấn");

        await VerifyAsync(phone, WorkflowClient.Phone[^4..]);
        await Assertions.Expect(facts).ToContainTextAsync("Nguyễn Văn Ấn");
        await Assertions.Expect(phone.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await PageLayout.AssertFitsTheWidthAsync(phone);
        await ScreenshotAsync(phone, "tra-cuu-xac-minh");
    }

    [Fact]
    public async Task The_code_field_finds_the_dossier_and_an_unknown_code_is_said_in_plain_words()
    {
        var code = await new DossierApi(Web).ReceiveAsync("xa.tiepnhan", "1.001193");
        var phone = await PhoneAsync("203.0.113.62");
        await phone.GotoAsync("/tra-cuu");

        await phone.GetByLabel("Mã hồ sơ").FillAsync($" {code} ");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();

        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = $"Hồ sơ {code}" })).ToBeVisibleAsync();
        Assert.EndsWith($"/tra-cuu/{code}", phone.Url, StringComparison.Ordinal);
        await phone.GotoAsync("/tra-cuu/000.01.31.H54-200101-9999");
        await Assertions.Expect(phone.GetByRole(AriaRole.Alert)).ToContainTextAsync("Không tìm thấy hồ sơ");
        await Assertions.Expect(phone.GetByLabel("Mã hồ sơ")).ToHaveValueAsync("000.01.31.H54-200101-9999");
    }

    [Fact]
    public async Task Too_many_lookups_from_one_address_get_a_page_saying_when_to_try_again()
    {
        var phone = await PhoneAsync("203.0.113.63");
        for (var i = 0; i < PublicLookupRateLimitTests.PermitsPerMinute; i++)
        {
            var spent = await phone.Context.APIRequest.GetAsync($"/tra-cuu/{PublicLookupRateLimitTests.UnknownCode}");
            Assert.Equal(200, spent.Status);
        }

        var limited = await phone.GotoAsync($"/tra-cuu/{PublicLookupRateLimitTests.UnknownCode}");

        Assert.Equal(429, limited!.Status);
        Assert.Equal("10", limited.Headers["retry-after"]);
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Quá nhiều yêu cầu" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByText("thử lại sau khoảng 10 giây")).ToBeVisibleAsync();
        await PageLayout.AssertFitsTheWidthAsync(phone);
    }

    /// <summary>A phone-sized window, seen by the host as coming from <paramref name="address"/> (its own rate-limit bucket).</summary>
    private async Task<IPage> PhoneAsync(string address)
    {
        var page = await Web.OpenPageAsync(PhoneWidth, PhoneHeight);
        await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [MotCuaApiFactory.ClientAddressHeader] = address });
        return page;
    }

    private static async Task VerifyAsync(IPage page, string digits)
    {
        await page.GetByLabel("4 số cuối điện thoại hoặc số định danh").FillAsync(digits);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác minh" }).ClickAsync();
    }
}
