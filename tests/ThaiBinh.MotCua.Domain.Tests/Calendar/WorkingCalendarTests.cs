using ThaiBinh.MotCua.Domain.Calendar;
using static ThaiBinh.MotCua.Domain.Tests.Calendar.Calendars;

namespace ThaiBinh.MotCua.Domain.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private readonly WorkingCalendar _calendar = WithOfficialNotices();

    [Fact]
    public void The_official_notice_of_2026_replaces_the_computed_days()
    {
        var days = _calendar.EntriesFor(2026);

        Assert.True(_calendar.HasOfficialNotice(2026));
        Assert.All(days, d => Assert.Equal(DaySource.Official, d.Source));
        Assert.Equal(
            [new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 17), new DateOnly(2026, 2, 18), new DateOnly(2026, 2, 19), new DateOnly(2026, 2, 20)],
            days.Where(d => d.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal)).Select(d => d.Date));
        Assert.Contains(days, d => d.Date == new DateOnly(2026, 1, 10) && d.Kind == DayKind.WorkingSaturday);
    }

    [Fact]
    public void Years_without_a_notice_use_the_labor_code_and_the_lunar_calendar()
    {
        var days = _calendar.EntriesFor(2030);

        Assert.False(_calendar.HasOfficialNotice(2030));
        // Tết Canh Tuất in Vietnam (UTC+7): mùng 1 is Saturday 02/02/2030, a day before China's; the
        // last day of the old year is Friday 01/02.
        Assert.Equal(
            [new DateOnly(2030, 2, 1), new DateOnly(2030, 2, 2), new DateOnly(2030, 2, 3), new DateOnly(2030, 2, 4), new DateOnly(2030, 2, 5)],
            days.Where(d => d.Kind == DayKind.Holiday && d.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal)).Select(d => d.Date));
        // Two Tết days fall on the weekend: two compensatory days right after the block.
        Assert.Equal(
            [new DateOnly(2030, 2, 6), new DateOnly(2030, 2, 7)],
            days.Where(d => d.Kind == DayKind.Compensatory && d.Date.Month == 2).Select(d => d.Date));
        Assert.All(days, d => Assert.Equal(DaySource.Computed, d.Source));
    }

    [Fact]
    public void Gio_To_on_a_Sunday_gives_Monday_off()
    {
        // Computed 2026 (as if no notice): 10/3 lunar is Sunday 26/04/2026, so Monday 27/04 is off.
        var computed = StatutoryHolidays.For(2026);

        Assert.Contains(computed, d => d.Date == new DateOnly(2026, 4, 26) && d.Kind == DayKind.Holiday);
        Assert.Contains(computed, d => d.Date == new DateOnly(2026, 4, 27) && d.Kind == DayKind.Compensatory);
    }

    [Fact]
    public void An_admin_entry_overrides_the_official_or_computed_day_it_names()
    {
        var calendar = WithOfficialNotices(
            new CalendarEntry(new DateOnly(2026, 2, 20), DayKind.WorkingDay, "Đi làm sớm sau Tết", DaySource.Admin),
            new CalendarEntry(new DateOnly(2030, 3, 4), DayKind.Holiday, "Nghỉ theo quyết định của tỉnh", DaySource.Admin));

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 20)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 3, 4)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 19)));
    }

    [Fact]
    public void Working_time_between_two_instants_counts_only_desk_hours()
    {
        Assert.Equal(TimeSpan.FromHours(5), _calendar.WorkingTimeBetween(Vn(2026, 3, 9, 10), Vn(2026, 3, 9, 18)));
        Assert.Equal(TimeSpan.FromHours(8), _calendar.WorkingTimeBetween(Vn(2026, 2, 13, 17), Vn(2026, 2, 23, 17)));
        Assert.Equal(TimeSpan.Zero, _calendar.WorkingTimeBetween(Vn(2026, 3, 9, 10), Vn(2026, 3, 9, 9)));
    }

    [Fact]
    public void Instants_given_in_UTC_are_read_in_Vietnam_time()
    {
        var received = new DateTimeOffset(2026, 3, 9, 3, 0, 0, TimeSpan.Zero); // 10:00 in Hà Nội

        Assert.Equal(Vn(2026, 3, 9, 11), _calendar.AddWorkingTime(received, TimeSpan.FromHours(1)));
    }
}
