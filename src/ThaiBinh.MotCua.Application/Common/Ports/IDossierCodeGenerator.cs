using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>
/// Issues a dossier's numbers inside the receiving transaction: its code (unique per office and day)
/// and its ledger entry (consecutive per office and year), safe under concurrent receipts; both are
/// given back when the transaction rolls back.
/// </summary>
public interface IDossierCodeGenerator
{
    Task<DossierNumbers> NextAsync(string officeCode, DateTimeOffset receivedAt, CancellationToken cancellationToken);
}
