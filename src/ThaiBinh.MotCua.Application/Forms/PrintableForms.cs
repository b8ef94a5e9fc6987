using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Regimes;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>
/// Which of <see cref="GetDossierFormQueryHandler.Forms"/> a dossier has: the one rule by which the
/// form query prints a form or answers "not found", and by which the dossier's detail lists the forms
/// a page links to. A dossier keeps the form set of the period it was received in, however late a
/// form is printed.
/// </summary>
public static class PrintableForms
{
    /// <summary>A dossier's legal period is that of its receipt day (in Vietnam), derived, never stored.</summary>
    public static Regime RegimeOf(IRegimes regimes, Dossier dossier) => regimes.At(dossier.ReceivedAt);

    /// <summary>The action a notice form reports, the last one of its kind on the dossier.</summary>
    public static DossierAction? CauseOf(Dossier dossier, string form) => form switch
    {
        "supplement-request" => dossier.Actions.LastOrDefault(a =>
            a.Action == "request-supplement" || (a.Action == "assess" && a.ToStatus == DossierStatus.SupplementRequested)
            || a.Action == Domain.Dossiers.Moves.DossierMoveRules.RequestOnlineCompletion.Name),
        "refusal" => dossier.Actions.LastOrDefault(a => a.Action == (dossier.Status == DossierStatus.NotAccepted ? "refuse-at-reception" : "refuse")
            || a.Action == Domain.Dossiers.Moves.DossierMoveRules.RefuseOnline.Name),
        "apology" => dossier.Actions.LastOrDefault(a => a.Action == "extend"),
        "stop-notice" => dossier.Actions.LastOrDefault(a => a.Action == "stop"),
        _ => null,
    };

    /// <summary>What a notice form states as its reasons: the supplement's items, the refusal's, the apology's, the stop's.</summary>
    public static string? ReasonsOf(Dossier dossier, string form) => form switch
    {
        "supplement-request" => dossier.SupplementItems,
        "refusal" => dossier.Outcome == Outcome.Refused ? dossier.Reasons : null,
        "apology" => dossier.ExtensionReason,
        "stop-notice" => dossier.Status == DossierStatus.Stopped ? dossier.Reasons : null,
        _ => null,
    };

    /// <summary>Whom Mẫu 02 tells the citizen to ask: the officer who asked for the supplement, and their office.</summary>
    public static string ContactOf(string officerName, string officeName) =>
        officerName.Length > 0 ? $"công chức {officerName}, {officeName}" : officeName;

    public static IReadOnlyList<PrintableForm> Of(Dossier dossier, IRegimes regimes)
    {
        var regime = RegimeOf(regimes, dossier);
        var forms = new List<PrintableForm>();
        if (dossier.DueAt is not null)
        {
            Offer(forms, regime, "receipt");
        }

        foreach (var notice in Notices)
        {
            if (CauseOf(dossier, notice) is not null && !string.IsNullOrWhiteSpace(ReasonsOf(dossier, notice)))
            {
                Offer(forms, regime, notice);
            }
        }

        Offer(forms, regime, "control-sheet");
        return forms;
    }

    /// <summary>A form the period does not have (the stop notice before TT 03/2025) is not offered.</summary>
    private static void Offer(List<PrintableForm> forms, Regime regime, string name)
    {
        if (regime.Form(name) is { } heading)
        {
            forms.Add(new(name, $"{heading.Title} ({heading.Number})", heading.Number));
        }
    }

    private static readonly string[] Notices = ["supplement-request", "refusal", "apology", "stop-notice"];
}

/// <summary>A form by the name its PDF endpoint takes, and its title and number as people know them in the dossier's period.</summary>
public sealed record PrintableForm(string Name, string Title, string Number);
