using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>The officer acting, the office they sit in and the roles they hold there.</summary>
public sealed record Actor(Guid OfficerId, Guid OfficeId, IReadOnlyCollection<Role> Roles)
{
    public bool HasAny(IEnumerable<Role> roles) => roles.Any(Roles.Contains);
}

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
