using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Dossiers;

/// <summary>
/// Every unit version ever loaded, joined by two kinds of links: a unit's parent, and the units it
/// succeeds (a merger or split leaves them). Both are followed, so a scope drawn on today's tree
/// still holds the dossiers of the units today's replaced.
/// </summary>
public sealed class UnitTree(ILookup<Guid?, Guid> children, ILookup<Guid, Guid> predecessors)
{
    public static async Task<UnitTree> LoadAsync(IMotCuaTables tables, CancellationToken cancellationToken)
    {
        var units = await tables.AdministrativeUnits.Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        var links = await tables.UnitPredecessors.Select(l => new { l.UnitId, l.PredecessorId }).ToListAsync(cancellationToken);
        return new UnitTree(units.ToLookup(u => u.ParentId, u => u.Id), links.ToLookup(l => l.UnitId, l => l.PredecessorId));
    }

    /// <summary>The units directly under <paramref name="unitId"/>, of every period.</summary>
    public IEnumerable<Guid> Children(Guid unitId) => children[unitId];

    /// <summary>
    /// The unit, every unit under it, and the predecessors (transitively) of every unit reached with
    /// their own subtrees: the supervisor of a new commune sees the communes it replaced, the new
    /// province's the old one. The unit comes first; each unit once, however many paths reach it.
    /// </summary>
    public List<Guid> Subtree(Guid unitId)
    {
        var seen = new HashSet<Guid> { unitId };
        var subtree = new List<Guid> { unitId };
        for (var i = 0; i < subtree.Count; i++)
        {
            subtree.AddRange(children[subtree[i]].Concat(predecessors[subtree[i]]).Where(seen.Add));
        }

        return subtree;
    }
}
