using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Auth;

public sealed record OfficeSummaryDto(string Code, string Name, string Kind);

public sealed record UnitSummaryDto(string Code, string Name, string LevelCode);

/// <summary>Who an officer is, as the desk screens show it.</summary>
public sealed record OfficerProfileDto(
    Guid Id,
    string Username,
    string FullName,
    IReadOnlyList<string> Roles,
    OfficeSummaryDto Office,
    UnitSummaryDto Unit);

internal static class OfficerProfiles
{
    public static async Task<OfficerProfileDto?> LoadAsync(IMotCuaDbContext db, Guid officerId, CancellationToken cancellationToken)
    {
        var row = await (
            from officer in db.Officers
            where officer.Id == officerId && officer.IsActive
            join office in db.Offices on officer.OfficeId equals office.Id
            join unit in db.AdministrativeUnits on office.UnitId equals unit.Id
            select new { officer, office, unit }).SingleOrDefaultAsync(cancellationToken);

        return row is null
            ? null
            : new OfficerProfileDto(
                row.officer.Id,
                row.officer.Username,
                row.officer.FullName,
                row.officer.Roles.Select(r => r.ToString()).ToList(),
                new OfficeSummaryDto(row.office.Code, row.office.Name, row.office.Kind.ToString()),
                new UnitSummaryDto(row.unit.Code, row.unit.Name, row.unit.LevelCode));
    }
}
