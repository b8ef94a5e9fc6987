using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Population;

/// <summary>
/// The lookup a receipt (or an online dossier's acceptance) names, when it verifies the dossier's
/// applicant (<see cref="PopulationLookup.Verifies"/>); null otherwise: the dossier is then simply not
/// verified, never refused for it.
/// </summary>
public sealed class VerifiedLookup(IMotCuaDbContext db, TimeProvider clock)
{
    /// <summary>The lookup, tracked (the caller records on it the dossier it was used for), or null.</summary>
    public async Task<PopulationLookup?> FindAsync(Guid? lookupId, Guid officerId, Applicant applicant, CancellationToken cancellationToken)
    {
        if (lookupId is not { } id || applicant.CitizenId is null)
        {
            return null;
        }

        var lookup = await db.PopulationLookups.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        return lookup is not null && lookup.Verifies(officerId, applicant, clock.GetUtcNow()) ? lookup : null;
    }

    /// <summary>Marks <paramref name="dossier"/> verified by <paramref name="lookup"/> (when there is one) and links the log to it.</summary>
    public static void Apply(PopulationLookup? lookup, Dossier dossier)
    {
        if (lookup is null)
        {
            return;
        }

        dossier.MarkIdentityVerified(lookup.Id, lookup.CitizenId, lookup.FinishedAt!.Value);
        lookup.UsedFor(dossier.Code);
    }
}
