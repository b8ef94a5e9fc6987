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

    /// <summary>
    /// A right guess writes nothing, so it only reads the window (one statement, no lock); a wrong one
    /// counts and records under the lock, so concurrent wrong guesses cannot slip past the limit.
    /// </summary>
    public async Task<bool> AttemptAsync(Guid dossierId, bool correct, CancellationToken cancellationToken)
    {
        if (correct)
        {
            ThrowIfLocked(await RecentFailuresAsync(dossierId, cancellationToken));
            return true;
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            token => RecordWrongGuessAsync(dossierId, token), cancellationToken);
    }

    private async Task<bool> RecordWrongGuessAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var failures = db.Set<VerificationFailure>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock({LockClass}, hashtext({dossierId.ToString()}))", cancellationToken);
        await failures.Where(f => f.DossierId == dossierId && f.FailedAt <= WindowStart).ExecuteDeleteAsync(cancellationToken);
        ThrowIfLocked(await RecentFailuresAsync(dossierId, cancellationToken));
        failures.Add(new VerificationFailure(dossierId, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return false;
    }

    private TimeSpan Window => TimeSpan.FromHours(options.Value.WrongVerificationWindowHours);

    private DateTimeOffset WindowStart => clock.GetUtcNow() - Window;

    private Task<List<DateTimeOffset>> RecentFailuresAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var since = WindowStart;
        return db.Set<VerificationFailure>().Where(f => f.DossierId == dossierId && f.FailedAt > since)
            .OrderBy(f => f.FailedAt).Select(f => f.FailedAt).ToListAsync(cancellationToken);
    }

    private void ThrowIfLocked(List<DateTimeOffset> recent)
    {
        var limit = options.Value.WrongVerificationsPerDossier;
        if (recent.Count >= limit)
        {
            // Verification opens again when the oldest of the last `limit` failures leaves the window.
            throw new TooManyAttemptsException(
                "verification_throttled",
                "Mã xác minh của hồ sơ này đã bị nhập sai quá nhiều lần, nên tạm thời không thể xác minh. "
                + "Tình trạng hồ sơ vẫn tra cứu được khi không nhập mã xác minh; cần gấp, xin liên hệ nơi tiếp nhận hồ sơ.",
                recent[^limit] + Window - clock.GetUtcNow());
        }
    }
}
