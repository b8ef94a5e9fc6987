namespace ThaiBinh.MotCua.Application.Admin.Outbox;

/// <summary>The deliveries of the outbox as the admin sees and retries them (Infrastructure reads them by SQL, on the database's clock).</summary>
public interface IOutboxDeliveries
{
    Task<OutboxSummaryDto> SummaryAsync(CancellationToken cancellationToken);

    /// <summary>Newest first; <c>state</c> and <c>channel</c> null mean all. Recipients as stored: the use case masks them.</summary>
    Task<OutboxDeliveryPageDto> PageAsync(string? state, string? channel, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>A dead delivery back to pending, attempts from zero, due now.</summary>
    Task<RetryOutcome> RetryAsync(Guid id, CancellationToken cancellationToken);
}

public enum RetryOutcome
{
    Retried,
    NotFound,
    NotDead,
}

/// <summary>Counts by channel and state; the oldest pending delivery's creation and age in seconds (null: none pending).</summary>
public sealed record OutboxSummaryDto(IReadOnlyList<OutboxCountDto> Counts, DateTimeOffset? OldestPendingSince, double? OldestPendingAgeSeconds);

public sealed record OutboxCountDto(string Channel, string State, int Count);

public sealed record OutboxDeliveryPageDto(IReadOnlyList<OutboxDeliveryDto> Items, int Page, int PageSize, int Total);

/// <summary>One delivery; <c>Recipient</c> masked when it is a phone number or an email address.</summary>
public sealed record OutboxDeliveryDto(
    Guid Id,
    Guid MessageId,
    string MessageType,
    string? DossierCode,
    string Channel,
    string Recipient,
    string State,
    int Attempts,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? DeadAt);
