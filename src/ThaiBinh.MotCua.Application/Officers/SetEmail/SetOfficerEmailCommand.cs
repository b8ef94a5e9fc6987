using FluentValidation;
using Mediator;
using ThaiBinh.MotCua.Application.Officers.List;

namespace ThaiBinh.MotCua.Application.Officers.SetEmail;

/// <summary>
/// An admin sets (or clears) where an officer's digests go: the supervisors' overdue digest and the
/// handlers' due-soon list are sent only to officers with an address, and accounts opened before
/// there were digests have none.
/// </summary>
public sealed record SetOfficerEmailCommand(Guid OfficerId, string? Email) : ICommand<OfficerDto>;

public sealed class SetOfficerEmailCommandHandler(OfficerAdministration administration) : ICommandHandler<SetOfficerEmailCommand, OfficerDto>
{
    public async ValueTask<OfficerDto> Handle(SetOfficerEmailCommand command, CancellationToken cancellationToken)
    {
        var admin = await administration.AdminAsync(cancellationToken);
        var officer = await administration.OfficerAsync(command.OfficerId, cancellationToken);
        var before = officer.Email ?? "(chưa có)";
        officer.SetEmail(command.Email);
        return await administration.SaveAsync(admin, OfficerAdministration.EmailChanged, officer,
            $"thư điện tử nhận thông báo {before} → {officer.Email ?? "(không có)"}", cancellationToken);
    }
}

public sealed class SetOfficerEmailCommandValidator : AbstractValidator<SetOfficerEmailCommand>
{
    public SetOfficerEmailCommandValidator()
    {
        RuleFor(c => c.OfficerId).NotEmpty().WithMessage("Vui lòng chọn tài khoản cán bộ.");
        RuleFor(c => c.Email).DigestAddress();
    }
}
