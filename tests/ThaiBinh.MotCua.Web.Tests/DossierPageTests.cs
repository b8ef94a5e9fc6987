using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Web.Tests.Dossiers;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;
using static ThaiBinh.MotCua.Web.Tests.Dossiers.DossierPageDriver;

namespace ThaiBinh.MotCua.Web.Tests;

/// <summary>Dossiers received at the desk page or over the API, then moved through /ho-so/{code} only, by the officers whose move it is.</summary>
public sealed class DossierPageTests(WebFixture web) : WebTest(web)
{
    private readonly DossierApi _api = new(web);

    [Fact]
    public async Task A_commune_dossier_received_at_the_desk_by_keyboard_is_transferred_assessed_approved_and_returned_by_four_officers()
    {
        var desk = await SignedInAsync("xa.tiepnhan");
        var (code, receipt) = await KeyboardReceipt.ReceiveAsync(desk, "Phạm Thị Bốn Người");
        Assert.StartsWith("application/pdf", receipt.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains(code, PdfText.Read(await receipt.BodyAsync()).All, StringComparison.Ordinal);

        await ActAsync(desk, code, "Chuyển hồ sơ đi xử lý");
        await Assertions.Expect(Status(desk)).ToHaveTextAsync("Đang xử lý");

        var specialist = await SignedInAsync("xa.chuyenvien");
        await OpenAsync(specialist, code);
        await ChooseAsync(specialist, "Thẩm định");
        await Assertions.Expect(specialist.GetByLabel("Đủ điều kiện, đề xuất giải quyết")).ToBeCheckedAsync();
        await ScreenshotAsync(specialist, "ho-so-thao-tac");
        await ConfirmAsync(specialist);
        await Assertions.Expect(specialist.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thẩm định");

        var leader = await SignedInAsync("xa.lanhdao");
        await OpenAsync(leader, code);
        await ScreenshotAsync(leader, "ho-so-chi-tiet");
        Assert.True(await leader.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 1366 px");
        await ActAsync(leader, code, "Phê duyệt");
        await Assertions.Expect(Status(leader)).ToHaveTextAsync("Đã xử lý xong");

        await ActAsync(desk, code, "Trả kết quả", page => page.GetByLabel("Người nhận kết quả").FillAsync("Nguyễn Văn Ấn"));
        await Assertions.Expect(Status(desk)).ToHaveTextAsync("Đã trả kết quả");
        await Assertions.Expect(desk.GetByText("Bạn không có thao tác nào trên hồ sơ này lúc này.")).ToBeVisibleAsync();

        var dossier = await _api.GetAsync("xa.tiepnhan", code);
        Assert.Equal(10, dossier.StatusCode());
        Assert.Equal(
            ["xa.tiepnhan", "xa.chuyenvien", "xa.lanhdao", "xa.tiepnhan"],
            dossier.GetProperty("handoffs").EnumerateArray().Select(h => h.GetProperty("toOfficer").GetProperty("username").GetString()));
        Assert.Equal(
            ["xa.tiepnhan", "xa.tiepnhan", "xa.chuyenvien", "xa.lanhdao", "xa.tiepnhan"],
            dossier.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("officer").GetProperty("username").GetString()));
        Assert.Equal("Nguyễn Văn Ấn", dossier.GetProperty("returnedTo").GetString());
    }

    [Fact]
    public async Task A_judicial_record_request_crosses_the_centre_the_department_and_the_police_through_the_pages()
    {
        var code = await _api.ReceiveAsync("tinh.tiepnhan", "2.000488");

        var desk = await SignedInAsync("tinh.tiepnhan");
        await ActAsync(desk, code, "Chuyển hồ sơ đi xử lý");
        var leader = await SignedInAsync("tinh.lanhdao");
        await ActAsync(leader, code, "Phân công xử lý", page => page.GetByLabel("Cán bộ được phân công").SelectOptionAsync("tinh.chuyenvien"));
        var holder = (await _api.GetAsync("tinh.lanhdao", code)).Summary().GetProperty("assignee").GetProperty("fullName").GetString()!;
        await Assertions.Expect(leader.GetByRole(AriaRole.Region, new() { Name = "Tình trạng" })).ToContainTextAsync(holder);
        var specialist = await SignedInAsync("tinh.chuyenvien");
        await ActAsync(specialist, code, "Thẩm định");
        var police = await SignedInAsync("congan.chuyenvien");
        await ActAsync(police, code, "Cho ý kiến thẩm tra, xác minh", page => page.GetByLabel("Ý kiến thẩm tra, xác minh").FillAsync("Không có án tích"));
        await Assertions.Expect(police.GetByRole(AriaRole.Region, new() { Name = "Tình trạng" })).ToContainTextAsync("Phê duyệt");
        await ActAsync(leader, code, "Phê duyệt");
        await ActAsync(desk, code, "Trả kết quả", page => page.GetByLabel("Người nhận kết quả").FillAsync("Nguyễn Văn Ấn"));

        var dossier = await _api.GetAsync("tinh.tiepnhan", code);
        Assert.Equal(10, dossier.StatusCode());
        Assert.Equal(
            [MoveMatrix.Desk, MoveMatrix.Justice, MoveMatrix.Police, MoveMatrix.Justice, MoveMatrix.Desk],
            dossier.GetProperty("handoffs").EnumerateArray().Select(h => h.GetProperty("toOffice").GetProperty("code").GetString()));
        var handoffs = desk.GetByRole(AriaRole.Region, new() { Name = "Luân chuyển hồ sơ (Mẫu 05)" });
        await Assertions.Expect(handoffs.Locator("tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(handoffs).ToContainTextAsync("Công an");
        await Assertions.Expect(desk.GetByText("Không có án tích")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_supplement_is_asked_for_by_the_assessment_and_brought_to_the_desk()
    {
        var code = await _api.ReceiveAsync("tinh.tiepnhan", "2.000488");
        await _api.DoAsync("tinh.tiepnhan", code, "transfer");

        var specialist = await SignedInAsync("tinh.chuyenvien");
        await ActAsync(specialist, code, "Thẩm định", async page =>
        {
            await page.GetByLabel("Cần bổ sung giấy tờ").CheckAsync();
            await page.GetByLabel("Giấy tờ cần bổ sung").FillAsync("Bản sao giấy khai sinh");
            await page.GetByLabel("Lý do").FillAsync("Bản sao chưa được chứng thực");
        });
        await Assertions.Expect(Status(specialist)).ToHaveTextAsync("Yêu cầu bổ sung giấy tờ");
        await Assertions.Expect(specialist.GetByRole(AriaRole.Link, new() { Name = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)" }))
            .ToHaveAttributeAsync("href", $"/bieu-mau/{code}/supplement-request.pdf");

        var desk = await SignedInAsync("tinh.tiepnhan");
        await ActAsync(desk, code, "Nhận hồ sơ bổ sung", page => page.GetByLabel("Giấy tờ đã nhận bổ sung").FillAsync("Đã nộp bản sao giấy khai sinh"));
        await Assertions.Expect(Status(desk)).ToHaveTextAsync("Đang xử lý");

        var dossier = await _api.GetAsync("tinh.tiepnhan", code);
        Assert.Equal(JsonValueKind.Null, dossier.GetProperty("pausedAt").ValueKind);
        Assert.Equal("Bản sao giấy khai sinh", dossier.GetProperty("supplementItems").GetString());
        Assert.Equal(["receive", "transfer", "request-supplement", "supplement"], dossier.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task An_apology_sets_a_new_appointment_and_offers_the_apology_form()
    {
        var code = await _api.ReceiveAsync("tinh.tiepnhan", "2.000488");
        await _api.DoAsync("tinh.tiepnhan", code, "transfer");
        var due = (await _api.GetAsync("tinh.lanhdao", code)).DueAt();
        var newDue = await _api.DeadlineAsync(due, "workingDays=3");
        var local = newDue.ToOffset(TimeSpan.FromHours(7));

        var leader = await SignedInAsync("tinh.lanhdao");
        await ActAsync(leader, code, "Xin lỗi và hẹn lại ngày trả", async page =>
        {
            await page.GetByLabel("Ngày giờ hẹn trả mới").FillAsync(local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
            await page.GetByLabel("Lý do").FillAsync("Chờ kết quả xác minh của Công an tỉnh");
        });

        await Assertions.Expect(leader.GetByTestId("hen-tra")).ToHaveTextAsync(local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture));
        await Assertions.Expect(leader.GetByRole(AriaRole.Link, new() { Name = "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)" }))
            .ToHaveAttributeAsync("href", $"/bieu-mau/{code}/apology.pdf");
        var dossier = await _api.GetAsync("tinh.lanhdao", code);
        Assert.Equal(newDue, dossier.GetProperty("extendedTo").GetDateTimeOffset());
        Assert.Equal("Chờ kết quả xác minh của Công an tỉnh", dossier.GetProperty("extensionReason").GetString());
        Assert.DoesNotContain("extend", (await _api.AllowedMovesAsync("tinh.lanhdao", code))!);
        Assert.Equal(0, await MoveButton(leader, "Xin lỗi và hẹn lại ngày trả").CountAsync());
    }

    [Fact]
    public async Task A_supplement_request_missing_its_items_is_refused_under_the_field_then_made_once_they_are_typed()
    {
        var code = await _api.ReceiveAsync("tinh.tiepnhan", "2.000488");
        await _api.DoAsync("tinh.tiepnhan", code, "transfer");
        var before = (await _api.GetAsync("tinh.chuyenvien", code)).Version();

        var specialist = await SignedInAsync("tinh.chuyenvien");
        await OpenAsync(specialist, code);
        await ChooseAsync(specialist, "Yêu cầu bổ sung hồ sơ");
        await ConfirmAsync(specialist);

        await Assertions.Expect(specialist.Locator("#items-loi")).ToContainTextAsync("Vui lòng liệt kê giấy tờ cần bổ sung");
        Assert.Equal(before, (await _api.GetAsync("tinh.chuyenvien", code)).Version());

        await specialist.GetByLabel("Giấy tờ cần bổ sung").FillAsync("Ảnh 4x6");
        await specialist.GetByLabel("Lý do").FillAsync("Ảnh đã nộp chụp quá 6 tháng");
        await ConfirmAsync(specialist);
        await Assertions.Expect(specialist.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã yêu cầu bổ sung hồ sơ");
        Assert.Equal("Ảnh 4x6", (await _api.GetAsync("tinh.chuyenvien", code)).GetProperty("supplementItems").GetString());
    }
}
