namespace ThaiBinh.MotCua.Domain.Evaluations;

/// <summary>
/// One indicator of the form: its number (chỉ số 1…9 of TT 01/2018 Art. 13), what it measures, the
/// question the citizen reads and the texts of answers a, b and c.
/// </summary>
public sealed record EvaluationIndicator(int Number, string Title, string Question, string AnswerA, string AnswerB, string AnswerC)
{
    /// <summary>The text of <paramref name="answer"/>.</summary>
    public string TextOf(EvaluationAnswer answer) => answer switch
    {
        EvaluationAnswer.A => AnswerA,
        EvaluationAnswer.B => AnswerB,
        _ => AnswerC,
    };
}
