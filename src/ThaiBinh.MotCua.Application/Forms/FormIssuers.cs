using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>The header block of an office's forms: its people's committee, its own name, its place.</summary>
public static class FormIssuers
{
    public static async Task<FormIssuer> ForOfficeAsync(IMotCuaDbContext db, Guid officeId, CancellationToken cancellationToken)
    {
        var row = await (
            from office in db.Offices
            where office.Id == officeId
            join unit in db.AdministrativeUnits on office.UnitId equals unit.Id
            select new { office.Name, UnitName = unit.Name, unit.Kind }).SingleAsync(cancellationToken);
        var place = row.UnitName.StartsWith(row.Kind + " ", StringComparison.Ordinal) ? row.UnitName[(row.Kind.Length + 1)..] : row.UnitName;
        return new FormIssuer("Ủy ban nhân dân " + char.ToLowerInvariant(row.UnitName[0]) + row.UnitName[1..], row.Name, place);
    }
}
