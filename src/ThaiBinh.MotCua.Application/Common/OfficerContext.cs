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

    /// <summary>This officer when they are an admin; otherwise a 403 saying, in <paramref name="refusal"/>, what only an admin may do.</summary>
    public OfficerContext RequireAdmin(string refusal) =>
        Has(Role.Admin) ? this : throw new Exceptions.ForbiddenException(refusal);

    /// <summary>Supervisors (and admins) read everything in their unit's subtree.</summary>
    public bool SupervisesSubtree => Has(Role.Supervisor) || Has(Role.Admin);

    /// <summary>
    /// The officer, their office and the reference data's version in one query: the version tells the
    /// process's cached reference data whether it is still current (see <see cref="IReferenceData"/>).
    /// </summary>
    public static async Task<OfficerContext> LoadAsync(
        IMotCuaDbContext db, ICurrentOfficer current, IReferenceData reference, CancellationToken cancellationToken)
    {
        var id = current.OfficerId ?? throw new NotSignedInException();
        var row = await (
            from officer in db.Officers
            where officer.Id == id && officer.IsActive
            join office in db.Offices on officer.OfficeId equals office.Id
            select new
            {
                officer.Id,
                officer.Username,
                officer.Roles,
                OfficeId = office.Id,
                OfficeCode = office.Code,
                office.Kind,
                office.UnitId,
                ReferenceVersion = db.ReferenceDataVersions.Select(v => v.Version).First(),
            }).SingleOrDefaultAsync(cancellationToken) ?? throw new NotSignedInException();
        reference.Observe(row.ReferenceVersion);
        return new OfficerContext(row.Id, row.Username, row.Roles, row.OfficeId, row.OfficeCode, row.Kind, row.UnitId, current.IpAddress);
    }
}
