using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Application.Common.Notifications;

/// <summary>
/// The province's Zalo Official Account. It can reach only citizens who follow it, found by phone
/// number. Failures are <see cref="DeliveryFailedException"/> (permanent when Zalo refuses the
/// message or the user, transient when it cannot be reached).
/// </summary>
public interface IZaloOfficialAccount
{
    /// <summary>The follower's Zalo user id for a phone number, or null when that number does not follow the account.</summary>
    Task<string?> FindFollowerAsync(string phone, CancellationToken cancellationToken);

    Task SendAsync(ZaloMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// One message to a follower: sent as the configured template with <c>TemplateData</c> when the
/// account has one, otherwise as <c>Text</c>. The idempotency key is Zalo's tracking id.
/// </summary>
public sealed record ZaloMessage(string UserId, string Text, IReadOnlyDictionary<string, string> TemplateData, Guid IdempotencyKey);
