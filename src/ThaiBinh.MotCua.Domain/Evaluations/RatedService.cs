using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Domain.Evaluations;

/// <summary>
/// What an evaluation rates, read from the dossier: its status, and who served the citizen — the
/// officer who received the dossier and the one who returned the result, with their offices and
/// those offices' units (what the quarterly results group by).
/// </summary>
public sealed record RatedService(
    Guid DossierId,
    string Code,
    DossierStatus Status,
    Guid ReceivedById,
    Guid ReceivingOfficeId,
    Guid ReceivingUnitId,
    Guid ReturnedById,
    Guid ReturningOfficeId,
    Guid ReturningUnitId);
