namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>The officer acting and the office they sit in.</summary>
public sealed record Actor(Guid OfficerId, Guid OfficeId);

/// <summary>What a specialist concludes after appraisal (thẩm định).</summary>
public enum AssessmentDecision
{
    /// <summary>Eligible: propose to grant.</summary>
    Approve,

    /// <summary>Not eligible: propose to refuse, with reasons.</summary>
    Reject,

    /// <summary>Incomplete: ask the citizen for more (Mẫu 02).</summary>
    RequestSupplement,
}
