using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Payments;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>What one reconciliation run found: settled, failed, still pending, and not answered.</summary>
public sealed record ReconciliationRun(int Asked, int Settled, int Failed, int StillPending, int Unanswered);

/// <summary>
/// Đối soát: QUERY for every request still pending that was sent between <see cref="PayGovOptions.ReconcileWithinDays"/>
/// and <see cref="PayGovOptions.ReconcileAfterMinutes"/> ago; "1" settles it through the same path as
/// the callback (flagged as the reconciliation's), "4" marks it failed, anything else leaves it pending.
/// One request's failure (the platform out of reach, a callback that won the race) never stops the others.
/// </summary>
public sealed class PaymentReconciliation(
    IMotCuaDbContext db, IPayGov payGov, PaymentSettlement settlement, IOptions<PayGovOptions> options, TimeProvider clock, ILogger<PaymentReconciliation> logger)
{
    public async Task<ReconciliationRun> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var from = now.AddDays(-settings.ReconcileWithinDays);
        var to = now.AddMinutes(-settings.ReconcileAfterMinutes);
        var ids = await db.PaymentRequests.AsNoTracking()
            .Where(p => p.Status == PaymentStatus.Pending && p.SentAt >= from && p.SentAt <= to)
            .OrderBy(p => p.SentAt).Select(p => p.Id).ToListAsync(cancellationToken);
        int settled = 0, failed = 0, pending = 0, unanswered = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var request = await db.PaymentRequests.SingleAsync(p => p.Id == id, cancellationToken);
            try
            {
                var answer = await payGov.QueryAsync(request.Reference, cancellationToken);
                if (answer.IsPaid)
                {
                    var amount = long.TryParse(answer.SoTien, NumberStyles.None, CultureInfo.InvariantCulture, out var paid) ? paid : request.AmountVnd;
                    await settlement.ConfirmOnlineAsync(request, answer.MaGiaoDich ?? string.Empty, amount, byReconciliation: true, cancellationToken);
                    settled++;
                }
                else if (answer.IsFailed)
                {
                    request.FailOnline("Cổng thanh toán báo giao dịch không thành công (đối soát).", clock.GetUtcNow());
                    await db.SaveChangesAsync(cancellationToken);
                    failed++;
                }
                else
                {
                    pending++;
                }
            }
            catch (Exception problem) when (problem is PayGovUnavailableException or DbUpdateConcurrencyException or Domain.Common.DomainRuleException)
            {
                logger.LogWarning(problem, "Reconciliation of {Reference} left for the next run", request.Reference);
                unanswered++;
            }
        }

        db.ChangeTracker.Clear();
        logger.LogInformation(
            "Payment reconciliation: {Asked} asked, {Settled} settled, {Failed} failed, {Pending} still pending, {Unanswered} unanswered",
            ids.Count, settled, failed, pending, unanswered);
        return new ReconciliationRun(ids.Count, settled, failed, pending, unanswered);
    }
}
