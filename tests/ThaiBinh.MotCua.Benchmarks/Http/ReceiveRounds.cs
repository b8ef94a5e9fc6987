using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// Receive over HTTP against pgbench replaying the statements one receive executes (captured from the
/// server log, not hand-written): at each concurrency, the pair is run once per round, HTTP first in
/// odd rounds and pgbench first in even ones, so a machine whose speed drifts does not favour either
/// side; the report gives each round's ratio and the median and range over the rounds, with the CPU
/// of the API and of PostgreSQL per receive.
/// </summary>
public static class ReceiveRounds
{
    private static readonly int[] Concurrencies = [1, 4, 16, 64];

    /// <summary>Sequential receives before the capture: enough uses for Npgsql's auto-prepare (when on) to have prepared the receive's statements on every pooled session.</summary>
    private const int WarmUpReceives = 20;

    public static async Task RunAsync(HttpRun run)
    {
        var (options, client, paths, _, _, report) = run;
        var pgbench = await CaptureAsync(run);
        report.Heading($"Receive over HTTP (POST /api/dossiers) against pgbench -M {pgbench.Mode} replaying its statements, {HttpCommand.Rounds(options.Rounds)}, A/B order alternating");
        await ClosedLoop.RunAsync(client, 4, TimeSpan.FromSeconds(3), paths.Receive);
        var results = Concurrencies.ToDictionary(c => c, _ => new List<PairResult>());
        for (var round = 1; round <= options.Rounds; round++)
        {
            var httpFirst = round % 2 == 1;
            foreach (var concurrency in Concurrencies)
            {
                Task<((LatencyStats Stats, TimeSpan Elapsed) Run, CpuUse Cpu)> Http() => CpuSampler.MeasureAsync(options.ApiPid, options.ConnectionString,
                    () => ClosedLoop.RunAsync(client, concurrency, options.Seconds, paths.Receive));
                Task<((double Tps, long Failed) Run, CpuUse Cpu)> Replay() => CpuSampler.MeasureAsync(options.ApiPid, options.ConnectionString,
                    () => pgbench.RunAsync(concurrency, options.Seconds));
                ((LatencyStats Stats, TimeSpan Elapsed) Run, CpuUse Cpu) http;
                ((double Tps, long Failed) Run, CpuUse Cpu) replay;
                if (httpFirst)
                {
                    http = await Http();
                    replay = await Replay();
                }
                else
                {
                    replay = await Replay();
                    http = await Http();
                }

                var result = new PairResult(http.Run.Stats, http.Run.Elapsed, http.Cpu, replay.Run.Tps, replay.Run.Failed, replay.Cpu);
                results[concurrency].Add(result);
                report.Line($"round {round} ({(httpFirst ? "HTTP first" : "pgbench first")}) c={concurrency,-2}  {result.Describe()}");
            }
        }

        report.Heading($"Receive, over the {HttpCommand.Rounds(options.Rounds)} (median and range)");
        foreach (var (concurrency, rounds) in results)
        {
            report.Line(string.Create(CultureInfo.InvariantCulture,
                $"c={concurrency,-2}  ratio HTTP/pgbench {RoundSummary.Describe([.. rounds.Select(r => r.Ratio)], "F2")}; "
                + $"HTTP {RoundSummary.Describe([.. rounds.Select(r => r.HttpRate)], "F1")}/s, p95 {RoundSummary.Describe([.. rounds.Select(r => r.Http.Percentile(0.95))], "F1")} ms; "
                + $"pgbench {RoundSummary.Describe([.. rounds.Select(r => r.Tps)], "F1")}/s\n"
                + $"      CPU per receive: API {RoundSummary.Describe([.. rounds.Select(r => r.HttpCpuPerReceive.ApiMillis)], "F2")} ms, "
                + $"PostgreSQL {RoundSummary.Describe([.. rounds.Select(r => r.HttpCpuPerReceive.PostgresMillis)], "F2")} ms over HTTP, "
                + $"{RoundSummary.Describe([.. rounds.Select(r => r.PgbenchPostgresMillis)], "F2")} ms from pgbench"));
        }
    }

    /// <summary>The capture, the pgbench script written from it, and what the report says of both.</summary>
    private static async Task<Pgbench> CaptureAsync(HttpRun run)
    {
        var (options, client, paths, _, _, report) = run;
        async Task WarmUp()
        {
            await ClosedLoop.RunAsync(client, 4, TimeSpan.FromSeconds(2), paths.Detail);
            for (var i = 0; i < WarmUpReceives; i++)
            {
                await ReceiveOnceAsync(client, paths);
            }
        }

        var serverLog = options.ServerLog ?? await ServerLogAsync(options.ConnectionString);
        string? capturedCode = null;
        var capture = await StatementCapture.CaptureAsync(options.ConnectionString, serverLog, WarmUp, async () => capturedCode = await ReceiveOnceAsync(client, paths));
        var mode = options.PgbenchMode ?? (capture.Prepared > 0 ? Pgbench.PreparedMode : Pgbench.SimpleMode);
        var script = Path.Combine(options.Output, "receive.pgbench.sql");
        var pgbench = await Pgbench.WriteScriptAsync(options.ConnectionString, capture, capturedCode!, script, mode);
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"one receive: {capture.Statements.Count} queries to PostgreSQL ({capture.Prepared} prepared, {capture.Unnamed} unnamed, {capture.Simple} simple holding {capture.InSimple} statements), "
            + $"of which {capture.DiscardAll} DISCARD ALL and {capture.Transactions} BEGIN; {capture.NewIds.Count} rows created with ids (script: {script})"));
        report.Line($"pgbench -M {mode}: {(options.PgbenchMode is null ? $"as the API ({(capture.Prepared > 0 ? "the capture saw prepared statements" : "the capture saw none prepared")})" : "set by --pgbench-mode")}");
        return pgbench;
    }

    /// <summary>One receive, which must be created; its dossier's code.</summary>
    private static async Task<string> ReceiveOnceAsync(BenchClient client, BenchPaths paths)
    {
        var (status, answer, _) = await client.SendAsync(paths.Receive(), Stopwatch.GetTimestamp());
        if (status != 201)
        {
            throw new InvalidOperationException($"A receive answered {status}: {answer}");
        }

        using var json = JsonDocument.Parse(answer);
        return json.RootElement.GetProperty("code").GetString()!;
    }

    /// <summary>server.log in the cluster's data folder (deploy/pg.sh starts it with pg_ctl -l there).</summary>
    private static async Task<string> ServerLogAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW data_directory", connection);
        return Path.Combine((string)(await command.ExecuteScalarAsync())!, "server.log");
    }

    /// <summary>One round at one concurrency: the HTTP run and the pgbench run, each with the CPU sampled during it.</summary>
    private sealed record PairResult(LatencyStats Http, TimeSpan Elapsed, CpuUse HttpCpu, double Tps, long Failed, CpuUse PgbenchCpu)
    {
        public double HttpRate => Http.Succeeded / Elapsed.TotalSeconds;

        public double Ratio => Tps > 0 ? HttpRate / Tps : double.NaN;

        public (double ApiMillis, double PostgresMillis) HttpCpuPerReceive => HttpCpu.PerRequest(Http.Succeeded);

        public double PgbenchPostgresMillis => PgbenchCpu.PerRequest(Tps * PgbenchCpu.Seconds).PostgresMillis;

        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"HTTP {Http.Describe(Elapsed)}\n"
            + $"      pgbench {Tps,8:F1}/s ({Failed} failed)   ratio HTTP/pgbench {Ratio:F2}\n"
            + $"      CPU per receive: HTTP run API {HttpCpuPerReceive.ApiMillis:F2} ms + PostgreSQL {HttpCpuPerReceive.PostgresMillis:F2} ms; pgbench run PostgreSQL {PgbenchPostgresMillis:F2} ms");
    }
}
