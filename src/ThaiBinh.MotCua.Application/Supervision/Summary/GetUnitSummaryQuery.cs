using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;

namespace ThaiBinh.MotCua.Application.Supervision.Summary;

/// <summary>
/// The supervisor's dashboard: the latest snapshot of a unit (its whole subtree), of each child unit
/// and of each office of the unit itself, with the unit's daily figures over the last 30 days.
/// </summary>
public sealed record GetUnitSummaryQuery(string UnitCode) : IQuery<UnitSummaryDto>;

public sealed record CountsDto(int Open, int DueSoon, int Overdue, int OverdueSteps);

public sealed record SubjectCountsDto(NamedDto Subject, string? Level, CountsDto Counts);

public sealed record TrendPointDto(DateOnly Day, CountsDto Counts);

/// <summary>
/// <see cref="Day"/> and <see cref="TakenAt"/> are null before the first flagging run. <see cref="CountedBy"/>
/// is always "receiving": the flagging job's snapshots count each dossier for its receiving desk (the
/// overdue list and the processing report can count by the competent office instead).
/// </summary>
public sealed record UnitSummaryDto(
    NamedDto Unit,
    string Level,
    DateOnly? Day,
    DateTimeOffset? TakenAt,
    CountsDto Counts,
    IReadOnlyList<SubjectCountsDto> Children,
    IReadOnlyList<SubjectCountsDto> Offices,
    IReadOnlyList<TrendPointDto> Trend,
    string CountedBy);

public sealed class GetUnitSummaryQueryHandler(IReportingDb db, SupervisionScope scope)
    : IQueryHandler<GetUnitSummaryQuery, UnitSummaryDto>
{
    public const int TrendDays = 30;

    private static readonly CountsDto Zero = new(0, 0, 0, 0);

    public async ValueTask<UnitSummaryDto> Handle(GetUnitSummaryQuery query, CancellationToken cancellationToken)
    {
        var (unit, _) = await scope.ResolveAsync(query.UnitCode, cancellationToken);
        var latest = await db.SupervisionSnapshots.Where(s => s.SubjectId == unit.Id)
            .OrderByDescending(s => s.Day).FirstOrDefaultAsync(cancellationToken);
        var day = latest?.Day;

        var children = await db.AdministrativeUnits.Where(u => u.ParentId == unit.Id).OrderBy(u => u.Code)
            .Select(u => new { u.Id, u.Code, u.Name, u.LevelCode }).ToListAsync(cancellationToken);
        var offices = await db.Offices.Where(o => o.UnitId == unit.Id).OrderBy(o => o.Code)
            .Select(o => new { o.Id, o.Code, o.Name }).ToListAsync(cancellationToken);
        var subjects = children.Select(c => c.Id).Concat(offices.Select(o => o.Id)).ToList();
        var counts = await db.SupervisionSnapshots.Where(s => s.Day == day && subjects.Contains(s.SubjectId))
            .ToDictionaryAsync(s => s.SubjectId, Counts, cancellationToken);
        var trend = day is { } today
            ? await db.SupervisionSnapshots
                .Where(s => s.SubjectId == unit.Id && s.Day > today.AddDays(-TrendDays))
                .OrderBy(s => s.Day).ToListAsync(cancellationToken)
            : [];

        return new UnitSummaryDto(
            new NamedDto(unit.Code, unit.Name),
            unit.LevelCode,
            day,
            latest?.TakenAt,
            latest is null ? Zero : Counts(latest),
            [.. children.Select(c => new SubjectCountsDto(new NamedDto(c.Code, c.Name), c.LevelCode, counts.GetValueOrDefault(c.Id, Zero)))],
            [.. offices.Select(o => new SubjectCountsDto(new NamedDto(o.Code, o.Name), null, counts.GetValueOrDefault(o.Id, Zero)))],
            [.. trend.Select(s => new TrendPointDto(s.Day, Counts(s)))],
            CountBy.Receiving.Key());
    }

    private static CountsDto Counts(SupervisionSnapshot snapshot) =>
        new(snapshot.OpenCount, snapshot.DueSoonCount, snapshot.OverdueCount, snapshot.OverdueStepCount);
}
