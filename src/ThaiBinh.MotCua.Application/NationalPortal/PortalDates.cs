using System.Globalization;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Application.NationalPortal;

/// <summary>The portal's one date format: <c>yyyyMMddHHmmss</c> in Vietnam time.</summary>
public static class PortalDates
{
    public const string Format = "yyyyMMddHHmmss";

    public static string Of(DateTimeOffset instant) =>
        VietnamTime.ToLocal(instant).ToString(Format, CultureInfo.InvariantCulture);

    public static string? Of(DateTimeOffset? instant) => instant is { } value ? Of(value) : null;

    /// <summary>A portal date read back as the instant it names in Vietnam time.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (!DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        instant = new DateTimeOffset(local, VietnamTime.Offset);
        return true;
    }
}
