using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;
using static ThaiBinh.MotCua.Domain.Tests.Calendar.Calendars;

namespace ThaiBinh.MotCua.Domain.Tests.Calendar;

public sealed class DeadlineRulesTests
{
    private readonly DeadlineRules _rules = Rules();

    [Fact]
    public void Three_working_days_from_Monday_morning_end_on_Thursday_at_the_same_time()
    {
        Assert.Equal(Vn(2026, 3, 12, 10), _rules.DueAt(Vn(2026, 3, 9, 10), ProcessingLimit.WorkingDays(3)));
    }

    [Fact]
    public void Tet_2026_holidays_and_the_weekend_do_not_count()
    {
        // Received Friday 13/02/2026 10:00; 16–20/02 are Tết, 21–22/02 the weekend.
        Assert.Equal(Vn(2026, 2, 25, 10), _rules.DueAt(Vn(2026, 2, 13, 10), ProcessingLimit.WorkingDays(3)));
    }

    [Fact]
    public void A_receipt_after_closing_starts_the_clock_the_next_working_morning()
    {
        Assert.Equal(Vn(2026, 3, 10, 17), _rules.DueAt(Vn(2026, 3, 9, 18, 30), ProcessingLimit.WorkingDays(1)));
    }

    [Fact]
    public void A_receipt_during_lunch_starts_the_clock_at_half_past_one()
    {
        Assert.Equal(Vn(2026, 3, 9, 15, 30), _rules.DueAt(Vn(2026, 3, 9, 12, 0), ProcessingLimit.WorkingHours(2)));
    }

    [Fact]
    public void Working_hours_run_across_lunch_and_overnight()
    {
        // 10:00 → 11:30 (1.5 h), 13:30 → 17:00 (3.5 h), next day 07:00 → 10:00 (3 h).
        Assert.Equal(Vn(2026, 3, 10, 10), _rules.DueAt(Vn(2026, 3, 9, 10), ProcessingLimit.WorkingHours(8)));
    }

    [Fact]
    public void A_limit_that_ends_at_a_period_end_is_due_then()
    {
        Assert.Equal(Vn(2026, 3, 9, 17), _rules.DueAt(Vn(2026, 3, 9, 7), ProcessingLimit.WorkingDays(1)));
    }

    [Fact]
    public void A_working_Saturday_counts_and_a_swapped_weekday_does_not()
    {
        // Thursday 01/01/2026 holiday, Friday 02/01 swapped off, Saturday 10/01 worked.
        Assert.Equal(Vn(2026, 1, 5, 10), _rules.DueAt(Vn(2025, 12, 31, 10), ProcessingLimit.WorkingDays(1)));
        Assert.Equal(Vn(2026, 1, 10, 10), _rules.DueAt(Vn(2026, 1, 9, 10), ProcessingLimit.WorkingDays(1)));
    }

    [Theory]
    [InlineData(9, 0, 9, 17)]
    [InlineData(14, 59, 9, 17)]
    [InlineData(15, 0, 10, 17)]
    [InlineData(16, 45, 10, 17)]
    public void Same_day_procedures_follow_the_three_pm_rule(int hour, int minute, int dueDay, int dueHour)
    {
        Assert.Equal(Vn(2026, 3, dueDay, dueHour), _rules.DueAt(Vn(2026, 3, 9, hour, minute), ProcessingLimit.SameDay()));
    }

    [Fact]
    public void Same_day_after_three_on_Friday_before_Tet_is_due_after_Tet()
    {
        Assert.Equal(Vn(2026, 2, 23, 17), _rules.DueAt(Vn(2026, 2, 13, 15, 30), ProcessingLimit.SameDay()));
    }

    [Fact]
    public void Transfer_is_due_the_same_day_or_next_morning_after_three_pm()
    {
        Assert.Equal(Vn(2026, 3, 9, 17), _rules.TransferDueAt(Vn(2026, 3, 9, 10)));
        Assert.Equal(Vn(2026, 3, 10, 11, 30), _rules.TransferDueAt(Vn(2026, 3, 9, 15, 10)));
    }

    [Fact]
    public void A_pause_moves_the_due_moment_by_the_working_time_spent_waiting()
    {
        var limit = ProcessingLimit.WorkingDays(5);
        var due = _rules.DueAt(Vn(2026, 3, 9, 10), limit); // Monday 16/03 10:00
        var pause = new ClockPause(Vn(2026, 3, 10, 10), Vn(2026, 3, 12, 10)); // two working days waiting

        Assert.Equal(Vn(2026, 3, 16, 10), due);
        Assert.Equal(Vn(2026, 3, 18, 10), _rules.DueAfterPause(due, pause, limit, SupplementPolicy.ExtendByPause));
    }

    [Fact]
    public void Restart_from_zero_counts_the_whole_limit_again_from_the_complete_supplement()
    {
        var limit = ProcessingLimit.WorkingDays(5);
        var due = _rules.DueAt(Vn(2026, 3, 9, 10), limit);
        var pause = new ClockPause(Vn(2026, 3, 10, 10), Vn(2026, 3, 12, 14));

        Assert.Equal(Vn(2026, 3, 19, 14), _rules.DueAfterPause(due, pause, limit, SupplementPolicy.RestartFromZero));
    }

    [Fact]
    public void Replaying_a_history_on_a_changed_calendar_gives_the_new_due_moment()
    {
        var history = new ClockHistory(Vn(2026, 3, 9, 10), ProcessingLimit.WorkingDays(3), SupplementPolicy.RestartFromZero, [], null);
        var extraDayOff = new CalendarEntry(new DateOnly(2026, 3, 10), DayKind.Holiday, "Nghỉ đột xuất", DaySource.Admin);

        Assert.Equal(Vn(2026, 3, 12, 10), _rules.Replay(history));
        Assert.Equal(Vn(2026, 3, 13, 10), Rules(extraDayOff).Replay(history));
        Assert.Equal(Vn(2026, 4, 1, 9), _rules.Replay(history with { ExtendedTo = Vn(2026, 4, 1, 9) }));
    }

    [Fact]
    public void One_extension_only_asked_before_the_due_moment_for_a_later_working_moment()
    {
        var due = Vn(2026, 3, 12, 10);

        _rules.EnsureExtensionAllowed(Vn(2026, 3, 11, 9), due, alreadyExtended: false, Vn(2026, 3, 16, 10));
        Assert.Equal("deadline.extension.once", Refused(() =>
            _rules.EnsureExtensionAllowed(Vn(2026, 3, 11, 9), due, alreadyExtended: true, Vn(2026, 3, 16, 10))));
        Assert.Equal("deadline.extension.before-due", Refused(() =>
            _rules.EnsureExtensionAllowed(Vn(2026, 3, 12, 10), due, alreadyExtended: false, Vn(2026, 3, 16, 10))));
        Assert.Equal("deadline.extension.later", Refused(() =>
            _rules.EnsureExtensionAllowed(Vn(2026, 3, 11, 9), due, alreadyExtended: false, Vn(2026, 3, 12, 9))));
        Assert.Equal("deadline.extension.working-hours", Refused(() =>
            _rules.EnsureExtensionAllowed(Vn(2026, 3, 11, 9), due, alreadyExtended: false, Vn(2026, 3, 14, 10))));
    }

    private static string Refused(Action action) => Assert.Throws<DomainRuleException>(action).Rule;
}
