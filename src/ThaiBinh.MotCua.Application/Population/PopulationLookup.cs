using ThaiBinh.MotCua.Application.Common.Text;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Population;

/// <summary>
/// One lookup in the national population database, logged before the call (who, when, which number,
/// why: integrations.md §2.2) and completed with its outcome after it. A row stays
/// <see cref="PopulationLookupOutcome.Pending"/> only when the process died during the call.
/// </summary>
public sealed class PopulationLookup
{
    public const int MaxReasonLength = 500;
    public const int MaxDetailLength = 1000;

    private PopulationLookup()
    {
        CitizenId = string.Empty;
        FullName = string.Empty;
        Reason = string.Empty;
        RequestId = string.Empty;
    }

    public PopulationLookup(
        Guid id, Guid officerId, Guid officeId, DateTimeOffset requestedAt, string citizenId, string fullName, DateOnly birthDate,
        string reason, string? dossierCode, string requestId)
    {
        Id = id;
        OfficerId = officerId;
        OfficeId = officeId;
        RequestedAt = requestedAt;
        CitizenId = citizenId;
        FullName = fullName;
        BirthDate = birthDate;
        Reason = reason;
        DossierCode = dossierCode;
        RequestId = requestId;
        Outcome = PopulationLookupOutcome.Pending;
    }

    public Guid Id { get; private set; }

    public Guid OfficerId { get; private set; }

    /// <summary>The officer's office at the time of the lookup.</summary>
    public Guid OfficeId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public string CitizenId { get; private set; }

    /// <summary>The name as the officer typed it, compared with the registry's.</summary>
    public string FullName { get; private set; }

    public DateOnly BirthDate { get; private set; }

    /// <summary>Why the officer looked the citizen up (the purpose the law asks to be logged).</summary>
    public string Reason { get; private set; }

    /// <summary>The dossier the lookup was for: given with the lookup, or set when a receipt used it.</summary>
    public string? DossierCode { get; private set; }

    /// <summary>The registry's request id (<c>MaYeuCau</c>).</summary>
    public string RequestId { get; private set; }

    public PopulationLookupOutcome Outcome { get; private set; }

    /// <summary>What the registry said, in words: its code and message, the timeout, the fields that differed.</summary>
    public string? Detail { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public void Finish(PopulationLookupOutcome outcome, string detail, DateTimeOffset at)
    {
        Outcome = outcome;
        Detail = detail.Length <= MaxDetailLength ? detail : detail[..MaxDetailLength];
        FinishedAt = at;
    }

    /// <summary>The dossier a receipt received with this lookup.</summary>
    public void UsedFor(string dossierCode) => DossierCode ??= dossierCode;

    /// <summary>
    /// The one rule of "verified" (a desk receipt and an online dossier's acceptance both ask it): the
    /// lookup confirmed this applicant (same number, same name and birth date, marks and case aside),
    /// it was made by the officer now receiving, and on the same day in Vietnam.
    /// </summary>
    public bool Verifies(Guid officerId, Applicant applicant, DateTimeOffset now) =>
        Outcome == PopulationLookupOutcome.Verified
        && OfficerId == officerId
        && applicant.CitizenId == CitizenId
        && applicant.BirthDate == BirthDate
        && SameName(applicant.FullName, FullName)
        && FinishedAt is { } finished && finished <= now
        && DateOnly.FromDateTime(VietnamTime.ToLocal(finished).DateTime) == DateOnly.FromDateTime(VietnamTime.ToLocal(now).DateTime);

    /// <summary>Names compared as the registry is asked them: upper case, no marks, single spaces.</summary>
    public static bool SameName(string a, string b) => RegistryName(a) == RegistryName(b);

    /// <summary>"Nguyễn Văn  Ấn" → "NGUYEN VAN AN", the form the registry's <c>HoVaTen</c> takes (§2.1).</summary>
    public static string RegistryName(string name) =>
        string.Join(' ', Diacritics.Remove(name).ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public enum PopulationLookupOutcome
{
    /// <summary>Logged, the call not answered yet.</summary>
    Pending,

    /// <summary>Found, and the name and birth date match.</summary>
    Verified,

    NotFound,

    /// <summary>The number is in the registry but the name or birth date differs.</summary>
    Mismatch,

    /// <summary>Timeout, refusal or registry out of reach: the desk goes on by hand.</summary>
    Unavailable,
}
