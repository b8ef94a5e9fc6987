namespace ThaiBinh.MotCua.Application.Common.Outbox;

/// <summary>
/// One way out of the system (the national portal, email, SMS, Zalo): the delivery worker hands it
/// one (message, channel, recipient) at a time, outside any dossier's transaction. Returning means
/// delivered; throwing means not delivered (a <see cref="DeliveryFailedException"/> says why and
/// whether trying again can help; any other exception is treated as transient).
/// Receivers get <see cref="OutboxDelivery.Id"/> as their idempotency key, so a delivery repeated
/// after a worker died between the send and the record is recognised, not received twice.
/// </summary>
public interface IOutboxChannel
{
    /// <summary>The channel's name as stored on deliveries: "portal", "email", "sms", "zalo", "digest"….</summary>
    string Name { get; }

    Task DeliverAsync(OutboxDelivery delivery, CancellationToken cancellationToken);
}
