using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>
/// Which of <see cref="GetDossierFormQueryHandler.Forms"/> a dossier has: the one rule by which the
/// form query prints a form or answers "not found", and by which the dossier's detail lists the forms
/// a page links to.
/// </summary>
public static class PrintableForms
{
    /// <summary>The action a notice form (Mẫu 02–04) reports, the last one of its kind on the dossier.</summary>
    public static DossierAction? CauseOf(Dossier dossier, string form) => form switch
    {
        "supplement-request" => dossier.Actions.LastOrDefault(a =>
            a.Action == "request-supplement" || (a.Action == "assess" && a.ToStatus == DossierStatus.SupplementRequested)),
        "refusal" => dossier.Actions.LastOrDefault(a => a.Action == (dossier.Status == DossierStatus.NotAccepted ? "refuse-at-reception" : "refuse")),
        "apology" => dossier.Actions.LastOrDefault(a => a.Action == "extend"),
        _ => null,
    };

    /// <summary>What a notice form states as its reasons: the supplement's items, the refusal's reasons, the apology's reason.</summary>
    public static string? ReasonsOf(Dossier dossier, string form) => form switch
    {
        "supplement-request" => dossier.SupplementItems,
        "refusal" => dossier.Outcome == Outcome.Refused ? dossier.Reasons : null,
        "apology" => dossier.ExtensionReason,
        _ => null,
    };

    /// <summary>Whom Mẫu 02 tells the citizen to ask: the officer who asked for the supplement, and their office.</summary>
    public static string ContactOf(string officerName, string officeName) => $"công chức {officerName}, {officeName}";

    public static IReadOnlyList<PrintableForm> Of(Dossier dossier)
    {
        var forms = new List<PrintableForm>();
        if (dossier.DueAt is not null)
        {
            forms.Add(new("receipt", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)"));
        }

        foreach (var (name, title) in Notices)
        {
            if (CauseOf(dossier, name) is not null && !string.IsNullOrWhiteSpace(ReasonsOf(dossier, name)))
            {
                forms.Add(new(name, title));
            }
        }

        forms.Add(new("control-sheet", "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05)"));
        return forms;
    }

    private static readonly (string Name, string Title)[] Notices =
    [
        ("supplement-request", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)"),
        ("refusal", "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (Mẫu 03)"),
        ("apology", "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)"),
    ];
}

/// <summary>A form by the name its PDF endpoint takes, and its title as people know it.</summary>
public sealed record PrintableForm(string Name, string Title);
