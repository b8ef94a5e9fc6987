using Hangfire;
using ThaiBinh.MotCua.Application.Payments;

namespace ThaiBinh.MotCua.Infrastructure.Payments;

/// <summary>The recurring Hangfire job around <see cref="PaymentReconciliation"/> (a scope per run); a test resolves it and runs it once.</summary>
public sealed class PaymentReconciliationJob(PaymentReconciliation reconciliation)
{
    public const string Id = "payment-reconciliation";

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public Task<ReconciliationRun> RunAsync(CancellationToken cancellationToken) => reconciliation.RunAsync(cancellationToken);
}
