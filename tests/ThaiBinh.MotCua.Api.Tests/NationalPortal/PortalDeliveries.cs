using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Persistence;
using ThaiBinh.MotCua.Simulators.Portal;

namespace ThaiBinh.MotCua.Api.Tests.NationalPortal;

/// <summary>
/// Delivers a dossier's messages to the portal as the worker would: each message through every planner
/// of the host, then each planned portal delivery through the host's portal channel, over real HTTP to
/// the simulator. The messages are the dossier's real outbox rows, or <c>DossierEventV1</c> built from
/// its real history.
/// </summary>
internal sealed class PortalDeliveries(ApiFixture api)
{
    public PortalSimulatorStore Portal => api.Simulators.Services.GetRequiredService<PortalSimulatorStore>();

    public async Task<Dossier> DossierAsync(string code)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.AsNoTracking().SingleAsync(d => d.Code == code);
    }

    /// <summary>The dossier's outbox rows in the order written.</summary>
    public async Task<List<OutboxEnvelope>> OutboxAsync(string code)
    {
        var dossier = await DossierAsync(code);
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.DossierId == dossier.Id).OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).ToListAsync();
        return [.. rows.Select(m => new OutboxEnvelope(m.Id, m.Type, m.ContractVersion, m.DossierId, m.OccurredAt, m.Payload))];
    }

    /// <summary>A version 1 message per history entry from <paramref name="fromSequence"/> on.</summary>
    public async Task<List<OutboxEnvelope>> EventsAsync(string code, int fromSequence = 1)
    {
        var dossier = await DossierAsync(code);
        return [.. dossier.Actions.Where(a => a.Sequence >= fromSequence).Select(a => new OutboxEnvelope(
            Guid.CreateVersion7(), "dossier." + a.Action, OutboxMessageTypes.Version, dossier.Id, a.At,
            OutboxContracts.Write(new OutboxContracts.DossierEventV1(
                dossier.Id, dossier.Code, a.Action, a.Sequence, (int?)a.FromStatus, (int)a.ToStatus, a.At, dossier.DueAt, null, a.OfficerId, a.Note))))];
    }

    /// <summary>Plans and delivers each message in order; answers the planned deliveries.</summary>
    public async Task<List<PlannedDelivery>> DeliverAsync(IEnumerable<OutboxEnvelope> messages)
    {
        var planned = new List<PlannedDelivery>();
        foreach (var message in messages)
        {
            planned.AddRange(await DeliverAsync(message));
        }

        return planned;
    }

    public async Task<IReadOnlyList<PlannedDelivery>> DeliverAsync(OutboxEnvelope message)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var planned = new List<PlannedDelivery>();
        foreach (var planner in services.GetServices<IDeliveryPlanner>())
        {
            planned.AddRange(await planner.PlanAsync(message, CancellationToken.None));
        }

        foreach (var delivery in planned.Where(p => p.Channel == "portal"))
        {
            var channel = services.GetServices<IOutboxChannel>().Single(c => c.Name == delivery.Channel);
            await channel.DeliverAsync(
                new OutboxDelivery(Guid.CreateVersion7(), message.Id, message.Type, message.ContractVersion, message.DossierId,
                    message.OccurredAt, message.Payload, delivery.Channel, delivery.Recipient, 1),
                CancellationToken.None);
        }

        return planned;
    }
}
