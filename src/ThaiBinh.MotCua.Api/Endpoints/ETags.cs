using System.Globalization;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>A dossier's ETag is its version number, quoted: "7".</summary>
internal static class ETags
{
    public static string Format(int version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>The version an If-Match names; an unreadable value names none that exists (it can never match).</summary>
    public static int? Parse(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return null;
        }

        var value = ifMatch.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return int.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;
    }
}
