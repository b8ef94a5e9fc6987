using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers.Moves;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>A dossier's fees and payment requests, newest last, with what the officer may do now.</summary>
public sealed record ListPaymentsQuery(string Code) : IQuery<DossierPaymentsDto>;

public sealed class ListPaymentsQueryHandler(IMotCuaDbContext db, PaymentAccess access) : IQueryHandler<ListPaymentsQuery, DossierPaymentsDto>
{
    public async ValueTask<DossierPaymentsDto> Handle(ListPaymentsQuery query, CancellationToken cancellationToken)
    {
        var (officer, dossier, version) = await access.LoadAsync(query.Code, cancellationToken);
        var requests = await db.PaymentRequests.AsNoTracking().Where(p => p.DossierId == dossier.Id).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var fees = version.Fees;
        var mayRequest = fees.Collects && !requests.Any(r => r.Status != Domain.Payments.PaymentStatus.Refunded)
            && (fees.Collection == Domain.Payments.FeeCollection.BeforeResult
                ? dossier.Check(DossierMoveRules.RequestPayment, officer.Actor).Allowed
                : PaymentAccess.IsDesk(officer, dossier));
        return new DossierPaymentsDto(
            dossier.Code, fees.TotalVnd, [.. fees.Items.Select(FeeItemDto.Of)], PaymentRequestDto.Name(fees.Collection), fees.PausesClock,
            [.. requests.Select(PaymentRequestDto.Of)], mayRequest, PaymentAccess.IsDesk(officer, dossier), PaymentAccess.MayRefund(officer, dossier));
    }
}
