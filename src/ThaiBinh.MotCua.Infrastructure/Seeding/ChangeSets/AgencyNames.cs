using System.Globalization;

namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>How offices are named and numbered from their unit (QCVN 102:2016 pattern 000.ZZ.YY.Mxx).</summary>
internal static class AgencyNames
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    public static string Code(int z, int y, string provinceSuffix) =>
        string.Create(CultureInfo.InvariantCulture, $"000.{z:00}.{y:00}.{provinceSuffix}");

    /// <summary>The ZZ of "000.ZZ.YY.Mxx" when the code has that YY and suffix; null otherwise.</summary>
    public static int? CommuneNumber(string code, int y, string provinceSuffix) =>
        code.Length == 13 && code.EndsWith(string.Create(CultureInfo.InvariantCulture, $".{y:00}.{provinceSuffix}"), StringComparison.Ordinal)
            && int.TryParse(code.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var z)
            ? z
            : null;

    /// <summary>"Huyện Đông Hưng" → "Bộ phận Tiếp nhận và Trả kết quả huyện Đông Hưng".</summary>
    public static string ReceptionUnit(string unitName) => "Bộ phận Tiếp nhận và Trả kết quả " + LowerFirst(unitName);

    /// <summary>"Xã Đông Hưng" → "Trung tâm Phục vụ hành chính công xã Đông Hưng".</summary>
    public static string ServiceCentre(string unitName) => "Trung tâm Phục vụ hành chính công " + LowerFirst(unitName);

    /// <summary>"phường" → "Phường": the unit's type as the law writes it at the start of a name.</summary>
    public static string UpperFirst(string word) => char.ToUpper(word[0], Vietnamese) + word[1..];

    private static string LowerFirst(string name) => char.ToLower(name[0], Vietnamese) + name[1..];
}
