using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;

namespace ThaiBinh.MotCua.Application.Common;

/// <summary>The signed-in officer as the use cases need them: roles, office and unit, read fresh from the database.</summary>
public sealed record OfficerContext(
    Guid OfficerId,
    string Username,
    IReadOnlyList<Role> Roles,
    Guid OfficeId,
    string OfficeCode,
    OfficeKind OfficeKind,
    Guid UnitId,
    string? IpAddress)
{
    public Actor Actor => new(OfficerId, OfficeId, Roles);

    public bool Has(Role role) => Roles.Contains(role);

    /// <summary>Supervisors (and admins) read everything in their unit's subtree.</summary>
    public bool SupervisesSubtree => Has(Role.Supervisor) || Has(Role.Admin);

    public static async Task<OfficerContext> LoadAsync(IMotCuaDbContext db, ICurrentOfficer current, CancellationToken cancellationToken)
    {
        var id = current.OfficerId ?? throw new NotSignedInException();
        var row = await (
            from officer in db.Officers
            where officer.Id == id && officer.IsActive
            join office in db.Offices on officer.OfficeId equals office.Id
            select new { officer, office }).SingleOrDefaultAsync(cancellationToken) ?? throw new NotSignedInException();
        return new OfficerContext(
            row.officer.Id, row.officer.Username, row.officer.Roles, row.office.Id, row.office.Code, row.office.Kind, row.office.UnitId, current.IpAddress);
    }
}
