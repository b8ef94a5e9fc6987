using ThaiBinh.MotCua.Domain.Dossiers.Moves;

namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>
/// What a line of a dossier's history says was done, in Vietnamese: a move is named as its rule names
/// it; the entries no officer's move writes (the receipt, the recomputed due moment) are named here.
/// </summary>
public static class DossierActionLabels
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["receive"] = "tiếp nhận hồ sơ",
        ["refuse-at-reception"] = "từ chối tiếp nhận hồ sơ",
        ["recompute-due"] = "tính lại hạn giải quyết theo lịch làm việc",
        [Dossier.HandOverAction] = "bàn giao hồ sơ cho cơ quan kế thừa",
        [Dossier.SubmitOnlineAction] = "nhận hồ sơ nộp trực tuyến từ Cổng Dịch vụ công quốc gia",
        [Dossier.ResubmitOnlineAction] = "nhận hồ sơ trực tuyến đã bổ sung, hoàn thiện",
        [DossierMoveRules.AcceptOnline.Name] = DossierMoveRules.AcceptOnline.Label,
        [DossierMoveRules.RequestOnlineCompletion.Name] = DossierMoveRules.RequestOnlineCompletion.Label,
        [DossierMoveRules.RefuseOnline.Name] = DossierMoveRules.RefuseOnline.Label,
        [Dossier.PaidAction] = "ghi nhận thanh toán phí, lệ phí",
        [Dossier.RefundAction] = "hoàn phí, lệ phí",
    }.Concat(DossierMoveRules.All.Select(rule => KeyValuePair.Create(rule.Name, rule.Label))).ToDictionary();

    /// <summary>The label of a recorded action; an unknown name is shown as it is rather than hidden.</summary>
    public static string Of(string action) => Labels.TryGetValue(action, out var label) ? label : action;
}
