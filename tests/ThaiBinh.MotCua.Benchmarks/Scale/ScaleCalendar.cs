using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Benchmarks.Scale;

/// <summary>
/// The working days of the product's calendar as generate.sql counts time: W working seconds, day n
/// covering W in (28,800 n, 28,800 (n + 1)]. Only the default desk hours (07:00–11:30, 13:30–17:00)
/// are supported, as the SQL hard-codes them.
/// </summary>
public sealed class ScaleCalendar
{
    public const long Day = 28_800;
    private const long Morning = 16_200;

    private readonly Dictionary<DateOnly, int> _index = [];

    public ScaleCalendar(WorkingCalendar calendar, DateOnly from, DateOnly to)
    {
        var hours = calendar.Hours;
        if (hours.Periods.Count != 2
            || hours.Periods[0] != new WorkingPeriod(new TimeOnly(7, 0), new TimeOnly(11, 30))
            || hours.Periods[1] != new WorkingPeriod(new TimeOnly(13, 30), new TimeOnly(17, 0))
            || hours.SameDayCutoff != new TimeOnly(15, 0))
        {
            throw new InvalidOperationException("The scale generator assumes the default desk hours 07:00-11:30, 13:30-17:00, cut-off 15:00.");
        }

        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                _index[day] = Days.Count;
                Days.Add(day);
            }
        }
    }

    /// <summary>The working days, in order; index n is day n.</summary>
    public List<DateOnly> Days { get; } = [];

    /// <summary>Epoch second of 07:00 in Vietnam (00:00 UTC) of each working day: generate.sql's @days.</summary>
    public long[] EpochSeconds() => [.. Days.Select(d => (long)(d.ToDateTime(TimeOnly.MinValue) - DateTime.UnixEpoch).TotalSeconds)];

    /// <summary>The working time from the first day's opening to <paramref name="instant"/> (its working time of day is clamped).</summary>
    public long W(DateTimeOffset instant)
    {
        var local = VietnamTime.ToLocal(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (!_index.TryGetValue(date, out var n))
        {
            return Start(date);
        }

        var seconds = (long)(TimeOnly.FromDateTime(local.DateTime) - new TimeOnly(7, 0)).TotalSeconds;
        if (TimeOnly.FromDateTime(local.DateTime) < new TimeOnly(7, 0))
        {
            seconds = 0;
        }
        else if (seconds > Morning)
        {
            seconds = Math.Clamp(seconds - 7_200, Morning, Day);
        }

        return (n * Day) + seconds;
    }

    /// <summary>The W of local midnight starting <paramref name="date"/>: the boundary before its first working second.</summary>
    public long Start(DateOnly date)
    {
        for (var day = date; day <= Days[^1]; day = day.AddDays(1))
        {
            if (_index.TryGetValue(day, out var n))
            {
                return n * Day;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(date), date, "Beyond the generated calendar.");
    }

    /// <summary>The working day of W (for W ≥ 1).</summary>
    public DateOnly DayOf(long w) => Days[(int)((w - 1) / Day)];
}
