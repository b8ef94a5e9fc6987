namespace ThaiBinh.MotCua.Domain.Evaluations;

/// <summary>
/// The citizen's overall level, as the working form of the provinces asks it after the nine
/// indicators (integrations brief §5: Rất hài lòng / Hài lòng / Không hài lòng).
/// </summary>
public enum OverallSatisfaction
{
    VerySatisfied = 1,
    Satisfied = 2,
    Dissatisfied = 3,
}

public static class OverallSatisfactions
{
    /// <summary>The levels in the order the form shows them.</summary>
    public static readonly IReadOnlyList<OverallSatisfaction> All =
        [OverallSatisfaction.VerySatisfied, OverallSatisfaction.Satisfied, OverallSatisfaction.Dissatisfied];

    public static string Label(this OverallSatisfaction level) => level switch
    {
        OverallSatisfaction.VerySatisfied => "Rất hài lòng",
        OverallSatisfaction.Satisfied => "Hài lòng",
        _ => "Không hài lòng",
    };

    /// <summary>The API's name of the level: very-satisfied, satisfied, dissatisfied.</summary>
    public static string Key(this OverallSatisfaction level) => level switch
    {
        OverallSatisfaction.VerySatisfied => "very-satisfied",
        OverallSatisfaction.Satisfied => "satisfied",
        _ => "dissatisfied",
    };

    /// <summary>The level an API name names; null for anything else.</summary>
    public static OverallSatisfaction? Parse(string? key) =>
        All.Cast<OverallSatisfaction?>().FirstOrDefault(l => string.Equals(l!.Value.Key(), key?.Trim(), StringComparison.OrdinalIgnoreCase));
}
