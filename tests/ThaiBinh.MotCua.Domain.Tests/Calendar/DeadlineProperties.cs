using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThaiBinh.MotCua.Domain.Calendar;
using static ThaiBinh.MotCua.Domain.Tests.Calendar.Calendars;

namespace ThaiBinh.MotCua.Domain.Tests.Calendar;

/// <summary>Properties of working-time arithmetic over 2025–2031, official notices included.</summary>
public sealed class DeadlineProperties
{
    private static readonly WorkingCalendar Calendar = WithOfficialNotices();

    [Property(Arbitrary = [typeof(Generators)])]
    public bool The_due_moment_is_always_within_working_hours(DateTimeOffset start, WorkingTime amount) =>
        Calendar.IsWithinWorkingHours(Calendar.AddWorkingTime(start, amount.Value));

    [Property(Arbitrary = [typeof(Generators)])]
    public bool More_time_never_gives_an_earlier_moment(DateTimeOffset start, WorkingTime a, WorkingTime b) =>
        Calendar.AddWorkingTime(start, a.Value) <= Calendar.AddWorkingTime(start, a.Value + b.Value);

    [Property(Arbitrary = [typeof(Generators)])]
    public bool Adding_a_then_b_equals_adding_a_plus_b(DateTimeOffset start, WorkingTime a, WorkingTime b) =>
        Calendar.AddWorkingTime(Calendar.AddWorkingTime(start, a.Value), b.Value) == Calendar.AddWorkingTime(start, a.Value + b.Value);

    [Property(Arbitrary = [typeof(Generators)])]
    public bool The_working_time_between_start_and_due_is_the_time_added(DateTimeOffset start, WorkingTime amount) =>
        Calendar.WorkingTimeBetween(start, Calendar.AddWorkingTime(start, amount.Value)) == amount.Value;

    [Property(Arbitrary = [typeof(Generators)])]
    public bool Same_day_procedures_are_due_at_a_closing_time(DateTimeOffset received)
    {
        var due = new DeadlineRules(Calendar).DueAt(received, ProcessingLimit.SameDay());
        return TimeOnly.FromDateTime(due.DateTime) == WorkingHours.Default.Closing && Calendar.IsWorkingDay(DateOnly.FromDateTime(due.DateTime));
    }

    public sealed record WorkingTime(TimeSpan Value);

    public static class Generators
    {
        /// <summary>Any minute from 2025 to 2030, in any of three offsets.</summary>
        public static Arbitrary<DateTimeOffset> Instants() =>
            (from minutes in Gen.Choose(0, 6 * 365 * 24 * 60)
             from offset in Gen.Elements(0, 7, -5)
             select new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes).ToOffset(TimeSpan.FromHours(offset)))
            .ToArbitrary();

        /// <summary>Zero to sixty working days, to the minute.</summary>
        public static Arbitrary<WorkingTime> WorkingTimes() =>
            Gen.Choose(0, 60 * 8 * 60).Select(minutes => new WorkingTime(TimeSpan.FromMinutes(minutes))).ToArbitrary();
    }
}
