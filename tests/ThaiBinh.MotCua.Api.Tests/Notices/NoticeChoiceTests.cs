using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Domain.Notices;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests.Notices;

/// <summary>The citizen chooses at the desk how to be told: stored on the dossier, shown on its detail and printed on the receipt.</summary>
public sealed class NoticeChoiceTests(ApiFixture api) : ApiTest
{
    private readonly NoticeDesk _notices = new(api);

    [Fact]
    public async Task An_sms_choice_typed_in_international_form_is_stored_national_on_the_detail_and_on_the_one_page_receipt()
    {
        var dossier = await _notices.ReceiveAsync(new { channel = "sms", phone = "+84 912 345 678" });

        var detail = await _notices.Desk.GetAsync("tinh.tiepnhan", dossier.Code);
        var notification = detail.GetProperty("notification");
        Assert.Equal(("sms", "0912345678", JsonValueKind.Null), (notification.GetProperty("channel").GetString(), notification.GetProperty("phone").GetString(), notification.GetProperty("email").ValueKind));
        Assert.Equal("tin nhắn SMS tới 0912 345 678", notification.GetProperty("text").GetString());
        Assert.Equal((NoticeChannel.Sms, "0912345678", (string?)null), await StoredAsync(dossier.Code));

        var receipt = PdfText.Read(await (await _notices.Desk.As("tinh.tiepnhan")).GetByteArrayAsync($"/api/dossiers/{dossier.Code}/forms/receipt.pdf"));
        Assert.Single(receipt.Pages);
        Assert.Contains("Nhận thông báo qua: tin nhắn SMS tới 0912 345 678", PdfText.Normalize(receipt.All));
    }

    [Fact]
    public async Task An_email_and_a_zalo_choice_keep_only_the_contact_their_channel_needs()
    {
        var email = await _notices.ReceiveAsync(new { channel = "email", phone = "0912345678", email = " an.nguyen@example.vn " });
        var zalo = await _notices.ReceiveAsync(new { channel = "zalo", phone = "0388 123 456", email = "an@example.vn" });

        Assert.Equal((NoticeChannel.Email, (string?)null, "an.nguyen@example.vn"), await StoredAsync(email.Code));
        Assert.Equal((NoticeChannel.Zalo, "0388123456", (string?)null), await StoredAsync(zalo.Code));
        var receipt = PdfText.Read(await (await _notices.Desk.As("tinh.tiepnhan")).GetByteArrayAsync($"/api/dossiers/{email.Code}/forms/receipt.pdf"));
        Assert.Contains("Nhận thông báo qua: thư điện tử tới an.nguyen@example.vn", PdfText.Normalize(receipt.All));
        Assert.Equal("Zalo tới số 0388 123 456", (await _notices.Desk.GetAsync("tinh.tiepnhan", zalo.Code)).GetProperty("notification").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_receipt_without_a_choice_as_old_clients_send_it_tells_the_citizen_nothing()
    {
        var dossier = await _notices.ReceiveAsync(null);

        Assert.Equal((NoticeChannel.None, (string?)null, (string?)null), await StoredAsync(dossier.Code));
        var notification = (await _notices.Desk.GetAsync("tinh.tiepnhan", dossier.Code)).GetProperty("notification");
        Assert.Equal(("none", "không đăng ký"), (notification.GetProperty("channel").GetString(), notification.GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("sms", "02273831234", null, "notification.phone", "Số điện thoại di động không hợp lệ")]
    [InlineData("zalo", null, null, "notification.phone", "Vui lòng nhập số điện thoại di động")]
    [InlineData("sms", "+84 12 345 678", null, "notification.phone", "Số điện thoại di động không hợp lệ")]
    [InlineData("email", "0912345678", null, "notification.email", "Vui lòng nhập địa chỉ thư điện tử")]
    [InlineData("email", null, "an.example.vn", "notification.email", "Địa chỉ thư điện tử nhận thông báo không hợp lệ")]
    [InlineData("letter", "0912345678", null, "notification.channel", "Cách nhận thông báo phải là none")]
    public async Task A_choice_the_channel_cannot_reach_is_a_field_error_in_vietnamese_and_writes_nothing(
        string channel, string? phone, string? email, string field, string message)
    {
        var dossiers = await api.CountDossiersAsync();

        var response = await _notices.PostReceiptAsync(new { channel, phone, email });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Problem.ReadAsync(response)).Errors!;
        Assert.Equal([field], errors.Keys);
        Assert.StartsWith(message, errors[field].Single());
        Assert.Equal(dossiers, await api.CountDossiersAsync());
    }

    private async Task<(NoticeChannel, string?, string?)> StoredAsync(string code)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var notice = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.AsNoTracking()
            .Where(d => d.Code == code).Select(d => d.Notice).SingleAsync();
        return (notice.Channel, notice.Phone, notice.Email);
    }
}
