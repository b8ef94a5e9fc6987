namespace ThaiBinh.MotCua.Infrastructure.Outbox;

/// <summary>
/// The wait before the next try: the base doubled per failure up to the cap, then "equal jitter"
/// (half of it fixed, half random), so deliveries that failed together do not all return together.
/// </summary>
public static class RetryBackoff
{
    public static double SecondsAfter(int failedAttempts, OutboxOptions options, Random random)
    {
        var exponential = options.RetryBaseSeconds * Math.Pow(2, Math.Max(0, failedAttempts - 1));
        var capped = Math.Min(options.RetryMaxSeconds, exponential);
        return capped / 2 + random.NextDouble() * capped / 2;
    }
}
