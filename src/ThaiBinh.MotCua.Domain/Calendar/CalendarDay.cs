namespace ThaiBinh.MotCua.Domain.Calendar;

/// <summary>
/// A stored calendar day: from an official notice or an admin's correction. One row per date; an
/// admin's row replaces the official one on that date.
/// </summary>
public sealed class CalendarDay
{
    public const int MaxNameLength = 200;

    private CalendarDay()
    {
        Name = string.Empty;
    }

    public CalendarDay(DateOnly date, DayKind kind, string name, DaySource source, DateTimeOffset changedAt)
    {
        if (source == DaySource.Computed)
        {
            throw new ArgumentException("Computed days are not stored.", nameof(source));
        }

        Date = date;
        Name = string.Empty;
        Change(kind, name, source, changedAt);
    }

    public DateOnly Date { get; private set; }

    public DayKind Kind { get; private set; }

    public string Name { get; private set; }

    public DaySource Source { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public void Change(DayKind kind, string name, DaySource source, DateTimeOffset changedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Kind = kind;
        Name = name.Trim();
        Source = source;
        ChangedAt = changedAt;
    }

    public CalendarEntry ToEntry() => new(Date, Kind, Name, Source);
}
