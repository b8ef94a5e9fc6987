using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Evaluations;

namespace ThaiBinh.MotCua.Application.Evaluations;

/// <summary>A recorded evaluation: the answers by indicator number ("1": "a"), their points, the overall level.</summary>
public sealed record EvaluationDto(
    string DossierCode,
    string Channel,
    DateTimeOffset At,
    IReadOnlyDictionary<string, string> Answers,
    int Points,
    ChoiceDto Overall,
    string? Comment)
{
    public static EvaluationDto Of(DossierEvaluation evaluation) => new(
        evaluation.DossierCode,
        evaluation.Channel == EvaluationChannel.Desk ? "desk" : "link",
        VietnamTime.ToLocal(evaluation.At),
        evaluation.Answers.Select((a, i) => (Key: (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Letter: a.Letter().ToString()))
            .ToDictionary(p => p.Key, p => p.Letter),
        evaluation.Answers.Sum(a => a.Points()),
        new ChoiceDto(evaluation.Overall.Key(), evaluation.Overall.Label()),
        evaluation.Comment);
}
