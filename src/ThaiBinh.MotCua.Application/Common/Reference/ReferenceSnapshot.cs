using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Application.Common.Reference;

/// <summary>
/// An immutable copy of the reference data, shared by every request of the process: the entities in
/// it were read without tracking and must never be changed or attached to a context.
/// Units and offices are effective-dated and their codes are reused over time, so every lookup by
/// code asks which one is in force on a given day: the receipt day for routing, today for lists.
/// </summary>
public sealed class ReferenceSnapshot
{
    private readonly Dictionary<Guid, Office> _offices;
    private readonly ILookup<string, Office> _officesByCode;
    private readonly Dictionary<Guid, AdministrativeUnit> _units;
    private readonly ILookup<string, AdministrativeUnit> _unitsByCode;
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
        _unitsByCode = units.ToLookup(u => u.Code, StringComparer.Ordinal);
        _offices = offices.ToDictionary(o => o.Id);
        _officesByCode = offices.ToLookup(o => o.Code, StringComparer.Ordinal);
        // Ordered by code, so a unit with two desks in force always routes to the same one.
        _desksByUnit = offices.Where(o => o.ReceivesDossiers).OrderBy(o => o.Code, StringComparer.Ordinal).ToLookup(o => o.UnitId);
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

    /// <summary>The office that bears <paramref name="code"/> on <paramref name="day"/> (codes of closed offices may be reused).</summary>
    public Office? OfficeOn(string code, DateOnly day) => _officesByCode[code].FirstOrDefault(o => o.IsInForceOn(day));

    /// <summary>Every office in force on <paramref name="day"/>, in no particular order.</summary>
    public IEnumerable<Office> OfficesOn(DateOnly day) => _offices.Values.Where(o => o.IsInForceOn(day));

    /// <summary>Every office whose last day in force is before <paramref name="day"/>.</summary>
    public IEnumerable<Office> OfficesClosedBefore(DateOnly day) => _offices.Values.Where(o => o.ValidTo < day);

    public AdministrativeUnit? Unit(Guid id) => _units.GetValueOrDefault(id);

    /// <summary>The unit that bears <paramref name="code"/> on <paramref name="day"/> (a new commune reuses a predecessor's code).</summary>
    public AdministrativeUnit? UnitOn(string code, DateOnly day) => _unitsByCode[code].FirstOrDefault(u => u.IsInForceOn(day));

    /// <summary>Of the units that ever bore <paramref name="code"/>, the one in force last (still in force first).</summary>
    public AdministrativeUnit? LastUnitWithCode(string code) =>
        _unitsByCode[code].OrderByDescending(u => u.ValidTo ?? DateOnly.MaxValue).FirstOrDefault();

    /// <summary>The reception offices (not departments) of a unit in force on <paramref name="day"/>, by code.</summary>
    public IEnumerable<Office> DesksOn(Guid unitId, DateOnly day) => _desksByUnit[unitId].Where(o => o.IsInForceOn(day));

    /// <summary>The procedures of that national code, one per level that offers it.</summary>
    public IEnumerable<Procedure> Procedures(string code) => _procedures[code];

    /// <summary>
    /// The reception office in force on <paramref name="day"/> of the nearest unit above
    /// <paramref name="office"/>'s that has one: the parent links decide, not the levels' names, so a
    /// commune routes to its district in the three-tier world and to the province in the two-tier one.
    /// </summary>
    public Office? ParentDesk(Office office, DateOnly day)
    {
        for (var unit = Unit(office.UnitId)?.ParentId is { } first ? Unit(first) : null;
             unit is not null;
             unit = unit.ParentId is { } parent ? Unit(parent) : null)
        {
            if (DesksOn(unit.Id, day).FirstOrDefault() is { } desk)
            {
                return desk;
            }
        }

        return null;
    }

    /// <summary>
    /// The office in force on <paramref name="day"/> that carries on <paramref name="office"/>'s work:
    /// itself while it works, else its successor, following the chain when the successor closed too;
    /// null when the chain ends at an office with no successor in force.
    /// </summary>
    public Office? InForceSuccessorOn(Office office, DateOnly day)
    {
        var seen = new HashSet<Guid>();
        for (Office? current = office; current is not null && seen.Add(current.Id); current = current.SuccessorId is { } next ? Office(next) : null)
        {
            if (current.IsInForceOn(day))
            {
                return current;
            }
        }

        return null;
    }

    public NamedDto? OfficeName(Guid id) => Office(id) is { } office ? new NamedDto(office.Code, office.Name) : null;

    public PersonDto? Person(Guid id) => _people.GetValueOrDefault(id);

    public ProcedureVersion? ProcedureVersion(Guid id) => _versions.GetValueOrDefault(id);

    public NamedDto? ProcedureName(Guid versionId) => _procedureNamesByVersion.GetValueOrDefault(versionId);
}
