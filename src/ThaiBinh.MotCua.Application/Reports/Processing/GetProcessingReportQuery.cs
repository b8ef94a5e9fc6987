using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Application.Reports.Processing;

/// <summary>
/// Báo cáo tình hình giải quyết hồ sơ: for the dossiers received by the offices of a unit and its
/// subtree in a period, how many arrived, were carried over, ended early / on time / late, are still
/// in progress or overdue, with the on-time rates of Decree 61 Art. 30 and of the national index, and
/// how far each level is from the plan's target of procedures handled fully at the desk. A dossier counts
/// for its receiving desk's office, or with <c>countBy=competent</c> for its competent office's.
/// </summary>
public sealed record GetProcessingReportQuery(string? UnitCode, DateOnly? From, DateOnly? To, string? GroupBy, string? CountBy = null)
    : IQuery<ProcessingReportDto>;

public sealed class GetProcessingReportQueryHandler(
    IReportingDb db, SupervisionScope scope, IProcessingFactsSource source, IRegimes regimes, TimeProvider clock)
    : IQueryHandler<GetProcessingReportQuery, ProcessingReportDto>
{
    public async ValueTask<ProcessingReportDto> Handle(GetProcessingReportQuery query, CancellationToken cancellationToken)
    {
        var (unit, subtree, tree) = await scope.ResolveWithTreeAsync(query.UnitCode, cancellationToken);
        var groupBy = ProcessingGroupings.Parse(query.GroupBy);
        var countBy = CountByParameter.Parse(query.CountBy);
        var now = clock.GetUtcNow();
        var start = VietnamTime.StartOf(query.From!.Value);
        var end = VietnamTime.StartOf(query.To!.Value.AddDays(1));
        var asOf = end < now ? end : now;

        var unitRows = await db.AdministrativeUnits.AsNoTracking().Where(u => subtree.Contains(u.Id))
            .Select(u => new ReportUnit(u.Id, u.Code, u.Name, u.LevelCode, u.ParentId, u.ValidTo)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var units = unitRows.ToDictionary(u => u.Key, u => u.Value.LevelCode);
        var offices = await db.Offices.AsNoTracking().Where(o => subtree.Contains(o.UnitId))
            .Select(o => new ReportOffice(o.Id, o.Code, o.Name, o.UnitId)).ToListAsync(cancellationToken);
        var levels = await db.AdministrativeLevels.AsNoTracking().OrderBy(l => l.Rank)
            .Select(l => new NamedDto(l.Code, l.Name)).ToListAsync(cancellationToken);
        // A code can be published at several levels under one name: one row per code.
        var procedures = (await db.Procedures.AsNoTracking().Select(p => new NamedDto(p.Code, p.Name)).ToListAsync(cancellationToken))
            .DistinctBy(p => p.Code).ToDictionary(p => p.Code);

        var everyOffice = offices.Count == await db.Offices.CountAsync(cancellationToken);
        var facts = start <= now
            ? await source.CountAsync(everyOffice ? null : [.. offices.Select(o => o.Id)], start, end, asOf, countBy, cancellationToken)
            : [];
        var officeById = offices.ToDictionary(o => o.Id);
        var levelByCode = levels.ToDictionary(l => l.Code);

        // Rows are keyed by id, not code: an office or unit code is reused across a reorganisation.
        var rows = groupBy switch
        {
            ProcessingGrouping.Procedure => Rows(facts, f => f.ProcedureCode, code => (procedures.GetValueOrDefault(code) ?? new NamedDto(code, code), null)),
            ProcessingGrouping.Level => Rows(facts, f => units[officeById[f.OfficeId].UnitId], code => (levelByCode[code], code)),
            ProcessingGrouping.Unit => BranchRows(facts, officeById, unitRows, Branches.Build(tree, unit.Id, unitRows, query.To!.Value)),
            _ => Rows(facts, f => f.OfficeId, id =>
                (new NamedDto(officeById[id].Code, officeById[id].Name), units[officeById[id].UnitId])),
        };
        var total = facts.Aggregate(ProcessingCounts.Zero, (sum, f) => sum.Add(f.Counts));

        var today = VietnamToday.Of(clock);
        var inForceOn = today < query.To!.Value ? today : query.To.Value;
        var deskHandled = await DeskHandled.ForLevelsAsync(
            db, regimes, [.. levels.Where(l => units.ContainsValue(l.Code))], inForceOn, cancellationToken);

        var officeIds = offices.Select(o => o.Id).ToList();
        var deskGuidance = await db.DeskGuidances.AsNoTracking()
            .LongCountAsync(g => officeIds.Contains(g.OfficeId) && g.At >= start && g.At < end, cancellationToken);

        return new ProcessingReportDto(
            new NamedDto(unit.Code, unit.Name),
            unit.LevelCode,
            query.From.Value,
            query.To.Value,
            asOf,
            groupBy.ToString().ToLowerInvariant(),
            countBy.Key(),
            rows,
            ProcessingRowDto.Of(new NamedDto(unit.Code, "Tổng cộng"), unit.LevelCode, total),
            deskHandled,
            deskGuidance);
    }

    private static List<ProcessingRowDto> Rows<TKey>(
        IReadOnlyList<ProcessingFacts> facts, Func<ProcessingFacts, TKey> keyOf, Func<TKey, (NamedDto Key, string? Level)> describe)
        where TKey : notnull =>
        [.. facts.GroupBy(keyOf)
            .Select(g => (Described: describe(g.Key), Counts: g.Aggregate(ProcessingCounts.Zero, (sum, f) => sum.Add(f.Counts))))
            .OrderBy(r => r.Described.Key.Code, StringComparer.Ordinal).ThenBy(r => r.Described.Key.Name, StringComparer.Ordinal)
            .Select(r => ProcessingRowDto.Of(r.Described.Key, r.Described.Level, r.Counts))];

    private static List<ProcessingRowDto> BranchRows(
        IReadOnlyList<ProcessingFacts> facts, Dictionary<Guid, ReportOffice> officeById, Dictionary<Guid, ReportUnit> unitRows, Branches branches) =>
        Rows(facts, f => branches.Of(officeById[f.OfficeId].UnitId), id => (new NamedDto(unitRows[id].Code, unitRows[id].Name), unitRows[id].LevelCode));

    /// <summary>
    /// Which row of the unit grouping a unit's dossiers count in: the child of the root whose scope
    /// (its subtree and the units it succeeds) holds the unit. When two do (a commune split between two
    /// successors, an old district and the new commune that took its communes) the child still in force
    /// at the period's end wins, then the first by code, so a dossier counts in one row only; the root's
    /// own row takes the rest (its own offices, and those of its predecessors no child succeeds).
    /// </summary>
    private sealed class Branches(Guid rootId, Dictionary<Guid, Guid> branchOf)
    {
        public Guid Of(Guid unitId) => branchOf.GetValueOrDefault(unitId, rootId);

        public static Branches Build(UnitTree tree, Guid rootId, IReadOnlyDictionary<Guid, ReportUnit> units, DateOnly lastDay)
        {
            var branchOf = new Dictionary<Guid, Guid>();
            var children = tree.Children(rootId).Where(units.ContainsKey)
                .OrderBy(c => units[c].ValidTo < lastDay)
                .ThenBy(c => units[c].Code, StringComparer.Ordinal);
            foreach (var child in children)
            {
                foreach (var unitId in tree.Subtree(child))
                {
                    branchOf.TryAdd(unitId, child);
                }
            }

            return new Branches(rootId, branchOf);
        }
    }

    private sealed record ReportOffice(Guid Id, string Code, string Name, Guid UnitId);

    private sealed record ReportUnit(Guid Id, string Code, string Name, string LevelCode, Guid? ParentId, DateOnly? ValidTo);
}
