using ThaiBinh.MotCua.Application.Common.Audit;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Domain.Dossiers.Events;
using static ThaiBinh.MotCua.Application.Common.Outbox.OutboxContracts;

namespace ThaiBinh.MotCua.Application.Dossiers.Events;

/// <summary>
/// What a dossier's domain event leaves behind in the change's own transaction: its audit line and its
/// outbox message (the one table of which <see cref="OutboxMessageTypes"/> type each event becomes).
/// </summary>
public static class DossierEventMessages
{
    public static string TypeOf(DossierEvent domainEvent) => domainEvent switch
    {
        DossierReceived => OutboxMessageTypes.Received,
        DossierTransferred => OutboxMessageTypes.Transferred,
        DossierProgressed => OutboxMessageTypes.Progressed,
        SupplementRequested => OutboxMessageTypes.SupplementRequested,
        DossierSupplemented => OutboxMessageTypes.Supplemented,
        ResultReady => OutboxMessageTypes.ResultReady,
        DossierReturned => OutboxMessageTypes.Returned,
        DossierRefused => OutboxMessageTypes.Refused,
        DossierExtended => OutboxMessageTypes.Extended,
        DueMomentMoved => OutboxMessageTypes.DueMoved,
        DossierStopped => OutboxMessageTypes.Stopped,
        DossierWithdrawn => OutboxMessageTypes.Withdrawn,
        DossierHandedOver => OutboxMessageTypes.HandedOver,
        DossierSubmittedOnline => OutboxMessageTypes.SubmittedOnline,
        PaymentRequested => OutboxMessageTypes.PaymentRequested,
        PaymentReceived => OutboxMessageTypes.Paid,
        PaymentRefunded => OutboxMessageTypes.PaymentRefunded,
        _ => throw new InvalidOperationException($"{domainEvent.GetType().Name} has no outbox message type: add it to {nameof(DossierEventMessages)}."),
    };

    /// <summary>The event as the outbox carries it: <see cref="DossierEventV1"/>, one message per history entry.</summary>
    public static OutboxMessage MessageOf(DossierEvent domainEvent)
    {
        var (dossierId, code, entry, dueAt, previousDueAt) = domainEvent.Facts;
        return new OutboxMessage(TypeOf(domainEvent), OutboxMessageTypes.Version, entry.At, dossierId, Write(new DossierEventV1(
            dossierId, code, entry.Action, entry.Sequence, (int?)entry.FromStatus, (int)entry.ToStatus, entry.At, dueAt, previousDueAt,
            entry.OfficerId, entry.Note)));
    }

    /// <summary>The audit line of the entry: who acted (the system for an entry no officer made), the status before and after, its note.</summary>
    public static AuditEntry AuditOf(DossierEvent domainEvent, ActingOfficer who)
    {
        var (dossierId, code, entry, _, _) = domainEvent.Facts;
        return new AuditEntry(
            entry.At, who.OfficerId, who.Username, who.IpAddress, entry.Action, dossierId, code, (int?)entry.FromStatus, (int)entry.ToStatus, entry.Note);
    }
}

/// <summary>Who an audit line names: an officer, from where, or the system (no officer, no address).</summary>
public sealed record ActingOfficer(Guid? OfficerId, string Username, string? IpAddress)
{
    public static readonly ActingOfficer System = new(null, AuditEntry.SystemUsername, null);
}
