using System.Globalization;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Domain.Payments;

/// <summary>
/// Yêu cầu thanh toán: the fees a dossier owes at one step, their reference on the payment platform
/// (<see cref="Reference"/>, MaThamChieu) and how they were paid. Unpaid → pending (sent online) →
/// paid or failed; failed may be tried again online or paid at the desk; paid may be refunded.
/// </summary>
public sealed class PaymentRequest
{
    public const int MaxReferenceLength = 64;
    public const int MaxTextLength = 500;

    private PaymentRequest()
    {
        DossierCode = string.Empty;
        Reference = string.Empty;
        Items = [];
    }

    public PaymentRequest(Guid dossierId, string dossierCode, FeeSchedule fees, Guid? requestedById, DateTimeOffset now)
    {
        if (!fees.Collects)
        {
            throw new DomainRuleException("payment.no-fees", "Thủ tục của hồ sơ không thu phí, lệ phí.");
        }

        Id = Guid.CreateVersion7();
        DossierId = dossierId;
        DossierCode = dossierCode;
        Items = [.. fees.Items];
        AmountVnd = fees.TotalVnd;
        Collection = fees.Collection;
        Status = PaymentStatus.Unpaid;
        RequestedById = requestedById;
        CreatedAt = now;
        Reference = NewReference(dossierCode, now);
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public string DossierCode { get; private set; }

    /// <summary>MaThamChieu: "dvc" + the dossier code's letters and digits + the moment (TH's pattern) + 4 random hex digits, renewed on each try online.</summary>
    public string Reference { get; private set; }

    public long AmountVnd { get; private set; }

    public List<FeeItem> Items { get; private set; }

    public FeeCollection Collection { get; private set; }

    public PaymentStatus Status { get; private set; }

    public PaymentMethod? Method { get; private set; }

    /// <summary>MaGiaoDich of the platform, or the transfer's reference at the desk.</summary>
    public string? TransactionId { get; private set; }

    /// <summary>Where the citizen pays online (UrlThanhToan), while pending.</summary>
    public string? PayUrl { get; private set; }

    /// <summary>Null when the system made the request (at receipt it is the receiving officer).</summary>
    public Guid? RequestedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>The officer who took the cash or checked the transfer; null when paid online.</summary>
    public Guid? CollectedById { get; private set; }

    /// <summary>Settled by the reconciliation job's QUERY rather than the platform's callback.</summary>
    public bool SettledByReconciliation { get; private set; }

    public DateTimeOffset? FailedAt { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTimeOffset? RefundedAt { get; private set; }

    public Guid? RefundedById { get; private set; }

    public string? RefundReason { get; private set; }

    public int Version { get; private set; }

    public bool IsSettled => Status is PaymentStatus.Paid or PaymentStatus.Refunded;

    /// <summary>Sent to the platform (INIT): pending until the callback or the reconciliation says.</summary>
    public void SendOnline(DateTimeOffset now)
    {
        EnsureOpen("payment.online.status", "gửi thanh toán trực tuyến");
        if (Status == PaymentStatus.Failed || SentAt is not null)
        {
            // The platform takes a reference once: another try is another transaction.
            Reference = NewReference(DossierCode, now);
        }

        Status = PaymentStatus.Pending;
        Method = PaymentMethod.Online;
        SentAt = now;
        PayUrl = null;
        Version++;
    }

    /// <summary>The platform gave the address of the pay page.</summary>
    public void Opened(string payUrl)
    {
        PayUrl = payUrl;
        Version++;
    }

    /// <summary>
    /// The platform says it was paid. A repeat of the same transaction changes nothing and answers false,
    /// so a callback sent twice, or a callback after the reconciliation settled it, is harmless.
    /// </summary>
    public bool ConfirmOnline(string transactionId, long amountVnd, DateTimeOffset now, bool byReconciliation)
    {
        if (amountVnd != AmountVnd)
        {
            throw new DomainRuleException("payment.amount", $"Số tiền {amountVnd} khác số tiền phải nộp {AmountVnd}.");
        }

        if (IsSettled)
        {
            return false;
        }

        if (Status != PaymentStatus.Pending)
        {
            throw new DomainRuleException("payment.confirm.status", $"Yêu cầu thanh toán đang ở trạng thái \"{Status.Label()}\", không chờ thanh toán trực tuyến.");
        }

        Settle(PaymentMethod.Online, transactionId, null, now);
        SettledByReconciliation = byReconciliation;
        return true;
    }

    /// <summary>The platform says the payment failed; a settled request is not touched.</summary>
    public bool FailOnline(string reason, DateTimeOffset now)
    {
        if (Status != PaymentStatus.Pending)
        {
            return false;
        }

        Status = PaymentStatus.Failed;
        FailedAt = now;
        FailureReason = Cut(reason);
        PayUrl = null;
        Version++;
        return true;
    }

    /// <summary>Cash or a transfer checked at the desk.</summary>
    public void PayAtDesk(PaymentMethod method, string? transferReference, Guid officerId, DateTimeOffset now)
    {
        if (method == PaymentMethod.Online)
        {
            throw new ArgumentException("Online payments are confirmed by the platform.", nameof(method));
        }

        EnsureOpen("payment.desk.status", "thu tại quầy");
        if (Status == PaymentStatus.Pending)
        {
            throw new DomainRuleException(
                "payment.desk.pending", "Yêu cầu đang chờ kết quả thanh toán trực tuyến; hãy đợi cổng thanh toán trả lời hoặc đối soát trước khi thu tại quầy.");
        }

        var reference = method == PaymentMethod.Transfer
            ? Dossiers.Dossier.RequireText(transferReference, "payment.transfer.reference", "Phải ghi mã giao dịch chuyển khoản.")
            : null;
        Settle(method, reference is null ? null : Cut(reference), officerId, now);
    }

    /// <summary>Hoàn phí: only what was paid, with the reason.</summary>
    public void Refund(Guid officerId, string? reason, DateTimeOffset now)
    {
        if (Status != PaymentStatus.Paid)
        {
            throw new DomainRuleException("payment.refund.status", $"Chỉ hoàn phí khoản đã thanh toán; yêu cầu đang ở trạng thái \"{Status.Label()}\".");
        }

        RefundReason = Cut(Dossiers.Dossier.RequireText(reason, "payment.refund.reason", "Phải ghi lý do hoàn phí."));
        Status = PaymentStatus.Refunded;
        RefundedAt = now;
        RefundedById = officerId;
        Version++;
    }

    private void Settle(PaymentMethod method, string? transactionId, Guid? officerId, DateTimeOffset now)
    {
        Status = PaymentStatus.Paid;
        Method = method;
        TransactionId = transactionId;
        CollectedById = officerId;
        PaidAt = now;
        PayUrl = null;
        Version++;
    }

    private void EnsureOpen(string rule, string what)
    {
        if (IsSettled)
        {
            throw new DomainRuleException(rule, $"Không thể {what}: yêu cầu thanh toán đang ở trạng thái \"{Status.Label()}\".");
        }
    }

    private static string Cut(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];

    private static string NewReference(string dossierCode, DateTimeOffset now)
    {
        var letters = string.Concat(dossierCode.Where(char.IsAsciiLetterOrDigit));
        var stamp = VietnamTime.ToLocal(now).ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        // Two tries within one millisecond (a clock that does not move) still differ.
        var reference = "dvc" + letters + stamp + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..2]);
        return reference.Length <= MaxReferenceLength ? reference : reference[^MaxReferenceLength..];
    }
}
