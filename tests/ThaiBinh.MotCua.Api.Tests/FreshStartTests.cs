using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>Each test class starts from the seeded database at the fixed start moment; one story, so it runs first in its class.</summary>
public sealed class FreshStartTests(ApiFixture api) : ApiTest
{
    private static readonly DateOnly CorrectedDay = new(2031, 3, 10);
    private const string DeadlineFromTheFridayBefore = "/api/calendar/deadline?from=2031-03-07T09:00:00%2B07:00&workingDays=1";

    [Fact]
    public async Task A_class_finds_nothing_of_the_classes_before_it_and_leaves_nothing_to_the_next()
    {
        await AssertFreshAsync();
        var desk = new WorkflowClient(api);
        var firstCode = (await desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        using var admin = await api.CreateClientSignedInAsAsync("admin");
        var correction = await admin.PutAsJsonAsync($"/api/calendar/days/{CorrectedDay:yyyy-MM-dd}", new { kind = "holiday", name = "Nghỉ đột xuất do bão", reason = "Thử khởi đầu sạch" });
        Assert.Equal(HttpStatusCode.OK, correction.StatusCode);
        Assert.Equal("2031-03-11T09:00:00+07:00", await DueAtAsync());
        await ExecuteAsync("UPDATE officers SET is_active = false WHERE username = 'tinh.giamsat'");
        api.Factory.Clock.Advance(TimeSpan.FromDays(40));

        await api.StartClassAsync();

        await AssertFreshAsync();
        Assert.Equal("2031-03-10T09:00:00+07:00", await DueAtAsync()); // the correction is gone, from the host's memory too
        Assert.Equal(HttpStatusCode.OK, (await (await api.CreateClientSignedInAsAsync("tinh.giamsat")).GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(firstCode, (await new WorkflowClient(api).ReceiveAsync("tinh.tiepnhan", "2.000488")).Code()); // codes count from one again
        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync("DELETE FROM audit_entries"));
        Assert.Contains("append-only", refused.MessageText); // the reset silenced the trigger for itself only
    }

    private async Task AssertFreshAsync()
    {
        Assert.Equal(TestStart.Value, api.Factory.Clock.GetUtcNow());
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        Assert.Equal(
            (0, 0, 0, 0, 0, 0),
            (await db.Dossiers.CountAsync(), await db.AuditEntries.CountAsync(), await db.OutboxMessages.CountAsync(),
             await db.IdempotencyRecords.CountAsync(), await db.CalendarChanges.CountAsync(), await db.SupervisionSnapshots.CountAsync()));
        Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == CorrectedDay));
        Assert.True(await db.Officers.AllAsync(o => o.IsActive));
    }

    private async Task<string?> DueAtAsync() =>
        (await api.CreateClient().GetFromJsonAsync<JsonElement>(DeadlineFromTheFridayBefore)).GetProperty("dueAt").GetString();

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
