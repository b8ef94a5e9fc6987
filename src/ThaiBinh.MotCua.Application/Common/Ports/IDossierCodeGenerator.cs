using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>Issues dossier codes: unique per office and day, safe under concurrent receipts.</summary>
public interface IDossierCodeGenerator
{
    Task<DossierCode> NextAsync(string officeCode, DateTimeOffset receivedAt, CancellationToken cancellationToken);
}
