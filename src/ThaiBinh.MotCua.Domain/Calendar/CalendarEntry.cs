namespace ThaiBinh.MotCua.Domain.Calendar;

/// <summary>A day that differs from the ordinary week, with its Vietnamese name.</summary>
public sealed record CalendarEntry(DateOnly Date, DayKind Kind, string Name, DaySource Source);
