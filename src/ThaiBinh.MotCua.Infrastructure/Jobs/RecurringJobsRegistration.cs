using Hangfire;
using Microsoft.Extensions.Hosting;

namespace ThaiBinh.MotCua.Infrastructure.Jobs;

/// <summary>Puts the recurring jobs into Hangfire's storage at start, in Vietnam's time zone.</summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager jobs, SupervisionOptions options) : IHostedService
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<OverdueFlaggingJob>(
            OverdueFlaggingJob.Id, job => job.RunAsync(CancellationToken.None), options.FlaggingCron, new RecurringJobOptions { TimeZone = Vietnam });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
