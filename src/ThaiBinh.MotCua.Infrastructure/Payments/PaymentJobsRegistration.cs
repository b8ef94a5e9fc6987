using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Payments;

namespace ThaiBinh.MotCua.Infrastructure.Payments;

/// <summary>Puts the reconciliation into Hangfire's recurring jobs at start, in Vietnam's time zone (as the flagging job).</summary>
internal sealed class PaymentJobsRegistration(IRecurringJobManager jobs, IOptions<PayGovOptions> options) : IHostedService
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<PaymentReconciliationJob>(
            PaymentReconciliationJob.Id, job => job.RunAsync(CancellationToken.None), options.Value.ReconcileCron, new RecurringJobOptions { TimeZone = Vietnam });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
