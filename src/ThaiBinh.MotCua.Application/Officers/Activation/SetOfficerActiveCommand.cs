using FluentValidation;
using Mediator;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Officers.List;

namespace ThaiBinh.MotCua.Application.Officers.Activation;

/// <summary>
/// An admin locks an account (the officer left, or the account is misused) or opens it again. A locked
/// account signs in no more and its sessions end at their next request: every request reads the
/// account afresh. Its dossiers and history stay as they are.
/// </summary>
public sealed record SetOfficerActiveCommand(Guid OfficerId, bool Active) : ICommand<OfficerDto>;

public sealed class SetOfficerActiveCommandHandler(OfficerAdministration administration) : ICommandHandler<SetOfficerActiveCommand, OfficerDto>
{
    public async ValueTask<OfficerDto> Handle(SetOfficerActiveCommand command, CancellationToken cancellationToken)
    {
        var admin = await administration.AdminAsync(cancellationToken);
        if (command.OfficerId == admin.OfficerId && !command.Active)
        {
            throw new ForbiddenException("Quản trị viên không tự khóa tài khoản của mình được; hãy nhờ một quản trị viên khác.");
        }

        var officer = await administration.OfficerAsync(command.OfficerId, cancellationToken);
        if (command.Active)
        {
            officer.Reactivate();
            return await administration.SaveAsync(admin, OfficerAdministration.Reactivated, officer, "mở lại", cancellationToken);
        }

        officer.Deactivate();
        return await administration.SaveAsync(admin, OfficerAdministration.Deactivated, officer, "khóa", cancellationToken);
    }
}

public sealed class SetOfficerActiveCommandValidator : AbstractValidator<SetOfficerActiveCommand>
{
    public SetOfficerActiveCommandValidator() =>
        RuleFor(c => c.OfficerId).NotEmpty().WithMessage("Vui lòng chọn tài khoản cán bộ.");
}
