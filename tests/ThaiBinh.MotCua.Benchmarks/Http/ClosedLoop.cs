using System.Diagnostics;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// A number of workers, each sending its next request as soon as the previous one
/// is answered, for a fixed duration: the throughput a path reaches, with its latencies.
/// </summary>
public static class ClosedLoop
{
    public static async Task<(LatencyStats Stats, TimeSpan Elapsed)> RunAsync(
        BenchClient client, int concurrency, TimeSpan duration, Func<BenchRequest> next)
    {
        var stats = new LatencyStats();
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (watch.Elapsed < duration)
            {
                var (status, _, millis) = await client.SendAsync(next(), Stopwatch.GetTimestamp());
                if (status is { } code)
                {
                    stats.Answer(millis, code);
                }
                else
                {
                    stats.Drop(sent: true);
                }
            }
        }));
        await Task.WhenAll(workers);
        return (stats, watch.Elapsed);
    }
}
