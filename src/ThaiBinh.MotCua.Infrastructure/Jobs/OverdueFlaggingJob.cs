using Hangfire;
using ThaiBinh.MotCua.Application.Supervision;

namespace ThaiBinh.MotCua.Infrastructure.Jobs;

/// <summary>The recurring Hangfire job around <see cref="IOverdueFlagging"/> (a scope per run).</summary>
public sealed class OverdueFlaggingJob(IOverdueFlagging flagging)
{
    public const string Id = "overdue-flagging";

    /// <summary>
    /// One run at a time per storage; the advisory lock inside also covers two servers that do not
    /// share a Hangfire storage. A run left behind by a later one is not worth running late.
    /// </summary>
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) => flagging.RunAsync(cancellationToken);
}
