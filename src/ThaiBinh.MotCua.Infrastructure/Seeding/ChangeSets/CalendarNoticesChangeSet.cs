using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Calendar;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>
/// The official notices of days off, compensatory and swapped days and working Saturdays. A date an
/// admin has corrected is left as the admin set it; an official date already stored (by the old
/// start-up seeder) is adopted.
/// </summary>
internal sealed class CalendarNoticesChangeSet : DataFileChangeSet
{
    public const string FileName = "change-set.2025-01-01.calendar.json";

    private readonly string _noticesFile;
    private readonly TimeProvider _clock;

    private CalendarNoticesChangeSet(ChangeSetHeader header, Manifest manifest, TimeProvider clock)
        : base(header, FileName, manifest.NoticesFile)
    {
        _noticesFile = manifest.NoticesFile;
        _clock = clock;
    }

    public static CalendarNoticesChangeSet Load(TimeProvider clock) =>
        new(ChangeSetHeader.Load<ChangeSetHeader>(FileName), ChangeSetHeader.Load<Manifest>(FileName), clock);

    public override async Task ApplyAsync(MotCuaDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.CalendarDays.ToDictionaryAsync(d => d.Date, cancellationToken);
        foreach (var entry in Notices())
        {
            if (!existing.TryGetValue(entry.Date, out var day))
            {
                db.CalendarDays.Add(new CalendarDay(entry.Date, entry.Kind, entry.Name, DaySource.Official, _clock.GetUtcNow()));
            }
            else if (day.Source == DaySource.Official && (day.Kind != entry.Kind || day.Name != entry.Name))
            {
                day.Change(entry.Kind, entry.Name, DaySource.Official, _clock.GetUtcNow());
            }
        }
    }

    private IEnumerable<CalendarEntry> Notices()
    {
        using var stream = SeedFiles.Open(_noticesFile);
        using var json = JsonDocument.Parse(stream);
        foreach (var day in json.RootElement.GetProperty("days").EnumerateArray())
        {
            yield return new CalendarEntry(
                DateOnly.ParseExact(day.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                CalendarNames.ParseKind(day.GetProperty("kind").GetString())
                    ?? throw new InvalidDataException($"{_noticesFile}: unknown day kind '{day.GetProperty("kind").GetString()}'."),
                day.GetProperty("name").GetString()!,
                DaySource.Official);
        }
    }

    private sealed record Manifest(string NoticesFile);
}
