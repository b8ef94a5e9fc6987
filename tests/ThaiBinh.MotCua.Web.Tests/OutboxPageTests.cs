using Microsoft.Playwright;
using Npgsql;
using ThaiBinh.MotCua.Web.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Web.Tests;

/// <summary>The admin's page of outgoing messages: a dead delivery shows its reason and goes back to the queue.</summary>
public sealed class OutboxPageTests(WebFixture web) : WebTest(web)
{
    [Fact]
    public async Task A_dead_delivery_shows_its_reason_and_the_admin_sends_it_again()
    {
        var deliveryId = await InsertDeadDeliveryAsync("Cổng DVCQG từ chối: thiếu MaHoSo");
        var page = await SignedInAsync("admin");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Chức năng" }).GetByRole(AriaRole.Link, new() { Name = "Thông điệp" }).ClickAsync();

        var dead = page.GetByRole(AriaRole.Region, new() { Name = "Gửi không được (1)" });
        var row = dead.GetByRole(AriaRole.Row, new() { Name = "Cổng DVCQG từ chối: thiếu MaHoSo" });
        await Assertions.Expect(row).ToContainTextAsync("09******12");
        await Assertions.Expect(row).ToContainTextAsync("Tiếp nhận hồ sơ (kèm ngày hẹn trả)"); // the type as a person reads it
        await PageLayout.AssertFitsTheWidthAsync(page);
        await ScreenshotAsync(page, "quan-tri-thong-diep");

        await row.GetByRole(AriaRole.Button, new() { Name = "Gửi lại" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đưa lần gửi về hàng chờ");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Gửi không được (0)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Đang chờ gửi (1)" })).ToContainTextAsync("09******12");
        Assert.Equal(("pending", 0), await StateAsync(deliveryId));
    }

    private async Task<Guid> InsertDeadDeliveryAsync(string reason)
    {
        var (messageId, deliveryId) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await using var connection = new NpgsqlConnection(Web.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            DELETE FROM outbox_deliveries;
            INSERT INTO outbox_messages (id, type, contract_version, occurred_at, payload, planned_at) VALUES (@message, 'dossier.received', 1, now(), '{}'::jsonb, now());
            INSERT INTO outbox_deliveries (id, message_id, channel, recipient, state, attempts, next_attempt_at, last_error, dead_at, created_at)
            VALUES (@delivery, @message, 'sms', '0912345612', 'dead', 10, now(), @reason, now(), now());
            """, connection);
        command.Parameters.AddWithValue("message", messageId);
        command.Parameters.AddWithValue("delivery", deliveryId);
        command.Parameters.AddWithValue("reason", reason);
        await command.ExecuteNonQueryAsync();
        return deliveryId;
    }

    private async Task<(string State, int Attempts)> StateAsync(Guid deliveryId)
    {
        await using var connection = new NpgsqlConnection(Web.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT state, attempts FROM outbox_deliveries WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", deliveryId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetInt32(1));
    }
}
