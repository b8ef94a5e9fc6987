namespace ThaiBinh.MotCua.Application.Common.Audit;

/// <summary>
/// A message written in the same transaction as the change it announces (a dossier's new status), for
/// jobs to deliver later: notifications to the citizen, synchronisation with the national portal.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Type = string.Empty;
        Payload = string.Empty;
    }

    public OutboxMessage(string type, DateTimeOffset occurredAt, Guid? dossierId, string payload)
    {
        Id = Guid.CreateVersion7();
        Type = type;
        OccurredAt = occurredAt;
        DossierId = dossierId;
        Payload = payload;
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? DossierId { get; private set; }

    /// <summary>JSON body of the message.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }
}
