namespace ThaiBinh.MotCua.Domain.Calendar;

/// <summary>
/// The province's desk hours. The default is 07:00–11:30 and 13:30–17:00: eight working hours,
/// which is one working day for deadline arithmetic.
/// </summary>
public sealed class WorkingHours
{
    public static readonly WorkingHours Default = new(
        [new WorkingPeriod(new TimeOnly(7, 0), new TimeOnly(11, 30)), new WorkingPeriod(new TimeOnly(13, 30), new TimeOnly(17, 0))],
        sameDayCutoff: new TimeOnly(15, 0));

    public WorkingHours(IReadOnlyList<WorkingPeriod> periods, TimeOnly sameDayCutoff)
    {
        if (periods.Count == 0)
        {
            throw new ArgumentException("Phải có ít nhất một khoảng giờ làm việc trong ngày.", nameof(periods));
        }

        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].End <= periods[i].Start || (i > 0 && periods[i].Start < periods[i - 1].End))
            {
                throw new ArgumentException("Các khoảng giờ làm việc phải theo thứ tự và không chồng lên nhau.", nameof(periods));
            }
        }

        Periods = periods;
        SameDayCutoff = sameDayCutoff;
        WorkingDayLength = TimeSpan.FromTicks(periods.Sum(p => p.Length.Ticks));
    }

    public IReadOnlyList<WorkingPeriod> Periods { get; }

    /// <summary>Same-day procedures received at or after this time are due the next working day.</summary>
    public TimeOnly SameDayCutoff { get; }

    /// <summary>The working time of one working day (8 hours by default).</summary>
    public TimeSpan WorkingDayLength { get; }

    public TimeOnly Opening => Periods[0].Start;

    public TimeOnly Closing => Periods[^1].End;
}
