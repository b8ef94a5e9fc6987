using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Dossiers;

/// <summary>
/// Replays the clock of every open dossier on the current calendar, in batches, and saves those whose
/// due moment changed, each with a history entry that says why.
/// </summary>
internal sealed class DueMomentRecomputer(
    MotCuaDbContext db, ICalendarProvider calendars, TimeProvider clock, ILogger<DueMomentRecomputer> logger) : IDueMomentRecomputer
{
    private const int BatchSize = 500;

    private static readonly DossierStatus[] Running =
        [DossierStatus.Received, DossierStatus.InProgress, DossierStatus.SupplementRequested, DossierStatus.FinancialObligation];

    public async Task<int> RecomputeOpenDossiersAsync(string reason, CancellationToken cancellationToken)
    {
        var rules = new DeadlineRules(await calendars.GetAsync(cancellationToken));
        var now = clock.GetUtcNow();
        var changed = 0;
        Guid? after = null;
        while (true)
        {
            var batch = await db.Dossiers
                .Where(d => Running.Contains(d.Status) && d.ExtendedTo == null && (after == null || d.Id.CompareTo(after.Value) > 0))
                .OrderBy(d => d.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            changed += batch.Count(d => d.RecomputeDueAt(rules, reason, now));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = batch[^1].Id;
        }

        logger.LogInformation("Recomputed due moments: {Changed} dossiers changed ({Reason})", changed, reason);
        return changed;
    }
}
