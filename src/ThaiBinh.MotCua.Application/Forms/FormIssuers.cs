using ThaiBinh.MotCua.Application.Common.Reference;

namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>The header block of an office's forms: its people's committee, its own name, its place.</summary>
public static class FormIssuers
{
    public static FormIssuer ForOffice(ReferenceSnapshot reference, Guid officeId)
    {
        var office = reference.Office(officeId) ?? throw new InvalidOperationException($"Office {officeId} is not in the reference data.");
        var unit = reference.Unit(office.UnitId) ?? throw new InvalidOperationException($"Unit {office.UnitId} is not in the reference data.");
        var place = unit.Name.StartsWith(unit.Kind + " ", StringComparison.Ordinal) ? unit.Name[(unit.Kind.Length + 1)..] : unit.Name;
        return new FormIssuer("Ủy ban nhân dân " + char.ToLowerInvariant(unit.Name[0]) + unit.Name[1..], office.Name, place);
    }
}
