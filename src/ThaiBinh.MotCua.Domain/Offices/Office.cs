namespace ThaiBinh.MotCua.Domain.Offices;

/// <summary>
/// A reception desk or a processing agency. Its <see cref="Code"/> is the agency identifier of
/// QCVN 102:2016 (e.g. "000.00.01.H54"), which also prefixes the codes of the dossiers it receives.
/// </summary>
public sealed class Office
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 256;

    private Office()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Office(string code, string name, OfficeKind kind, Guid unitId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Id = Guid.CreateVersion7();
        Code = code;
        Name = string.Empty;
        Update(name, kind, unitId);
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public OfficeKind Kind { get; private set; }

    /// <summary>The administrative unit the office serves.</summary>
    public Guid UnitId { get; private set; }

    /// <summary>Last day the office works; null while it exists. Offices close with their unit.</summary>
    public DateOnly? ValidTo { get; private set; }

    public bool ReceivesDossiers => Kind is OfficeKind.ServiceCentre or OfficeKind.ReceptionUnit;

    public void Close(DateOnly lastDay) => ValidTo ??= lastDay;

    public void Update(string name, OfficeKind kind, Guid unitId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Kind = kind;
        UnitId = unitId;
    }
}
