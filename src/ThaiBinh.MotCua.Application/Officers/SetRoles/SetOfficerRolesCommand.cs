using FluentValidation;
using Mediator;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Officers.List;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Officers.SetRoles;

/// <summary>
/// An admin sets what an officer may do. An admin keeps their own Admin role: the last admin taking
/// it away from themself would leave nobody able to give it back.
/// </summary>
public sealed record SetOfficerRolesCommand(Guid OfficerId, IReadOnlyList<string>? Roles) : ICommand<OfficerDto>;

public sealed class SetOfficerRolesCommandHandler(OfficerAdministration administration) : ICommandHandler<SetOfficerRolesCommand, OfficerDto>
{
    public async ValueTask<OfficerDto> Handle(SetOfficerRolesCommand command, CancellationToken cancellationToken)
    {
        var admin = await administration.AdminAsync(cancellationToken);
        var roles = command.Roles!.Select(r => OfficerRoles.Parse(r)!.Value).Distinct().Order().ToList();
        if (command.OfficerId == admin.OfficerId && !roles.Contains(Role.Admin))
        {
            throw new ForbiddenException("Quản trị viên không tự bỏ vai trò quản trị của mình được; hãy nhờ một quản trị viên khác.");
        }

        var officer = await administration.OfficerAsync(command.OfficerId, cancellationToken);
        var before = OfficerAdministration.Describe(officer.Roles);
        officer.AssignTo(officer.FullName, officer.OfficeId, roles);
        return await administration.SaveAsync(admin, OfficerAdministration.RolesChanged, officer,
            $"vai trò {before} → {OfficerAdministration.Describe(officer.Roles)}", cancellationToken);
    }
}

public sealed class SetOfficerRolesCommandValidator : AbstractValidator<SetOfficerRolesCommand>
{
    public SetOfficerRolesCommandValidator()
    {
        RuleFor(c => c.OfficerId).NotEmpty().WithMessage("Vui lòng chọn tài khoản cán bộ.");
        RuleFor(c => c.Roles).RoleNames();
    }
}
