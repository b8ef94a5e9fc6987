using Microsoft.Playwright;
using Npgsql;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests;

/// <summary>The admin's notice templates: an unknown placeholder is refused at its field, a good edit is kept with a new version.</summary>
public sealed class NoticeTemplatesPageTests(WebFixture web) : WebTest(web)
{
    [Fact]
    public async Task The_admin_rewrites_the_receipt_sms_and_an_unknown_placeholder_is_refused_first()
    {
        var page = await SignedInAsync("admin");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Chức năng" }).GetByRole(AriaRole.Link, new() { Name = "Mẫu thông báo" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tiếp nhận hồ sơ (kèm ngày hẹn trả)" }).Filter(new() { HasText = "SMS" });
        await row.GetByRole(AriaRole.Link, new() { Name = "Sửa" }).ClickAsync();
        var body = page.GetByRole(AriaRole.Textbox, new() { Name = "Nội dung", Exact = true }); // its own id: "noi-dung" is the layout's main content

        await body.FillAsync("Ho so {MaHoSo} da tiep nhan, hen {NgayHenTra}, can bo {TenCanBo}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu mẫu" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field").Filter(new() { HasText = "Nội dung" })).ToContainTextAsync("{TenCanBo}");
        Assert.DoesNotContain("TenCanBo", await StoredBodyAsync());

        await body.FillAsync("Ho so {MaHoSo} da duoc tiep nhan. Hen tra: {NgayHenTra}.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu mẫu" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu mẫu");
        Assert.Equal("Ho so {MaHoSo} da duoc tiep nhan. Hen tra: {NgayHenTra}.", await StoredBodyAsync());
        await PageLayout.AssertFitsTheWidthAsync(page);
    }

    private async Task<string> StoredBodyAsync()
    {
        await using var connection = new NpgsqlConnection(Web.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT body FROM notice_templates WHERE message_type = 'dossier.received' AND channel = 'sms'", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
