using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Audit;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Infrastructure.Persistence;
using static ThaiBinh.MotCua.Application.Common.Outbox.OutboxContracts;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>The unit of work: every history entry leaves one audit line and one outbox message of its event's type, with the change.</summary>
public sealed class AuditOutboxTests(ApiFixture api) : ApiTest
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task Every_history_entry_gives_one_audit_line_and_one_message_of_its_event_from_receipt_to_return()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        await _desk.DoAsync("tinh.lanhdao", code, "assign", new { assignee = "tinh.chuyenvien" });
        await _desk.DoAsync("tinh.chuyenvien", code, "assess", new { decision = "approve" });
        await _desk.DoAsync("congan.chuyenvien", code, "verify", new { note = "Không có án tích" });
        await _desk.DoAsync("tinh.lanhdao", code, "approve", new { decision = "approve" });
        var returned = await _desk.DoAsync("tinh.tiepnhan", code, "return", new { receivedBy = "Nguyễn Văn Ấn" });

        var (dossier, audit, messages) = await JournalAsync(code);
        string[] actions = ["receive", "transfer", "assign", "assess", "verify", "approve", "return"];
        Assert.Equal(actions, dossier.Actions.Select(a => a.Action));
        Assert.Equal(actions, audit.Select(a => a.Action));
        Assert.Equal(
            ["tinh.tiepnhan", "tinh.tiepnhan", "tinh.lanhdao", "tinh.chuyenvien", "congan.chuyenvien", "tinh.lanhdao", "tinh.tiepnhan"],
            audit.Select(a => a.Username));
        Assert.All(audit, a => Assert.NotNull(a.OfficerId));
        Assert.Equal(dossier.Actions.Select(a => ((int?)a.FromStatus, (int?)a.ToStatus)), audit.Select(a => (a.FromStatus, a.ToStatus)));
        Assert.Equal(dossier.Actions.Select(a => a.Note), audit.Select(a => a.Details));

        Assert.Equal(
            [
                OutboxMessageTypes.Received, OutboxMessageTypes.Transferred, OutboxMessageTypes.Progressed, OutboxMessageTypes.Progressed,
                OutboxMessageTypes.Progressed, OutboxMessageTypes.ResultReady, OutboxMessageTypes.Returned,
            ],
            messages.Select(m => m.Message.Type));
        Assert.All(messages, m => Assert.Equal((OutboxMessageTypes.Version, (Guid?)dossier.Id), (m.Message.ContractVersion, m.Message.DossierId)));
        Assert.Equal(Enumerable.Range(1, actions.Length), messages.Select(m => m.Event.ActionSequence));
        foreach (var (entry, (message, payload)) in dossier.Actions.Zip(messages))
        {
            Assert.Equal((dossier.Id, code, entry.Action, (int?)entry.FromStatus, (int)entry.ToStatus, entry.OfficerId), (payload.DossierId, payload.Code, payload.Action, payload.FromStatus, payload.ToStatus, payload.OfficerId));
            Assert.Equal(entry.At, payload.At);
            Assert.Equal(entry.At, message.OccurredAt);
            Assert.Equal(dossier.DueAt, payload.DueAt);
            Assert.Null(payload.PreviousDueAt);
        }

        Assert.Equal(10, messages[^1].Event.ToStatus);
        Assert.Equal(returned.DueAt(), messages[0].Event.DueAt);
    }

    [Fact]
    public async Task A_refusal_at_the_desk_is_announced_as_refused()
    {
        var body = await _desk.ReceiptBodyAsync("2.000488");
        body["reasons"] = "Hồ sơ không thuộc thẩm quyền giải quyết";
        var desk = await _desk.As("tinh.tiepnhan");
        var response = await desk.PostAsJsonAsync("/api/dossiers/refusals", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var code = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).Code();

        var (_, audit, messages) = await JournalAsync(code);
        Assert.Equal(("refuse-at-reception", "tinh.tiepnhan", (int?)null, (int?)3), (Assert.Single(audit).Action, audit[0].Username, audit[0].FromStatus, audit[0].ToStatus));
        var (message, payload) = Assert.Single(messages);
        Assert.Equal((OutboxMessageTypes.Refused, 3, (DateTimeOffset?)null), (message.Type, payload.ToStatus, payload.DueAt));
    }

    [Fact]
    public async Task A_refused_move_writes_neither_an_audit_line_nor_a_message()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        var notHeld = await _desk.ActAsync("tinh.chuyenvien", code, "transfer"); // held by the desk, out of sight of the department
        Assert.Equal(HttpStatusCode.NotFound, notHeld.StatusCode);
        var notNow = await _desk.ActAsync("tinh.tiepnhan", code, "return", new { receivedBy = "Nguyễn Văn Ấn" }); // no result yet
        Assert.Equal(HttpStatusCode.Conflict, notNow.StatusCode);
        var noReason = await _desk.ActAsync("tinh.tiepnhan", code, "withdraw", new { reason = " " });
        Assert.True((int)noReason.StatusCode is >= 400 and < 500, noReason.StatusCode.ToString());

        var (_, audit, messages) = await JournalAsync(code);
        Assert.Equal(["receive"], audit.Select(a => a.Action));
        Assert.Equal([OutboxMessageTypes.Received], messages.Select(m => m.Message.Type));
    }

    [Fact]
    public async Task An_apology_announces_the_new_appointment_and_the_one_it_replaced()
    {
        var received = await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488");
        var code = received.Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        var newDue = await _desk.DeadlineAsync(received.DueAt(), "workingDays=3");
        await _desk.DoAsync("tinh.lanhdao", code, "extend", new { newDueAt = newDue, reason = "Chờ kết quả xác minh của Công an tỉnh" });

        var (_, audit, messages) = await JournalAsync(code);
        var (message, payload) = messages[^1];
        Assert.Equal((OutboxMessageTypes.Extended, "extend", 3), (message.Type, payload.Action, payload.ActionSequence));
        Assert.Equal(newDue, payload.DueAt);
        Assert.Equal(received.DueAt(), payload.PreviousDueAt);
        Assert.Equal(("extend", "tinh.lanhdao"), (audit[^1].Action, audit[^1].Username));
    }

    [Fact]
    public async Task A_calendar_change_that_moves_an_appointment_is_announced_by_the_system()
    {
        var dossier = await new DossierDesk(api).ReceiveJudicialRecordAsync(new DateTimeOffset(2031, 3, 7, 9, 0, 0, Vn)); // Friday
        using var admin = await api.CreateClientSignedInAsAsync("admin");
        var response = await admin.PutAsJsonAsync("/api/calendar/days/2031-03-10", new
        {
            kind = "holiday",
            name = "Nghỉ đột xuất do bão",
            reason = "Công văn khẩn của UBND tỉnh",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var (_, audit, messages) = await JournalAsync(dossier.Code);
        Assert.Equal([OutboxMessageTypes.Received, OutboxMessageTypes.DueMoved], messages.Select(m => m.Message.Type));
        var (_, moved) = messages[1];
        Assert.Equal(("recompute-due", 2, (Guid?)null), (moved.Action, moved.ActionSequence, moved.OfficerId));
        Assert.Equal(new DateTimeOffset(2031, 3, 21, 9, 0, 0, Vn), moved.PreviousDueAt);
        Assert.Equal(new DateTimeOffset(2031, 3, 24, 9, 0, 0, Vn), moved.DueAt);
        Assert.Contains("Công văn khẩn của UBND tỉnh", moved.Note);

        // The receipt saved outside a request names its officer from the accounts; the recompute is the system's
        // (stamped now, by the test clock, years before the receipt: ordered by action, not by time).
        audit = [.. audit.OrderBy(a => a.Action == "receive" ? 0 : 1)];
        Assert.Equal([("receive", "tinh.tiepnhan"), ("recompute-due", AuditEntry.SystemUsername)], audit.Select(a => (a.Action, a.Username)));
        Assert.Equal((null, null), (audit[1].OfficerId, audit[1].IpAddress));
    }

    [Fact]
    public async Task A_save_tried_again_after_a_failure_writes_the_entry_s_audit_line_and_message_once()
    {
        var received = await new DossierDesk(api).ReceiveJudicialRecordAsync(api.Factory.Clock.GetUtcNow());
        var reception = await new DossierDesk(api).OfficerAsync("tinh.tiepnhan");
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var rules = new Domain.Calendar.DeadlineRules(await scope.ServiceProvider.GetRequiredService<Application.Common.Ports.ICalendarProvider>().GetAsync(default));
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == received.Id);
        dossier.Transfer(reception, api.Factory.Clock.GetUtcNow(), rules);

        // Someone else's write meanwhile: the first save loses the race and keeps the event.
        await using (var connection = new NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var bump = new NpgsqlCommand("UPDATE dossiers SET version = version + 1 WHERE id = @id", connection);
            bump.Parameters.AddWithValue("id", dossier.Id);
            await bump.ExecuteNonQueryAsync();
        }

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.Single(dossier.DomainEvents);
        var entry = db.Entry(dossier);
        entry.OriginalValues.SetValues((await entry.GetDatabaseValuesAsync())!);
        await db.SaveChangesAsync();
        Assert.Empty(dossier.DomainEvents);

        var (_, audit, messages) = await JournalAsync(received.Code);
        Assert.Equal(["receive", "transfer"], audit.OrderBy(a => a.Action == "receive" ? 0 : 1).Select(a => a.Action));
        Assert.Equal([OutboxMessageTypes.Received, OutboxMessageTypes.Transferred], messages.Select(m => m.Message.Type));
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

    /// <summary>The dossier as stored, its audit lines and its outbox messages, in history order.</summary>
    private async Task<(Domain.Dossiers.Dossier Dossier, List<AuditEntry> Audit, List<(OutboxMessage Message, DossierEventV1 Event)> Messages)> JournalAsync(string code)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == code);
        var audit = await db.AuditEntries.Where(a => a.DossierId == dossier.Id).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync();
        var messages = (await db.OutboxMessages.Where(m => m.DossierId == dossier.Id).ToListAsync())
            .Select(m => (m, Read<DossierEventV1>(m.Payload)))
            .OrderBy(m => m.Item2.ActionSequence)
            .ToList();
        return (dossier, audit, messages);
    }
}
