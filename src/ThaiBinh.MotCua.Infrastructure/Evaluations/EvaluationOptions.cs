namespace ThaiBinh.MotCua.Infrastructure.Evaluations;

/// <summary>Configuration section "Evaluations".</summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluations";

    public const int MinimumKeyLength = 32;

    /// <summary>
    /// The secret the links' tokens are signed with (at least 32 characters), the same on every server:
    /// changing it makes every link already sent useless. Required outside Development and Testing,
    /// where a process without one makes its own.
    /// </summary>
    public string? LinkKey { get; init; }
}
