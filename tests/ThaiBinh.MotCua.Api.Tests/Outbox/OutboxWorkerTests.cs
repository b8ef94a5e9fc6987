using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Infrastructure.Outbox;

namespace ThaiBinh.MotCua.Api.Tests.Outbox;

/// <summary>The host's worker loop: a committed message wakes it through the database's notification, long before its next poll.</summary>
public sealed class OutboxWorkerTests(ApiFixture api) : ApiTest, IAsyncLifetime
{
    private readonly OutboxTable _outbox = new(api.ConnectionString);

    public Task InitializeAsync() => _outbox.ForgetEarlierAsync();

    public async Task DisposeAsync() => await _outbox.DisposeAsync();

    [Fact]
    public async Task A_committed_message_wakes_the_sleeping_worker_which_delivers_it()
    {
        var channel = new TestChannel();
        var planner = new TestPlanner(_ => [new PlannedDelivery(TestChannel.DefaultName, "dvcqg")]);
        var services = new ServiceCollection();
        services.AddScoped<IOutboxRelay>(_ => _outbox.Relay(OutboxTable.Quick(), planner, channel));
        await using var provider = services.BuildServiceProvider();
        var options = new OutboxOptions { PollIntervalMilliseconds = 10 * 60 * 1000, Workers = 1 };
        var worker = new OutboxWorker(
            provider.GetRequiredService<IServiceScopeFactory>(), options, new OutboxWakeUp(_outbox.Database, NullLogger<OutboxWakeUp>.Instance), NullLogger<OutboxWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            // The first message proves the loop ran; once the listener is listening, the loop sleeps
            // ten minutes, so the second one arriving within the deadline was brought by the notification.
            var first = (await _outbox.InsertMessagesAsync(1))[0];
            await UntilAsync(() => Task.FromResult(channel.Delivered.Count == 1));
            await UntilAsync(ListeningAsync);
            var second = (await _outbox.InsertMessagesAsync(1))[0];
            await UntilAsync(() => Task.FromResult(channel.Delivered.Count == 2));

            Assert.Equal([first, second], channel.Delivered.Select(d => d.MessageId));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    private async Task<bool> ListeningAsync()
    {
        await using var connection = await _outbox.Database.OpenAsync(CancellationToken.None);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = 'motcua-outbox' AND query = 'LISTEN outbox' AND datname = current_database())", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "not within a minute");
            await Task.Delay(50);
        }
    }
}
