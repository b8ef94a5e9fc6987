using ThaiBinh.MotCua.Domain.Offices;

namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>A change-set file over one of the GSO lists of Thái Bình (province → districts → communes).</summary>
/// <remarks>Tiers: The level code of each depth of the list: province, district, commune. FirstDistrictAgencyNumber: YY of the first district's desk (districts numbered by GSO code).</remarks>
internal sealed record ThaiBinhTreeManifest(
    string UnitsFile,
    IReadOnlyList<string> Tiers,
    string AgencySuffix,
    int FirstDistrictAgencyNumber,
    IReadOnlyList<ThaiBinhTreeManifest.Level>? Levels,
    IReadOnlyList<ProvincialOffice>? ProvincialOffices)
{
    public string ProvinceLevel => Tiers[0];

    public string DistrictLevel => Tiers[1];

    public string CommuneLevel => Tiers[2];

    /// <summary>YY of each district's desk, the district's communes numbering their desks ZZ under it.</summary>
    public IReadOnlyDictionary<string, int> DistrictAgencyNumbers(UnitTreeFile tree) =>
        tree.Districts.OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select((district, index) => (district.Code, Number: FirstDistrictAgencyNumber + index))
            .ToDictionary(d => d.Code, d => d.Number, StringComparer.Ordinal);

    internal sealed record Level(string Code, string Name, int Rank);
}

/// <summary>An office of the provincial level, numbered 000.00.NN.</summary>
/// <remarks>Succeeds: Codes of the offices it carries on from (in a change set that closes them).</remarks>
internal sealed record ProvincialOffice(int Number, string Name, OfficeKind Kind, IReadOnlyList<string>? Succeeds);
