using System.Globalization;
using System.Text;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Common;

/// <summary>An opaque keyset position: the last item's due moment and code.</summary>
public static class DueCursor
{
    public static string Write(DateTimeOffset due, string code) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{due.UtcTicks}|{code}")));

    /// <summary>Whether a client's cursor can be read (for validation).</summary>
    public static bool IsValid(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        try
        {
            // A forged cursor may carry ticks no instant has, or a code with characters PostgreSQL cannot take.
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('|', 2);
            return parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
                && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && TextPolicy.FirstRefused(parts[1], multiLine: false) is null;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static bool TryRead(string? cursor, out DateTimeOffset due, out string code)
    {
        due = default;
        code = string.Empty;
        if (string.IsNullOrEmpty(cursor))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('|', 2);
        due = new DateTimeOffset(long.Parse(parts[0], CultureInfo.InvariantCulture), TimeSpan.Zero);
        code = parts[1];
        return true;
    }
}
