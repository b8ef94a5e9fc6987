using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Dossiers.List;

/// <summary>
/// The caller's work queue, most urgent first (due moment, then code), a page at a time. By default
/// the dossiers their office holds now; <see cref="Scope"/> "all" gives everything they may see.
/// </summary>
public sealed record ListDossiersQuery(
    string? Status,
    string? Step,
    string? Assignee,
    string? ProcedureCode,
    DateOnly? ReceivedFrom,
    DateOnly? ReceivedTo,
    bool? Overdue,
    string? Scope,
    string? After,
    int? Limit) : IQuery<DossierPageDto>;

public sealed record DossierPageDto(IReadOnlyList<DossierSummaryDto> Items, string? Next);

public sealed class ListDossiersQueryHandler(
    IMotCuaDbContext db, ICurrentOfficer currentOfficer, DossierAccess access, DossierViews views, TimeProvider clock)
    : IQueryHandler<ListDossiersQuery, DossierPageDto>
{
    public const int DefaultLimit = 50;

    private static readonly DossierStatus[] Running = [DossierStatus.Received, DossierStatus.InProgress];

    public async ValueTask<DossierPageDto> Handle(ListDossiersQuery query, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, cancellationToken);
        var dossiers = await access.VisibleToAsync(officer, cancellationToken);
        var now = clock.GetUtcNow();

        if (query.Scope != "all")
        {
            dossiers = dossiers.Where(d => d.CurrentOfficeId == officer.OfficeId);
        }

        if (query.Status is { } status)
        {
            var wanted = Enum.Parse<DossierStatus>(status, ignoreCase: true);
            dossiers = dossiers.Where(d => d.Status == wanted);
        }

        if (query.Step is { } step)
        {
            // receive: still at the desk; process: being worked on at my office; return: result waiting at the desk.
            var officeId = officer.OfficeId;
            dossiers = step switch
            {
                "receive" => dossiers.Where(d => d.Status == DossierStatus.Received),
                "return" => dossiers.Where(d => d.Status == DossierStatus.ResultReady),
                _ => dossiers.Where(d => d.Status == DossierStatus.InProgress && d.CurrentOfficeId == officeId),
            };
        }

        if (query.Assignee == "me")
        {
            var me = officer.OfficerId;
            dossiers = dossiers.Where(d => d.Handoffs.OrderByDescending(h => h.Sequence).Select(h => h.ToOfficerId).FirstOrDefault() == me);
        }

        if (query.ProcedureCode is { } procedure)
        {
            dossiers = dossiers.Where(d => d.ProcedureCode == procedure);
        }

        if (query.ReceivedFrom is { } from)
        {
            var start = Domain.Common.VietnamTime.StartOf(from);
            dossiers = dossiers.Where(d => d.ReceivedAt >= start);
        }

        if (query.ReceivedTo is { } to)
        {
            var end = Domain.Common.VietnamTime.StartOf(to.AddDays(1));
            dossiers = dossiers.Where(d => d.ReceivedAt < end);
        }

        if (query.Overdue is { } overdue)
        {
            dossiers = overdue
                ? dossiers.Where(d => Running.Contains(d.Status) && d.DueAt < now)
                : dossiers.Where(d => !(Running.Contains(d.Status) && d.DueAt < now));
        }

        var maxDue = DateTimeOffset.MaxValue;
        if (DueCursor.TryRead(query.After, out var afterDue, out var afterCode))
        {
            dossiers = dossiers.Where(d => (d.DueAt ?? maxDue) > afterDue || ((d.DueAt ?? maxDue) == afterDue && string.Compare(d.Code, afterCode) > 0));
        }

        var limit = query.Limit ?? DefaultLimit;
        var page = await dossiers
            .OrderBy(d => d.DueAt ?? maxDue).ThenBy(d => d.Code)
            .Take(limit + 1)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var items = page.Take(limit).ToList();
        var next = page.Count > limit ? DueCursor.Write(items[^1].DueAt ?? maxDue, items[^1].Code) : null;
        return new DossierPageDto(await views.SummariesAsync(items, cancellationToken), next);
    }
}
