namespace ThaiBinh.MotCua.Domain.Evaluations;

/// <summary>
/// One answer of the working form (TT 01/2018 Art. 13): a, b or c, worth 2, 1 or 0 points; the value
/// of each member is its points.
/// </summary>
public enum EvaluationAnswer
{
    C = 0,
    B = 1,
    A = 2,
}

public static class EvaluationAnswers
{
    /// <summary>The letter as the form prints it and the API carries it: "a", "b" or "c".</summary>
    public static char Letter(this EvaluationAnswer answer) => answer switch
    {
        EvaluationAnswer.A => 'a',
        EvaluationAnswer.B => 'b',
        _ => 'c',
    };

    public static int Points(this EvaluationAnswer answer) => (int)answer;

    /// <summary>The answer a letter names (either case); null for anything else.</summary>
    public static EvaluationAnswer? Parse(string? letter) => letter?.Trim().ToLowerInvariant() switch
    {
        "a" => EvaluationAnswer.A,
        "b" => EvaluationAnswer.B,
        "c" => EvaluationAnswer.C,
        _ => null,
    };

    /// <summary>A sheet's answers as the letters it is stored as, chỉ số 1 first ("abbacabca").</summary>
    public static string ToLetters(IEnumerable<EvaluationAnswer> answers) => new([.. answers.Select(a => a.Letter())]);

    /// <summary>The answers a stored string of letters holds.</summary>
    public static EvaluationAnswer[] FromLetters(string letters) =>
        [.. letters.Select(c => Parse(c.ToString()) ?? throw new FormatException($"'{c}' is not an answer of the form."))];
}
