using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Evaluations;

/// <summary>The dossier behind a link's token, or 404 for a token this system did not make.</summary>
internal static class EvaluationTokens
{
    /// <summary>Far longer than any token made here: what is longer is refused unread.</summary>
    public const int MaxLength = 100;

    public static async Task<RatedDossier> FindAsync(
        IMotCuaDbContext db, IReferenceData reference, IEvaluationLinks links, string token, CancellationToken cancellationToken)
    {
        var unknown = new NotFoundException("Đường dẫn đánh giá không đúng hoặc không còn dùng được. Hãy mở lại đường dẫn trong thông báo trả kết quả.");
        var dossierId = links.DossierOf(token.Trim()) ?? throw unknown;
        var snapshot = await reference.CurrentAsync(cancellationToken);
        return await RatedServices.FindAsync(db.Dossiers.Where(d => d.Id == dossierId), snapshot, cancellationToken) ?? throw unknown;
    }
}
