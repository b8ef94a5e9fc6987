using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Evaluations;

namespace ThaiBinh.MotCua.Application.Evaluations;

/// <summary>What an evaluation needs of a dossier, read by one projection rather than the whole dossier.</summary>
public sealed record RatedDossier(RatedService Service, Guid ProcedureVersionId, DateTimeOffset? ReturnedAt);

internal static class RatedServices
{
    /// <summary>
    /// The dossier's service as the evaluation rates it. The returning officer is the holder of the
    /// last step once the result is returned (the return move gives it to them), its office the one
    /// holding the dossier; before the return, the receiving officer and desk stand in.
    /// </summary>
    public static async Task<RatedDossier?> FindAsync(IQueryable<Dossier> dossiers, ReferenceSnapshot snapshot, CancellationToken cancellationToken)
    {
        var row = await dossiers.AsNoTracking()
            .Select(d => new
            {
                d.Id,
                d.Code,
                d.Status,
                d.ReceivedById,
                d.ReceivingOfficeId,
                d.CurrentHolderId,
                d.CurrentOfficeId,
                d.ProcedureVersionId,
                d.FinishedAt,
            })
            .SingleOrDefaultAsync(cancellationToken);
        // An online dossier still waiting for the desk has no receiving officer and nothing to rate yet.
        if (row?.ReceivedById is not { } receivedBy)
        {
            return null;
        }

        var returned = row.Status == DossierStatus.Returned;
        var returningOffice = returned ? row.CurrentOfficeId : row.ReceivingOfficeId;
        var service = new RatedService(
            row.Id,
            row.Code,
            row.Status,
            receivedBy,
            row.ReceivingOfficeId,
            UnitOf(snapshot, row.ReceivingOfficeId),
            returned ? row.CurrentHolderId ?? receivedBy : receivedBy,
            returningOffice,
            UnitOf(snapshot, returningOffice));
        return new RatedDossier(service, row.ProcedureVersionId, returned ? row.FinishedAt : null);
    }

    private static Guid UnitOf(ReferenceSnapshot snapshot, Guid officeId) =>
        snapshot.Office(officeId)?.UnitId ?? throw new InvalidOperationException($"Office {officeId} is not in the reference data.");
}
