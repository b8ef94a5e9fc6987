namespace ThaiBinh.MotCua.Domain.Calendar;

/// <summary>An admin's change to the calendar: who, when, why, and what the day was before.</summary>
public sealed class CalendarChange
{
    public const int MaxReasonLength = 500;

    private CalendarChange()
    {
        ChangedBy = string.Empty;
        Reason = string.Empty;
        NewName = string.Empty;
    }

    public CalendarChange(
        DateOnly date, DayKind? oldKind, string? oldName, DayKind newKind, string newName,
        string reason, string changedBy, DateTimeOffset changedAt, int recomputedDossiers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Id = Guid.CreateVersion7();
        Date = date;
        OldKind = oldKind;
        OldName = oldName;
        NewKind = newKind;
        NewName = newName;
        Reason = reason.Trim();
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        RecomputedDossiers = recomputedDossiers;
    }

    public Guid Id { get; private set; }

    public DateOnly Date { get; private set; }

    public DayKind? OldKind { get; private set; }

    public string? OldName { get; private set; }

    public DayKind NewKind { get; private set; }

    public string NewName { get; private set; }

    public string Reason { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>How many open dossiers got a new due moment because of this change.</summary>
    public int RecomputedDossiers { get; private set; }
}
