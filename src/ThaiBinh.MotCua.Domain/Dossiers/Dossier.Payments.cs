using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers.Moves;
using ThaiBinh.MotCua.Domain.Payments;

namespace ThaiBinh.MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>History action of a payment received (online, in cash or by transfer); the system records it.</summary>
    public const string PaidAction = "paid";

    /// <summary>History action of a refund (hoàn phí).</summary>
    public const string RefundAction = "refund";

    /// <summary>
    /// Yêu cầu thực hiện nghĩa vụ tài chính (status 6): the office holding the dossier asks for the
    /// fees its procedure collects before the result. The clock waits only if the procedure says so.
    /// </summary>
    public void RequestPayment(Actor actor, FeeSchedule fees, DateTimeOffset now)
    {
        Authorize(DossierMoveRules.RequestPayment, actor);
        if (!fees.Collects || fees.Collection != FeeCollection.BeforeResult)
        {
            throw new DomainRuleException(
                "dossier.request-payment.no-fees", "Thủ tục của hồ sơ không thu phí, lệ phí trước khi trả kết quả.");
        }

        if (fees.PausesClock)
        {
            PausedAt = now;
        }

        var before = Status;
        Status = DossierStatus.FinancialObligation;
        Record(DossierMoveRules.RequestPayment.Name, actor, now, before, $"Số tiền phải nộp: {VietnameseDates.Dong(fees.TotalVnd)}");
    }

    /// <summary>
    /// A payment request of the dossier was paid: recorded by the system, and a dossier waiting in
    /// status 6 goes back to processing (its clock resumes if it waited).
    /// </summary>
    public void RecordPayment(PaymentMethod method, long amountVnd, bool automatic, DateTimeOffset now, DeadlineRules rules)
    {
        var before = Status;
        var previousDueAt = DueAt;
        if (Status == DossierStatus.FinancialObligation)
        {
            if (PausedAt is not null)
            {
                ResumeClock(now, rules, PauseCause.Payment);
            }

            Status = DossierStatus.InProgress;
        }

        var how = automatic ? $"{method.Label()} (xác nhận qua đối soát)" : method.Label();
        Record(PaidAction, null, now, before, $"Đã thanh toán {how}: {VietnameseDates.Dong(amountVnd)}", previousDueAt);
    }

    /// <summary>Hoàn phí: the refund is written into the dossier's history by the officer who made it.</summary>
    public void RecordRefund(Actor actor, long amountVnd, string reason, DateTimeOffset now) =>
        Record(RefundAction, actor, now, Status, $"Hoàn phí {VietnameseDates.Dong(amountVnd)}: {reason}");
}
