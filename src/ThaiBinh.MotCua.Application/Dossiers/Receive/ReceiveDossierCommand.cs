using System.Text.Json.Serialization;
using Mediator;

namespace ThaiBinh.MotCua.Application.Dossiers.Receive;

/// <summary>
/// Tiếp nhận: a reception officer logs a complete dossier at their desk; it gets its code and appointment.
/// The same input, with <see cref="Reasons"/>, is the desk's refusal (Mẫu 03, Art. 17(1)(b)): the
/// dossier is logged with its code as "Không được tiếp nhận" and no clock runs.
/// A retry with the same Idempotency-Key and body within 24 hours returns the first answer.
/// <see cref="CompetentUnitCode"/> names the unit that decides when it is not the desk's own (Decree 118:
/// reception regardless of administrative boundary within the province); the route's steps between
/// receipt and return then run at that unit's desk. <see cref="Notification"/> is how the citizen wants
/// to be told (absent: not told).
/// <see cref="PopulationLookupId"/> names the officer's lookup in the population database
/// (<c>POST /api/citizens/lookups</c>): the dossier is marked verified when it verified this applicant.
/// </summary>
public sealed record ReceiveDossierCommand(
    string? ProcedureCode,
    string? ProcedureLevel,
    ApplicantInput? Applicant,
    IReadOnlyList<DocumentInput>? Documents,
    string? Channel,
    string? ResultDelivery,
    string? Note,
    string? CompetentUnitCode = null,
    NotificationInput? Notification = null,
    Guid? PopulationLookupId = null) : ICommand<ReceiveDossierResult>
{
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    /// <summary>Why the desk does not accept the dossier; only at <c>POST /api/dossiers/refusals</c>.</summary>
    public string? Reasons { get; init; }

    /// <summary>Set by the refusal endpoint: the desk refuses the dossier instead of receiving it.</summary>
    [JsonIgnore]
    public bool IsRefusal { get; init; }
}

/// <summary>The applicant; <c>UnitCode</c> is the administrative unit of their residence (optional).</summary>
public sealed record ApplicantInput(
    string? FullName,
    string? CitizenId,
    DateOnly? BirthDate,
    string? TaxCode,
    string? Representative,
    string? Phone,
    string? Email,
    string? Address,
    string? UnitCode = null);

public sealed record DocumentInput(string? Name, int? Copies, bool? Original);

public sealed record ReceiveDossierResult(DossierSummaryDto Dossier, bool Replayed);
