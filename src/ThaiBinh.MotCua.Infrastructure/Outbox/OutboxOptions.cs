namespace ThaiBinh.MotCua.Infrastructure.Outbox;

/// <summary>The delivery worker's settings (section "Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Runs the worker in this host; the API tests turn it off and run the relay themselves.</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>How long an idle worker sleeps before looking again (a notification wakes it earlier).</summary>
    public int PollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Messages planned, or deliveries claimed, per batch.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Tries before a delivery that keeps failing goes to the dead letters.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a claim holds: longer than a channel's total timeout, so only a dead worker's claim expires.</summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>The wait after the first failure; it doubles with each failure up to <see cref="RetryMaxSeconds"/>.</summary>
    public double RetryBaseSeconds { get; set; } = 5;

    public double RetryMaxSeconds { get; set; } = 3600;

    /// <summary>Loops of the worker in this host, each claiming its own batches.</summary>
    public int Workers { get; set; } = 2;
}
