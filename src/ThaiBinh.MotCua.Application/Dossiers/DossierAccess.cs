using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Dossiers;

/// <summary>
/// Which dossiers an officer may see, as a query: those received by their office or handed to it at
/// some step; for supervisors and admins also every dossier received by, or handed to, an office of
/// their unit's subtree, the units it succeeds included (<see cref="UnitTree.Subtree"/>). Anything
/// else does not exist for them (404).
/// </summary>
public sealed class DossierAccess(IMotCuaDbContext db)
{
    public async Task<IQueryable<Dossier>> VisibleToAsync(OfficerContext officer, CancellationToken cancellationToken)
    {
        var officeId = officer.OfficeId;
        if (!officer.SupervisesSubtree)
        {
            return db.Dossiers.Where(d => d.ReceivingOfficeId == officeId || d.Handoffs.Any(h => h.ToOfficeId == officeId));
        }

        var subtree = await SubtreeAsync(officer.UnitId, cancellationToken);
        var offices = db.Offices.Where(o => subtree.Contains(o.UnitId)).Select(o => o.Id);
        return db.Dossiers.Where(d =>
            d.ReceivingOfficeId == officeId
            || offices.Contains(d.ReceivingOfficeId)
            || d.Handoffs.Any(h => h.ToOfficeId == officeId || offices.Contains(h.ToOfficeId)));
    }

    /// <summary>Whether the office belongs to a unit of the supervisor's subtree.</summary>
    public async Task<bool> SupervisesOfficeAsync(OfficerContext officer, Guid officeId, CancellationToken cancellationToken)
    {
        var subtree = await SubtreeAsync(officer.UnitId, cancellationToken);
        return await db.Offices.AnyAsync(o => o.Id == officeId && subtree.Contains(o.UnitId), cancellationToken);
    }

    public async Task<Dossier> FindVisibleAsync(OfficerContext officer, string code, CancellationToken cancellationToken) =>
        await (await VisibleToAsync(officer, cancellationToken)).SingleOrDefaultAsync(d => d.Code == code, cancellationToken)
        ?? throw new NotFoundException($"Không tìm thấy hồ sơ {code} trong phạm vi của bạn.");

    /// <summary>The units a supervisor of <paramref name="unitId"/> sees (see <see cref="UnitTree.Subtree"/>).</summary>
    public async Task<List<Guid>> SubtreeAsync(Guid unitId, CancellationToken cancellationToken) =>
        (await TreeAsync(cancellationToken)).Subtree(unitId);

    /// <summary>The whole unit tree with its predecessor links, read once, for callers that need several subtrees.</summary>
    public Task<UnitTree> TreeAsync(CancellationToken cancellationToken) => UnitTree.LoadAsync(db, cancellationToken);
}
