using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Calendar;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding;

/// <summary>
/// Loads the official notices (days off, compensatory and swapped days, working Saturdays) shipped
/// with the product. A date an admin has corrected is left as the admin set it.
/// </summary>
internal sealed class OfficialCalendarSeeder(MotCuaDbContext db, TimeProvider clock)
{
    public const string NoticesFile = "vn-civil-service-2025-2026.json";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.CalendarDays.ToDictionaryAsync(d => d.Date, cancellationToken);
        foreach (var entry in Load())
        {
            if (!existing.TryGetValue(entry.Date, out var day))
            {
                db.CalendarDays.Add(new CalendarDay(entry.Date, entry.Kind, entry.Name, DaySource.Official, clock.GetUtcNow()));
            }
            else if (day.Source == DaySource.Official && (day.Kind != entry.Kind || day.Name != entry.Name))
            {
                day.Change(entry.Kind, entry.Name, DaySource.Official, clock.GetUtcNow());
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<CalendarEntry> Load()
    {
        using var stream = SeedFiles.Open(NoticesFile);
        using var json = JsonDocument.Parse(stream);
        foreach (var day in json.RootElement.GetProperty("days").EnumerateArray())
        {
            yield return new CalendarEntry(
                DateOnly.ParseExact(day.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                CalendarNames.ParseKind(day.GetProperty("kind").GetString())
                    ?? throw new InvalidDataException($"{NoticesFile}: unknown day kind '{day.GetProperty("kind").GetString()}'."),
                day.GetProperty("name").GetString()!,
                DaySource.Official);
        }
    }
}
