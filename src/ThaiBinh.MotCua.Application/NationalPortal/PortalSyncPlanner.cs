using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Application.NationalPortal;

/// <summary>
/// Every dossier message goes to the portal, one dossier's deliveries in order (its progress records
/// must arrive in sequence); none while the portal is switched off.
/// </summary>
public sealed class PortalSyncPlanner(IOptions<NationalPortalOptions> options) : IDeliveryPlanner
{
    public const string Channel = "portal";
    public const string Recipient = "dvcqg";

    /// <summary>The type the journal wrote before the versioned contract; still in databases.</summary>
    public const string LegacyStatusChanged = "dossier.status-changed";

    public static string OrderingKey(Guid dossierId) => $"portal:{dossierId}";

    public ValueTask<IReadOnlyList<PlannedDelivery>> PlanAsync(OutboxEnvelope message, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<PlannedDelivery>>(
            options.Value.Enabled && message.DossierId is { } dossierId && message.Type.StartsWith("dossier.", StringComparison.Ordinal)
                ? [new PlannedDelivery(Channel, Recipient, OrderingKey(dossierId))]
                : []);
}
