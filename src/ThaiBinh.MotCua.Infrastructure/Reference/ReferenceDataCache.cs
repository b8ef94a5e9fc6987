using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Reference;

/// <summary>
/// Keeps one <see cref="ReferenceSnapshot"/> for the process and reloads it whole when a request has
/// observed another version in the database than the copy was read at (every signed-in request reads
/// it with its officer, so an edit made through another API process is seen by the first request after
/// its commit; versions are transaction ids, so equal or not is all they say), or when the copy is a
/// minute old (the only bound for requests nobody signed in to), or when this process changed it
/// (<see cref="Invalidate"/>). The working calendar is part of the copy, so it follows the same rule.
/// </summary>
internal sealed class ReferenceDataCache(IServiceScopeFactory scopes, WorkingHours hours, TimeProvider clock) : IReferenceData
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private long _observed = -1;
    private (ReferenceSnapshot Snapshot, DateTimeOffset LoadedAt)? _current;

    public void Observe(long version) => Interlocked.Exchange(ref _observed, version);

    public void Invalidate() => _current = null;

    public async ValueTask<ReferenceSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } snapshot)
        {
            return snapshot;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            return Fresh() ?? await LoadAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    private ReferenceSnapshot? Fresh() =>
        _current is { } current && current.Snapshot.Version == Interlocked.Read(ref _observed) && clock.GetUtcNow() - current.LoadedAt < MaxAge
            ? current.Snapshot
            : null;

    private async Task<ReferenceSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var loadedAt = clock.GetUtcNow();
        // The version first: a change landing during the reads leaves the copy under the older
        // version, so the next request that sees the newer one reads it again.
        var version = await db.ReferenceDataVersions.Select(v => v.Version).SingleAsync(cancellationToken);
        var units = await db.AdministrativeUnits.AsNoTracking().ToListAsync(cancellationToken);
        var offices = await db.Offices.AsNoTracking().ToListAsync(cancellationToken);
        var procedures = await db.Procedures.AsNoTracking().Include(p => p.Versions).ToListAsync(cancellationToken);
        var people = await db.Officers.AsNoTracking().ToDictionaryAsync(o => o.Id, o => new PersonDto(o.Username, o.FullName), cancellationToken);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        var calendar = new WorkingCalendar(hours, days.Select(d => d.ToEntry()));
        var snapshot = new ReferenceSnapshot(version, units, offices, procedures, people, calendar);
        Observe(version);
        _current = (snapshot, loadedAt);
        return snapshot;
    }
}
