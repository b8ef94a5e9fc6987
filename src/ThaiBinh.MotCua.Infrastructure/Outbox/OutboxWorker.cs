using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Infrastructure.Outbox;

/// <summary>
/// Runs the relay in this host: <see cref="OutboxOptions.Workers"/> loops, each a scope per run,
/// until idle, then sleeping the poll interval or until <see cref="OutboxWakeUp"/> hears of new
/// messages. An error is logged and the loop goes on: the host
/// never dies of the outbox, and a claim left behind expires.
/// </summary>
internal sealed class OutboxWorker(IServiceScopeFactory scopes, OutboxOptions options, OutboxWakeUp wakeUp, ILogger<OutboxWorker> logger) : BackgroundService
{
    private TimeSpan PollInterval => TimeSpan.FromMilliseconds(options.PollIntervalMilliseconds);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => LoopAsync(stoppingToken))
            .Append(wakeUp.ListenAsync(PollInterval, stoppingToken)));

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IOutboxRelay>().RunUntilIdleAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Outbox relay run failed; trying again after the poll interval");
            }

            try
            {
                await wakeUp.SleepAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
