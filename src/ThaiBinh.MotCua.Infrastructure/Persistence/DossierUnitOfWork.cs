using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers.Events;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Dossiers.Events;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Infrastructure.Persistence;

/// <summary>
/// The unit of work of dossier changes: on every save, each tracked dossier's domain events become
/// their audit lines and outbox messages in the same save, so in the same transaction as the change;
/// no handler writes either by hand. The events are cleared only after the save succeeded. A save that
/// failed keeps them, and the rows it added while they are still tracked, so trying the same save
/// again writes each once; rows a transaction's retry forgot (<see cref="MotCuaDbContext.InTransactionAsync{T}"/>
/// detaches what the failed try added) are written again with the retried change.
/// One per scope (per context): it holds what the current save added.
/// </summary>
internal sealed class DossierUnitOfWork(ICurrentOfficer currentOfficer) : SaveChangesInterceptor
{
    private readonly Dictionary<DossierEvent, object[]> _written = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Dossier> _saving = new(ReferenceEqualityComparer.Instance);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            foreach (var domainEvent in PendingEvents(context))
            {
                var officerId = domainEvent.Facts.Entry.OfficerId;
                Write(context, domainEvent, KnownActor(officerId)
                    ?? new ActingOfficer(officerId, await Usernames(context, officerId!.Value).SingleAsync(cancellationToken), null));
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            foreach (var domainEvent in PendingEvents(context))
            {
                var officerId = domainEvent.Facts.Entry.OfficerId;
                Write(context, domainEvent, KnownActor(officerId) ?? new ActingOfficer(officerId, Usernames(context, officerId!.Value).Single(), null));
            }
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved();
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved();
        return result;
    }

    /// <summary>The events of the tracked dossiers whose rows this context does not hold yet.</summary>
    private List<DossierEvent> PendingEvents(DbContext context)
    {
        var pending = new List<DossierEvent>();
        foreach (var dossier in context.ChangeTracker.Entries<Dossier>().Select(e => e.Entity).Where(d => d.DomainEvents.Count > 0))
        {
            _saving.Add(dossier);
            pending.AddRange(dossier.DomainEvents.Where(e =>
                !_written.TryGetValue(e, out var rows) || rows.Any(row => context.Entry(row).State != EntityState.Added)));
        }

        return pending;
    }

    private void Write(DbContext context, DossierEvent domainEvent, ActingOfficer who)
    {
        object[] rows = [DossierEventMessages.AuditOf(domainEvent, who), DossierEventMessages.MessageOf(domainEvent)];
        context.AddRange(rows);
        _written[domainEvent] = rows;
    }

    private void Saved()
    {
        foreach (var dossier in _saving)
        {
            dossier.ClearDomainEvents();
        }

        _saving.Clear();
        _written.Clear();
    }

    /// <summary>
    /// The officer of the scope, as the request signed them in (username, address); an entry the system
    /// made (no officer) is the system's. Null for an officer who is not the scope's (a change saved by a
    /// tool or a test outside any request): they are named from the officers table, without an address.
    /// </summary>
    private ActingOfficer? KnownActor(Guid? officerId) => officerId switch
    {
        null => ActingOfficer.System,
        { } id when id == currentOfficer.OfficerId && currentOfficer.Username is { } username => new ActingOfficer(id, username, currentOfficer.IpAddress),
        _ => null,
    };

    private static IQueryable<string> Usernames(DbContext context, Guid officerId) =>
        context.Set<Officer>().Where(o => o.Id == officerId).Select(o => o.Username);
}
