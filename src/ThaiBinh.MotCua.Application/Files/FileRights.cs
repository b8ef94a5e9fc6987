using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Files;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Files;

/// <summary>
/// Who may attach which file, and when. Submitted documents: the reception officers of the receiving
/// desk (they scan what the citizen hands in) and the officers of the office holding the dossier.
/// Result documents: the officers of the office holding the dossier while the result is being made or
/// waits to be handed over (in progress, financial obligation, result ready), so it is attached
/// before or at approval and the desk can still add the signed scan. Seeing a dossier is
/// <see cref="Dossiers.DossierAccess"/>'s rule, checked before this one.
/// </summary>
public static class FileRights
{
    private static readonly DossierStatus[] ResultStatuses =
        [DossierStatus.InProgress, DossierStatus.FinancialObligation, DossierStatus.ResultReady];

    private static readonly DossierStatus[] ClosedStatuses =
        [DossierStatus.Returned, DossierStatus.Withdrawn, DossierStatus.Stopped];

    public static void EnsureMayAttach(OfficerContext officer, Dossier dossier, FileRole role)
    {
        var holds = officer.OfficeId == dossier.CurrentOfficeId;
        if (role == FileRole.Submitted)
        {
            if (!holds && !(officer.Has(Role.Reception) && officer.OfficeId == dossier.ReceivingOfficeId))
            {
                throw new ForbiddenException(
                    $"Chỉ công chức tiếp nhận của bộ phận đã nhận hồ sơ {dossier.Code} hoặc cán bộ của cơ quan đang giữ hồ sơ được đính kèm giấy tờ.");
            }

            if (ClosedStatuses.Contains(dossier.Status))
            {
                throw new DomainRuleException(
                    "dossier.files.closed", $"Hồ sơ {dossier.Code} đã kết thúc ({dossier.Status.Label()}); không đính kèm thêm giấy tờ.");
            }

            return;
        }

        if (!holds)
        {
            throw new ForbiddenException($"Chỉ cán bộ của cơ quan đang giữ hồ sơ {dossier.Code} được đính kèm kết quả.");
        }

        if (!ResultStatuses.Contains(dossier.Status))
        {
            throw new DomainRuleException(
                "dossier.files.result-not-now",
                $"Hồ sơ {dossier.Code} đang ở trạng thái \"{dossier.Status.Label()}\"; kết quả chỉ được đính kèm khi hồ sơ đang xử lý hoặc đã xử lý xong, chưa trả.");
        }
    }
}
