using System.Globalization;
using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Infrastructure.Calendar;

/// <summary>Configuration section "Calendar": the province's desk hours.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>Working periods of a day as "HH:mm-HH:mm", in order; empty means 07:00-11:30 and 13:30-17:00.</summary>
    public string[] WorkingPeriods { get; init; } = [];

    /// <summary>Same-day procedures received at or after this time are due the next working day.</summary>
    public string SameDayCutoff { get; init; } = "15:00";

    public WorkingHours ToWorkingHours()
    {
        if (WorkingPeriods.Length == 0)
        {
            return WorkingHours.Default;
        }

        try
        {
            var periods = WorkingPeriods.Select(p => p.Split('-', 2)).Select(p => new WorkingPeriod(Time(p[0]), Time(p[1]))).ToList();
            return new WorkingHours(periods, Time(SameDayCutoff));
        }
        catch (Exception exception) when (exception is FormatException or IndexOutOfRangeException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"Calendar:WorkingPeriods / Calendar:SameDayCutoff are not valid (expected e.g. \"07:00-11:30\" and \"15:00\"): {exception.Message}", exception);
        }
    }

    private static TimeOnly Time(string text) => TimeOnly.ParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture);
}
