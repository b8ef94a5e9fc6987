using System.Text.Json.Serialization;
using Mediator;
using ThaiBinh.MotCua.Application.Dossiers;

namespace ThaiBinh.MotCua.Application.NationalPortal.Inbound;

/// <summary>
/// The desk's answer to a dossier submitted online (status 1): <c>accept</c>, <c>completion-request</c>
/// (with <see cref="Items"/> to complete and <see cref="Reasons"/>) or <c>refusal</c> (with
/// <see cref="Reasons"/>). <see cref="PopulationLookupId"/> names the national population database
/// lookup the officer made for the owner, when there was one.
/// </summary>
public sealed record DecideOnlineDossierCommand(string? Items, string? Reasons, Guid? PopulationLookupId) : ICommand<DossierDetailDto>
{
    public const string Accept = "accept";
    public const string CompletionRequest = "completion-request";
    public const string Refusal = "refusal";

    public static readonly IReadOnlyList<string> Decisions = [Accept, CompletionRequest, Refusal];

    [JsonIgnore]
    public string Code { get; init; } = string.Empty;

    [JsonIgnore]
    public string Decision { get; init; } = string.Empty;

    /// <summary>The version the caller last read (If-Match); a newer stored version answers 412.</summary>
    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}
