using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Application.Supervision;

/// <summary>
/// The unit a supervisor asks about: theirs by default, or one of their scope (their subtree and the
/// units it succeeds, see <see cref="UnitTree.Subtree"/>); anything else is refused (403), as is every
/// caller who is neither supervisor nor admin. A code names the unit bearing it today (codes are
/// reused by the units of a reorganisation), or, when none does, the last unit that bore it.
/// </summary>
public sealed class SupervisionScope(IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, DossierAccess access, TimeProvider clock)
{
    public async Task<(AdministrativeUnit Unit, List<Guid> Subtree)> ResolveAsync(string? unitCode, CancellationToken cancellationToken)
    {
        var (unit, subtree, _) = await ResolveWithTreeAsync(unitCode, cancellationToken);
        return (unit, subtree);
    }

    /// <summary>The same, with the tree it was drawn from, for callers that split the scope further.</summary>
    public async Task<(AdministrativeUnit Unit, List<Guid> Subtree, UnitTree Tree)> ResolveWithTreeAsync(string? unitCode, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        if (!officer.SupervisesSubtree)
        {
            throw new ForbiddenException("Chỉ cán bộ giám sát và quản trị viên được xem số liệu giám sát.");
        }

        var snapshot = await reference.CurrentAsync(cancellationToken);
        var unit = unitCode is null
            ? snapshot.Unit(officer.UnitId)!
            : snapshot.UnitOn(unitCode, VietnamToday.Of(clock)) ?? snapshot.LastUnitWithCode(unitCode)
              ?? throw new NotFoundException($"Không tìm thấy đơn vị hành chính {unitCode}.");
        var tree = await access.TreeAsync(cancellationToken);
        if (!tree.Subtree(officer.UnitId).Contains(unit.Id))
        {
            throw new ForbiddenException($"Đơn vị {unit.Name} không thuộc phạm vi giám sát của bạn.");
        }

        return (unit, tree.Subtree(unit.Id), tree);
    }
}
