namespace ThaiBinh.MotCua.Application.Reports.Processing;

/// <summary>
/// What the rows of the processing report are: receiving offices, procedures, levels, or the units
/// directly under the chosen one (each with its whole subtree; the unit's own offices are a row of their own).
/// </summary>
public enum ProcessingGrouping
{
    Office,
    Procedure,
    Level,
    Unit,
}

public static class ProcessingGroupings
{
    /// <summary>The office grouping when none is asked for; anything unknown is refused by the validator.</summary>
    public static ProcessingGrouping Parse(string? groupBy) =>
        groupBy is null ? ProcessingGrouping.Office : Enum.Parse<ProcessingGrouping>(groupBy, ignoreCase: true);

    /// <summary>By name only: <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> would also take "1".</summary>
    public static bool IsValid(string? groupBy) =>
        groupBy is null || Enum.GetNames<ProcessingGrouping>().Contains(groupBy, StringComparer.OrdinalIgnoreCase);
}
