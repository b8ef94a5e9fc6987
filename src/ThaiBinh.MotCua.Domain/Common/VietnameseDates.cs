using System.Globalization;

namespace ThaiBinh.MotCua.Domain.Common;

/// <summary>Dates and times written the way Vietnamese documents and messages write them.</summary>
public static class VietnameseDates
{
    /// <summary>"10 giờ 00 phút, ngày 25 tháng 02 năm 2026": the wording of forms.</summary>
    public static string Long(DateTimeOffset instant)
    {
        var local = VietnamTime.ToLocal(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{local:HH} giờ {local:mm} phút, ngày {local:dd} tháng {local:MM} năm {local:yyyy}");
    }

    /// <summary>"ngày 25 tháng 02 năm 2026".</summary>
    public static string Day(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {day:dd} tháng {day:MM} năm {day:yyyy}");

    /// <summary>"25/02/2026 10:00", for tables.</summary>
    public static string Short(DateTimeOffset instant) =>
        VietnamTime.ToLocal(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"200.000 đồng".</summary>
    public static string Dong(long amount) =>
        amount.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN")) + " đồng";

    /// <summary>"10 giờ 00 phút, ngày 25/02/2026" in Vietnam's time.</summary>
    public static string DateTime(DateTimeOffset instant)
    {
        var local = VietnamTime.ToLocal(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{local:HH} giờ {local:mm} phút, ngày {local:dd/MM/yyyy}");
    }
}
