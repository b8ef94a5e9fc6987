using System.Globalization;
using ThaiBinh.MotCua.Domain.Offices;

namespace ThaiBinh.MotCua.Infrastructure.Seeding;

internal sealed record LevelSeed(string Code, string Name, int Rank);

internal sealed record UnitSeed(string Code, string Name, string Kind, string LevelCode, string? ParentCode);

internal sealed record OfficeSeed(string Code, string Name, OfficeKind Kind, string UnitCode);

/// <summary>
/// Thái Bình as the 2018 plan knew it: three levels, the GSO unit tree, one reception office per
/// unit and a handful of provincial departments.
/// </summary>
/// <remarks>
/// Office codes follow the QCVN 102:2016 pattern V1V2V3.Z1Z2.Y1Y2.MX1X2 with Thái Bình's H54, but the
/// numbers are assigned here in a fixed order (the centre and departments 01–19 in list order, so new ones go last, districts 31–38 by GSO code,
/// communes by GSO code within their district): the real list of QĐ 3982/QĐ-UBND was not available.
/// </remarks>
internal static class ThaiBinhReferenceData
{
    public const string ProvinceLevel = "province";
    public const string DistrictLevel = "district";
    public const string CommuneLevel = "commune";

    private const string ProvinceSuffix = "H54";
    private const int FirstDistrictAgencyNumber = 31;

    public static readonly IReadOnlyList<LevelSeed> Levels =
    [
        new(ProvinceLevel, "Cấp tỉnh", 1),
        new(DistrictLevel, "Cấp huyện", 2),
        new(CommuneLevel, "Cấp xã", 3),
    ];

    private static readonly (string Name, OfficeKind Kind)[] ProvincialOffices =
    [
        ("Trung tâm Phục vụ hành chính công tỉnh Thái Bình", OfficeKind.ServiceCentre),
        ("Sở Tư pháp tỉnh Thái Bình", OfficeKind.Department),
        ("Sở Kế hoạch và Đầu tư tỉnh Thái Bình", OfficeKind.Department),
        ("Sở Xây dựng tỉnh Thái Bình", OfficeKind.Department),
        ("Sở Tài nguyên và Môi trường tỉnh Thái Bình", OfficeKind.Department),
        ("Sở Lao động - Thương binh và Xã hội tỉnh Thái Bình", OfficeKind.Department),
        ("Sở Y tế tỉnh Thái Bình", OfficeKind.Department),
        ("Công an tỉnh Thái Bình", OfficeKind.Department),
        ("Bảo hiểm xã hội tỉnh Thái Bình", OfficeKind.Department),
    ];

    public static IEnumerable<UnitSeed> Units(UnitTreeFile tree)
    {
        yield return new UnitSeed(tree.Code, tree.Name, tree.Kind, ProvinceLevel, null);
        foreach (var district in tree.Districts)
        {
            yield return new UnitSeed(district.Code, district.Name, district.Kind, DistrictLevel, tree.Code);
            foreach (var commune in district.Communes)
            {
                yield return new UnitSeed(commune.Code, commune.Name, commune.Kind, CommuneLevel, district.Code);
            }
        }
    }

    public static IEnumerable<OfficeSeed> Offices(UnitTreeFile tree)
    {
        for (var i = 0; i < ProvincialOffices.Length; i++)
        {
            var (name, kind) = ProvincialOffices[i];
            yield return new OfficeSeed(AgencyCode(0, i + 1), name, kind, tree.Code);
        }

        var districts = tree.Districts.OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        for (var d = 0; d < districts.Count; d++)
        {
            var district = districts[d];
            var districtNumber = FirstDistrictAgencyNumber + d;
            yield return new OfficeSeed(
                AgencyCode(0, districtNumber), ReceptionUnitName(district.Name), OfficeKind.ReceptionUnit, district.Code);

            var communes = district.Communes.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
            for (var c = 0; c < communes.Count; c++)
            {
                yield return new OfficeSeed(
                    AgencyCode(c + 1, districtNumber), ReceptionUnitName(communes[c].Name), OfficeKind.ReceptionUnit, communes[c].Code);
            }
        }
    }

    /// <summary>"Huyện Đông Hưng" → "Bộ phận Tiếp nhận và Trả kết quả huyện Đông Hưng".</summary>
    private static string ReceptionUnitName(string unitName) =>
        "Bộ phận Tiếp nhận và Trả kết quả " + char.ToLower(unitName[0], CultureInfo.GetCultureInfo("vi")) + unitName[1..];

    private static string AgencyCode(int z, int y) =>
        string.Create(CultureInfo.InvariantCulture, $"000.{z:00}.{y:00}.{ProvinceSuffix}");
}
