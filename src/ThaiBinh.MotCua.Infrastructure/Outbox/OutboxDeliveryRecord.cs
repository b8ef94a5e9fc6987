namespace ThaiBinh.MotCua.Infrastructure.Outbox;

/// <summary>
/// What the worker keeps of one (message, channel, recipient): its state, attempts, next try and the
/// lease of the worker sending it now. <see cref="Id"/> is the receiver's idempotency key. Written and
/// read by SQL only (<see cref="OutboxRelaySql"/>, <see cref="OutboxDeliveriesStore"/>): the class exists
/// so the schema lives in the EF model and its migrations.
/// </summary>
public sealed class OutboxDeliveryRecord
{
    public const int MaxChannelLength = 32;
    public const int MaxRecipientLength = 320;
    public const int MaxOrderingKeyLength = 128;
    public const int MaxErrorLength = 2000;

    private OutboxDeliveryRecord()
    {
        Channel = string.Empty;
        Recipient = string.Empty;
        State = OutboxDeliveryStates.Pending;
    }

    public Guid Id { get; private set; }

    public Guid MessageId { get; private set; }

    public string Channel { get; private set; }

    public string Recipient { get; private set; }

    public string? OrderingKey { get; private set; }

    /// <summary>One of <see cref="OutboxDeliveryStates"/>.</summary>
    public string State { get; private set; }

    /// <summary>How many times a worker claimed it to send (the current try included).</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The lease: until then the worker holding <see cref="ClaimToken"/> is sending it.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public Guid? ClaimToken { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset? DeadAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>The states of a delivery, as stored.</summary>
public static class OutboxDeliveryStates
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Dead = "dead";

    public static readonly IReadOnlyList<string> All = [Pending, Delivered, Dead];
}
