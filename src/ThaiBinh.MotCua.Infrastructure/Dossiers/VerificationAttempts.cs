using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Dossiers.PublicLookup;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Dossiers;

/// <summary>
/// Wrong verifications per dossier as rows in PostgreSQL, counted over a sliding window. The count and
/// the new row are written under a transaction-scoped advisory lock on the dossier, so two API
/// processes (or two requests of one) cannot both read "four wrong so far" and both get a fifth guess.
/// </summary>
internal sealed class VerificationAttempts(MotCuaDbContext db, TimeProvider clock, IOptions<PublicLookupOptions> options)
    : IVerificationAttempts
{
    /// <summary>The advisory-lock class of these locks (the two-key form), "MCVF"; other locks use other classes.</summary>
    private const int LockClass = 0x4D435646;

    public Task<bool> AttemptAsync(Guid dossierId, bool correct, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            token => AttemptOnceAsync(dossierId, correct, token), cancellationToken);

    private async Task<bool> AttemptOnceAsync(Guid dossierId, bool correct, CancellationToken cancellationToken)
    {
        var limit = options.Value.WrongVerificationsPerDossier;
        var window = TimeSpan.FromHours(options.Value.WrongVerificationWindowHours);
        var now = clock.GetUtcNow();
        var failures = db.Set<VerificationFailure>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock({LockClass}, hashtext({dossierId.ToString()}))", cancellationToken);
        await failures.Where(f => f.DossierId == dossierId && f.FailedAt <= now - window).ExecuteDeleteAsync(cancellationToken);
        var recent = await failures.Where(f => f.DossierId == dossierId)
            .OrderBy(f => f.FailedAt).Select(f => f.FailedAt).ToListAsync(cancellationToken);
        if (recent.Count >= limit)
        {
            // Verification opens again when the oldest of the last `limit` failures leaves the window.
            throw new TooManyAttemptsException(
                "verification_throttled",
                "Mã xác minh của hồ sơ này đã bị nhập sai quá nhiều lần, nên tạm thời không thể xác minh. "
                + "Tình trạng hồ sơ vẫn tra cứu được khi không nhập mã xác minh; cần gấp, xin liên hệ nơi tiếp nhận hồ sơ.",
                recent[^limit] + window - now);
        }

        if (!correct)
        {
            failures.Add(new VerificationFailure(dossierId, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return correct;
    }
}
