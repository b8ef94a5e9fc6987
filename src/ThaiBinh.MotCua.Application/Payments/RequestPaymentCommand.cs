using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Payments;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>
/// Makes the dossier's payment request. For fees collected before the result this is the
/// request-payment move (status 4 → 6, by the office processing the dossier); for fees collected at
/// receipt, the desk makes the request the receipt did not (a dossier received before its fees were data).
/// </summary>
public sealed record RequestPaymentCommand(string Code) : ICommand<PaymentRequestDto>;

public sealed class RequestPaymentCommandHandler(IMotCuaDbContext db, PaymentAccess access, TimeProvider clock)
    : ICommandHandler<RequestPaymentCommand, PaymentRequestDto>
{
    public async ValueTask<PaymentRequestDto> Handle(RequestPaymentCommand command, CancellationToken cancellationToken)
    {
        var (officer, dossier, version) = await access.LoadAsync(command.Code, cancellationToken);
        var now = clock.GetUtcNow();
        var fees = version.Fees;
        if (!fees.Collects)
        {
            // A fact of the procedure, whoever asks.
            throw new DomainRuleException("payment.no-fees", $"Thủ tục của hồ sơ {dossier.Code} không thu phí, lệ phí.");
        }

        // Who may comes first ("not yours" before "not now"); nothing is saved when a check refuses.
        if (fees.Collection == FeeCollection.BeforeResult)
        {
            dossier.RequestPayment(officer.Actor, fees, now);
        }
        else
        {
            PaymentAccess.RequireDesk(officer, dossier);
        }

        // A procedure's fees are asked once; a refunded request may be asked again.
        if (await db.PaymentRequests.AnyAsync(p => p.DossierId == dossier.Id && p.Status != PaymentStatus.Refunded, cancellationToken))
        {
            throw new DomainRuleException("payment.request.exists", $"Hồ sơ {dossier.Code} đã có yêu cầu thanh toán phí, lệ phí.");
        }

        var request = new PaymentRequest(dossier.Id, dossier.Code, fees, officer.OfficerId, now);
        db.PaymentRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return PaymentRequestDto.Of(request);
    }
}
