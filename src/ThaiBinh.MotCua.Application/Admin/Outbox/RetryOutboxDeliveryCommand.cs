using Mediator;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Application.Admin.Outbox;

/// <summary>
/// Gửi lại: a dead delivery goes back to pending, attempts from zero, due now; the worker sends it
/// with the same id, so a receiver that did get it once recognises it. Not an audit line: audit
/// rows belong to a dossier's history, and a delivery is not a change of the dossier.
/// </summary>
public sealed record RetryOutboxDeliveryCommand(string Id) : ICommand<RetryOutboxDeliveryResultDto>;

public sealed record RetryOutboxDeliveryResultDto(Guid Id, string State);

public sealed class RetryOutboxDeliveryCommandHandler(IOutboxDeliveries deliveries) : ICommandHandler<RetryOutboxDeliveryCommand, RetryOutboxDeliveryResultDto>
{
    public const string NotDeadRule = "outbox.retry.not-dead";

    public async ValueTask<RetryOutboxDeliveryResultDto> Handle(RetryOutboxDeliveryCommand command, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(command.Id);
        return await deliveries.RetryAsync(id, cancellationToken) switch
        {
            RetryOutcome.Retried => new RetryOutboxDeliveryResultDto(id, "pending"),
            RetryOutcome.NotFound => throw new NotFoundException($"Không có lần gửi thông điệp mã {id}."),
            _ => throw new DomainRuleException(NotDeadRule, "Chỉ gửi lại được thông điệp đã gửi không thành công (dead); thông điệp này đang chờ gửi hoặc đã gửi."),
        };
    }
}
