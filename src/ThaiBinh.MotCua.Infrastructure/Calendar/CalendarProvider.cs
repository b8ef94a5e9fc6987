using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Infrastructure.Calendar;

/// <summary>
/// The calendar of the cached reference data (<see cref="IReferenceData"/>), for the use cases that
/// need only the calendar: it is kept fresh by the reference data's one rule.
/// </summary>
internal sealed class CalendarProvider(IReferenceData reference) : ICalendarProvider
{
    public async ValueTask<WorkingCalendar> GetAsync(CancellationToken cancellationToken) =>
        (await reference.CurrentAsync(cancellationToken)).Calendar;

    public void Invalidate() => reference.Invalidate();
}
