using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Notices.Templates;

namespace ThaiBinh.MotCua.Application.Notices.Planning;

/// <summary>
/// The citizen hears of their dossier on the channel they chose at the desk, for the events that have
/// an active template on that channel; nothing when they chose none. Their notices of one dossier go
/// out in order ("notice:{dossierId}"): a result-ready never overtakes the receipt.
/// </summary>
public sealed class CitizenNoticePlanner(IMotCuaDbContext db) : IDeliveryPlanner
{
    public async ValueTask<IReadOnlyList<PlannedDelivery>> PlanAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        if (message.DossierId is not { } dossierId || message.ContractVersion != OutboxMessageTypes.Version
            || !NoticePlaceholders.Offers(message.Type, NoticeChannels.Sms))
        {
            return [];
        }

        var choice = await db.Dossiers.AsNoTracking()
            .Where(d => d.Id == dossierId)
            .Select(d => d.Notice)
            .SingleOrDefaultAsync(cancellationToken);
        if (choice is null || NoticeChannels.Of(choice.Channel) is not { } channel || choice.Recipient is not { } recipient)
        {
            return [];
        }

        var active = await db.NoticeTemplates.AnyAsync(t => t.MessageType == message.Type && t.Channel == channel && t.IsActive, cancellationToken);
        return active ? [new PlannedDelivery(channel, recipient, $"notice:{dossierId}")] : [];
    }
}
