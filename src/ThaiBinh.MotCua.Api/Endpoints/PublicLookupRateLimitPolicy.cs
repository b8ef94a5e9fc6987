using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Api.Errors;
using ThaiBinh.MotCua.Api.Security;
using ThaiBinh.MotCua.Infrastructure.Dossiers;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>
/// The citizen lookup per client address: a sliding minute in six segments, so a client cannot spend
/// the limit at the end of one window and again at the start of the next.
/// </summary>
internal sealed class PublicLookupRateLimitPolicy(IOptions<PublicLookupOptions> options) : IRateLimiterPolicy<string>
{
    private const int SegmentsPerWindow = 6;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The sliding window limiter of .NET 10 gives no Retry-After of its own; the earliest a permit can
    /// come back is when the window moves on by one segment.
    /// </summary>
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
    {
        RetryAfter.Set(context.HttpContext.Response, Window / SegmentsPerWindow);
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetSlidingWindowLimiter(ClientAddress.PartitionKey(httpContext), _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PermitsPerMinute,
            Window = Window,
            SegmentsPerWindow = SegmentsPerWindow,
            QueueLimit = 0,
        });
}
