namespace ThaiBinh.MotCua.Domain.Calendar;

/// <summary>
/// A day of the Vietnamese lunar calendar (âm lịch). <see cref="Year"/> is the number of the solar
/// year in which the lunar year begins: the year starting at Tết 2026 (Bính Ngọ) is 2026.
/// A leap month (tháng nhuận) repeats the number of the month before it and is marked by
/// <see cref="IsLeapMonth"/>. The value is plain data; <see cref="VietnameseLunarCalendar"/>
/// decides which dates exist.
/// </summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth)
{
    /// <summary>The solar (dương lịch) day of this lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist or is outside the supported years.</exception>
    public DateOnly ToSolar() => VietnameseLunarCalendar.ToSolar(Year, Month, Day, IsLeapMonth);

    public override string ToString() => IsLeapMonth ? $"{Day}/{Month} nhuận/{Year}" : $"{Day}/{Month}/{Year}";
}
