namespace ThaiBinh.MotCua.Domain.Evaluations;

/// <summary>
/// The evaluations of one officer, office or unit over a quarter or a year, scored as TT 01/2018
/// Art. 15 computes: each indicator's score is the sum of its points over the number of evaluations,
/// rounded to one decimal; the total is the sum of the indicator scores; the grade reads the total
/// on the officer's or the agency's scale. Also the spread of the overall levels.
/// </summary>
public sealed class EvaluationTally
{
    private readonly int[] _points = new int[EvaluationForm.IndicatorCount];
    private readonly Dictionary<OverallSatisfaction, int> _overall = OverallSatisfactions.All.ToDictionary(l => l, _ => 0);

    public int Count { get; private set; }

    public void Add(IReadOnlyList<EvaluationAnswer> answers, OverallSatisfaction overall)
    {
        if (answers.Count != EvaluationForm.IndicatorCount)
        {
            throw new ArgumentException($"An evaluation answers {EvaluationForm.IndicatorCount} indicators, not {answers.Count}.", nameof(answers));
        }

        for (var i = 0; i < answers.Count; i++)
        {
            _points[i] += answers[i].Points();
        }

        _overall[overall]++;
        Count++;
    }

    /// <summary>Chỉ số 1…9 in order; empty when nothing was counted (an indicator without data is left out, Art. 15).</summary>
    public IReadOnlyList<decimal> Scores =>
        Count == 0 ? [] : [.. _points.Select(sum => Math.Round((decimal)sum / Count, 1, MidpointRounding.AwayFromZero))];

    /// <summary>The sum of the indicator scores (as rounded); null without evaluations.</summary>
    public decimal? Total => Count == 0 ? null : Scores.Sum();

    public int CountOf(OverallSatisfaction level) => _overall[level];

    /// <summary>The officer's band (Art. 15): ≥ 5, 3.5 to under 5, under 3.5; null without evaluations.</summary>
    public OfficerGrade? OfficerGrade => Total switch
    {
        null => null,
        >= 5m => Evaluations.OfficerGrade.Full,
        >= 3.5m => Evaluations.OfficerGrade.Mostly,
        _ => Evaluations.OfficerGrade.Below,
    };

    /// <summary>The agency's grade (Art. 15): ≥ 15, 12–15, 9–12, 6–9, under 6; null without evaluations.</summary>
    public AgencyGrade? AgencyGrade => Total switch
    {
        null => null,
        >= 15m => Evaluations.AgencyGrade.Excellent,
        >= 12m => Evaluations.AgencyGrade.Good,
        >= 9m => Evaluations.AgencyGrade.Fair,
        >= 6m => Evaluations.AgencyGrade.Average,
        _ => Evaluations.AgencyGrade.Weak,
    };
}
