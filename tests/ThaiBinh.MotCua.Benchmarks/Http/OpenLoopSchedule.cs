using System.Diagnostics;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>One kind of request in an open-loop mix and the rate it is offered at.</summary>
public sealed record OfferedKind(string Name, double PerSecond, Func<BenchRequest?> Next)
{
    public LatencyStats Stats { get; } = new();

    /// <summary>Scheduled but not sent because nothing was left to act on (no dossier left to move).</summary>
    public int Skipped { get; set; }
}

/// <summary>
/// A constant-rate open-loop schedule: request i of a kind starts at i / rate seconds, whether or
/// not earlier ones have been answered. A request is dropped when the client cannot keep up (its
/// start is already a second late, or <see cref="MaxInFlight"/> are outstanding) or when it times
/// out; latency is counted from the scheduled start, over answered requests only, so a slow server
/// cannot hide its queue by slowing the client down.
/// </summary>
public static class OpenLoopSchedule
{
    public const int MaxInFlight = 2048;

    private static readonly TimeSpan LateLimit = TimeSpan.FromSeconds(1);

    public static async Task<TimeSpan> RunAsync(BenchClient client, IReadOnlyList<OfferedKind> kinds, TimeSpan duration)
    {
        var origin = Stopwatch.GetTimestamp();
        var inFlight = 0;
        var schedulers = kinds.Where(k => k.PerSecond > 0).Select(kind => Task.Run(async () =>
        {
            var total = (long)Math.Floor(kind.PerSecond * duration.TotalSeconds);
            var sent = new List<Task>();
            for (long i = 0; i < total; i++)
            {
                var due = TimeSpan.FromSeconds(i / kind.PerSecond);
                var wait = due - Stopwatch.GetElapsedTime(origin);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                if (Stopwatch.GetElapsedTime(origin) - due > LateLimit || Volatile.Read(ref inFlight) >= MaxInFlight)
                {
                    kind.Stats.Drop(sent: false);
                    continue;
                }

                if (kind.Next() is not { } request)
                {
                    kind.Skipped++;
                    continue;
                }

                var scheduledAt = origin + (long)(due.TotalSeconds * Stopwatch.Frequency);
                Interlocked.Increment(ref inFlight);
                sent.Add(SendAsync(request, scheduledAt));
            }

            await Task.WhenAll(sent);

            async Task SendAsync(BenchRequest request, long scheduledAt)
            {
                var (status, _, millis) = await client.SendAsync(request, scheduledAt);
                Interlocked.Decrement(ref inFlight);
                if (status is { } code)
                {
                    kind.Stats.Answer(millis, code is >= 200 and < 300);
                }
                else
                {
                    kind.Stats.Drop(sent: true);
                }
            }
        }));
        await Task.WhenAll(schedulers);
        return Stopwatch.GetElapsedTime(origin);
    }
}
