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

    public Office(string code, string name, OfficeKind kind, Guid unitId, DateOnly? validFrom = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Id = Guid.CreateVersion7();
        Code = code;
        ValidFrom = validFrom;
        Name = string.Empty;
        Update(name, kind, unitId);
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public OfficeKind Kind { get; private set; }

    /// <summary>The administrative unit the office serves.</summary>
    public Guid UnitId { get; private set; }

    /// <summary>First day the office works; null when it predates the records we hold.</summary>
    public DateOnly? ValidFrom { get; private set; }

    /// <summary>Last day the office works; null while it exists. Offices close with their unit.</summary>
    public DateOnly? ValidTo { get; private set; }

    /// <summary>
    /// The office that takes over the open dossiers of this one once it closes (a reorganisation
    /// names it); null while the office works, or when nobody does.
    /// </summary>
    public Guid? SuccessorId { get; private set; }

    public bool ReceivesDossiers => Kind is OfficeKind.ServiceCentre or OfficeKind.ReceptionUnit;

    public bool IsInForceOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    public void Close(DateOnly lastDay) => ValidTo ??= lastDay;

    /// <summary>Closes the office after <paramref name="lastDay"/> and names who carries on its work.</summary>
    public void CloseInFavourOf(DateOnly lastDay, Office successor)
    {
        if (successor.Id == Id)
        {
            throw new ArgumentException("Một cơ quan không thể kế thừa chính nó.", nameof(successor));
        }

        Close(lastDay);
        SuccessorId = successor.Id;
    }

    public void Update(string name, OfficeKind kind, Guid unitId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Kind = kind;
        UnitId = unitId;
    }
}
