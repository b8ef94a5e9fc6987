using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Api.Tests.Outbox;

/// <summary>The relay over the real database, with the test's own planner and channels.</summary>
public sealed class OutboxRelayTests(ApiFixture api) : ApiTest, IAsyncLifetime
{
    private readonly OutboxTable _outbox = new(api.ConnectionString);

    public Task InitializeAsync() => _outbox.ForgetEarlierAsync();

    public async Task DisposeAsync() => await _outbox.DisposeAsync();

    private static TestPlanner ToRecipients(params string[] recipients) =>
        new(_ => [.. recipients.Select(r => new PlannedDelivery(TestChannel.DefaultName, r))]);

    [Fact]
    public async Task Received_dossiers_give_deliveries_each_delivered_once_and_a_second_run_sends_nothing()
    {
        var desk = new WorkflowClient(api);
        for (var i = 0; i < 3; i++)
        {
            await desk.ReceiveAsync("xa.tiepnhan", "1.001193");
        }

        var channel = new TestChannel();
        var relay = _outbox.Relay(OutboxTable.Quick(), ToRecipients("0912345612", "an@example.vn"), channel);

        var run = await relay.RunUntilIdleAsync(CancellationToken.None);

        var rows = await _outbox.DeliveriesAsync();
        Assert.True(run.Planned >= 3, $"planned {run.Planned}");
        Assert.Equal(run.Planned * 2, rows.Count);
        Assert.All(rows, r => Assert.Equal(("delivered", 1), (r.State, r.Attempts)));
        Assert.Equal(rows.Select(r => r.Id).Order(), channel.Calls.Select(c => c.Id).Order());
        Assert.All(channel.Calls, c => Assert.StartsWith("dossier", c.MessageType, StringComparison.Ordinal));
        Assert.All(channel.Calls, c => Assert.NotNull(c.DossierId));
        Assert.Equal(new RelayRun(0, 0, 0, 0, 0), await relay.RunUntilIdleAsync(CancellationToken.None));
        Assert.Equal(rows.Count, channel.Calls.Count);
    }

    [Fact]
    public async Task Transient_failures_are_retried_after_growing_waits_then_delivered()
    {
        var message = (await _outbox.InsertMessagesAsync(1))[0];
        var channel = new TestChannel { Behave = d => d.Attempt <= 3 ? new HttpRequestException("cổng không trả lời") : null };
        var relay = _outbox.Relay(OutboxTable.Quick(maxAttempts: 5, retryBaseSeconds: 100), ToRecipients("dvcqg"), channel);

        var waits = new List<double>();
        for (var failure = 1; failure <= 3; failure++)
        {
            var run = await relay.RunUntilIdleAsync(CancellationToken.None);
            Assert.Equal((1, 0), (run.Attempted, run.Delivered));
            var row = Assert.Single(await _outbox.DeliveriesAsync());
            Assert.Equal(("pending", failure, false), (row.State, row.Attempts, row.Claimed));
            Assert.Equal("HttpRequestException: cổng không trả lời", row.LastError);
            waits.Add(row.DueInSeconds);
            await _outbox.MakeDueAsync();
        }

        // Equal jitter: after failure n the wait lies in [base·2^(n-1)/2, base·2^(n-1)] (less the moments the test took).
        for (var n = 0; n < 3; n++)
        {
            var full = 100 * Math.Pow(2, n);
            Assert.InRange(waits[n], full / 2 - 30, full);
        }

        Assert.True(waits[2] > waits[0], string.Join(", ", waits));
        var last = await relay.RunUntilIdleAsync(CancellationToken.None);
        Assert.Equal(1, last.Delivered);
        var delivered = Assert.Single(await _outbox.DeliveriesAsync());
        Assert.Equal(("delivered", 4), (delivered.State, delivered.Attempts));
        Assert.Equal(message, delivered.MessageId);
        Assert.Single(channel.Delivered);
        Assert.Single(channel.Calls.Select(c => c.Id).Distinct());
    }

    [Fact]
    public async Task A_permanent_failure_and_an_unknown_channel_go_dead_at_once()
    {
        await _outbox.InsertMessagesAsync(1);
        var channel = new TestChannel { Behave = _ => new DeliveryFailedException("Cổng từ chối: thiếu MaHoSo", permanent: true) };
        var planner = new TestPlanner(_ => [new PlannedDelivery(TestChannel.DefaultName, "dvcqg"), new PlannedDelivery("fax", "0912345612")]);

        var run = await _outbox.Relay(OutboxTable.Quick(maxAttempts: 5), planner, channel).RunUntilIdleAsync(CancellationToken.None);

        Assert.Equal(2, run.Dead);
        var rows = await _outbox.DeliveriesAsync();
        Assert.Equal("Cổng từ chối: thiếu MaHoSo", rows.Single(r => r.Channel == TestChannel.DefaultName).LastError);
        Assert.Contains("fax", rows.Single(r => r.Channel == "fax").LastError, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal(("dead", 1), (r.State, r.Attempts)));
    }

    [Fact]
    public async Task A_planner_that_fails_leaves_its_message_unplanned_and_the_others_go_on()
    {
        var messages = await _outbox.InsertMessagesAsync(3);
        var bad = messages[1];
        var planner = new TestPlanner(m => m.Id == bad ? throw new InvalidOperationException("mẫu thiếu") : [new PlannedDelivery(TestChannel.DefaultName, "x")]);
        var channel = new TestChannel();

        var run = await _outbox.Relay(OutboxTable.Quick(), planner, channel).RunUntilIdleAsync(CancellationToken.None);

        Assert.Equal((2, 2), (run.Planned, run.Delivered));
        Assert.False(await _outbox.IsPlannedAsync(bad));
        Assert.True(await _outbox.IsPlannedAsync(messages[2]));

        var fixedPlanner = ToRecipients("x");
        Assert.Equal(1, (await _outbox.Relay(OutboxTable.Quick(), fixedPlanner, channel).RunUntilIdleAsync(CancellationToken.None)).Planned);
        Assert.True(await _outbox.IsPlannedAsync(bad));
    }

    [Fact]
    public async Task Two_relays_at_once_deliver_every_delivery_exactly_once()
    {
        await _outbox.InsertMessagesAsync(150);
        var first = new TestChannel();
        var second = new TestChannel();
        var planner = ToRecipients("a", "b");

        var runs = await Task.WhenAll(
            Task.Run(() => _outbox.Relay(OutboxTable.Quick(), planner, first).RunUntilIdleAsync(CancellationToken.None)),
            Task.Run(() => _outbox.Relay(OutboxTable.Quick(), planner, second).RunUntilIdleAsync(CancellationToken.None)));

        var rows = await _outbox.DeliveriesAsync();
        Assert.Equal(300, rows.Count);
        Assert.All(rows, r => Assert.Equal(("delivered", 1), (r.State, r.Attempts)));
        var sent = first.Calls.Concat(second.Calls).Select(c => c.Id).ToList();
        Assert.Equal(sent.Count, sent.Distinct().Count());
        Assert.Equal(rows.Select(r => r.Id).Order(), sent.Order());
        Assert.Equal(150, runs.Sum(r => r.Planned));
        Assert.Equal(300, runs.Sum(r => r.Delivered));
    }

    [Fact]
    public async Task A_failing_first_delivery_holds_back_the_next_of_its_key_but_not_another_keys()
    {
        var dossierA = Guid.NewGuid();
        var dossierB = Guid.NewGuid();
        var a1 = (await _outbox.InsertMessagesAsync(1, dossierA))[0];
        var b1 = (await _outbox.InsertMessagesAsync(1, dossierB))[0];
        var a2 = (await _outbox.InsertMessagesAsync(1, dossierA))[0];
        var planner = new TestPlanner(m => [new PlannedDelivery(TestChannel.DefaultName, "dvcqg", $"portal:{m.DossierId}")]);
        var channel = new TestChannel
        {
            Behave = d => d.MessageId != a1 ? null
                : d.Attempt == 1 ? new TimeoutException("hết thời gian chờ")
                : new DeliveryFailedException("Cổng từ chối hồ sơ", permanent: true),
        };
        var relay = _outbox.Relay(OutboxTable.Quick(maxAttempts: 5), planner, channel);

        await relay.RunUntilIdleAsync(CancellationToken.None);

        Assert.Equal([b1], channel.Delivered.Select(d => d.MessageId));
        Assert.DoesNotContain(channel.Calls, c => c.MessageId == a2);
        Assert.Equal(0, (await _outbox.DeliveriesAsync()).Single(r => r.MessageId == a2).Attempts);

        await _outbox.MakeDueAsync();
        await relay.RunUntilIdleAsync(CancellationToken.None);

        // The first went dead on its second try; a dead one does not hold its key back.
        var rows = await _outbox.DeliveriesAsync();
        Assert.Equal("dead", rows.Single(r => r.MessageId == a1).State);
        Assert.Equal("delivered", rows.Single(r => r.MessageId == a2).State);
        Assert.Equal([b1, a2], channel.Delivered.Select(d => d.MessageId));
    }

    [Fact]
    public async Task A_claim_whose_worker_died_is_claimed_again_after_its_lease_and_the_late_outcome_is_not_recorded()
    {
        await _outbox.InsertMessagesAsync(1);
        var planner = ToRecipients("dvcqg");
        var stuck = new TestChannel { Blocks = true, Behave = _ => new HttpRequestException("kết nối bị đóng") };
        var dying = _outbox.Relay(OutboxTable.Quick(leaseSeconds: 1), planner, stuck);
        var hung = dying.RunUntilIdleAsync(CancellationToken.None);
        await stuck.Entered.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var healthy = new TestChannel();
        var other = _outbox.Relay(OutboxTable.Quick(), planner, healthy);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (healthy.Delivered.IsEmpty && DateTime.UtcNow < deadline)
        {
            await other.RunUntilIdleAsync(CancellationToken.None);
            await Task.Delay(200);
        }

        stuck.Release();
        var late = await hung;

        var row = Assert.Single(await _outbox.DeliveriesAsync());
        Assert.Equal(("delivered", 2), (row.State, row.Attempts));
        Assert.Equal(Assert.Single(stuck.Calls).Id, Assert.Single(healthy.Delivered).Id);
        Assert.Equal(2, Assert.Single(healthy.Delivered).Attempt);
        Assert.Equal(0, late.Retrying + late.Dead + late.Delivered);
    }
}
