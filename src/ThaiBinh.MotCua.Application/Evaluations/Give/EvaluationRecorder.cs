using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Evaluations;

namespace ThaiBinh.MotCua.Application.Evaluations.Give;

/// <summary>
/// Stores one evaluation per dossier. The check before saving answers the common case in words; the
/// unique index on the dossier decides between two attempts at once, and the loser is told the same.
/// </summary>
internal static class EvaluationRecorder
{
    public static async Task<EvaluationDto> RecordAsync(
        IMotCuaDbContext db, RatedService service, IEvaluationAnswers input, EvaluationChannel channel, Guid? recordedById, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var evaluation = DossierEvaluation.Give(service, input.Sheet(), input.Level(), input.Comment, channel, recordedById, now);
        if (await db.DossierEvaluations.AnyAsync(e => e.DossierId == service.DossierId, cancellationToken))
        {
            throw AlreadyRated(service.Code);
        }

        db.DossierEvaluations.Add(evaluation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Entries<DossierEvaluation>().Single(e => e.Entity == evaluation).State = EntityState.Detached;
            if (await db.DossierEvaluations.AnyAsync(e => e.DossierId == service.DossierId, cancellationToken))
            {
                throw AlreadyRated(service.Code);
            }

            throw;
        }

        return EvaluationDto.Of(evaluation);
    }

    private static DomainRuleException AlreadyRated(string code) =>
        new("evaluation.once", $"Hồ sơ {code} đã được đánh giá; mỗi hồ sơ chỉ được đánh giá một lần.");
}
