namespace ThaiBinh.MotCua.Application.Common.Audit;

/// <summary>
/// A message written in the same transaction as the change it announces, for the delivery worker:
/// notifications to the citizen, synchronisation with the national portal. Its payload follows the
/// contract of its type at <see cref="ContractVersion"/> (<c>Common/Outbox/OutboxContracts</c>).
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Type = string.Empty;
        Payload = string.Empty;
    }

    public OutboxMessage(string type, int contractVersion, DateTimeOffset occurredAt, Guid? dossierId, string payload)
    {
        Id = Guid.CreateVersion7();
        Type = type;
        ContractVersion = contractVersion;
        OccurredAt = occurredAt;
        DossierId = dossierId;
        Payload = payload;
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public int ContractVersion { get; private set; }

    public Guid? DossierId { get; private set; }

    /// <summary>JSON body of the message.</summary>
    public string Payload { get; private set; }

    /// <summary>When the worker planned its deliveries (null: not yet).</summary>
    public DateTimeOffset? PlannedAt { get; private set; }
}
