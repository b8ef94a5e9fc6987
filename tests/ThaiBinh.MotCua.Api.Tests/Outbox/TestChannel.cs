using System.Collections.Concurrent;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Api.Tests.Outbox;

/// <summary>
/// A channel of the test's own: records every delivery it is handed and fails as told — per delivery
/// id through <see cref="Behave"/> (null: succeed), or by blocking until <see cref="Release"/>.
/// </summary>
internal sealed class TestChannel(string name = TestChannel.DefaultName) : IOutboxChannel
{
    public const string DefaultName = "test";

    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = name;

    /// <summary>Every call, in order, including the ones that failed.</summary>
    public ConcurrentQueue<OutboxDelivery> Calls { get; } = new();

    /// <summary>The deliveries that returned successfully.</summary>
    public ConcurrentQueue<OutboxDelivery> Delivered { get; } = new();

    /// <summary>Given a delivery, the exception to throw (null: deliver).</summary>
    public Func<OutboxDelivery, Exception?> Behave { get; set; } = _ => null;

    public bool Blocks { get; init; }

    /// <summary>Completed once a blocking channel has been entered.</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _released.TrySetResult();

    public async Task DeliverAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        Calls.Enqueue(delivery);
        await Task.Yield();
        if (Blocks)
        {
            Entered.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
        }

        if (Behave(delivery) is { } failure)
        {
            throw failure;
        }

        Delivered.Enqueue(delivery);
    }
}

/// <summary>Plans every message it is shown to the channels and recipients <c>plan</c> gives (none: not its message).</summary>
internal sealed class TestPlanner(Func<OutboxEnvelope, IReadOnlyList<PlannedDelivery>> plan) : IDeliveryPlanner
{
    public ValueTask<IReadOnlyList<PlannedDelivery>> PlanAsync(OutboxEnvelope message, CancellationToken cancellationToken) => ValueTask.FromResult(plan(message));
}
