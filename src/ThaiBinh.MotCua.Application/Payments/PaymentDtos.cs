using ThaiBinh.MotCua.Domain.Payments;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>A payment request as the desk and the dossier page read it; statuses and methods by machine name and Vietnamese label.</summary>
public sealed record PaymentRequestDto(
    Guid Id,
    string Reference,
    long AmountVnd,
    IReadOnlyList<FeeItemDto> Items,
    string Collection,
    string Status,
    string StatusLabel,
    string? Method,
    string? TransactionId,
    string? PayUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? PaidAt,
    bool SettledByReconciliation,
    DateTimeOffset? FailedAt,
    string? FailureReason,
    DateTimeOffset? RefundedAt,
    string? RefundReason)
{
    public static PaymentRequestDto Of(PaymentRequest p) => new(
        p.Id, p.Reference, p.AmountVnd, [.. p.Items.Select(FeeItemDto.Of)], Name(p.Collection), Name(p.Status), p.Status.Label(),
        p.Method is { } method ? Name(method) : null, p.TransactionId, p.PayUrl, p.CreatedAt, p.SentAt, p.PaidAt, p.SettledByReconciliation,
        p.FailedAt, p.FailureReason, p.RefundedAt, p.RefundReason);

    /// <summary>camelCase machine names: atReceipt, beforeResult, unpaid, pending, paid, failed, refunded, online, cash, transfer.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }
}

public sealed record FeeItemDto(string Code, string Name, string Kind, string KindLabel, long AmountVnd)
{
    public static FeeItemDto Of(FeeItem item) => new(item.Code, item.Name, PaymentRequestDto.Name(item.Kind), item.Kind.Label(), item.AmountVnd);
}

/// <summary>
/// A dossier's fees: what its procedure version collects and when, whether status 6 stops the clock,
/// the requests, and what the signed-in officer may do now (the page's buttons).
/// </summary>
public sealed record DossierPaymentsDto(
    string Code,
    long FeeTotalVnd,
    IReadOnlyList<FeeItemDto> Fees,
    string Collection,
    bool PausesClock,
    IReadOnlyList<PaymentRequestDto> Requests,
    bool MayRequest,
    bool MayCollect,
    bool MayRefund);

/// <summary>The answer of an online payment: the pay page the citizen goes to.</summary>
public sealed record PayOnlineResult(Uri PayUrl, PaymentRequestDto Payment);
