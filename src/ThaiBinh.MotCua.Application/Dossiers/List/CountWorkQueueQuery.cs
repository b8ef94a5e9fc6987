using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Dossiers.List;

/// <summary>
/// How many dossiers each tab of the caller's work queue holds: the open dossiers of their office
/// (<see cref="WorkQueueCountsDto.Office"/>), those held by the caller, due soon, overdue, waiting for
/// the citizen's supplement and with the result waiting at the desk. One statement for all of them:
/// the queue page asks again every few seconds. The online dossiers waiting at the desk (status 1)
/// are not in the open queue's index, so they are counted by a second, small statement.
/// </summary>
public sealed record CountWorkQueueQuery : IQuery<WorkQueueCountsDto>;

public sealed record WorkQueueCountsDto(int Mine, int Office, int DueSoon, int Overdue, int AwaitingSupplement, int ResultAtDesk)
{
    /// <summary>Dossiers submitted online waiting at the office's desk (status 1, not among the open ones: no clock runs yet).</summary>
    public int AwaitingOnlineAcceptance { get; init; }
}

public sealed class CountWorkQueueQueryHandler(
    IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, ICalendarProvider calendars, TimeProvider clock)
    : IQueryHandler<CountWorkQueueQuery, WorkQueueCountsDto>
{
    public async ValueTask<WorkQueueCountsDto> Handle(CountWorkQueueQuery query, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var now = clock.GetUtcNow();
        var horizon = DueSoonRule.Horizon(await calendars.GetAsync(cancellationToken), now);
        var officeId = officer.OfficeId;

        // The same dossiers as the list's default (the office holds them now, open), each marked by the
        // rule its tab's list uses, and summed in one pass: one statement, one read of the office's queue.
        var queue = db.Dossiers.Where(d => d.CurrentOfficeId == officeId && EF.Constant(DossierStatusExtensions.Open).Contains(d.Status));
        var counts = await queue
            .Select(QueueMarks.Of(
                WorkQueueRules.HeldBy(officer.OfficerId),
                WorkQueueRules.DueSoon(now, horizon),
                WorkQueueRules.Overdue(now),
                WorkQueueRules.AwaitingSupplement(),
                WorkQueueRules.ResultAtDesk()))
            .GroupBy(_ => 1)
            .Select(g => new WorkQueueCountsDto(
                g.Sum(m => m.Mine), g.Count(), g.Sum(m => m.DueSoon), g.Sum(m => m.Overdue), g.Sum(m => m.AwaitingSupplement), g.Sum(m => m.ResultAtDesk)))
            .SingleOrDefaultAsync(cancellationToken);
        var online = await db.Dossiers.CountAsync(WorkQueueRules.AwaitingOnlineAcceptance(officeId), cancellationToken);
        return (counts ?? new WorkQueueCountsDto(0, 0, 0, 0, 0, 0)) with { AwaitingOnlineAcceptance = online };
    }
}
