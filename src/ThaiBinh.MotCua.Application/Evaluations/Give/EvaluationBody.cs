namespace ThaiBinh.MotCua.Application.Evaluations.Give;

/// <summary>The body of both ways to rate: {"answers":{"1":"a",…,"9":"c"},"overall":"satisfied","comment":"…"}.</summary>
public sealed record EvaluationBody(Dictionary<string, string?>? Answers, string? Overall, string? Comment);
