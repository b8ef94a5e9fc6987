using System.Globalization;

namespace ThaiBinh.MotCua.Domain.Calendar;

/// <summary>
/// The days off of a year as the law sets them when no official notice has been loaded:
/// Labor Code 2019 Art. 112 (Tết Dương lịch, five Tết days, Giỗ Tổ on 10/3 lunar, 30/4, 1/5 and
/// Quốc khánh with one adjacent day) plus a compensatory day for each that falls on a weekend.
/// </summary>
public static class StatutoryHolidays
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IReadOnlyList<CalendarEntry> For(int year)
    {
        var holidays = new List<CalendarEntry>
        {
            Holiday(new DateOnly(year, 1, 1), "Tết Dương lịch"),
        };
        holidays.AddRange(TetDays(year));
        holidays.Add(Holiday(VietnameseLunarCalendar.ToSolar(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        holidays.Add(Holiday(new DateOnly(year, 4, 30), "Ngày Chiến thắng"));
        holidays.Add(Holiday(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động"));
        holidays.AddRange(NationalDay(year));
        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));

        return [.. holidays, .. CompensatoryDays(holidays)];
    }

    /// <summary>The default five Tết days: the last day of the old lunar year and mùng 1 to mùng 4.</summary>
    private static IEnumerable<CalendarEntry> TetDays(int year)
    {
        var lastDay = VietnameseLunarCalendar.LastDayOfYear(year - 1);
        var lunarLastDay = VietnameseLunarCalendar.FromSolar(lastDay);
        yield return Holiday(lastDay, $"Tết Nguyên đán ({lunarLastDay.Day} tháng Chạp)");

        var newYear = VietnameseLunarCalendar.NewYear(year);
        for (var i = 0; i < 4; i++)
        {
            yield return Holiday(newYear.AddDays(i), $"Tết Nguyên đán (mùng {i + 1})");
        }
    }

    /// <summary>
    /// 2/9 and one adjacent day, chosen each year by the Prime Minister. Computed: the neighbour that
    /// makes the longer break, weekends and compensatory days counted (2/9 on a Thursday → Friday 3/9,
    /// as in 2021; on a Tuesday → Monday 1/9). When both make as long a break, the customary choice:
    /// the day before, or the day after when 2/9 is a Monday (2022–2026 practice).
    /// </summary>
    private static IEnumerable<CalendarEntry> NationalDay(int year)
    {
        var nationalDay = new DateOnly(year, 9, 2);
        var customary = nationalDay.DayOfWeek == DayOfWeek.Monday ? nationalDay.AddDays(1) : nationalDay.AddDays(-1);
        var other = customary < nationalDay ? nationalDay.AddDays(1) : nationalDay.AddDays(-1);
        var adjacent = BreakLength(nationalDay, other) > BreakLength(nationalDay, customary) ? other : customary;
        yield return Holiday(nationalDay, "Quốc khánh");
        yield return Holiday(adjacent, "Quốc khánh (ngày liền kề)");
    }

    /// <summary>The consecutive days off around 2/9 if <paramref name="adjacent"/> were its adjacent day.</summary>
    private static int BreakLength(DateOnly nationalDay, DateOnly adjacent)
    {
        CalendarEntry[] holidays = [.. new[] { nationalDay, adjacent }.Order().Select(d => Holiday(d, "Quốc khánh"))];
        var off = holidays.Concat(CompensatoryDays(holidays)).Select(h => h.Date).ToHashSet();
        bool IsOff(DateOnly day) => IsWeekend(day) || off.Contains(day);

        var first = nationalDay;
        while (IsOff(first.AddDays(-1)))
        {
            first = first.AddDays(-1);
        }

        var last = nationalDay;
        while (IsOff(last.AddDays(1)))
        {
            last = last.AddDays(1);
        }

        return last.DayNumber - first.DayNumber + 1;
    }

    private static IEnumerable<CalendarEntry> CompensatoryDays(IReadOnlyList<CalendarEntry> holidays)
    {
        var taken = holidays.Select(h => h.Date).ToHashSet();
        foreach (var holiday in holidays.Where(h => IsWeekend(h.Date)))
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }

            taken.Add(day);
            yield return new CalendarEntry(
                day,
                DayKind.Compensatory,
                $"Nghỉ bù {holiday.Name} ({holiday.Date.ToString("dd/MM", Vietnamese)})",
                DaySource.Computed);
        }
    }

    private static CalendarEntry Holiday(DateOnly date, string name) => new(date, DayKind.Holiday, name, DaySource.Computed);

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
