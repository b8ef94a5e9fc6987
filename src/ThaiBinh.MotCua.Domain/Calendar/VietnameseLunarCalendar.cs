namespace ThaiBinh.MotCua.Domain.Calendar;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch), computed rather than tabulated so that holidays and
/// anniversaries (Tết, Giỗ Tổ Hùng Vương, giỗ) need no yearly data.
/// </summary>
/// <remarks>
/// Algorithm of Hồ Ngọc Đức ("Âm lịch Việt Nam" / "Computing the Vietnamese lunar calendar"):
/// new moons and the sun's longitude by Jean Meeus' formulas ("Astronomical Algorithms"), days as
/// Julian day numbers. A month begins on the local day of a new moon; month 11 is the month that
/// contains the winter solstice; when 13 months lie between two months 11, the first month without
/// a principal solar term (trung khí) is the leap month.
/// Days are those of UTC+7, the meridian Vietnam has used for its calendar since 1968. China computes
/// for UTC+8, which is why Tết can differ (1985: 21/01 in Vietnam, 20/02 in China). Years before 1968
/// are computed the same way, so they may differ from calendars actually printed at the time.
/// The formulas are good to a few minutes: when a new moon falls within minutes of midnight (first in
/// 2054), a month may start a day off from calendars computed with more precise ephemerides.
/// </remarks>
public static class VietnameseLunarCalendar
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    private const double TimeZoneHours = 7.0;

    // DateOnly.DayNumber counts from 0001-01-01 (proleptic Gregorian), whose Julian day number is this.
    private const int JulianDayOfDayNumberZero = 1721426;

    private const double SynodicMonth = 29.530588853;

    // Julian day number of 1900-01-01, and the Julian date of new moon number 0 (that day, 13:50 UT):
    // new moons are counted from there.
    private const int JulianDay1900 = 2415021;
    private const double FirstNewMoon = 2415021.076998695;

    // Each lunar year is computed once, when first asked for; Lazy makes this thread-safe.
    private static readonly Lazy<LunarYear>[] Years = Enumerable.Range(MinYear, MaxYear - MinYear + 1)
        .Select(year => new Lazy<LunarYear>(() => LunarYear.Compute(year)))
        .ToArray();

    /// <summary>The earliest solar day that can be converted: Tết of <see cref="MinYear"/>.</summary>
    public static DateOnly MinSupportedDate => NewYear(MinYear);

    /// <summary>The latest solar day that can be converted: the last day of lunar year <see cref="MaxYear"/>.</summary>
    public static DateOnly MaxSupportedDate => LastDayOfYear(MaxYear);

    /// <summary>The lunar date of a solar (dương lịch) day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day falls outside lunar years <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static LunarDate FromSolar(DateOnly date)
    {
        var day = ToJulianDay(date);

        // A lunar year starts between late January and late February, so it is the solar year or the one before.
        var year = date.Year;
        if (year > MaxYear || (year >= MinYear && day < GetYear(year).Start))
        {
            year--;
        }

        if (year is < MinYear or > MaxYear || day >= GetYear(year).End)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Only lunar years {MinYear}–{MaxYear} are supported.");
        }

        var month = GetYear(year).Months.Last(m => m.Start <= day);
        return new LunarDate(year, month.Number, day - month.Start + 1, month.IsLeap);
    }

    /// <summary>The solar day of a lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The year is unsupported, the month is not 1–12, the year has no such leap month, or the month is shorter than <paramref name="lunarDay"/>.
    /// </exception>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth = false)
    {
        var (month, length) = FindMonth(lunarYear, lunarMonth, isLeapMonth);
        if (lunarDay < 1 || lunarDay > length)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay, $"Month {lunarMonth} of lunar year {lunarYear} has {length} days.");
        }

        return FromJulianDay(month.Start + lunarDay - 1);
    }

    /// <summary>Mùng 1 Tết: the first day of lunar year <paramref name="lunarYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is unsupported.</exception>
    public static DateOnly NewYear(int lunarYear) => FromJulianDay(GetYear(lunarYear).Start);

    /// <summary>The last day of lunar year <paramref name="lunarYear"/> (29 or 30 tháng Chạp), the eve of the next Tết.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is unsupported.</exception>
    public static DateOnly LastDayOfYear(int lunarYear) => FromJulianDay(GetYear(lunarYear).End - 1);

    /// <summary>The number of the month that is repeated as a leap month in <paramref name="lunarYear"/>, or null when the year has 12 months.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is unsupported.</exception>
    public static int? LeapMonth(int lunarYear) =>
        GetYear(lunarYear).Months.Where(m => m.IsLeap).Select(m => (int?)m.Number).SingleOrDefault();

    /// <summary>29 or 30: the length of a lunar month, which the calendar does not fix in advance.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is unsupported or has no such month.</exception>
    public static int DaysInMonth(int lunarYear, int lunarMonth, bool isLeapMonth = false) =>
        FindMonth(lunarYear, lunarMonth, isLeapMonth).Length;

    private static (LunarMonth Month, int Length) FindMonth(int lunarYear, int lunarMonth, bool isLeapMonth)
    {
        var year = GetYear(lunarYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarMonth, 12);

        var index = Array.FindIndex(year.Months, m => m.Number == lunarMonth && m.IsLeap == isLeapMonth);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(isLeapMonth), isLeapMonth, $"Lunar year {lunarYear} has no leap month {lunarMonth}.");
        }

        var next = index + 1 < year.Months.Length ? year.Months[index + 1].Start : year.End;
        return (year.Months[index], next - year.Months[index].Start);
    }

    private static LunarYear GetYear(int lunarYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarYear, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarYear, MaxYear);
        return Years[lunarYear - MinYear].Value;
    }

    private static int ToJulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    private static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - JulianDayOfDayNumberZero);

    /// <summary>
    /// The months from month 11 of the lunar year before <paramref name="solarYear"/> up to, not including,
    /// the month 11 that contains the winter solstice of <paramref name="solarYear"/>: 12 months, or 13 with a leap month.
    /// </summary>
    private static List<LunarMonth> SolsticeToSolstice(int solarYear)
    {
        var start = Month11Start(solarYear - 1);
        var end = Month11Start(solarYear);
        var first = (int)Math.Floor((start - FirstNewMoon) / SynodicMonth + 0.5);
        var leapIndex = end - start > 365 ? LeapMonthIndex(first) : -1;

        var months = new List<LunarMonth>();
        for (var i = 0; NewMoonDay(first + i) < end; i++)
        {
            // Counted from month 11; from the leap month on, numbers lag one behind the count.
            var shift = leapIndex >= 0 && i >= leapIndex ? 1 : 0;
            var number = ((11 + i - shift - 1) % 12) + 1;
            months.Add(new LunarMonth(NewMoonDay(first + i), number, i == leapIndex));
        }

        return months;
    }

    /// <summary>The first day of the lunar month 11 that contains the winter solstice of <paramref name="solarYear"/>.</summary>
    private static int Month11Start(int solarYear)
    {
        var daysSince1900 = ToJulianDay(new DateOnly(solarYear, 12, 31)) - JulianDay1900;
        var k = (int)Math.Floor(daysSince1900 / SynodicMonth);
        var newMoon = NewMoonDay(k);

        // The solstice is the sun entering 270°, i.e. sector 9; if that happened before this
        // new moon, the solstice lies in the month before.
        return SunSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    /// <summary>
    /// Among the months following month 11 (which begins at new moon number <paramref name="month11NewMoon"/>),
    /// the offset of the first one with no principal term: the sun stays in the same 30° sector from its first
    /// day to the next month's first day.
    /// </summary>
    private static int LeapMonthIndex(int month11NewMoon)
    {
        var i = 1;
        var sector = SunSector(NewMoonDay(month11NewMoon + i));
        int previous;
        do
        {
            previous = sector;
            i++;
            sector = SunSector(NewMoonDay(month11NewMoon + i));
        }
        while (sector != previous && i < 14);

        return i - 1;
    }

    /// <summary>The local (UTC+7) Julian day number of the day that contains new moon number <paramref name="k"/>.</summary>
    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + (TimeZoneHours / 24));

    /// <summary>Which 30° sector (0–11, 0 at the vernal equinox) the sun is in at local midnight starting the day.</summary>
    private static int SunSector(int julianDay) =>
        (int)Math.Floor(SunLongitude(julianDay - 0.5 - (TimeZoneHours / 24)) / 30);

    /// <summary>Julian date (UT) of new moon number <paramref name="k"/>, by Meeus' formula for new moons counted from January 1900.</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85; // Julian centuries since 1900-01-00.5
        var t2 = t * t;
        var t3 = t2 * t;

        var mean = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Sin(166.56 + (132.87 * t) - (0.009173 * t2)));
        var sunAnomaly = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var moonAnomaly = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var moonLatitude = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);

        var correction = ((0.1734 - (0.000393 * t)) * Sin(sunAnomaly))
            + (0.0021 * Sin(2 * sunAnomaly))
            - (0.4068 * Sin(moonAnomaly))
            + (0.0161 * Sin(2 * moonAnomaly))
            - (0.0004 * Sin(3 * moonAnomaly))
            + (0.0104 * Sin(2 * moonLatitude))
            - (0.0051 * Sin(sunAnomaly + moonAnomaly))
            - (0.0074 * Sin(sunAnomaly - moonAnomaly))
            + (0.0004 * Sin((2 * moonLatitude) + sunAnomaly))
            - (0.0004 * Sin((2 * moonLatitude) - sunAnomaly))
            - (0.0006 * Sin((2 * moonLatitude) + moonAnomaly))
            + (0.0010 * Sin((2 * moonLatitude) - moonAnomaly))
            + (0.0005 * Sin((2 * moonAnomaly) + sunAnomaly));

        // Dynamical time runs ahead of universal time (ΔT), in days.
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);

        return mean + correction - deltaT;
    }

    /// <summary>The sun's apparent longitude in degrees [0, 360) at Julian date <paramref name="julianDate"/> (UT).</summary>
    private static double SunLongitude(double julianDate)
    {
        var t = (julianDate - 2451545.0) / 36525; // Julian centuries since J2000.0
        var t2 = t * t;

        var meanAnomaly = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var meanLongitude = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var equationOfCenter = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Sin(2 * meanAnomaly))
            + (0.000290 * Sin(3 * meanAnomaly));

        var longitude = (meanLongitude + equationOfCenter) % 360;
        return longitude < 0 ? longitude + 360 : longitude;
    }

    private static double Sin(double degrees) => Math.Sin(degrees * Math.PI / 180);

    private readonly record struct LunarMonth(int Start, int Number, bool IsLeap);

    /// <summary>The months of one lunar year in order (a leap month right after its namesake) and the next Tết.</summary>
    private sealed record LunarYear(LunarMonth[] Months, int End)
    {
        public int Start => Months[0].Start;

        public static LunarYear Compute(int lunarYear)
        {
            // Months 1–10 (and any leap month among them) follow the solstice of the year before;
            // months 11 and 12 follow the solstice of this year, as does month 1 of the next year.
            var afterLastSolstice = SolsticeToSolstice(lunarYear);
            var afterThisSolstice = SolsticeToSolstice(lunarYear + 1);

            var months = afterLastSolstice.Where(m => m.Number <= 10)
                .Concat(afterThisSolstice.Where(m => m.Number >= 11))
                .ToArray();
            var nextNewYear = afterThisSolstice.First(m => m.Number == 1).Start;
            return new LunarYear(months, nextNewYear);
        }
    }
}
