using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Infrastructure.Persistence;
using static ThaiBinh.MotCua.Application.Common.Outbox.OutboxContracts;

namespace ThaiBinh.MotCua.Api.Tests.Notices;

/// <summary>
/// Receives dossiers over HTTP with a notice choice, and turns the receipt's real outbox message into
/// the envelopes and deliveries the worker would hand the planners and the composer (today's receipt
/// writes one message; its facts are the dossier's own).
/// </summary>
public sealed class NoticeDesk(ApiFixture api)
{
    public const string Procedure = "2.000488";

    private readonly WorkflowClient _desk = new(api);

    public WorkflowClient Desk => _desk;

    public async Task<HttpResponseMessage> PostReceiptAsync(object? notification)
    {
        var body = await _desk.ReceiptBodyAsync(Procedure);
        if (notification is not null)
        {
            body["notification"] = notification;
        }

        return await (await _desk.As("tinh.tiepnhan")).PostAsJsonAsync("/api/dossiers", body);
    }

    /// <summary>A received dossier: its code, id, appointment and the outbox message its receipt wrote.</summary>
    public async Task<Received> ReceiveAsync(object? notification)
    {
        var response = await PostReceiptAsync(notification);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var code = (await response.Content.ReadFromJsonAsync<JsonElement>()).Code();
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == code);
        var message = await db.OutboxMessages.AsNoTracking().Where(m => m.DossierId == dossier.Id).OrderBy(m => m.OccurredAt).FirstAsync();
        return new Received(code, dossier.Id, dossier.DueAt!.Value, dossier.ReceivedById!.Value, message.OccurredAt);
    }

    /// <summary>The receipt's message as another type of dossier event, with its appointment (and the previous one).</summary>
    public static OutboxEnvelope Envelope(Received dossier, string type, DateTimeOffset? dueAt = null, DateTimeOffset? previousDueAt = null, string? note = null) =>
        new(Guid.CreateVersion7(), type, OutboxMessageTypes.Version, dossier.Id, dossier.OccurredAt,
            Write(new DossierEventV1(dossier.Id, dossier.Code, "receive", 1, null, 2, dossier.OccurredAt, dueAt ?? dossier.DueAt, previousDueAt, dossier.ReceivedBy, note)));

    public static OutboxDelivery Delivery(OutboxEnvelope message, string channel, string recipient) =>
        new(Guid.CreateVersion7(), message.Id, message.Type, message.ContractVersion, message.DossierId, message.OccurredAt, message.Payload, channel, recipient, 1);

    /// <summary>What every planner of the host plans for the message, among the citizen and officer notices.</summary>
    public async Task<IReadOnlyList<PlannedDelivery>> PlanAsync(OutboxEnvelope message)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var planned = new List<PlannedDelivery>();
        foreach (var planner in scope.ServiceProvider.GetServices<IDeliveryPlanner>())
        {
            planned.AddRange(await planner.PlanAsync(message, default));
        }

        return [.. planned.Where(p => p.Channel is "sms" or "email" or "zalo")];
    }

    public async Task<ComposedNotice> ComposeAsync(OutboxDelivery delivery)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<INoticeComposer>().ComposeAsync(delivery, default);
    }

    /// <summary>Writes straight to the tables (names too long for any seed, reasons a desk typed) and makes the host reread its reference data.</summary>
    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Database.ExecuteSqlRawAsync(sql, parameters);
        scope.ServiceProvider.GetRequiredService<IReferenceData>().Invalidate();
    }

    public async Task<Guid> OfficerIdAsync(string username)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Officers.Where(o => o.Username == username).Select(o => o.Id).SingleAsync();
    }

    public sealed record Received(string Code, Guid Id, DateTimeOffset DueAt, Guid ReceivedBy, DateTimeOffset OccurredAt);
}
