namespace ThaiBinh.MotCua.Application.Evaluations.Report;

/// <summary>
/// Whom the report's rows rate. An evaluation counts for the officer who received the dossier and the
/// one who returned the result (once when they are the same), and likewise for their offices and units.
/// </summary>
public enum EvaluationGrouping
{
    Officer,
    Office,
    Unit,
}

public static class EvaluationGroupings
{
    public const string Message = "Nhóm theo (by) phải là officer (cán bộ), office (cơ quan) hoặc unit (đơn vị hành chính).";

    /// <summary>Offices unless asked otherwise; anything unknown is refused by the validator.</summary>
    public static EvaluationGrouping Parse(string? by) =>
        by is null ? EvaluationGrouping.Office : Enum.Parse<EvaluationGrouping>(by, ignoreCase: true);

    /// <summary>By name only: <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> would also take "1".</summary>
    public static bool IsValid(string? by) =>
        by is null || Enum.GetNames<EvaluationGrouping>().Contains(by, StringComparer.OrdinalIgnoreCase);
}
