using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Web.Tests.Dossiers;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests;

/// <summary>The admin's screens: the working calendar with its recomputation, and the officers' accounts.</summary>
public sealed partial class AdminScreensTests(WebFixture web) : WebTest(web)
{
    private const string CommuneDesk = "000.01.31.H54";

    [Fact]
    public async Task A_day_marked_off_moves_the_open_dossiers_due_moments_and_the_page_says_how_many()
    {
        var (code, dueBefore) = await ReceiveCommuneDossierAsync();
        var page = await SignedInAsync("admin");
        var nextDay = DateOnly.FromDateTime(TestStart.Value.ToOffset(TimeSpan.FromHours(7)).Date).AddDays(1);
        await page.GotoAsync($"/quan-tri/lich?nam={nextDay.Year}");

        var form = page.GetByRole(AriaRole.Region, new() { Name = "Đánh dấu một ngày" });
        await form.GetByLabel("Ngày", new() { Exact = true }).FillAsync(nextDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.GetByLabel("Loại ngày").SelectOptionAsync(new SelectOptionValue { Label = "Nghỉ lễ, Tết" });
        await form.GetByLabel("Tên ngày").FillAsync("Nghỉ đột xuất do bão");
        await form.GetByLabel("Lý do, căn cứ").FillAsync("Công văn khẩn của UBND tỉnh");
        await form.GetByRole(AriaRole.Button, new() { Name = "Ghi và tính lại thời hạn" }).ClickAsync();

        var status = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(status).ToContainTextAsync(RecomputedSome());
        await Assertions.Expect(status).ToContainTextAsync(nextDay.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Nghỉ đột xuất do bão" })).ToContainTextAsync("Quản trị sửa");
        await PageLayout.AssertFitsTheWidthAsync(page);
        await ScreenshotAsync(page, "quan-tri-lich");

        var dueAfter = (await DossierAsync(code)).DueAt();
        Assert.True(dueAfter > dueBefore, $"due {dueBefore:o} then {dueAfter:o}");
    }

    [Fact]
    public async Task An_officer_the_admin_creates_signs_in_and_once_locked_their_session_ends()
    {
        var username = $"kt.web.{Guid.NewGuid():N}"[..16];
        const string password = "Mat-khau-dau-tien-2026";
        var admin = await SignedInAsync("admin");
        await admin.GotoAsync("/quan-tri/can-bo");
        await admin.GetByLabel("Cơ quan", new() { Exact = true }).SelectOptionAsync(CommuneDesk);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Row, new() { Name = "xa.tiepnhan" })).ToBeVisibleAsync();

        await CreateOfficerAsync(admin, username, "Phạm Thị Kiểm Thử", "Tiếp nhận và trả kết quả", password);

        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã tạo tài khoản {username}");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row, new() { Name = username })).ToContainTextAsync("Đang hoạt động");
        await PageLayout.AssertFitsTheWidthAsync(admin);
        await ScreenshotAsync(admin, "quan-tri-can-bo");

        var officer = await Web.OpenPageAsync();
        await SignInAsync(officer, username, password);
        await Assertions.Expect(officer.GetByRole(AriaRole.Navigation, new() { Name = "Chức năng" })).ToContainTextAsync("Tiếp nhận");

        await admin.GetByRole(AriaRole.Link, new() { Name = $"Sửa tài khoản {username}" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Khóa tài khoản" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã khóa tài khoản {username}");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row, new() { Name = username })).ToContainTextAsync("Đã khóa");

        await officer.GotoAsync("/ho-so");
        Assert.Contains("/dang-nhap", officer.Url, StringComparison.Ordinal);
        await SignInRefusedAsync(officer, username, password);
    }

    [Fact]
    public async Task New_roles_reach_the_officers_open_session_and_a_reset_password_replaces_the_old_one()
    {
        var username = $"kt.web.{Guid.NewGuid():N}"[..16];
        var admin = await SignedInAsync("admin");
        await admin.GotoAsync("/quan-tri/can-bo");
        await CreateOfficerAsync(admin, username, "Lê Văn Đổi Việc", "Tiếp nhận và trả kết quả", "Mat-khau-cu-2026");
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã tạo tài khoản {username}");
        var officer = await Web.OpenPageAsync();
        await SignInAsync(officer, username, "Mat-khau-cu-2026");
        var menu = officer.GetByRole(AriaRole.Navigation, new() { Name = "Chức năng" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận" })).ToBeVisibleAsync();

        await admin.GetByRole(AriaRole.Link, new() { Name = $"Sửa tài khoản {username}" }).ClickAsync();
        var account = admin.GetByRole(AriaRole.Region, new() { Name = $"Tài khoản {username}" });
        await account.GetByLabel("Tiếp nhận và trả kết quả").UncheckAsync();
        await account.GetByLabel("Giám sát").CheckAsync();
        await account.GetByRole(AriaRole.Button, new() { Name = "Lưu vai trò" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu vai trò");
        await admin.GetByLabel("Mật khẩu mới").FillAsync("Mat-khau-moi-2026");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Đặt lại mật khẩu" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đặt lại mật khẩu");

        await officer.GotoAsync("/ho-so");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Giám sát" })).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận" })).ToHaveCountAsync(0);
        var stranger = await Web.OpenPageAsync();
        await stranger.GotoAsync("/dang-nhap");
        await SignInRefusedAsync(stranger, username, "Mat-khau-cu-2026");
        await SignInAsync(stranger, username, "Mat-khau-moi-2026");
    }

    [Fact]
    public async Task A_refused_account_shows_each_reason_under_its_field_and_keeps_what_was_typed()
    {
        var admin = await SignedInAsync("admin");
        await admin.GotoAsync("/quan-tri/can-bo");
        var create = await CreateOfficerAsync(admin, "xa.tiepnhan", "Người Trùng Tên", "Giám sát", "ngan");

        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("Một số thông tin chưa đúng");
        await Assertions.Expect(create.Locator("#username-loi")).ToContainTextAsync("đã có người dùng");
        await Assertions.Expect(create.Locator("#password-loi")).ToContainTextAsync("ít nhất 10 ký tự");
        await Assertions.Expect(create.GetByLabel("Họ và tên")).ToHaveValueAsync("Người Trùng Tên");
        await Assertions.Expect(create.GetByLabel("Giám sát")).ToBeCheckedAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Row, new() { Name = "Người Trùng Tên" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_admin_is_told_they_cannot_lock_themself_out()
    {
        var admin = await SignedInAsync("admin");
        await admin.GotoAsync("/quan-tri/can-bo");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Sửa tài khoản admin" }).ClickAsync();

        await admin.GetByRole(AriaRole.Button, new() { Name = "Khóa tài khoản" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("không tự khóa tài khoản của mình");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row, new() { Name = "admin" }).First).ToContainTextAsync("Đang hoạt động");
    }

    [Theory]
    [InlineData("/quan-tri/lich")]
    [InlineData("/quan-tri/can-bo")]
    public async Task A_reception_officer_is_refused_the_admin_screens_by_the_server(string path)
    {
        var page = await SignedInAsync("xa.tiepnhan");

        var response = await page.GotoAsync(path);

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Không có quyền truy cập" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Cán bộ" })).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"Đã tính lại thời hạn của [1-9]\d* hồ sơ")]
    private static partial Regex RecomputedSome();

    /// <summary>Fills and sends the page's "new officer" form; answers the form's region.</summary>
    private static async Task<ILocator> CreateOfficerAsync(IPage admin, string username, string fullName, string role, string password)
    {
        var create = admin.GetByRole(AriaRole.Region, new() { Name = "Thêm cán bộ vào cơ quan này" });
        await create.GetByLabel("Tên đăng nhập").FillAsync(username);
        await create.GetByLabel("Họ và tên").FillAsync(fullName);
        await create.GetByLabel(role).CheckAsync();
        await create.GetByLabel("Mật khẩu ban đầu").FillAsync(password);
        await create.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
        return create;
    }

    private static async Task SignInRefusedAsync(IPage page, string username, string password)
    {
        await page.GetByLabel("Tên đăng nhập").FillAsync(username);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    /// <summary>A commune dossier received over the API of the host the browser uses, and its due moment.</summary>
    private async Task<(string Code, DateTimeOffset DueAt)> ReceiveCommuneDossierAsync()
    {
        var code = await new DossierApi(Web).ReceiveAsync("xa.tiepnhan", "1.001776"); // 22 working days: a day off inside moves it
        return (code, (await DossierAsync(code)).DueAt());
    }

    private Task<JsonElement> DossierAsync(string code) => new DossierApi(Web).GetAsync("xa.tiepnhan", code);
}
