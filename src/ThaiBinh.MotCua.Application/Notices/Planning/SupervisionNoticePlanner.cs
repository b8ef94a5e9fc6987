using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Notices.Templates;
using static ThaiBinh.MotCua.Application.Common.Outbox.OutboxContracts;

namespace ThaiBinh.MotCua.Application.Notices.Planning;

/// <summary>
/// A flagging run's digests go by email: the overdue digest to its supervisor, the due-soon list to
/// its handler, when that officer is active and has an address and the template is in use.
/// </summary>
public sealed class SupervisionNoticePlanner(IMotCuaDbContext db) : IDeliveryPlanner
{
    public async ValueTask<IReadOnlyList<PlannedDelivery>> PlanAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        if (message.ContractVersion != OutboxMessageTypes.Version)
        {
            return [];
        }

        Guid? officerId = message.Type switch
        {
            OutboxMessageTypes.OverdueDigest => Read<OverdueDigestV1>(message.Payload).SupervisorId,
            OutboxMessageTypes.DueSoon => Read<DueSoonV1>(message.Payload).HandlerId,
            _ => null,
        };
        if (officerId is null)
        {
            return [];
        }

        var email = await db.Officers.AsNoTracking()
            .Where(o => o.Id == officerId && o.IsActive)
            .Select(o => o.Email)
            .SingleOrDefaultAsync(cancellationToken);
        if (email is null)
        {
            return [];
        }

        var active = await db.NoticeTemplates.AnyAsync(t => t.MessageType == message.Type && t.Channel == NoticeChannels.Email && t.IsActive, cancellationToken);
        return active ? [new PlannedDelivery(NoticeChannels.Email, email)] : [];
    }
}
