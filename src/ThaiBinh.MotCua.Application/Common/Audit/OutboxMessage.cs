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

    /// <summary>
    /// The order messages were written in, given by the database: the moments of one dossier's messages
    /// may be equal (one unit of work, a frozen test clock) and version 7 ids are random within a
    /// millisecond, so ordered deliveries go by this.
    /// </summary>
    public long Position { get; private set; }

    public string Type { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public int ContractVersion { get; private set; }

    public Guid? DossierId { get; private set; }

    /// <summary>JSON body of the message.</summary>
    public string Payload { get; private set; }

    /// <summary>When the worker planned its deliveries (null: not yet).</summary>
    public DateTimeOffset? PlannedAt { get; private set; }
}
