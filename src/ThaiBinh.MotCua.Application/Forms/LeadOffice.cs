using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>
/// The "cơ quan chủ trì giải quyết" of a dossier, as the ledger and the control sheet name it: the
/// office of its route's deciding step, or failing one of its appraisal, never merely the desk that
/// received it; the desk only when its route has neither (handled whole at the desk).
/// </summary>
public static class LeadOffice
{
    public static Guid Of(Dossier dossier) =>
        (dossier.Steps.FirstOrDefault(s => s.Kind == StepKind.Approve) ?? dossier.Steps.FirstOrDefault(s => s.Kind == StepKind.Assess))?.OfficeId
        ?? dossier.ReceivingOfficeId;
}
