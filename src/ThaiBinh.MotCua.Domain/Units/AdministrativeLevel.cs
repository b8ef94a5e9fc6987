namespace ThaiBinh.MotCua.Domain.Units;

/// <summary>
/// A tier of government (cấp tỉnh, cấp huyện, cấp xã). Levels are data: the three-tier world of the
/// 2018 plan and the two-tier world since 07/2025 are both sets of rows, not an enum in the code.
/// </summary>
public sealed class AdministrativeLevel
{
    public const int MaxCodeLength = 32;

    private AdministrativeLevel()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public AdministrativeLevel(string code, string name, int rank)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rank);
        Code = code;
        Name = name;
        Rank = rank;
    }

    public string Code { get; private set; }

    /// <summary>Vietnamese name shown to people, e.g. "Cấp xã".</summary>
    public string Name { get; private set; }

    /// <summary>1 for the province; larger numbers sit lower in the tree.</summary>
    public int Rank { get; private set; }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }
}
