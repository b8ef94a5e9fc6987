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
/// how far each level is from the plan's target of procedures handled fully at the desk.
/// </summary>
public sealed record GetProcessingReportQuery(string? UnitCode, DateOnly? From, DateOnly? To, string? GroupBy) : IQuery<ProcessingReportDto>;

public sealed class GetProcessingReportQueryHandler(
    IReportingDb db, SupervisionScope scope, IProcessingFactsSource source, IRegimes regimes, TimeProvider clock)
    : IQueryHandler<GetProcessingReportQuery, ProcessingReportDto>
{
    public async ValueTask<ProcessingReportDto> Handle(GetProcessingReportQuery query, CancellationToken cancellationToken)
    {
        var (unit, subtree) = await scope.ResolveAsync(query.UnitCode, cancellationToken);
        var groupBy = ProcessingGroupings.Parse(query.GroupBy);
        var now = clock.GetUtcNow();
        var start = VietnamTime.StartOf(query.From!.Value);
        var end = VietnamTime.StartOf(query.To!.Value.AddDays(1));
        var asOf = end < now ? end : now;

        var unitRows = await db.AdministrativeUnits.AsNoTracking().Where(u => subtree.Contains(u.Id))
            .Select(u => new ReportUnit(u.Id, u.Code, u.Name, u.LevelCode, u.ParentId)).ToDictionaryAsync(u => u.Id, cancellationToken);
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
            ? await source.CountAsync(everyOffice ? null : [.. offices.Select(o => o.Id)], start, end, asOf, cancellationToken)
            : [];
        var officeById = offices.ToDictionary(o => o.Id);
        var officeByCode = offices.ToDictionary(o => o.Code);
        var levelByCode = levels.ToDictionary(l => l.Code);

        var rows = groupBy switch
        {
            ProcessingGrouping.Procedure => Rows(facts, f => f.ProcedureCode, code => (procedures.GetValueOrDefault(code) ?? new NamedDto(code, code), null)),
            ProcessingGrouping.Level => Rows(facts, f => units[officeById[f.OfficeId].UnitId], code => (levelByCode[code], code)),
            ProcessingGrouping.Unit => Rows(facts, f => BranchOf(unitRows, unit.Id, officeById[f.OfficeId].UnitId).Code, code =>
            {
                var branch = unitRows.Values.Single(u => u.Code == code);
                return (new NamedDto(branch.Code, branch.Name), branch.LevelCode);
            }),
            _ => Rows(facts, f => officeById[f.OfficeId].Code, code =>
                (new NamedDto(code, officeByCode[code].Name), units[officeByCode[code].UnitId])),
        };
        var total = facts.Aggregate(ProcessingCounts.Zero, (sum, f) => sum.Add(f.Counts));

        var today = VietnamToday.Of(clock);
        var inForceOn = today < query.To!.Value ? today : query.To.Value;
        var deskHandled = await DeskHandled.ForLevelsAsync(
            db, regimes, [.. levels.Where(l => units.ContainsValue(l.Code))], inForceOn, cancellationToken);

        return new ProcessingReportDto(
            new NamedDto(unit.Code, unit.Name),
            unit.LevelCode,
            query.From.Value,
            query.To.Value,
            asOf,
            groupBy.ToString().ToLowerInvariant(),
            rows,
            ProcessingRowDto.Of(new NamedDto(unit.Code, "Tổng cộng"), unit.LevelCode, total),
            deskHandled);
    }

    private static List<ProcessingRowDto> Rows(
        IReadOnlyList<ProcessingFacts> facts, Func<ProcessingFacts, string> keyOf, Func<string, (NamedDto Key, string? Level)> describe) =>
        [.. facts.GroupBy(keyOf)
            .Select(g => (Described: describe(g.Key), Counts: g.Aggregate(ProcessingCounts.Zero, (sum, f) => sum.Add(f.Counts))))
            .OrderBy(r => r.Described.Key.Code, StringComparer.Ordinal)
            .Select(r => ProcessingRowDto.Of(r.Described.Key, r.Described.Level, r.Counts))];

    /// <summary>The unit directly under <paramref name="rootId"/> whose subtree holds <paramref name="unitId"/>, or the root itself.</summary>
    private static ReportUnit BranchOf(Dictionary<Guid, ReportUnit> units, Guid rootId, Guid unitId)
    {
        var branch = units[unitId];
        while (branch.Id != rootId && branch.ParentId is { } parentId && parentId != rootId)
        {
            branch = units[parentId];
        }

        return branch;
    }

    private sealed record ReportOffice(Guid Id, string Code, string Name, Guid UnitId);

    private sealed record ReportUnit(Guid Id, string Code, string Name, string LevelCode, Guid? ParentId);
}
