using Mediator;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>Hoàn phí {reason}: a leader of the receiving desk or of the deciding office; the dossier's history says it.</summary>
public sealed record RefundPaymentCommand(string Code, string Id, string? Reason) : ICommand<PaymentRequestDto>;

public sealed class RefundPaymentCommandHandler(IMotCuaDbContext db, PaymentAccess access, TimeProvider clock) : ICommandHandler<RefundPaymentCommand, PaymentRequestDto>
{
    public async ValueTask<PaymentRequestDto> Handle(RefundPaymentCommand command, CancellationToken cancellationToken)
    {
        var (officer, dossier, _) = await access.LoadAsync(command.Code, cancellationToken);
        PaymentAccess.RequireRefunder(officer, dossier);
        var request = await access.RequestOfAsync(dossier, command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        request.Refund(officer.OfficerId, command.Reason, now);
        dossier.RecordRefund(officer.Actor, request.AmountVnd, request.RefundReason!, now);
        await db.SaveChangesAsync(cancellationToken);
        return PaymentRequestDto.Of(request);
    }
}
