using System.Diagnostics;
using Hangfire.Server;

namespace ThaiBinh.MotCua.Infrastructure.Jobs;

/// <summary>
/// A span per job execution on the <see cref="SourceName"/> activity source (Hangfire has no
/// OpenTelemetry instrumentation of its own): the job's database calls become its children.
/// </summary>
public sealed class JobTracingFilter : IServerFilter
{
    public const string SourceName = "ThaiBinh.MotCua.Jobs";

    private const string ActivityItem = "motcua.activity";
    private static readonly ActivitySource Source = new(SourceName);

    public void OnPerforming(PerformingContext context)
    {
        var job = context.BackgroundJob.Job;
        var activity = Source.StartActivity($"job {job.Type.Name}.{job.Method.Name}", ActivityKind.Internal);
        activity?.SetTag("job.id", context.BackgroundJob.Id);
        context.Items[ActivityItem] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (!context.Items.TryGetValue(ActivityItem, out var item) || item is not Activity activity)
        {
            return;
        }

        if (context.Exception is { } exception && !context.ExceptionHandled)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.GetBaseException().Message);
        }

        activity.Dispose();
    }
}
