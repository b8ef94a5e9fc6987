using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Application.Common.Regimes;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>
/// The header block of an office's forms: the people's committee of the office's unit, its own name,
/// its place. Offices and units are rows of their time, so the office that issued a form of 2018
/// still gives the 2018 header. Where the period says so (two-level government since 07/2025), a
/// commune-level office is also named under its province's committee, as "UBND TỈNH HƯNG YÊN" above
/// "UBND PHƯỜNG THÁI BÌNH".
/// </summary>
public static class FormIssuers
{
    public static FormIssuer ForOffice(ReferenceSnapshot reference, Guid officeId, Regime regime)
    {
        var office = reference.Office(officeId) ?? throw new InvalidOperationException($"Office {officeId} is not in the reference data.");
        var unit = UnitOf(reference, office.UnitId);
        var committees = new List<string> { Committee(unit) };
        if (regime.HeaderNamesProvince && Province(reference, unit) is { } province && province.Id != unit.Id)
        {
            committees.Insert(0, Committee(province));
        }

        var place = unit.Name.StartsWith(unit.Kind + " ", StringComparison.Ordinal) ? unit.Name[(unit.Kind.Length + 1)..] : unit.Name;
        return new FormIssuer(committees, office.Name, place);
    }

    private static string Committee(AdministrativeUnit unit) => "Ủy ban nhân dân " + char.ToLowerInvariant(unit.Name[0]) + unit.Name[1..];

    /// <summary>The top of the unit's tree: levels are data, so the province is the unit with no parent.</summary>
    private static AdministrativeUnit Province(ReferenceSnapshot reference, AdministrativeUnit unit)
    {
        while (unit.ParentId is { } parentId)
        {
            unit = UnitOf(reference, parentId);
        }

        return unit;
    }

    private static AdministrativeUnit UnitOf(ReferenceSnapshot reference, Guid unitId) =>
        reference.Unit(unitId) ?? throw new InvalidOperationException($"Unit {unitId} is not in the reference data.");
}
