using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>
/// Hướng dẫn bổ sung tại quầy (Decree 61 Art. 15(3), 17(1)(a), Mẫu 02): the desk found the papers a
/// citizen brought incomplete and told them, once and completely, what to add and why. No dossier
/// exists: the citizen comes back with the complete papers and is received then. Recorded so the
/// guidance can be printed, listed in the office's ledger and counted.
/// </summary>
public sealed class DeskGuidance
{
    private DeskGuidance()
    {
        ProcedureCode = string.Empty;
        Applicant = null!;
        Items = string.Empty;
        Reasons = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The guidance's number, printed on its Mẫu 02 (given by the store, increasing).</summary>
    public long Number { get; private set; }

    public Guid OfficeId { get; private set; }

    public Guid OfficerId { get; private set; }

    public Guid ProcedureVersionId { get; private set; }

    public string ProcedureCode { get; private set; }

    public Applicant Applicant { get; private set; }

    /// <summary>What to add or complete, one item a line.</summary>
    public string Items { get; private set; }

    /// <summary>Why the papers cannot be received as they are.</summary>
    public string Reasons { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The reception officer at their desk guides the applicant on a procedure in force.</summary>
    public static DeskGuidance Give(Actor actor, ProcedureVersion procedure, Applicant applicant, string? items, string? reasons, DateTimeOffset at)
    {
        if (!actor.Roles.Contains(Role.Reception))
        {
            throw new DomainRuleException("guidance.role", "Chỉ công chức tiếp nhận và trả kết quả mới được hướng dẫn bổ sung hồ sơ tại quầy.", RuleBreach.NotYours);
        }

        return new DeskGuidance
        {
            Id = Guid.CreateVersion7(),
            OfficeId = actor.OfficeId,
            OfficerId = actor.OfficerId,
            ProcedureVersionId = procedure.Id,
            ProcedureCode = procedure.ProcedureCode,
            Applicant = applicant,
            Items = Dossier.RequireText(items, "guidance.items", "Phải ghi rõ giấy tờ cần bổ sung, hoàn thiện."),
            Reasons = Dossier.RequireText(reasons, "guidance.reasons", "Phải ghi rõ lý do hồ sơ chưa được tiếp nhận."),
            At = at,
        };
    }
}
