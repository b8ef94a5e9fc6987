using FluentValidation;

namespace ThaiBinh.MotCua.Application.Common.Validation;

/// <summary>
/// The days and instants the system can reason about: the years its lunar calendar covers (Tết and
/// Giỗ Tổ are computed from it), with room after the last instant for a year of working days. A day
/// outside (year 1, 9999) would overflow the date arithmetic or the calendar, so it is refused up front.
/// </summary>
public static class SupportedDates
{
    public const int FirstYear = 1901;
    public const int LastYear = 2199;

    /// <summary>Instants that start or end a clock: a limit counted from them must still fall in <see cref="LastYear"/>.</summary>
    public const int LastClockYear = 2190;

    public static readonly string DayRange = $"từ năm {FirstYear} đến năm {LastYear}";

    public static readonly string InstantRange = $"từ năm {FirstYear} đến năm {LastClockYear}";

    public static bool Contains(DateOnly day) => day.Year is >= FirstYear and <= LastYear;

    /// <summary>By the UTC year: reading an instant of year 9999 in Vietnam's offset would itself overflow.</summary>
    public static bool ContainsInstant(DateTimeOffset instant) => instant.UtcDateTime.Year is >= FirstYear and <= LastClockYear;

    public static IRuleBuilderOptions<T, DateOnly?> SupportedDay<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(day => day is null || Contains(day.Value)).WithMessage($"Ngày phải {DayRange}.");

    public static IRuleBuilderOptions<T, DateOnly> SupportedDay<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(Contains).WithMessage($"Ngày phải {DayRange}.");

    public static IRuleBuilderOptions<T, DateTimeOffset?> SupportedInstant<T>(this IRuleBuilder<T, DateTimeOffset?> rule) =>
        rule.Must(instant => instant is null || ContainsInstant(instant.Value)).WithMessage($"Thời điểm phải {InstantRange}.");
}
