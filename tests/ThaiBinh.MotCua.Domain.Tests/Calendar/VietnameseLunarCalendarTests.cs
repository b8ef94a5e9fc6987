using System.Globalization;
using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Domain.Tests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(1985, "1985-01-21")] // China: 20/02; at UTC+8 the 1984 solstice fell on the new moon day 22/12
    [InlineData(2007, "2007-02-17")] // new moon 2007-02-17 16:14 UTC: China, at UTC+8, has 18/02
    [InlineData(2020, "2020-01-25")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2030, "2030-02-02")] // new moon 2030-02-02 16:07 UTC: 23:07 in Vietnam, already 03/02 in China
    public void Tet_falls_on_the_day_of_the_Vietnamese_calendar(int lunarYear, string solar)
    {
        var tet = DateOnly.Parse(solar, CultureInfo.InvariantCulture);

        Assert.Equal(tet, VietnameseLunarCalendar.NewYear(lunarYear));
        Assert.Equal(tet, VietnameseLunarCalendar.ToSolar(lunarYear, 1, 1));
        Assert.Equal(new LunarDate(lunarYear, 1, 1, false), VietnameseLunarCalendar.FromSolar(tet));
    }

    [Theory]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Gio_To_Hung_Vuong_is_the_tenth_of_the_third_month(int lunarYear, string solar)
    {
        var day = DateOnly.Parse(solar, CultureInfo.InvariantCulture);

        Assert.Equal(day, VietnameseLunarCalendar.ToSolar(lunarYear, 3, 10));
        Assert.Equal(new LunarDate(lunarYear, 3, 10, false), VietnameseLunarCalendar.FromSolar(day));
    }

    [Theory]
    [InlineData(2024, "2024-09-17")]
    [InlineData(2025, "2025-10-06")] // late: 2025 has a leap sixth month
    public void Mid_autumn_is_the_fifteenth_of_the_eighth_month(int lunarYear, string solar)
    {
        Assert.Equal(DateOnly.Parse(solar, CultureInfo.InvariantCulture), VietnameseLunarCalendar.ToSolar(lunarYear, 8, 15));
    }

    [Theory]
    [InlineData(2024, "2025-01-28")]
    [InlineData(2025, "2026-02-16")]
    public void The_last_day_of_a_year_is_the_eve_of_the_next_Tet(int lunarYear, string solar)
    {
        var lastDay = DateOnly.Parse(solar, CultureInfo.InvariantCulture);

        Assert.Equal(lastDay, VietnameseLunarCalendar.LastDayOfYear(lunarYear));
        Assert.Equal(VietnameseLunarCalendar.NewYear(lunarYear + 1).AddDays(-1), lastDay);
    }

    [Fact]
    public void The_year_Giap_Thin_ends_on_the_29th_without_a_30_Tet()
    {
        Assert.Equal(29, VietnameseLunarCalendar.DaysInMonth(2024, 12));
        Assert.Equal(new LunarDate(2024, 12, 29, false), VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 1, 28)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 12, 30));
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    public void A_leap_month_repeats_the_month_before_it(int lunarYear, int leapMonth)
    {
        Assert.Equal(leapMonth, VietnameseLunarCalendar.LeapMonth(lunarYear));

        var lastDayOfMonth = VietnameseLunarCalendar.ToSolar(lunarYear, leapMonth, VietnameseLunarCalendar.DaysInMonth(lunarYear, leapMonth));
        var firstDayOfLeap = VietnameseLunarCalendar.ToSolar(lunarYear, leapMonth, 1, isLeapMonth: true);
        Assert.Equal(lastDayOfMonth.AddDays(1), firstDayOfLeap);
        Assert.Equal(new LunarDate(lunarYear, leapMonth, 1, true), VietnameseLunarCalendar.FromSolar(firstDayOfLeap));
    }

    [Fact]
    public void The_leap_second_month_of_2023_begins_on_22_March()
    {
        Assert.Equal(new DateOnly(2023, 2, 20), VietnameseLunarCalendar.ToSolar(2023, 2, 1));
        Assert.Equal(new LunarDate(2023, 2, 1, true), VietnameseLunarCalendar.FromSolar(new DateOnly(2023, 3, 22)));
        Assert.Equal(new DateOnly(2023, 4, 20), VietnameseLunarCalendar.ToSolar(2023, 3, 1));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    public void A_year_without_a_leap_month_has_twelve_months(int lunarYear)
    {
        Assert.Null(VietnameseLunarCalendar.LeapMonth(lunarYear));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(lunarYear, 4, 1, isLeapMonth: true));
    }

    [Fact]
    public void Every_day_from_1990_to_2100_converts_back_and_follows_the_day_before()
    {
        var previous = VietnameseLunarCalendar.FromSolar(new DateOnly(1989, 12, 31));

        for (var day = new DateOnly(1990, 1, 1); day <= new DateOnly(2100, 12, 31); day = day.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(day);

            Assert.Equal(day, VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
            Assert.True(lunar == Next(previous) || lunar == FirstOfNextMonth(previous), $"{day:yyyy-MM-dd} is {lunar}, after {previous}");
            previous = lunar;
        }
    }

    [Fact]
    public void Every_year_is_12_or_13_months_of_29_or_30_days()
    {
        for (var year = VietnameseLunarCalendar.MinYear; year <= VietnameseLunarCalendar.MaxYear; year++)
        {
            var length = VietnameseLunarCalendar.LastDayOfYear(year).DayNumber - VietnameseLunarCalendar.NewYear(year).DayNumber + 1;
            var leap = VietnameseLunarCalendar.LeapMonth(year);
            var months = Enumerable.Range(1, 12).Select(month => VietnameseLunarCalendar.DaysInMonth(year, month)).ToList();
            if (leap is int leapMonth)
            {
                months.Add(VietnameseLunarCalendar.DaysInMonth(year, leapMonth, isLeapMonth: true));
            }

            Assert.All(months, days => Assert.InRange(days, 29, 30));
            Assert.Equal(length, months.Sum());
        }
    }

    [Fact]
    public void The_lunar_date_converts_itself_back()
    {
        var date = new LunarDate(2023, 2, 1, true);

        Assert.Equal(new DateOnly(2023, 3, 22), date.ToSolar());
        Assert.Equal("1/2 nhuận/2023", date.ToString());
    }

    [Theory]
    [InlineData(2025, 0, 1, false)]
    [InlineData(2025, 13, 1, false)]
    [InlineData(2025, 1, 0, false)]
    [InlineData(2025, 1, 31, false)]
    [InlineData(2023, 3, 1, true)]
    [InlineData(1899, 1, 1, false)]
    [InlineData(2200, 1, 1, false)]
    public void A_lunar_date_that_does_not_exist_is_refused(int year, int month, int day, bool isLeapMonth)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(year, month, day, isLeapMonth));
    }

    [Fact]
    public void Years_outside_the_supported_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.NewYear(VietnameseLunarCalendar.MinYear - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.LastDayOfYear(VietnameseLunarCalendar.MaxYear + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MinSupportedDate.AddDays(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MaxSupportedDate.AddDays(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(DateOnly.MinValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(DateOnly.MaxValue));

        Assert.Equal(new LunarDate(VietnameseLunarCalendar.MinYear, 1, 1, false), VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MinSupportedDate));
        Assert.Equal(VietnameseLunarCalendar.MaxYear, VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MaxSupportedDate).Year);
    }

    private static LunarDate Next(LunarDate date) => date with { Day = date.Day + 1 };

    private static LunarDate FirstOfNextMonth(LunarDate date)
    {
        var leap = VietnameseLunarCalendar.LeapMonth(date.Year);
        if (leap == date.Month && !date.IsLeapMonth)
        {
            return new LunarDate(date.Year, date.Month, 1, true);
        }

        return date.Month == 12 ? new LunarDate(date.Year + 1, 1, 1, false) : new LunarDate(date.Year, date.Month + 1, 1, false);
    }
}
