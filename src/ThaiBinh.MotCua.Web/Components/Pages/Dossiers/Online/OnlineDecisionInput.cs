using ThaiBinh.MotCua.Application.NationalPortal.Inbound;

namespace ThaiBinh.MotCua.Web.Components.Pages.Dossiers.Online;

/// <summary>The desk's answer to an online dossier as posted: which button, the version the page showed, what was typed.</summary>
public sealed class OnlineDecisionInput
{
    public string? Decision { get; set; }

    public int? ExpectedVersion { get; set; }

    public string? Items { get; set; }

    public string? Reasons { get; set; }

    public DecideOnlineDossierCommand ToCommand(string code) =>
        new(Items, Reasons, PopulationLookupId: null) { Code = code, Decision = Decision ?? string.Empty, ExpectedVersion = ExpectedVersion };
}
