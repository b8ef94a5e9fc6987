using Microsoft.Playwright;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests;

public sealed class ReceptionDeskTests(WebFixture web) : WebTest(web)
{
    /// <summary>The domain's own words for an 11-digit id (CitizenId), as the use case's validator gives them.</summary>
    private const string CitizenIdMessage = "Số định danh cá nhân phải gồm 12 chữ số (hoặc 9 chữ số với CMND cũ). Số đã nhập có 11 chữ số.";

    [Fact]
    public async Task A_commune_dossier_is_received_by_keyboard_alone_and_its_receipt_opens_as_a_PDF()
    {
        var page = await SignedInAsync("xa.tiepnhan");
        var (code, pdf) = await KeyboardReceipt.ReceiveAsync(page, "Trần Thị Bàn Phím", name => ScreenshotAsync(page, name));

        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("application/pdf", pdf.Headers["content-type"], StringComparison.Ordinal);
        Assert.StartsWith("inline", pdf.Headers["content-disposition"], StringComparison.Ordinal);
        var text = PdfText.Read(await pdf.BodyAsync()).All;
        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Bàn Phím", text, StringComparison.Ordinal);
        Assert.Equal(1, await DeskData.DossiersOfApplicantAsync(Web, "Trần Thị Bàn Phím"));
    }

    [Fact]
    public async Task The_same_form_sent_twice_makes_one_dossier_and_both_answers_open_its_receipt()
    {
        var page = await CitizenFormAsync("1.000894", "Lê Văn Bấm Hai Lần");

        // Exactly what the browser posts on a click, posted twice with the page's cookies.
        var body = await page.EvaluateAsync<string>("() => new URLSearchParams(new FormData(document.querySelector('form.receive-form'))).toString()");
        var answers = new List<string>();
        foreach (var _ in new[] { 1, 2 })
        {
            var answer = await page.Context.APIRequest.PostAsync(page.Url, new()
            {
                Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" },
                DataString = body,
                MaxRedirects = 0,
            });
            Assert.Equal(302, answer.Status);
            answers.Add(answer.Headers["location"]);
        }

        Assert.Single(answers.Distinct());
        Assert.EndsWith("/receipt.pdf", answers[0], StringComparison.Ordinal);
        Assert.Equal(1, await DeskData.DossiersOfApplicantAsync(Web, "Lê Văn Bấm Hai Lần"));
    }

    [Fact]
    public async Task A_double_click_on_Tiep_nhan_makes_one_dossier()
    {
        var page = await CitizenFormAsync("1.000656", "Phạm Thị Nháy Đúp");

        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận" }).DblClickAsync(),
            r => r.Url.EndsWith("/receipt.pdf", StringComparison.Ordinal));

        Assert.Equal(1, await DeskData.DossiersOfApplicantAsync(Web, "Phạm Thị Nháy Đúp"));
    }

    [Theory]
    [InlineData("ket hon", "Thủ tục đăng ký kết hôn")]
    [InlineData("CHUNG THUC BAN SAO", "Chứng thực bản sao từ bản chính")]
    [InlineData("1.000656", "Thủ tục đăng ký khai tử")]
    public async Task A_procedure_is_found_without_diacritics_or_by_its_code(string typed, string found)
    {
        var page = await SignedInAsync("xa.tiepnhan");
        await page.GotoAsync("/tiep-nhan");

        await page.GetByLabel("Tìm thủ tục").FillAsync(typed);
        await page.GetByLabel("Tìm thủ tục").PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = found })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_search_offers_only_the_desks_own_level()
    {
        var page = await SignedInAsync("xa.tiepnhan");
        await page.GotoAsync("/tiep-nhan?tim=khai+sinh");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Thủ tục đăng ký khai sinh" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("có yếu tố nước ngoài")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_refused_search_is_explained_under_its_field()
    {
        var page = await SignedInAsync("xa.tiepnhan");

        var response = await page.GotoAsync("/tiep-nhan?tim=%E2%80%AEkhai"); // a right-to-left override, refused by the text policy

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("[id='search-loi']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_bad_citizen_id_is_flagged_as_typed_then_refused_under_its_field_and_nothing_is_created()
    {
        var page = await SignedInAsync("xa.tiepnhan");
        await page.GotoAsync("/tiep-nhan?thu-tuc=1.001193");
        await page.GetByLabel("Họ và tên").FillAsync("Đỗ Văn Sai Số");
        var citizenId = page.GetByLabel("Số định danh cá nhân");
        var checkedAsTyped = page.Locator("#citizenId-kiem-tra");
        await citizenId.PressSequentiallyAsync("03409000123");
        await Assertions.Expect(checkedAsTyped).ToHaveTextAsync(CitizenIdMessage);
        await citizenId.PressAsync("4");
        await Assertions.Expect(checkedAsTyped).ToHaveTextAsync("");
        await citizenId.PressAsync("Backspace");
        await Assertions.Expect(checkedAsTyped).ToHaveTextAsync(CitizenIdMessage);

        await citizenId.PressAsync("Enter");

        await Assertions.Expect(page.Locator("[id='applicant.citizenId-loi']")).ToHaveTextAsync(CitizenIdMessage);
        await Assertions.Expect(citizenId).ToHaveValueAsync("03409000123");
        await Assertions.Expect(citizenId).ToBeFocusedAsync();
        await ScreenshotAsync(page, "tiep-nhan-cccd-sai");
        Assert.Equal(0, await DeskData.DossiersOfApplicantAsync(Web, "Đỗ Văn Sai Số"));
    }

    [Fact]
    public async Task A_dossier_missing_a_document_is_not_received_and_the_desk_is_told_what_is_missing()
    {
        var page = await CitizenFormAsync("1.001193", "Vũ Thị Thiếu Giấy");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Tờ khai đăng ký khai sinh theo mẫu" }).UncheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận" }).ClickAsync();

        await Assertions.Expect(page.Locator("[id='documents-loi']")).ToContainTextAsync("Tờ khai đăng ký khai sinh theo mẫu");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mẫu 02");
        var form = page.GetByRole(AriaRole.Checkbox, new() { Name = "Tờ khai đăng ký khai sinh theo mẫu" });
        await Assertions.Expect(form).Not.ToBeCheckedAsync();
        await Assertions.Expect(form).ToBeFocusedAsync();
        await ScreenshotAsync(page, "tiep-nhan-thieu-giay-to");
        Assert.Equal(0, await DeskData.DossiersOfApplicantAsync(Web, "Vũ Thị Thiếu Giấy"));
    }

    [Fact]
    public async Task An_organisation_is_received_with_its_tax_code_and_representative()
    {
        var page = await SignedInAsync("xa.tiepnhan");
        await page.GotoAsync("/tiep-nhan?thu-tuc=2.000884");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Tổ chức" }).CheckAsync();
        await Assertions.Expect(page.GetByLabel("Số định danh cá nhân")).ToBeHiddenAsync();
        await page.GetByLabel("Tên tổ chức").FillAsync("Công ty TNHH Bàn Phím Thái Bình");
        await page.GetByLabel("Mã số thuế").FillAsync("0100109106");
        await page.GetByLabel("Người đại diện").FillAsync("Nguyễn Văn Đại");

        var receipt = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận" }).ClickAsync(),
            r => r.Url.EndsWith("/receipt.pdf", StringComparison.Ordinal));

        Assert.Equal(200, receipt.Status);
        Assert.Equal(1, await DeskData.DossiersOfApplicantAsync(Web, "Công ty TNHH Bàn Phím Thái Bình"));
    }

    [Fact]
    public async Task An_officer_without_the_reception_role_is_refused_the_desk()
    {
        var page = await SignedInAsync("xa.chuyenvien");

        var response = await page.GotoAsync("/tiep-nhan");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận" })).ToHaveCountAsync(0);
    }

    /// <summary>xa.tiepnhan's desk on the form of <paramref name="procedureCode"/>, a citizen's name and valid CCCD typed in.</summary>
    private async Task<IPage> CitizenFormAsync(string procedureCode, string fullName)
    {
        var page = await SignedInAsync("xa.tiepnhan");
        await page.GotoAsync($"/tiep-nhan?thu-tuc={procedureCode}");
        await page.GetByLabel("Họ và tên").FillAsync(fullName);
        await page.GetByLabel("Số định danh cá nhân").FillAsync(WorkflowClient.CitizenId);
        return page;
    }
}
