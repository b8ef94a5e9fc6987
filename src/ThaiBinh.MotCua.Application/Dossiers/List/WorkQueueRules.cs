using System.Linq.Expressions;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Dossiers.List;

/// <summary>
/// What puts a dossier in each part of a work queue, as query predicates: the list's filters and the
/// tabs' counts read the same ones, so a tab's count is always the length of its list.
/// </summary>
public static class WorkQueueRules
{
    /// <summary>The statuses whose clock runs (a paused or finished dossier is never late nor due soon).</summary>
    private static readonly DossierStatus[] Running = [DossierStatus.Received, DossierStatus.InProgress];

    public static Expression<Func<Dossier, bool>> Overdue(DateTimeOffset now) =>
        d => Running.Contains(d.Status) && d.DueAt < now;

    public static Expression<Func<Dossier, bool>> NotOverdue(DateTimeOffset now) =>
        d => !(Running.Contains(d.Status) && d.DueAt < now);

    /// <summary>Running, not late yet, due before <paramref name="horizon"/> (<see cref="DueSoonRule.Horizon"/>).</summary>
    public static Expression<Func<Dossier, bool>> DueSoon(DateTimeOffset now, DateTimeOffset horizon) =>
        d => Running.Contains(d.Status) && d.DueAt >= now && d.DueAt <= horizon;

    public static Expression<Func<Dossier, bool>> NotDueSoon(DateTimeOffset now, DateTimeOffset horizon) =>
        d => !(Running.Contains(d.Status) && d.DueAt >= now && d.DueAt <= horizon);

    /// <summary>Held by the officer: the last hand-off was to them (<see cref="Dossier.CurrentHolderId"/>).</summary>
    public static Expression<Func<Dossier, bool>> HeldBy(Guid officerId) => d => d.CurrentHolderId == officerId;

    /// <summary>The clock waits for the citizen's supplement.</summary>
    public static Expression<Func<Dossier, bool>> AwaitingSupplement() => d => d.Status == DossierStatus.SupplementRequested;

    /// <summary>Submitted online, waiting for the office's desk to accept, ask completion or refuse (status 1).</summary>
    public static Expression<Func<Dossier, bool>> AwaitingOnlineAcceptance(Guid officeId) =>
        d => d.CurrentOfficeId == officeId && d.Status == DossierStatus.Submitted;

    /// <summary>The result waits at the desk for the citizen to collect it.</summary>
    public static Expression<Func<Dossier, bool>> ResultAtDesk() => d => d.Status == DossierStatus.ResultReady;
}
