namespace ThaiBinh.MotCua.Domain.Units;

/// <summary>
/// A node of the administrative tree (province, district, commune), identified by its GSO code.
/// Units are effective-dated because they merge and split: a code may be reused by a later version,
/// so the surrogate <see cref="Id"/> is the identity and <see cref="Code"/> is unique only among
/// the versions in force on a given day.
/// </summary>
public sealed class AdministrativeUnit
{
    public const int MaxCodeLength = 16;
    public const int MaxNameLength = 128;
    public const int MaxKindLength = 32;

    private AdministrativeUnit()
    {
        Code = string.Empty;
        Name = string.Empty;
        Kind = string.Empty;
        LevelCode = string.Empty;
    }

    public AdministrativeUnit(string code, string name, string kind, string levelCode, Guid? parentId, DateOnly? validFrom)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(levelCode);
        Id = Guid.CreateVersion7();
        Code = code;
        LevelCode = levelCode;
        ParentId = parentId;
        ValidFrom = validFrom;
        Name = string.Empty;
        Kind = string.Empty;
        Rename(name, kind);
    }

    public Guid Id { get; private set; }

    /// <summary>GSO code: "34" for the province, three digits for a district, five for a commune.</summary>
    public string Code { get; private set; }

    /// <summary>Full Vietnamese name, e.g. "Phường Lê Hồng Phong".</summary>
    public string Name { get; private set; }

    /// <summary>The unit's type as the law names it: Tỉnh, Thành phố, Huyện, Xã, Phường, Thị trấn.</summary>
    public string Kind { get; private set; }

    public string LevelCode { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>First day in force; null when the unit predates the records we hold.</summary>
    public DateOnly? ValidFrom { get; private set; }

    /// <summary>Last day in force; null while the unit still exists.</summary>
    public DateOnly? ValidTo { get; private set; }

    public bool IsInForceOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    /// <summary>
    /// The unit ceases to exist after <paramref name="lastDay"/> (merged, split, or its level abolished).
    /// Its row stays, so dossiers received while it existed keep pointing at it.
    /// </summary>
    public void Close(DateOnly lastDay)
    {
        if (ValidFrom is { } from && lastDay < from)
        {
            throw new Common.DomainRuleException(
                "unit.close.before-start",
                $"Không thể kết thúc đơn vị {Name} trước ngày bắt đầu hiệu lực {from:dd/MM/yyyy}.");
        }

        if (ValidTo is not null)
        {
            throw new Common.DomainRuleException("unit.close.twice", $"Đơn vị {Name} đã hết hiệu lực từ {ValidTo:dd/MM/yyyy}.");
        }

        ValidTo = lastDay;
    }

    public void Rename(string name, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        Name = name.Trim();
        Kind = kind.Trim();
    }

    public void MoveUnder(Guid? parentId)
    {
        if (parentId == Id)
        {
            throw new ArgumentException("Một đơn vị hành chính không thể là cấp trên của chính nó.", nameof(parentId));
        }

        ParentId = parentId;
    }
}
