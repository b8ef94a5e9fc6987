using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Application.Supervision;

/// <summary>
/// The unit a supervisor asks about: theirs by default, or one of their subtree; anything else is
/// refused (403), as is every caller who is neither supervisor nor admin.
/// </summary>
public sealed class SupervisionScope(IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, DossierAccess access)
{
    public async Task<(AdministrativeUnit Unit, List<Guid> Subtree)> ResolveAsync(string? unitCode, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        if (!officer.SupervisesSubtree)
        {
            throw new ForbiddenException("Chỉ cán bộ giám sát và quản trị viên được xem số liệu giám sát.");
        }

        var unit = unitCode is null
            ? await db.AdministrativeUnits.SingleAsync(u => u.Id == officer.UnitId, cancellationToken)
            : await db.AdministrativeUnits.SingleOrDefaultAsync(u => u.Code == unitCode, cancellationToken)
              ?? throw new NotFoundException($"Không tìm thấy đơn vị hành chính {unitCode}.");
        var tree = await access.TreeAsync(cancellationToken);
        if (!tree.Subtree(officer.UnitId).Contains(unit.Id))
        {
            throw new ForbiddenException($"Đơn vị {unit.Name} không thuộc phạm vi giám sát của bạn.");
        }

        return (unit, tree.Subtree(unit.Id));
    }
}
