namespace ThaiBinh.MotCua.Infrastructure.Outbound;

/// <summary>
/// How one outside system is reached (section <c>OutsideSystems:{Name}</c>): its address and the
/// resilience of each call. The delivery worker already retries a failed delivery later with
/// backoff, so a call retries only briefly and a system that keeps failing trips its breaker
/// instead of holding the worker.
/// </summary>
public sealed class OutsideSystemOptions
{
    public const string Section = "OutsideSystems";

    public Uri? BaseUrl { get; set; }

    /// <summary>One attempt's limit.</summary>
    public double AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>All attempts of one call together.</summary>
    public double TotalTimeoutSeconds { get; set; } = 30;

    public int Retries { get; set; } = 1;

    /// <summary>Share of failed calls in the sampling window that opens the breaker.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    public int BreakerMinimumCalls { get; set; } = 10;

    public double BreakSeconds { get; set; } = 15;
}
