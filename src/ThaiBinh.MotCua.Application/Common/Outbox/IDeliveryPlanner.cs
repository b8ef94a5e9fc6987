namespace ThaiBinh.MotCua.Application.Common.Outbox;

/// <summary>
/// Decides who hears of a message: the worker asks every planner once per message, after the
/// message's transaction committed and before anything is sent, and stores each planned delivery
/// once (unique per message, channel and recipient).
/// </summary>
public interface IDeliveryPlanner
{
    ValueTask<IReadOnlyList<PlannedDelivery>> PlanAsync(OutboxEnvelope message, CancellationToken cancellationToken);
}

/// <summary>A message as planners see it.</summary>
public sealed record OutboxEnvelope(Guid Id, string Type, int ContractVersion, Guid? DossierId, DateTimeOffset OccurredAt, string Payload);

/// <summary>
/// One delivery to make. Deliveries with the same <c>OrderingKey</c> go out one at a time in the
/// order of their messages (the portal's records of one dossier: "portal:{dossierId}"); null when
/// order does not matter.
/// </summary>
public sealed record PlannedDelivery(string Channel, string Recipient, string? OrderingKey = null);
