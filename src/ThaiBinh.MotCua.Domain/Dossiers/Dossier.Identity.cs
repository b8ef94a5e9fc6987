using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>
    /// When the applicant's identity was confirmed against the national population database (CSDLQG về
    /// dân cư); null: not verified, the desk took the applicant's details by hand.
    /// </summary>
    public DateTimeOffset? IdentityVerifiedAt { get; private set; }

    /// <summary>The logged lookup (<c>population_lookups</c>) that confirmed it.</summary>
    public Guid? IdentityLookupId { get; private set; }

    public bool IdentityVerified => IdentityVerifiedAt is not null;

    /// <summary>
    /// Records that the lookup <paramref name="lookupId"/> confirmed the applicant bearing
    /// <paramref name="citizenId"/>. Part of the receipt (or of an online dossier's acceptance): it adds no
    /// history entry of its own, so it is called in the same unit of work as the move it belongs to.
    /// </summary>
    public void MarkIdentityVerified(Guid lookupId, string citizenId, DateTimeOffset verifiedAt)
    {
        if (Applicant.CitizenId is null || Applicant.CitizenId != citizenId)
        {
            throw new DomainRuleException(
                "dossier.identity.citizen-id", "Lần tra cứu CSDLQG về dân cư không phải của số định danh cá nhân người nộp hồ sơ.");
        }

        IdentityVerifiedAt = verifiedAt;
        IdentityLookupId = lookupId;
    }
}
