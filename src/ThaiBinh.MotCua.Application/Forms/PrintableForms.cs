using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>
/// Which of <see cref="GetDossierFormQueryHandler.Forms"/> a dossier has, judged from its detail: the
/// conditions under which that handler prints a form rather than answering "not found", so a page
/// links only to forms that open.
/// </summary>
public static class PrintableForms
{
    public static IReadOnlyList<PrintableForm> Of(DossierDetailDto dossier)
    {
        bool Did(Func<HistoryDto, bool> action) => dossier.History.Any(action);
        var notAccepted = dossier.Summary.Status.Code == (int)DossierStatus.NotAccepted;
        var forms = new List<PrintableForm>();
        if (dossier.Summary.DueAt is not null)
        {
            forms.Add(new("receipt", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)"));
        }

        if (!string.IsNullOrWhiteSpace(dossier.SupplementItems)
            && Did(h => h.Action == "request-supplement" || (h.Action == "assess" && h.ToStatus.Code == (int)DossierStatus.SupplementRequested)))
        {
            forms.Add(new("supplement-request", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)"));
        }

        var refusedHere = notAccepted ? Did(h => h.Action == "refuse-at-reception") : dossier.Outcome == nameof(Outcome.Refused) && Did(h => h.Action == "refuse");
        if (refusedHere && !string.IsNullOrWhiteSpace(dossier.Reasons))
        {
            forms.Add(new("refusal", "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (Mẫu 03)"));
        }

        if (!string.IsNullOrWhiteSpace(dossier.ExtensionReason) && Did(h => h.Action == "extend"))
        {
            forms.Add(new("apology", "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)"));
        }

        forms.Add(new("control-sheet", "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05)"));
        return forms;
    }
}

/// <summary>A form by the name its PDF endpoint takes, and its title as people know it.</summary>
public sealed record PrintableForm(string Name, string Title);
