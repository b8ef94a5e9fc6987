namespace ThaiBinh.MotCua.Domain.Common;

/// <summary>
/// The time people read: Asia/Ho_Chi_Minh, UTC+7 all year (no daylight saving since 1975).
/// Instants are stored in UTC and shown in this offset.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>Midnight at the start of <paramref name="day"/> in Vietnam.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
