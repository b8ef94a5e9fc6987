using Npgsql;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>What every part of a run shares: the options, the client of the main API, the officers' requests, the report.</summary>
public sealed record HttpRun(HttpOptions Options, BenchClient Client, BenchPaths Paths, ReceiveBody Body, DossierSample Sample, HttpReport Report);

/// <summary>
/// <c>http [--name value]…</c>: the API over HTTP against a running API process (deploy/bench-http.sh
/// starts it in Production over its own database). In one run, each part unless <c>--only</c> names
/// some: receive against pgbench replaying its captured statements, A/B interleaved over
/// <c>--rounds</c> rounds at each concurrency (<see cref="ReceiveRounds"/>); the read paths
/// (<see cref="ReadRounds"/>); the officers' pages, the same way; the peak mix at a fixed offered rate with the CPU of the API and
/// PostgreSQL (<see cref="MixRound"/>); the round trips to PostgreSQL per request, counted by a relay
/// in front of a second API process (<see cref="RoundTrips"/>). Not a test and not part of CI.
/// </summary>
public static class HttpCommand
{
    public const string Centre = "000.00.01.H54";

    public static async Task<int> RunAsync(string[] args)
    {
        HttpOptions options;
        try
        {
            options = HttpOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync($"http: {e.Message}");
            return 2;
        }

        var report = new HttpReport(Path.Combine(options.Output, $"performance-http-{DateTime.UtcNow:yyyyMMdd-HHmm}.txt"));
        using var client = new BenchClient(options.Url, options.Timeout);
        var body = await ReceiveBody.LoadAsync(client);
        var sample = await DossierSample.LoadAsync(options.ConnectionString);
        var run = new HttpRun(options, client, await BenchPaths.SignInAsync(client, options.Password, body, sample), body, sample, report);
        report.Line($"bench-http: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, database {new NpgsqlConnectionStringBuilder(options.ConnectionString).Database}; parts: {string.Join(", ", HttpOptions.Parts.Where(options.Runs))}");
        report.Line(sample.Describe());
        report.Line($"each closed-loop measurement {options.Seconds.TotalSeconds:F0} s, {Rounds(options.Rounds)}; reads at concurrency 1 and {options.ReadConcurrency}; "
            + $"mix {options.Fraction:P0} of the peak hour for {options.MixSeconds.TotalSeconds:F0} s");

        if (options.Runs("receive"))
        {
            await ReceiveRounds.RunAsync(run);
        }

        if (options.Runs("reads"))
        {
            await ReadRounds.RunAsync(run);
        }

        if (options.Runs("pages"))
        {
            await ReadRounds.RunAsync(run, "Pages (server-rendered HTML, cookie session)", run.Paths.Pages);
        }

        if (options.Runs("mix"))
        {
            await MixRound.RunAsync(run);
        }

        if (options.Runs("roundtrips"))
        {
            await RoundTrips.RunAsync(run);
        }

        await report.SaveAsync();
        return 0;
    }

    public static string Rounds(int count) => count == 1 ? "1 round" : $"{count} rounds";
}
