namespace ThaiBinh.MotCua.Application.NationalPortal;

/// <summary>
/// The national public service portal (Cổng DVCQG) as the province feeds it. A refusal of the content
/// throws a permanent <c>DeliveryFailedException</c>; the portal out of reach a transient one.
/// </summary>
public interface INationalPortal
{
    /// <summary>Creates the dossier's record on the portal, or updates it when the portal already holds it.</summary>
    Task SyncDossierAsync(PortalDossierRecord record, CancellationToken cancellationToken);

    /// <summary>Appends progress records (one per history entry) to a dossier the portal holds.</summary>
    Task AppendProgressAsync(IReadOnlyList<PortalProgressRecord> records, CancellationToken cancellationToken);
}
