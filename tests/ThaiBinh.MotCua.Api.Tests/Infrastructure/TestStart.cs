using System.Globalization;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// The moment the test clock shows when the host starts and again at the start of every test class.
/// Fixed so that no result depends on the day the suite runs. The default, Monday 2 June 2025 at
/// 08:00 in Vietnam, is an ordinary working morning of the 2018 world (Decree 61, Thái Bình's three
/// levels and the demo accounts' offices, which close on 30/06/2025): 2025 has its official calendar
/// notice loaded (no computed days off), no holiday falls in the following weeks of short deadlines,
/// and 08:00 is inside the desk's morning period, so a receipt starts its clock at once. Tests of
/// today's world (Hưng Yên, Decree 118) set the clock on their own side of 1 July 2025.
/// <c>MOTCUA_TEST_START</c> (ISO 8601 with an offset, e.g. <c>2027-01-04T08:00:00+07:00</c>) moves it,
/// to check that the suite passes on other days too.
/// </summary>
public static class TestStart
{
    public const string Variable = "MOTCUA_TEST_START";

    public static readonly DateTimeOffset Default = new(2025, 6, 2, 8, 0, 0, TimeSpan.FromHours(7));

    /// <summary>In UTC, as a real <see cref="TimeProvider"/>'s GetUtcNow answers: raw SQL parameters accept no other offset.</summary>
    public static DateTimeOffset Value { get; } = Read().ToUniversalTime();

    private static DateTimeOffset Read()
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            ? start
            : throw new InvalidOperationException($"{Variable}='{text}' is not a moment such as 2026-03-02T08:00:00+07:00.");
    }
}
