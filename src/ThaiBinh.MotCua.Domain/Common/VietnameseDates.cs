using System.Globalization;

namespace ThaiBinh.MotCua.Domain.Common;

/// <summary>Dates and times written the way Vietnamese documents and messages write them.</summary>
public static class VietnameseDates
{
    /// <summary>"10 giờ 00 phút, ngày 25/02/2026" in Vietnam's time.</summary>
    public static string DateTime(DateTimeOffset instant)
    {
        var local = VietnamTime.ToLocal(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{local:HH} giờ {local:mm} phút, ngày {local:dd/MM/yyyy}");
    }
}
