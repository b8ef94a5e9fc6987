using Mediator;

namespace ThaiBinh.MotCua.Application.Population;

/// <summary>
/// Xác thực với CSDLQG về dân cư: a reception officer looks the citizen up by identity number, with the
/// name and birth date before them and why (<see cref="Reason"/>); <see cref="DossierCode"/> names the
/// dossier when there is one already (an online dossier). The answer's <c>LookupId</c>, sent with the
/// receipt, marks the dossier verified when the outcome is verified.
/// </summary>
public sealed record LookUpCitizenCommand(
    string? CitizenId, string? FullName, DateOnly? BirthDate, string? Reason, string? DossierCode = null) : ICommand<CitizenLookupResult>;

/// <summary>
/// <c>Outcome</c> is verified, not-found, mismatch or unavailable; <c>Message</c> tells the desk what to do
/// next; <c>Citizen</c> only when verified (a number alone must not reveal a person).
/// </summary>
public sealed record CitizenLookupResult(Guid LookupId, string Outcome, string Message, RegisteredCitizenDto? Citizen);

public sealed record RegisteredCitizenDto(
    string? CitizenId,
    string FullName,
    string FamilyName,
    string MiddleName,
    string GivenName,
    string? Gender,
    DateOnly? BirthDate,
    int? BirthYear,
    string? PermanentAddress,
    string? CurrentAddress,
    string? Nationality)
{
    /// <summary>Where the desk writes the applicant's address: where they live now, else their permanent residence.</summary>
    public string? Address => CurrentAddress ?? PermanentAddress;

    public static RegisteredCitizenDto Of(RegisteredCitizen citizen) => new(
        citizen.CitizenId,
        citizen.FullName,
        citizen.FamilyName,
        citizen.MiddleName,
        citizen.GivenName,
        citizen.Gender,
        citizen.BirthDate,
        citizen.BirthYear,
        Blank(citizen.PermanentAddress?.Text),
        Blank(citizen.CurrentAddress?.Text),
        citizen.Nationality);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
