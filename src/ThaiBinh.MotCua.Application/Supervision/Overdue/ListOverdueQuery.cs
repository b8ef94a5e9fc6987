using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Supervision.Overdue;

/// <summary>
/// Overdue (and with <see cref="DueSoon"/> also due-soon) open dossiers received by the offices of a
/// unit (and by default its subtree), most late first, a page at a time, as the flagging job last
/// marked them; with <c>countBy=competent</c>, those whose competent office is of the unit instead.
/// </summary>
public sealed record ListOverdueQuery(
    string? UnitCode,
    bool? IncludeDescendants,
    string? Level,
    string? OfficeCode,
    string? ProcedureCode,
    bool? DueSoon,
    string? After,
    int? Limit,
    string? CountBy = null) : IQuery<OverduePageDto>;

/// <summary><see cref="CountedBy"/>: "receiving" or "competent", whose office puts a dossier in the unit's list.</summary>
public sealed record OverduePageDto(NamedDto Unit, IReadOnlyList<OverdueDossierDto> Items, string? Next, string CountedBy);

public sealed record OverdueDossierDto(
    string Code,
    NamedDto Procedure,
    NamedDto ReceivingOffice,
    NamedDto CurrentOffice,
    PersonDto? Holder,
    DateTimeOffset? DueAt,
    string DueState,
    DateTimeOffset? OverdueSince,
    TimeLeftDto? Late,
    NamedDto ResponsibleOffice,
    bool StepOverdue);

public sealed class ListOverdueQueryHandler(IReportingDb db, SupervisionScope scope, DossierViews views)
    : IQueryHandler<ListOverdueQuery, OverduePageDto>
{
    public const int DefaultLimit = 50;

    private static readonly DossierStatus[] OpenStatuses = [.. DossierStatusExtensions.Open];

    private static readonly DueState[] FlaggedStates = [DueState.DueSoon, DueState.Overdue];

    public async ValueTask<OverduePageDto> Handle(ListOverdueQuery query, CancellationToken cancellationToken)
    {
        var (unit, subtree) = await scope.ResolveAsync(query.UnitCode, cancellationToken);
        var units = query.IncludeDescendants == false ? [unit.Id] : subtree;
        var unitsInScope = db.AdministrativeUnits.Where(u => units.Contains(u.Id));
        if (query.Level is { } level)
        {
            unitsInScope = unitsInScope.Where(u => u.LevelCode == level);
        }

        var offices = await db.Offices.Where(o => unitsInScope.Select(u => u.Id).Contains(o.UnitId)).Select(o => o.Id).ToListAsync(cancellationToken);

        // Constants, not parameters: the planner must see the partial indexes' own predicate
        // (open statuses, due soon or overdue) to use them.
        var countBy = CountByParameter.Parse(query.CountBy);
        var dossiers = db.Dossiers.Where(d => EF.Constant(OpenStatuses).Contains(d.Status));
        dossiers = countBy == CountBy.Competent
            ? dossiers.Where(d => offices.Contains(d.CompetentOfficeId))
            : dossiers.Where(d => offices.Contains(d.ReceivingOfficeId));
        dossiers = query.DueSoon == true
            ? dossiers.Where(d => EF.Constant(FlaggedStates).Contains(d.DueState))
            : dossiers.Where(d => d.DueState == DueState.Overdue);
        if (query.OfficeCode is { } officeCode)
        {
            var office = db.Offices.Where(o => o.Code == officeCode).Select(o => o.Id);
            dossiers = dossiers.Where(d => office.Contains(d.ReceivingOfficeId) || office.Contains(d.CurrentOfficeId));
        }

        if (query.ProcedureCode is { } procedureCode)
        {
            dossiers = dossiers.Where(d => d.ProcedureCode == procedureCode);
        }

        if (DueCursor.TryRead(query.After, out var afterDue, out var afterCode))
        {
            // The first condition alone bounds the index scan; the second breaks ties on the code.
            dossiers = dossiers.Where(d => d.DueAt >= afterDue && (d.DueAt > afterDue || string.Compare(d.Code, afterCode) > 0));
        }

        var limit = query.Limit ?? DefaultLimit;
        var page = await dossiers.OrderBy(d => d.DueAt).ThenBy(d => d.Code).Take(limit + 1)
            .Select(d => new FlaggedDossier(
                d.Code, d.ProcedureVersionId, d.ProcedureCode, d.ReceivingOfficeId, d.CurrentOfficeId, d.Status,
                d.DueAt, d.PausedAt, d.DueState, d.StepDueState, d.OverdueSince,
                d.CurrentHolderId,
                d.Handoffs.Where(h => h.Timeliness == Timeliness.Late).OrderBy(h => h.Sequence).Select(h => (Guid?)h.ToOfficeId).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var items = page.Take(limit).ToList();
        var next = page.Count > limit ? DueCursor.Write(items[^1].DueAt!.Value, items[^1].Code) : null;
        return new OverduePageDto(new NamedDto(unit.Code, unit.Name), await views.OverdueLinesAsync(items, cancellationToken), next, countBy.Key());
    }
}
