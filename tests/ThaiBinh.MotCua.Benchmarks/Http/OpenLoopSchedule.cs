using System.Diagnostics;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>One kind of request in an open-loop mix and the rate it is offered at.</summary>
public sealed record OfferedKind(string Name, double PerSecond, Func<BenchRequest?> Next)
{
    public LatencyStats Stats { get; } = new();

    /// <summary>Scheduled but not sent because nothing was left to act on (no dossier left to move).</summary>
    public int Skipped { get; set; }

    /// <summary>Requests the schedule gave this kind over the run.</summary>
    public long Offered { get; set; }
}

/// <summary>
/// A constant-rate open-loop schedule: request i of a kind starts at i / rate seconds, whether or
/// not earlier ones have been answered. A request is dropped when the client cannot keep up (its
/// start is already a second late, or <see cref="MaxInFlight"/> are outstanding) or when it times
/// out; latency is counted from the scheduled start, over answered requests only, so a slow server
/// cannot hide its queue by slowing the client down. Requests in flight are counted, not kept: a
/// ten-minute run at the full peak sends some 380,000, and only their latencies (8 bytes each) stay.
/// </summary>
public static class OpenLoopSchedule
{
    public const int MaxInFlight = 2048;

    private static readonly TimeSpan LateLimit = TimeSpan.FromSeconds(1);

    public static async Task<TimeSpan> RunAsync(BenchClient client, IReadOnlyList<OfferedKind> kinds, TimeSpan duration, MixTimeline timeline)
    {
        var origin = Stopwatch.GetTimestamp();
        var inFlight = 0;
        var schedulers = kinds.Where(k => k.PerSecond > 0).Select(kind => Task.Run(async () =>
        {
            var total = (long)Math.Floor(kind.PerSecond * duration.TotalSeconds);
            kind.Offered = total;
            // One for the scheduler itself, so "all answered" cannot be signalled before the last is sent.
            var outstanding = 1L;
            var allAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            for (long i = 0; i < total; i++)
            {
                var due = TimeSpan.FromSeconds(i / kind.PerSecond);
                var wait = due - Stopwatch.GetElapsedTime(origin);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                var window = timeline.At(due);
                if (Stopwatch.GetElapsedTime(origin) - due > LateLimit || Volatile.Read(ref inFlight) >= MaxInFlight)
                {
                    kind.Stats.Drop(sent: false);
                    window.Drop(sent: false);
                    continue;
                }

                if (kind.Next() is not { } request)
                {
                    kind.Skipped++;
                    continue;
                }

                var scheduledAt = origin + (long)(due.TotalSeconds * Stopwatch.Frequency);
                Interlocked.Increment(ref inFlight);
                Interlocked.Increment(ref outstanding);
                _ = SendAsync(request, scheduledAt, window);
            }

            Answered();
            await allAnswered.Task;

            async Task SendAsync(BenchRequest request, long scheduledAt, LatencyStats window)
            {
                var (status, _, millis) = await client.SendAsync(request, scheduledAt);
                Interlocked.Decrement(ref inFlight);
                if (status is { } code)
                {
                    kind.Stats.Answer(millis, code);
                    window.Answer(millis, code);
                }
                else
                {
                    kind.Stats.Drop(sent: true);
                    window.Drop(sent: true);
                }

                Answered();
            }

            void Answered()
            {
                if (Interlocked.Decrement(ref outstanding) == 0)
                {
                    allAnswered.SetResult();
                }
            }
        }));
        await Task.WhenAll(schedulers);
        return Stopwatch.GetElapsedTime(origin);
    }
}
