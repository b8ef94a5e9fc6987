using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Payments;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>
/// The one way a payment becomes paid, whoever learnt it (the platform's callback, the reconciliation's
/// QUERY, the desk): the request is settled and the dossier records it, back from status 6 if it was
/// waiting there, in the same save.
/// </summary>
public sealed class PaymentSettlement(IMotCuaDbContext db, ICalendarProvider calendars, TimeProvider clock)
{
    /// <summary>Settles an online payment; false (and nothing written) when it was already settled.</summary>
    public async Task<bool> ConfirmOnlineAsync(PaymentRequest request, string transactionId, long amountVnd, bool byReconciliation, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!request.ConfirmOnline(transactionId, amountVnd, now, byReconciliation))
        {
            return false;
        }

        await RecordOnDossierAsync(request, byReconciliation, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Cash or transfer at the desk.</summary>
    public async Task PayAtDeskAsync(PaymentRequest request, PaymentMethod method, string? reference, Guid officerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        request.PayAtDesk(method, reference, officerId, now);
        await RecordOnDossierAsync(request, automatic: false, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RecordOnDossierAsync(PaymentRequest request, bool automatic, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == request.DossierId, cancellationToken);
        var rules = new DeadlineRules(await calendars.GetAsync(cancellationToken));
        dossier.RecordPayment(request.Method!.Value, request.AmountVnd, automatic, now, rules);
    }
}
