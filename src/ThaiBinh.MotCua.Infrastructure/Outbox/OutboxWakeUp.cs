using Microsoft.Extensions.Logging;
using Npgsql;
using ThaiBinh.MotCua.Infrastructure.Persistence.Migrations.Sql;

namespace ThaiBinh.MotCua.Infrastructure.Outbox;

/// <summary>
/// Listens on the database's "outbox" notifications (a trigger sends one when messages are
/// committed) and wakes a sleeping worker loop. Only a shortcut: without it, or while its
/// connection is down, the loops still poll.
/// </summary>
internal sealed class OutboxWakeUp(OutboxDatabase database, ILogger<OutboxWakeUp> logger)
{
    private readonly SemaphoreSlim _signal = new(0);

    /// <summary>Sleeps until a notification or until <paramref name="timeout"/>, whichever comes first.</summary>
    public Task SleepAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public async Task ListenAsync(TimeSpan retryAfter, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => Wake();
                await using (var listen = new NpgsqlCommand($"LISTEN {OutboxNotifySql.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                Wake(); // messages committed while nobody listened
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Outbox notifications lost; the workers poll until the listener reconnects");
                try
                {
                    await Task.Delay(retryAfter, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One waiting loop is enough to plan the new messages; a pile of wake-ups is not kept.</summary>
    private void Wake()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }
}
