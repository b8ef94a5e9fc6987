using System.Text.Json.Serialization;
using Mediator;

namespace ThaiBinh.MotCua.Application.Dossiers.Act;

/// <summary>
/// One move on a dossier: transfer, assign, assess, verify, approve, return, request-supplement,
/// supplement, refuse, extend, withdraw or stop. The body carries what the move needs.
/// </summary>
public sealed record ActOnDossierCommand(
    string? Decision,
    string? Reason,
    string? Items,
    string? Assignee,
    string? ReceivedBy,
    DateTimeOffset? NewDueAt,
    string? Note) : ICommand<DossierDetailDto>
{
    [JsonIgnore]
    public string Code { get; init; } = string.Empty;

    [JsonIgnore]
    public string Action { get; init; } = string.Empty;

    /// <summary>The version the caller last read (If-Match); a newer stored version answers 412.</summary>
    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}
