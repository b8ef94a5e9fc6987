using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Application.Common.Notifications;

/// <summary>
/// Sends one SMS under the province's brandname. The text must already be without diacritics (the
/// composer strips them); the idempotency key is the hub's request id, so a repeat is sent once.
/// Failures are <see cref="DeliveryFailedException"/>: permanent when the hub refuses the number or
/// the content, transient for timeouts, refused connections, 5xx and 429.
/// </summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}

/// <summary>One SMS: <c>Phone</c> as the citizen gave it (0… or 84…), <c>Text</c> in ASCII.</summary>
public sealed record SmsMessage(string Phone, string Text, Guid IdempotencyKey);
