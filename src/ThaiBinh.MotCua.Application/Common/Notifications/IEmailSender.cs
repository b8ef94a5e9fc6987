using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Application.Common.Notifications;

/// <summary>
/// Sends one plain-text email (UTF-8, Vietnamese with diacritics). The idempotency key becomes the
/// mail's Message-ID, so a repeat after a worker died between the send and the record is recognisable.
/// Failures are <see cref="DeliveryFailedException"/>: permanent when the server refuses the recipient
/// or the content (5xx), transient when it is unreachable or answers 4xx.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>One mail: <c>To</c> an address, <c>Subject</c> and <c>Body</c> as the composer wrote them.</summary>
public sealed record EmailMessage(string To, string Subject, string Body, Guid IdempotencyKey);
