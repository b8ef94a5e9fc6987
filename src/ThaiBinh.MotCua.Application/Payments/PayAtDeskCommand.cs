using Mediator;
using ThaiBinh.MotCua.Domain.Payments;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>Cash (no body) or a transfer ({reference}: the bank's transaction code) taken at the desk.</summary>
public sealed record PayAtDeskCommand(string Code, string Id, PaymentMethod Method, string? Reference) : ICommand<PaymentRequestDto>;

public sealed class PayAtDeskCommandHandler(PaymentAccess access, PaymentSettlement settlement) : ICommandHandler<PayAtDeskCommand, PaymentRequestDto>
{
    public async ValueTask<PaymentRequestDto> Handle(PayAtDeskCommand command, CancellationToken cancellationToken)
    {
        var (officer, dossier, _) = await access.LoadAsync(command.Code, cancellationToken);
        PaymentAccess.RequireDesk(officer, dossier);
        var request = await access.RequestOfAsync(dossier, command.Id, cancellationToken);
        await settlement.PayAtDeskAsync(request, command.Method, command.Reference, officer.OfficerId, cancellationToken);
        return PaymentRequestDto.Of(request);
    }
}
