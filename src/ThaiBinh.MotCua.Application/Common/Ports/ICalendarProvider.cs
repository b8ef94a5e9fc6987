using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>The working calendar in force: stored notices and corrections over the computed defaults.</summary>
public interface ICalendarProvider
{
    ValueTask<WorkingCalendar> GetAsync(CancellationToken cancellationToken);

    /// <summary>Forget the cached calendar after a change, so the next read sees it.</summary>
    void Invalidate();
}
