using System.Globalization;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// The read paths (or the pages), closed loop, at concurrency 1 (the service time of one request on an idle server)
/// and at <c>--read-concurrency</c>; over <c>--rounds</c> rounds, the paths in order in odd rounds and
/// in reverse in even ones. The report gives each measurement, then per path the median and range
/// over the rounds, with the CPU of the API and of PostgreSQL per request.
/// </summary>
public static class ReadRounds
{
    public static Task RunAsync(HttpRun run) => RunAsync(run, "Read paths", run.Paths.Reads);

    /// <summary>The <paramref name="reads"/>, reported under <paramref name="title"/>.</summary>
    public static async Task RunAsync(HttpRun run, string title, IReadOnlyList<ReadPath> reads)
    {
        var (options, client, _, _, _, report) = run;
        var concurrencies = new[] { 1, options.ReadConcurrency }.Distinct().ToArray();
        report.Heading($"{title}, closed loop at concurrency {string.Join(" and ", concurrencies)}, {HttpCommand.Rounds(options.Rounds)}, path order alternating");
        var results = reads.ToDictionary(p => p, _ => concurrencies.ToDictionary(c => c, _ => new List<ReadResult>()));
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var path in round % 2 == 1 ? reads : reads.Reverse())
            {
                if (round == 1)
                {
                    await ClosedLoop.RunAsync(client, 2, TimeSpan.FromSeconds(1), path.Next);
                }

                foreach (var concurrency in concurrencies)
                {
                    var ((stats, elapsed), cpu) = await CpuSampler.MeasureAsync(options.ApiPid, options.ConnectionString,
                        () => ClosedLoop.RunAsync(client, concurrency, options.Seconds, path.Next));
                    var result = new ReadResult(stats, elapsed, cpu);
                    results[path][concurrency].Add(result);
                    report.Line($"round {round} {path.Short,-11} c={concurrency,-2} {result.Describe()}");
                }
            }
        }

        report.Heading($"{title}, over the {HttpCommand.Rounds(options.Rounds)} (median and range)");
        foreach (var (path, byConcurrency) in results)
        {
            report.Line(path.Name);
            foreach (var (concurrency, rounds) in byConcurrency)
            {
                report.Line(string.Create(CultureInfo.InvariantCulture,
                    $"      c={concurrency,-2} {RoundSummary.Describe([.. rounds.Select(r => r.Rate)], "F1")}/s; "
                    + $"p50 {RoundSummary.Describe([.. rounds.Select(r => r.Stats.Percentile(0.50))], "F1")}, "
                    + $"p95 {RoundSummary.Describe([.. rounds.Select(r => r.Stats.Percentile(0.95))], "F1")}, "
                    + $"p99 {RoundSummary.Describe([.. rounds.Select(r => r.Stats.Percentile(0.99))], "F1")} ms; "
                    + $"CPU per request API {RoundSummary.Describe([.. rounds.Select(r => r.CpuPerRequest.ApiMillis)], "F2")} + "
                    + $"PostgreSQL {RoundSummary.Describe([.. rounds.Select(r => r.CpuPerRequest.PostgresMillis)], "F2")} ms; "
                    + $"non-2xx {rounds.Sum(r => r.Stats.Failed):N0}, timed out {rounds.Sum(r => r.Stats.TimedOut):N0}"));
            }
        }
    }

    private sealed record ReadResult(LatencyStats Stats, TimeSpan Elapsed, CpuUse Cpu)
    {
        public double Rate => Stats.Succeeded / Elapsed.TotalSeconds;

        public (double ApiMillis, double PostgresMillis) CpuPerRequest => Cpu.PerRequest(Stats.Answered);

        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"{Stats.Describe(Elapsed)}\n      {Cpu.Describe()}; per request API {CpuPerRequest.ApiMillis:F2} + PostgreSQL {CpuPerRequest.PostgresMillis:F2} ms");
    }
}
