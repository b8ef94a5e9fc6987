using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.NationalPortal;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.NationalPortal;

/// <summary>
/// Brings the portal up to the dossier as it is now, state-based so a repeat is harmless: the dossier
/// record (created, or updated when the portal has it), then the progress records of the history rows
/// not yet synced up to the message's entry, in sequence, each marked synced after its call. A repeated
/// delivery sends the record again as an update and no progress row twice.
/// </summary>
internal sealed class PortalChannel(MotCuaDbContext db, IReferenceData referenceData, INationalPortal portal, PortalSyncState state, TimeProvider clock) : IOutboxChannel
{
    public string Name => PortalSyncPlanner.Channel;

    public async Task DeliverAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var dossierId = delivery.DossierId
            ?? throw new DeliveryFailedException($"Thông điệp {delivery.MessageId} không gắn với hồ sơ nào.", permanent: true);
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw new DeliveryFailedException($"Không tìm thấy hồ sơ {dossierId}.", permanent: true);
        var upTo = LastSequenceOf(delivery);
        var references = await ReferencesAsync(dossier, cancellationToken);
        var synced = await state.SyncedSequencesAsync(dossierId, cancellationToken);

        try
        {
            var payments = await db.PaymentRequests.AsNoTracking().Where(p => p.DossierId == dossierId).ToListAsync(cancellationToken);
            var fees = (await referenceData.CurrentAsync(cancellationToken)).ProcedureVersion(dossier.ProcedureVersionId)!.Fees;
            await portal.SyncDossierAsync(Application.Payments.PortalPaymentFields.Add(PortalRecordMapper.DossierRecord(dossier, references), fees, payments), cancellationToken);
            await state.MarkDossierAsync(dossierId, (int)dossier.Status, dossier.Version, clock.GetUtcNow(), cancellationToken);
            foreach (var action in dossier.Actions.Where(a => a.Sequence <= upTo && !synced.Contains(a.Sequence)))
            {
                await portal.AppendProgressAsync([PortalRecordMapper.ProgressRecord(dossier, action, references)], cancellationToken);
                await state.MarkActionAsync(dossierId, action.Sequence, clock.GetUtcNow(), cancellationToken);
            }
        }
        catch (DeliveryFailedException failure)
        {
            await state.RecordErrorAsync(dossierId, failure.Message, CancellationToken.None);
            throw;
        }
    }

    /// <summary>The history entry the message announces; every entry for the old type, which names none.</summary>
    private static int LastSequenceOf(OutboxDelivery delivery) =>
        delivery.MessageType == PortalSyncPlanner.LegacyStatusChanged
            ? int.MaxValue
            : OutboxContracts.Read<OutboxContracts.DossierEventV1>(delivery.Payload).ActionSequence;

    private async Task<PortalReferences> ReferencesAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        var (officeIds, officerIds) = PortalRecordMapper.NamesNeeded(dossier);
        // Procedures and offices from the reference data in memory (closed offices included); officers are not in it.
        var reference = await referenceData.CurrentAsync(cancellationToken);
        var version = reference.ProcedureVersion(dossier.ProcedureVersionId)!;
        var procedure = reference.Procedures(version.ProcedureCode).Single(p => p.LevelCode == version.LevelCode);
        var offices = officeIds.Distinct().ToDictionary(id => id, id => reference.Office(id)!.Name);
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .Select(o => new { o.Id, o.FullName, o.OfficeId, o.Roles }).ToListAsync(cancellationToken);
        return new PortalReferences(
            procedure.Name,
            procedure.Field,
            offices,
            officers.ToDictionary(o => o.Id, o => new PortalOfficer(o.FullName, o.OfficeId, o.Roles)))
        {
            Files = await PortalFileFacts.CurrentAsync(db, dossier.Id, cancellationToken),
        };
    }
}
