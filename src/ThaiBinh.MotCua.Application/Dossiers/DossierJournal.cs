using System.Text.Json;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Audit;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Dossiers;

/// <summary>
/// Writes what every dossier action leaves behind, in the action's own transaction: an audit line,
/// and an outbox message when the status changed.
/// </summary>
public sealed class DossierJournal(IMotCuaDbContext db)
{
    public const string StatusChanged = "dossier.status-changed";

    public void Record(OfficerContext officer, string action, Dossier dossier, DossierStatus? before, DateTimeOffset at)
    {
        var last = dossier.Actions.Count > 0 ? dossier.Actions[^1].Note : null;
        db.AuditEntries.Add(new AuditEntry(
            at, officer.OfficerId, officer.Username, officer.IpAddress, action, dossier.Id, dossier.Code,
            (int?)before, (int)dossier.Status, last));

        if (before != dossier.Status)
        {
            db.OutboxMessages.Add(new OutboxMessage(StatusChanged, 1, at, dossier.Id, JsonSerializer.Serialize(new
            {
                code = dossier.Code,
                procedureCode = dossier.ProcedureCode,
                fromStatus = (int?)before,
                toStatus = (int)dossier.Status,
                dueAt = dossier.DueAt,
                at,
            })));
        }
    }
}
