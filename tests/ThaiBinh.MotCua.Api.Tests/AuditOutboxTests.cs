using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class AuditOutboxTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task Every_action_is_audited_and_every_status_change_announced()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        await _desk.DoAsync("tinh.lanhdao", code, "assign", new { assignee = "tinh.chuyenvien" });

        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var audit = await db.AuditEntries.Where(a => a.DossierCode == code).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync();
        var outbox = await db.OutboxMessages.Where(m => audit.Select(a => a.DossierId).Contains(m.DossierId)).ToListAsync();

        Assert.Equal(["receive", "transfer", "assign"], audit.Select(a => a.Action));
        Assert.Equal(["tinh.tiepnhan", "tinh.tiepnhan", "tinh.lanhdao"], audit.Select(a => a.Username));
        Assert.Equal((2, 4), (audit[1].FromStatus!.Value, audit[1].ToStatus!.Value));
        Assert.Equal(2, outbox.Count); // receive (→2) and transfer (2→4); assignment changes no status
        Assert.All(outbox, m => Assert.Equal("dossier.status-changed", m.Type));
    }

    [Fact]
    public async Task The_audit_log_cannot_be_changed_or_deleted()
    {
        await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488");
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();

        foreach (var sql in new[] { "UPDATE audit_entries SET username = 'ai-do'", "DELETE FROM audit_entries", "TRUNCATE audit_entries" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", error.MessageText);
        }
    }
}
