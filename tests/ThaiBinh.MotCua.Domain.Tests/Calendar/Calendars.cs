using System.Text.Json;
using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Domain.Tests.Calendar;

/// <summary>Calendars the tests use: the official 2025–2026 notices as the product seeds them.</summary>
internal static class Calendars
{
    private static readonly Lazy<IReadOnlyList<CalendarEntry>> Official = new(LoadOfficial);

    public static WorkingCalendar WithOfficialNotices(params CalendarEntry[] extra) =>
        new(WorkingHours.Default, [.. Official.Value, .. extra]);

    public static DeadlineRules Rules(params CalendarEntry[] extra) => new(WithOfficialNotices(extra));

    /// <summary>A Vietnam local time, written as the tests think of it.</summary>
    public static DateTimeOffset Vn(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    private static IReadOnlyList<CalendarEntry> LoadOfficial()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Calendar", "vn-civil-service-2025-2026.json"));
        using var json = JsonDocument.Parse(file);
        return [.. json.RootElement.GetProperty("days").EnumerateArray().Select(day => new CalendarEntry(
            DateOnly.Parse(day.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            day.GetProperty("kind").GetString() switch
            {
                "holiday" => DayKind.Holiday,
                "compensatory" => DayKind.Compensatory,
                "swapped_off" => DayKind.SwappedOff,
                "working_saturday" => DayKind.WorkingSaturday,
                var other => throw new InvalidDataException($"unknown kind {other}"),
            },
            day.GetProperty("name").GetString()!,
            DaySource.Official))];
    }
}
