namespace ThaiBinh.MotCua.Infrastructure.Jobs;

/// <summary>Configuration section "Hangfire".</summary>
public sealed class HangfireOptions
{
    public const string Section = "Hangfire";

    /// <summary>Run a job server in this process (the dashboard and storage work either way).</summary>
    public bool ServerEnabled { get; init; } = true;

    public int WorkerCount { get; init; } = 2;

    /// <summary>How often idle workers look for new jobs.</summary>
    public int QueuePollIntervalSeconds { get; init; } = 15;
}
