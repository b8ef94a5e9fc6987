using System.Collections.Concurrent;
using System.Globalization;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// The peak mix (<see cref="PeakMix"/>) times <c>--fraction</c>, open loop at a constant rate for
/// <c>--mix-seconds</c> (<see cref="OpenLoopSchedule"/>), with the CPU of the API and of PostgreSQL
/// sampled over it. Per kind the report gives what was offered, answered and dropped and the
/// latencies over answered requests; then the cores used, and the CPU per answered request averaged
/// over the whole mix (each kind's own cost is in the read paths' and receive's figures), and the
/// run window by window (<see cref="MixTimeline"/>), to tell a sustained rate from a late collapse.
/// </summary>
public static class MixRound
{
    public static async Task RunAsync(HttpRun run)
    {
        var (options, client, paths, _, _, report) = run;
        var movable = new ConcurrentQueue<string>(await DossierSample.ReceivedAtCentreAsync(options.ConnectionString));
        var waiting = movable.Count;
        var mix = PeakMix.Kinds(options.Fraction, paths.Receive, () => movable.TryDequeue(out var code) ? paths.Transfer(code) : null, paths.Reads);
        report.Heading(string.Create(CultureInfo.InvariantCulture,
            $"Peak mix at {options.Fraction:P0} of {PeakMix.ReceiptsPerSecond} receipts/s + {PeakMix.MovesPerSecond} moves/s + {PeakMix.ReadsPerSecond} reads/s, "
            + $"open loop, {options.MixSeconds.TotalSeconds:F0} s ({waiting:N0} dossiers at the desk to transfer)"));
        // A second of each kind first: run alone (--only mix), the API would otherwise spend the mix's first seconds compiling.
        foreach (var next in paths.Reads.Select(r => r.Next).Prepend(paths.Receive))
        {
            await ClosedLoop.RunAsync(client, 2, TimeSpan.FromSeconds(1), next);
        }

        var timeline = new MixTimeline(options.MixSeconds);
        var (elapsed, cpu) = await CpuSampler.MeasureAsync(options.ApiPid, options.ConnectionString, () => OpenLoopSchedule.RunAsync(client, mix, options.MixSeconds, timeline));
        report.Line("kind           offered         answered (2xx)   dropped: not sent / timed out / non-2xx      p50 / p95 / p99 ms (answered)");
        foreach (var kind in mix)
        {
            var stats = kind.Stats;
            report.Line(string.Create(CultureInfo.InvariantCulture,
                $"{kind.Name,-14} {kind.Offered,7:N0} ({kind.PerSecond,6:F2}/s) {stats.Succeeded,8:N0}   {stats.NotSent,14:N0} / {stats.TimedOut,9:N0} / {stats.Failed,7:N0}{(stats.Failed > 0 ? $" [{stats.Failures()}]" : string.Empty)}"
                + $"   {stats.Percentile(0.50),7:F1} / {stats.Percentile(0.95),7:F1} / {stats.Percentile(0.99),7:F1}"
                + $"{(kind.Skipped > 0 ? $"   ({kind.Skipped:N0} not sent: nothing left to move)" : string.Empty)}"));
        }

        var offered = mix.Sum(k => k.Offered);
        var answered = mix.Sum(k => k.Stats.Answered);
        var (api, postgres) = cpu.PerRequest(answered);
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"all            {offered,7:N0}            {mix.Sum(k => k.Stats.Succeeded),8:N0}   dropped {mix.Sum(k => k.Stats.Dropped + k.Stats.Failed):N0} ({(double)mix.Sum(k => k.Stats.Dropped + k.Stats.Failed) / Math.Max(offered - mix.Sum(k => k.Skipped), 1):P1} of those sent or due); schedule ran {elapsed.TotalSeconds:F0} s"));
        report.Line("over the run, every kind together, by scheduled start:");
        foreach (var line in timeline.Describe())
        {
            report.Line("  " + line);
        }

        report.Line(cpu.Describe());
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"CPU per answered request, averaged over the mix: API {api:F2} ms + PostgreSQL {postgres:F2} ms; "
            + $"extrapolated to the whole peak hour: {(cpu.ApiCores + cpu.PostgresCores) / options.Fraction:F1} cores (API + PostgreSQL)"));
    }
}
