using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.NationalPortal;

/// <summary>
/// What the portal already has of a dossier: per history row (<c>dossier_actions.portal_synced_at</c>)
/// and per dossier (when, in which status and version, the last error). Columns the domain does not
/// know (shadow properties of DossierConfiguration), written by single statements outside any
/// dossier's transaction, so a sync never competes with an officer's change of the dossier.
/// </summary>
internal sealed class PortalSyncState(MotCuaDbContext db)
{
    public async Task<HashSet<int>> SyncedSequencesAsync(Guid dossierId, CancellationToken cancellationToken) =>
        [.. await db.Database
            .SqlQuery<int>($"SELECT sequence AS \"Value\" FROM dossier_actions WHERE dossier_id = {dossierId} AND portal_synced_at IS NOT NULL")
            .ToListAsync(cancellationToken)];

    public Task MarkActionAsync(Guid dossierId, int sequence, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"UPDATE dossier_actions SET portal_synced_at = {at} WHERE dossier_id = {dossierId} AND sequence = {sequence}", cancellationToken);

    public Task MarkDossierAsync(Guid dossierId, int status, int version, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            UPDATE dossiers SET portal_synced_at = {at}, portal_synced_status = {status}, portal_synced_version = {version}, portal_sync_error = NULL
            WHERE id = {dossierId}
            """, cancellationToken);

    public Task RecordErrorAsync(Guid dossierId, string error, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"UPDATE dossiers SET portal_sync_error = {(error.Length <= MaxErrorLength ? error : error[..MaxErrorLength])} WHERE id = {dossierId}",
            cancellationToken);

    public const int MaxErrorLength = 2000;
}
