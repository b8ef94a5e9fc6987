namespace ThaiBinh.MotCua.Web.Components.Evaluations;

/// <summary>The evaluation form as posted: answers by indicator number, the overall level, a comment.</summary>
public sealed class EvaluationInput
{
    /// <summary>The name of the pages' form property: the fields post as "Input.Answers[1]", "Input.Overall"…</summary>
    public const string Prefix = "Input";

    public Dictionary<string, string?> Answers { get; set; } = [];

    public string? Overall { get; set; }

    public string? Comment { get; set; }
}
