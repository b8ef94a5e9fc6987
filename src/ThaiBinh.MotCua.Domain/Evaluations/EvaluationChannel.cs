namespace ThaiBinh.MotCua.Domain.Evaluations;

/// <summary>Where the citizen rated (NĐ 61 Art. 29): on the tablet at the desk, or through the link of the result notice.</summary>
public enum EvaluationChannel
{
    /// <summary>The tablet facing the citizen at the desk that returned the result.</summary>
    Desk = 1,

    /// <summary>The page the returned notice links to, on the citizen's own device.</summary>
    Link = 2,
}
