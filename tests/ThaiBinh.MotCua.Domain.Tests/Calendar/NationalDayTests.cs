using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Domain.Tests.Calendar;

/// <summary>Quốc khánh in a computed year: 2/9 and the adjacent day that makes the longer break.</summary>
public sealed class NationalDayTests
{
    [Theory]
    // Monday: either neighbour gives Saturday–Tuesday (the day before would be a Sunday holiday made
    // up on Tuesday), so the customary day after is kept (2024 practice).
    [InlineData(2024, 3, new int[0])]
    [InlineData(2030, 3, new int[0])]
    // Tuesday: Monday 1/9 joins the weekend (as in 2025).
    [InlineData(2025, 1, new int[0])]
    // Wednesday: two days either way; the customary day before (as in 2026).
    [InlineData(2026, 1, new int[0])]
    // Thursday: Friday 3/9 joins the weekend (as in 2021), not Wednesday 1/9.
    [InlineData(2021, 3, new int[0])]
    [InlineData(2027, 3, new int[0])]
    // Friday: Thursday–Sunday, against Friday–Monday with Saturday 3/9 made up on Monday: a tie, the day before.
    [InlineData(2022, 1, new int[0])]
    // Saturday: Friday 1/9 off and 2/9 made up on Monday 4/9 (as in 2023).
    [InlineData(2023, 1, new[] { 4 })]
    [InlineData(2028, 1, new[] { 4 })]
    // Sunday: Saturday 1/9 and Sunday 2/9 both fall on the weekend, made up on Monday 3/9 and Tuesday 4/9.
    [InlineData(2029, 1, new[] { 3, 4 })]
    public void The_adjacent_day_is_the_one_that_makes_the_longer_break(int year, int adjacentDay, int[] compensatoryDays)
    {
        var september = StatutoryHolidays.For(year).Where(d => d.Date.Month == 9).ToList();

        Assert.Equal(
            [.. new[] { 2, adjacentDay }.Order().Select(day => new DateOnly(year, 9, day))],
            september.Where(d => d.Kind == DayKind.Holiday).Select(d => d.Date));
        Assert.Equal(
            compensatoryDays.Select(day => new DateOnly(year, 9, day)),
            september.Where(d => d.Kind == DayKind.Compensatory).Select(d => d.Date));
    }
}
