using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Dossiers.List;

/// <summary>
/// The caller's work queue, most urgent first (due moment, then code), a page at a time. By default
/// the open dossiers their office holds now; <see cref="Scope"/> "all" gives every open dossier they
/// may see, <see cref="Status"/> one status, closed ones included. <see cref="DueSoon"/>: running,
/// not late yet, due within a working day (<see cref="DueSoonRule.Horizon"/>).
/// </summary>
public sealed record ListDossiersQuery(
    string? Status,
    string? Step,
    string? Assignee,
    string? ProcedureCode,
    DateOnly? ReceivedFrom,
    DateOnly? ReceivedTo,
    bool? Overdue,
    bool? DueSoon,
    string? Scope,
    string? After,
    int? Limit) : IQuery<DossierPageDto>;

public sealed record DossierPageDto(IReadOnlyList<DossierSummaryDto> Items, string? Next);

public sealed class ListDossiersQueryHandler(
    IMotCuaDbContext db,
    ICurrentOfficer currentOfficer,
    IReferenceData reference,
    ICalendarProvider calendars,
    DossierAccess access,
    DossierViews views,
    TimeProvider clock)
    : IQueryHandler<ListDossiersQuery, DossierPageDto>
{
    public const int DefaultLimit = 50;

    /// <summary>A cursor's due moment for a dossier that has none (refused at reception): after every real one.</summary>
    private static readonly DateTimeOffset NoDue = DateTimeOffset.MaxValue;

    public async ValueTask<DossierPageDto> Handle(ListDossiersQuery query, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var now = clock.GetUtcNow();

        // The office's queue is what it holds now. A dossier is only ever held by the office that
        // received it or one it was handed to, so all of them are visible to the officer: the
        // visibility test, over the whole history of hand-offs, is needed for "all" only.
        var dossiers = query.Scope == "all"
            ? await access.VisibleToAsync(officer, cancellationToken)
            : db.Dossiers.Where(d => d.CurrentOfficeId == officer.OfficeId);

        if (query.Status is { } status)
        {
            var wanted = Enum.Parse<DossierStatus>(status, ignoreCase: true);
            dossiers = dossiers.Where(d => d.Status == wanted);
        }
        else
        {
            // Inlined, not a parameter: only a literal list lets PostgreSQL use the open dossiers'
            // partial index (status IN (2, 4, 5, 6, 9)) whatever plan it keeps for the statement.
            dossiers = dossiers.Where(d => EF.Constant(DossierStatusExtensions.Open).Contains(d.Status));
        }

        if (query.Step is { } step)
        {
            // receive: still at the desk; process: being worked on at my office; return: result waiting at the desk.
            var officeId = officer.OfficeId;
            dossiers = step switch
            {
                "receive" => dossiers.Where(d => d.Status == DossierStatus.Received),
                "return" => dossiers.Where(WorkQueueRules.ResultAtDesk()),
                _ => dossiers.Where(d => d.Status == DossierStatus.InProgress && d.CurrentOfficeId == officeId),
            };
        }

        if (query.Assignee == "me")
        {
            dossiers = dossiers.Where(WorkQueueRules.HeldBy(officer.OfficerId));
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
            dossiers = dossiers.Where(overdue ? WorkQueueRules.Overdue(now) : WorkQueueRules.NotOverdue(now));
        }

        if (query.DueSoon is { } dueSoon)
        {
            var horizon = DueSoonRule.Horizon(await calendars.GetAsync(cancellationToken), now);
            dossiers = dossiers.Where(dueSoon ? WorkQueueRules.DueSoon(now, horizon) : WorkQueueRules.NotDueSoon(now, horizon));
        }

        dossiers = After(dossiers, query.After, mayLackDue: query.Status is not null);

        // Due order, dossiers without a due moment last (PostgreSQL sorts NULL last, as the index does).
        var limit = query.Limit ?? DefaultLimit;
        var page = await views.SummaryPageAsync(dossiers.OrderBy(d => d.DueAt).ThenBy(d => d.Code).Take(limit + 1), cancellationToken);
        var items = page.Take(limit).ToList();
        var next = page.Count > limit ? DueCursor.Write(items[^1].DueAt ?? NoDue, items[^1].Code) : null;
        return new DossierPageDto(items, next);
    }

    /// <summary>
    /// The dossiers after the cursor in due order. After a dated cursor the next ones start at that
    /// moment in the index (a range, not a filter); open dossiers always have a due moment (given at
    /// receipt), so those without one (only possible when a status was asked for) follow after.
    /// </summary>
    private static IQueryable<Dossier> After(IQueryable<Dossier> dossiers, string? cursor, bool mayLackDue)
    {
        if (!DueCursor.TryRead(cursor, out var due, out var code))
        {
            return dossiers;
        }

        if (due == NoDue)
        {
            return dossiers.Where(d => d.DueAt == null && string.Compare(d.Code, code) > 0);
        }

        return mayLackDue
            ? dossiers.Where(d => (d.DueAt >= due && (d.DueAt > due || string.Compare(d.Code, code) > 0)) || d.DueAt == null)
            : dossiers.Where(d => d.DueAt >= due && (d.DueAt > due || string.Compare(d.Code, code) > 0));
    }
}
