using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Calendar;

/// <summary>
/// Holds the calendar built from the stored days. Rebuilt after a local change, and at most a minute
/// old otherwise, so a change made through another API instance is seen soon too.
/// </summary>
internal sealed class CalendarProvider(IServiceScopeFactory scopes, WorkingHours hours, TimeProvider clock) : ICalendarProvider
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private (WorkingCalendar Calendar, DateTimeOffset LoadedAt)? _current;

    public async ValueTask<WorkingCalendar> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } calendar)
        {
            return calendar;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } loaded)
            {
                return loaded;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
            var built = new WorkingCalendar(hours, days.Select(d => d.ToEntry()));
            _current = (built, clock.GetUtcNow());
            return built;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _current = null;

    private WorkingCalendar? Fresh() =>
        _current is { } current && clock.GetUtcNow() - current.LoadedAt < MaxAge ? current.Calendar : null;
}
