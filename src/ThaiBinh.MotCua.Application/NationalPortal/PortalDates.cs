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
}
