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
/// the queue page asks again every few seconds.
/// </summary>
public sealed record CountWorkQueueQuery : IQuery<WorkQueueCountsDto>;

public sealed record WorkQueueCountsDto(int Mine, int Office, int DueSoon, int Overdue, int AwaitingSupplement, int ResultAtDesk);

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

        // The same dossiers as the list's default (the office holds them now, open), each tab narrowed
        // by the rule its list uses; as subqueries of one SELECT, a single round trip.
        var queue = db.Dossiers.Where(d => d.CurrentOfficeId == officeId && EF.Constant(DossierStatusExtensions.Open).Contains(d.Status));
        var mine = queue.Where(WorkQueueRules.HeldBy(officer.OfficerId));
        var dueSoon = queue.Where(WorkQueueRules.DueSoon(now, horizon));
        var overdue = queue.Where(WorkQueueRules.Overdue(now));
        var awaitingSupplement = queue.Where(WorkQueueRules.AwaitingSupplement());
        var resultAtDesk = queue.Where(WorkQueueRules.ResultAtDesk());
        return await db.Offices.Where(o => o.Id == officeId)
            .Select(_ => new WorkQueueCountsDto(
                mine.Count(), queue.Count(), dueSoon.Count(), overdue.Count(), awaitingSupplement.Count(), resultAtDesk.Count()))
            .SingleAsync(cancellationToken);
    }
}
