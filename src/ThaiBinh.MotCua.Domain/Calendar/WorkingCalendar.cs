using System.Collections.Concurrent;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Domain.Calendar;

/// <summary>
/// Which days and hours are worked, and the arithmetic of working time over them. Every instant is
/// read and answered in Vietnam's time (UTC+7). For a year with an official notice the notice's days
/// replace the computed ones; an admin's entry then overrides the date it names.
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>No deadline is years away; a longer search means the calendar has no working days.</summary>
    private const int MaxDaysSearched = 3660;

    private readonly ILookup<int, CalendarEntry> _officialByYear;
    private readonly IReadOnlyDictionary<DateOnly, CalendarEntry> _adminByDate;
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, CalendarEntry>> _years = new();

    public WorkingCalendar(WorkingHours hours, IEnumerable<CalendarEntry> entries)
    {
        Hours = hours;
        var list = entries.ToList();
        _officialByYear = list.Where(e => e.Source == DaySource.Official).ToLookup(e => e.Date.Year);
        _adminByDate = list.Where(e => e.Source == DaySource.Admin).ToDictionary(e => e.Date);
    }

    public WorkingHours Hours { get; }

    /// <summary>True when the year's days come from an official notice rather than the computed defaults.</summary>
    public bool HasOfficialNotice(int year) => _officialByYear.Contains(year);

    /// <summary>The year's listed days (days off, compensatory days, working Saturdays…), in date order.</summary>
    public IReadOnlyList<CalendarEntry> EntriesFor(int year) => [.. DaysOf(year).Values.OrderBy(e => e.Date)];

    public CalendarEntry? EntryFor(DateOnly date) => DaysOf(date.Year).GetValueOrDefault(date);

    public bool IsWorkingDay(DateOnly date) => EntryFor(date)?.Kind switch
    {
        DayKind.WorkingSaturday or DayKind.WorkingDay => true,
        DayKind.Holiday or DayKind.Compensatory or DayKind.SwappedOff => false,
        _ => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday),
    };

    public DateOnly NextWorkingDay(DateOnly after)
    {
        var day = after.AddDays(1);
        for (var i = 0; i < MaxDaysSearched; i++, day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                return day;
            }
        }

        throw NoWorkingDays(after);
    }

    /// <summary>The working day itself when <paramref name="date"/> is one, else the next.</summary>
    public DateOnly WorkingDayOnOrAfter(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>The close of the desk on <paramref name="date"/> (17:00 by default).</summary>
    public DateTimeOffset CloseOf(DateOnly date) => At(date, Hours.Closing);

    /// <summary>The end of the first working period of <paramref name="date"/> (11:30 by default).</summary>
    public DateTimeOffset EndOfFirstPeriod(DateOnly date) => At(date, Hours.Periods[0].End);

    /// <summary>
    /// The instant <paramref name="workingTime"/> of working time after <paramref name="start"/>. A start
    /// outside working hours counts from the next working period; a result that lands exactly at the end
    /// of a period stays there (due at 17:00, not at 07:00 the next morning).
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var local = VietnamTime.ToLocal(start);
        var remaining = workingTime;
        var day = DateOnly.FromDateTime(local.DateTime);
        var from = TimeOnly.FromDateTime(local.DateTime);

        for (var i = 0; i < MaxDaysSearched; i++, day = day.AddDays(1), from = TimeOnly.MinValue)
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            foreach (var period in Hours.Periods)
            {
                if (from > period.End)
                {
                    continue;
                }

                var begin = from > period.Start ? from : period.Start;
                var available = period.End - begin;
                if (remaining <= available)
                {
                    return At(day, begin.Add(remaining));
                }

                remaining -= available;
            }
        }

        throw NoWorkingDays(DateOnly.FromDateTime(local.DateTime));
    }

    /// <summary>The working time between two instants; zero when <paramref name="to"/> is not later.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var start = VietnamTime.ToLocal(from).DateTime;
        var end = VietnamTime.ToLocal(to).DateTime;
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(start); day <= DateOnly.FromDateTime(end); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            foreach (var period in Hours.Periods)
            {
                var periodStart = day.ToDateTime(period.Start);
                var periodEnd = day.ToDateTime(period.End);
                var overlap = Min(periodEnd, end) - Max(periodStart, start);
                if (overlap > TimeSpan.Zero)
                {
                    total += overlap;
                }
            }
        }

        return total;
    }

    /// <summary>Whether the instant lies within a working period of a working day (ends included).</summary>
    public bool IsWithinWorkingHours(DateTimeOffset instant)
    {
        var local = VietnamTime.ToLocal(instant).DateTime;
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(day) && Hours.Periods.Any(p => p.Start <= time && time <= p.End);
    }

    private IReadOnlyDictionary<DateOnly, CalendarEntry> DaysOf(int year) => _years.GetOrAdd(year, y =>
    {
        var baseDays = _officialByYear.Contains(y) ? _officialByYear[y] : StatutoryHolidays.For(y);
        var days = baseDays.ToDictionary(e => e.Date);
        foreach (var admin in _adminByDate.Values.Where(e => e.Date.Year == y))
        {
            days[admin.Date] = admin;
        }

        return days;
    });

    private static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), VietnamTime.Offset);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DomainRuleException NoWorkingDays(DateOnly from) => new(
        "calendar.no-working-days",
        $"Lịch làm việc không có ngày làm việc nào trong 10 năm kể từ {from:dd/MM/yyyy}; kiểm tra lại lịch nghỉ.");
}
