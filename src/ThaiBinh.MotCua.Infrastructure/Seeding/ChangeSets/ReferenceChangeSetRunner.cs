using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>
/// Applies the reference change sets not yet recorded, in order of effective date then id (a change set
/// waits for its prerequisites), each in its own transaction with its record. Every transaction first
/// takes one PostgreSQL advisory lock and reads the records again, so servers starting together apply
/// each change set once: the second finds the first's record when the lock is released.
/// </summary>
internal sealed class ReferenceChangeSetRunner(
    MotCuaDbContext db, IReadOnlyList<IReferenceChangeSet> changeSets, TimeProvider clock, ILogger<ReferenceChangeSetRunner> logger)
{
    /// <summary>Any fixed number; it only has to differ from the other advisory locks of the database.</summary>
    private const long LockKey = 0x4D6F744375615244; // "MotCuaRD"

    public async Task ApplyPendingAsync(CancellationToken cancellationToken)
    {
        foreach (var changeSet in InOrder(changeSets))
        {
            await db.InTransactionAsync(async () =>
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
                var applied = await db.AppliedChangeSets.AsNoTracking().SingleOrDefaultAsync(a => a.Id == changeSet.Id, cancellationToken);
                if (applied is not null)
                {
                    WarnIfChanged(changeSet, applied);
                    return false;
                }

                await changeSet.ApplyAsync(db, cancellationToken);
                db.AppliedChangeSets.Add(new AppliedChangeSet(changeSet, clock.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Reference change set {Id} applied ({Source})", changeSet.Id, changeSet.LegalSource);
                return true;
            }, cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>By date then id; a change set whose prerequisites come later waits for them.</summary>
    internal static IReadOnlyList<IReferenceChangeSet> InOrder(IReadOnlyList<IReferenceChangeSet> all)
    {
        var duplicate = all.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two reference change sets share the id {duplicate.Key}.");
        }

        var pending = all.OrderBy(c => c.EffectiveFrom).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var ordered = new List<IReferenceChangeSet>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(c => c.Prerequisites.All(placed.Contains))
                ?? throw new InvalidOperationException(
                    $"Reference change set {pending[0].Id} needs {string.Join(", ", pending[0].Prerequisites.Where(p => !placed.Contains(p)))}, which no change set provides before it.");
            pending.Remove(next);
            ordered.Add(next);
            placed.Add(next.Id);
        }

        return ordered;
    }

    private void WarnIfChanged(IReferenceChangeSet changeSet, AppliedChangeSet applied)
    {
        if (applied.Checksum != changeSet.Checksum)
        {
            logger.LogWarning(
                "Reference change set {Id} was applied on {AppliedAt} from another input (checksum {Applied}, now {Current}); history is left as it is: ship a correction as a new change set",
                changeSet.Id, applied.AppliedAt, applied.Checksum, changeSet.Checksum);
        }
    }
}
