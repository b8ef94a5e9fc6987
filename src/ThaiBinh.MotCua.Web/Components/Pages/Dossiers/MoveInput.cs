using ThaiBinh.MotCua.Application.Dossiers.Act;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Web.Components.Pages.Dossiers;

/// <summary>
/// A move's form as posted: the move, the version of the dossier the page showed, and the body fields.
/// Which fields a move needs is the validator's rule; this only carries what was typed.
/// </summary>
public sealed class MoveInput
{
    public string? Action { get; set; }

    /// <summary>The version the page rendered: a move on a dossier changed since is refused, never applied.</summary>
    public int? ExpectedVersion { get; set; }

    public string? Decision { get; set; }

    public string? Reason { get; set; }

    public string? Items { get; set; }

    public string? Assignee { get; set; }

    public string? ReceivedBy { get; set; }

    /// <summary>The new appointment as the officer reads a clock: Vietnam's time, without an offset.</summary>
    public DateTime? NewDueLocal { get; set; }

    public string? Note { get; set; }

    /// <summary>
    /// The command as the API would receive it: a box left empty is a field not sent, so an empty
    /// reason does not stand in front of the items of an assessment asking for a supplement.
    /// </summary>
    public ActOnDossierCommand ToCommand(string code) => new(
        Sent(Decision),
        Sent(Reason),
        Sent(Items),
        Sent(Assignee),
        Sent(ReceivedBy),
        NewDueLocal is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Offset) : null,
        Sent(Note))
    {
        Code = code,
        Action = Action ?? string.Empty,
        ExpectedVersion = ExpectedVersion,
    };

    private static string? Sent(string? typed) => string.IsNullOrWhiteSpace(typed) ? null : typed;
}
