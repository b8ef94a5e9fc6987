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

    public ActOnDossierCommand ToCommand(string code) => new(
        Decision,
        Reason,
        Items,
        Assignee,
        ReceivedBy,
        NewDueLocal is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Offset) : null,
        Note)
    {
        Code = code,
        Action = Action ?? string.Empty,
        ExpectedVersion = ExpectedVersion,
    };
}
