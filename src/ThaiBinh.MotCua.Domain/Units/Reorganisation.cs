using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Domain.Units;

/// <summary>
/// A reorganisation of units that rewrites no history: the old units are closed the day before it
/// takes effect, the new unit opens that day and names them as predecessors.
/// </summary>
public static class Reorganisation
{
    public static (AdministrativeUnit Successor, IReadOnlyList<UnitPredecessor> Links) Merge(
        IReadOnlyList<AdministrativeUnit> predecessors,
        string code, string name, string kind, string levelCode, Guid? parentId, DateOnly effectiveFrom)
    {
        if (predecessors.Count == 0)
        {
            throw new DomainRuleException("unit.merge.empty", "Phải có ít nhất một đơn vị được sáp nhập.");
        }

        foreach (var predecessor in predecessors)
        {
            if (!predecessor.IsInForceOn(effectiveFrom.AddDays(-1)))
            {
                throw new DomainRuleException(
                    "unit.merge.not-in-force",
                    $"Đơn vị {predecessor.Name} không còn hiệu lực vào ngày {effectiveFrom.AddDays(-1):dd/MM/yyyy}.");
            }

            predecessor.Close(effectiveFrom.AddDays(-1));
        }

        var successor = new AdministrativeUnit(code, name, kind, levelCode, parentId, effectiveFrom);
        return (successor, [.. predecessors.Select(p => new UnitPredecessor(successor.Id, p.Id))]);
    }
}
