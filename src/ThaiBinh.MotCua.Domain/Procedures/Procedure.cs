using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Domain.Procedures;

/// <summary>
/// An administrative procedure (thủ tục hành chính) of the national catalogue at one level, with its
/// versions. The national code alone is not unique: chứng thực, for one, is done at several levels.
/// </summary>
public sealed class Procedure
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 500;

    private readonly List<ProcedureVersion> _versions = [];

    private Procedure()
    {
        Code = string.Empty;
        Name = string.Empty;
        Field = string.Empty;
        LevelCode = string.Empty;
    }

    public Procedure(string code, string name, string field, string levelCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.Trim();
        Name = string.Empty;
        Field = string.Empty;
        ArgumentException.ThrowIfNullOrWhiteSpace(levelCode);
        LevelCode = levelCode.Trim();
        Describe(name, field);
    }

    /// <summary>The national code (mã thủ tục) of the national TTHC database, e.g. "1.001193".</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Lĩnh vực, e.g. "Hộ tịch".</summary>
    public string Field { get; private set; }

    /// <summary>The level of government that decides it (an administrative level code).</summary>
    public string LevelCode { get; private set; }

    public IReadOnlyList<ProcedureVersion> Versions => _versions;

    public void Describe(string name, string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        Name = name.Trim();
        Field = field.Trim();
    }

    /// <summary>Adds a version from its first day on; the version before it ends the day before.</summary>
    public void AddVersion(ProcedureVersion version)
    {
        if (version.ProcedureCode != Code || version.LevelCode != LevelCode)
        {
            throw new ArgumentException("The version belongs to another procedure.", nameof(version));
        }

        if (_versions.Any(v => v.ValidFrom >= version.ValidFrom))
        {
            throw new DomainRuleException(
                "procedure.version.order",
                $"Thủ tục {Code} đã có phiên bản áp dụng từ {version.ValidFrom:dd/MM/yyyy} hoặc muộn hơn.");
        }

        _versions.LastOrDefault()?.EndBefore(version.ValidFrom);
        _versions.Add(version);
    }

    public ProcedureVersion? VersionOn(DateOnly day) => _versions.LastOrDefault(v => v.IsInForceOn(day));

    /// <summary>
    /// No longer carried at its level after <paramref name="lastDay"/> (the level was abolished): the
    /// version in force that day ends then; dossiers received under it keep it.
    /// </summary>
    public void Withdraw(DateOnly lastDay) => VersionOn(lastDay)?.EndBefore(lastDay.AddDays(1));
}
