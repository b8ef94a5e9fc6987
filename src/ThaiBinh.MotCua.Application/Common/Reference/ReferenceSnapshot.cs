using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Application.Common.Reference;

/// <summary>
/// An immutable copy of the reference data, shared by every request of the process: the entities in
/// it were read without tracking and must never be changed or attached to a context.
/// </summary>
public sealed class ReferenceSnapshot
{
    private readonly Dictionary<Guid, Office> _offices;
    private readonly Dictionary<string, Office> _openOfficesByCode;
    private readonly Dictionary<Guid, AdministrativeUnit> _units;
    private readonly ILookup<string, Procedure> _procedures;
    private readonly Dictionary<Guid, NamedDto> _procedureNamesByVersion;
    private readonly Dictionary<Guid, ProcedureVersion> _versions;
    private readonly Dictionary<Guid, PersonDto> _people;
    private readonly ILookup<Guid, Office> _desksByUnit;

    public ReferenceSnapshot(
        long version,
        IReadOnlyCollection<AdministrativeUnit> units,
        IReadOnlyCollection<Office> offices,
        IReadOnlyCollection<Procedure> procedures,
        IReadOnlyDictionary<Guid, PersonDto> people,
        WorkingCalendar calendar)
    {
        Version = version;
        Calendar = calendar;
        _units = units.ToDictionary(u => u.Id);
        _offices = offices.ToDictionary(o => o.Id);
        _openOfficesByCode = offices.Where(o => o.ValidTo == null).ToDictionary(o => o.Code, StringComparer.Ordinal);
        // Ordered by code, so a unit with two open desks always routes to the same one.
        _desksByUnit = offices.Where(o => o.Kind != OfficeKind.Department && o.ValidTo == null).OrderBy(o => o.Code, StringComparer.Ordinal).ToLookup(o => o.UnitId);
        _procedures = procedures.ToLookup(p => p.Code, StringComparer.Ordinal);
        _procedureNamesByVersion = procedures.SelectMany(p => p.Versions.Select(v => (v.Id, Name: new NamedDto(p.Code, p.Name)))).ToDictionary(x => x.Id, x => x.Name);
        _versions = procedures.SelectMany(p => p.Versions).ToDictionary(v => v.Id);
        _people = new Dictionary<Guid, PersonDto>(people);
    }

    /// <summary>The <see cref="ReferenceDataVersion"/> read before the copy was.</summary>
    public long Version { get; }

    /// <summary>The working calendar: the stored notices and corrections over the computed defaults.</summary>
    public WorkingCalendar Calendar { get; }

    public Office? Office(Guid id) => _offices.GetValueOrDefault(id);

    /// <summary>The office that bears <paramref name="code"/> now (codes of closed offices may be reused).</summary>
    public Office? OpenOffice(string code) => _openOfficesByCode.GetValueOrDefault(code);

    /// <summary>Every office open now, in no particular order.</summary>
    public IEnumerable<Office> OpenOffices => _openOfficesByCode.Values;

    public AdministrativeUnit? Unit(Guid id) => _units.GetValueOrDefault(id);

    /// <summary>The procedures of that national code, one per level that offers it.</summary>
    public IEnumerable<Procedure> Procedures(string code) => _procedures[code];

    /// <summary>The open reception office (not a department) of the unit above <paramref name="office"/>'s.</summary>
    public Office? ParentDesk(Office office) =>
        Unit(office.UnitId)?.ParentId is { } parent ? _desksByUnit[parent].FirstOrDefault() : null;

    public NamedDto? OfficeName(Guid id) => Office(id) is { } office ? new NamedDto(office.Code, office.Name) : null;

    public PersonDto? Person(Guid id) => _people.GetValueOrDefault(id);

    public ProcedureVersion? ProcedureVersion(Guid id) => _versions.GetValueOrDefault(id);

    public NamedDto? ProcedureName(Guid versionId) => _procedureNamesByVersion.GetValueOrDefault(versionId);
}
