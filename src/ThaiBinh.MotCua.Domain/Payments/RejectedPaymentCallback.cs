namespace ThaiBinh.MotCua.Domain.Payments;

/// <summary>
/// A callback of the payment platform that changed nothing: a wrong checksum, an unknown reference or
/// an amount that is not the one owed. Kept whole, with where it came from, for the inquiry it may need.
/// </summary>
public sealed class RejectedPaymentCallback
{
    public const int MaxReasonLength = 64;

    private RejectedPaymentCallback()
    {
        Reason = string.Empty;
        Payload = string.Empty;
    }

    public RejectedPaymentCallback(DateTimeOffset receivedAt, string reason, string? reference, string payload, string? remoteAddress)
    {
        ReceivedAt = receivedAt;
        Reason = reason;
        Reference = reference is { Length: > PaymentRequest.MaxReferenceLength } ? reference[..PaymentRequest.MaxReferenceLength] : reference;
        Payload = payload;
        RemoteAddress = remoteAddress;
    }

    public long Id { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>checksum, unknown-reference or amount.</summary>
    public string Reason { get; private set; }

    public string? Reference { get; private set; }

    /// <summary>The body as it arrived (JSON).</summary>
    public string Payload { get; private set; }

    public string? RemoteAddress { get; private set; }
}
