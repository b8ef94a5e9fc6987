using Mediator;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Officers.List;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Officers.Create;

/// <summary>
/// An admin opens an account in an office, with its first password (the officer is told it in person)
/// and, optionally, the address its digests go to.
/// </summary>
public sealed record CreateOfficerCommand(string? Office, string? Username, string? FullName, IReadOnlyList<string>? Roles, string? Password, string? Email = null)
    : ICommand<OfficerDto>;

public sealed class CreateOfficerCommandHandler(
    IMotCuaDbContext db, IReferenceData reference, IPasswordHasher passwordHasher, OfficerAdministration administration, TimeProvider clock)
    : ICommandHandler<CreateOfficerCommand, OfficerDto>
{
    public async ValueTask<OfficerDto> Handle(CreateOfficerCommand command, CancellationToken cancellationToken)
    {
        var admin = await administration.AdminAsync(cancellationToken);
        var office = (await reference.CurrentAsync(cancellationToken)).OfficeOn(command.Office!.Trim(), VietnamToday.Of(clock))!;
        var roles = command.Roles!.Select(r => OfficerRoles.Parse(r)!.Value).ToList();
        var officer = new Officer(command.Username!, command.FullName!, office.Id, roles, passwordHasher.Hash(command.Password!));
        officer.SetEmail(command.Email);
        db.Officers.Add(officer);

        return await administration.SaveAsync(admin, OfficerAdministration.Created, officer,
            $"mở tại {office.Code}, họ tên {officer.FullName}, vai trò {OfficerAdministration.Describe(officer.Roles)}", cancellationToken);
    }
}
