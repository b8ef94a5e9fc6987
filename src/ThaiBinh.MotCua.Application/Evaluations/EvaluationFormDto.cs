using ThaiBinh.MotCua.Domain.Evaluations;

namespace ThaiBinh.MotCua.Application.Evaluations;

/// <summary>The form as a client draws it: the nine indicators with their answers, and the overall levels.</summary>
public sealed record EvaluationFormDto(IReadOnlyList<IndicatorDto> Indicators, IReadOnlyList<ChoiceDto> OverallLevels, int MaxCommentLength)
{
    public static readonly EvaluationFormDto Current = new(
        [.. EvaluationForm.Indicators.Select(i => new IndicatorDto(
            i.Number,
            i.Title,
            i.Question,
            [.. new[] { EvaluationAnswer.A, EvaluationAnswer.B, EvaluationAnswer.C }.Select(a => new AnswerDto(a.Letter().ToString(), i.TextOf(a), a.Points()))]))],
        [.. OverallSatisfactions.All.Select(l => new ChoiceDto(l.Key(), l.Label()))],
        DossierEvaluation.MaxCommentLength);
}

public sealed record IndicatorDto(int Number, string Title, string Question, IReadOnlyList<AnswerDto> Answers);

/// <summary>An answer: its letter (a, b, c), its text and its points (2, 1, 0).</summary>
public sealed record AnswerDto(string Code, string Text, int Points);

public sealed record ChoiceDto(string Code, string Label);
