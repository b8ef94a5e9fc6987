namespace ThaiBinh.MotCua.Application.Common.Outbox;

/// <summary>
/// The way out of the outbox, a batch at a time: planning (who hears of each committed message) and
/// delivery (hand each due delivery to its channel, record the outcome). Safe with several relays
/// on several servers at once: claims skip what another relay holds.
/// </summary>
public interface IOutboxRelay
{
    /// <summary>Plans one batch of messages not yet planned; returns how many were planned.</summary>
    Task<int> PlanAsync(CancellationToken cancellationToken);

    /// <summary>Claims one batch of due deliveries and sends them; returns how many were tried.</summary>
    Task<int> DeliverDueAsync(CancellationToken cancellationToken);

    /// <summary>Plans and delivers until nothing is left to plan and nothing is due now.</summary>
    Task<RelayRun> RunUntilIdleAsync(CancellationToken cancellationToken);
}

/// <summary>What one run did: messages planned, deliveries tried, and of those delivered, to be tried again, dead.</summary>
public sealed record RelayRun(int Planned, int Attempted, int Delivered, int Retrying, int Dead);
