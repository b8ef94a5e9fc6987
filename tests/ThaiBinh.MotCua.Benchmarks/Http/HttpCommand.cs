using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using ThaiBinh.MotCua.Benchmarks.Scale;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// <c>http [--name value]…</c>: the API over HTTP against a running API process (deploy/bench-http.sh
/// starts it in Production over its own database). Three rounds in one run: receive against pgbench
/// replaying its captured statements, A/B interleaved at each concurrency; the read paths; the peak
/// mix at a fixed offered rate with the CPU of the API and PostgreSQL. Not a test and not part of CI.
/// </summary>
public static class HttpCommand
{
    public const string Centre = "000.00.01.H54";

    private static readonly int[] Concurrencies = [1, 4, 16, 64];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = ScaleArguments.Parse(args);
        // The driver's own sessions are not pooled: the capture ends every other session of the database.
        var connectionString = new NpgsqlConnectionStringBuilder(options.Text("connection") ?? Environment.GetEnvironmentVariable("MOTCUA_BENCH_HTTP_DB")
            ?? throw new ArgumentException("No database: pass --connection or set MOTCUA_BENCH_HTTP_DB (deploy/bench-http.sh does)."))
        {
            Pooling = false,
        }.ConnectionString;
        var apiPid = (int)options.Number("api-pid", 0);
        var seconds = TimeSpan.FromSeconds(options.Number("seconds", 10));
        var mixSeconds = TimeSpan.FromSeconds(options.Number("mix-seconds", 60));
        var fraction = double.Parse(options.Text("fraction", "0.1"), CultureInfo.InvariantCulture);
        var readConcurrency = (int)options.Number("read-concurrency", 8);
        var password = options.Text("password", "MotCua@2026");
        var output = options.Text("out", Path.Combine(".local", "bench-http"));
        var report = new HttpReport(Path.Combine(output, $"performance-http-{DateTime.UtcNow:yyyyMMdd-HHmm}.txt"));

        using var client = new BenchClient(new Uri(options.Text("url", "http://127.0.0.1:5180")), TimeSpan.FromSeconds(options.Number("timeout", 5)));
        var reception = await client.SignInAsync("tinh.tiepnhan", password);
        var supervisor = await client.SignInAsync("tinh.giamsat", password);
        var body = await ReceiveBody.LoadAsync(client);
        var sample = await DossierSample.LoadAsync(connectionString);
        report.Line($"bench-http: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, database {new NpgsqlConnectionStringBuilder(connectionString).Database}");
        report.Line(sample.Describe());
        report.Line($"each closed-loop measurement {seconds.TotalSeconds:F0} s; reads at concurrency {readConcurrency}; mix {fraction:P0} of the peak hour for {mixSeconds.TotalSeconds:F0} s");

        BenchRequest Receive() => new(HttpMethod.Post, "/api/dossiers", reception, body.Next());
        BenchRequest Detail() => new(HttpMethod.Get, $"/api/dossiers/{sample.Code()}", reception);
        async Task WarmUp() => await ClosedLoop.RunAsync(client, 4, TimeSpan.FromSeconds(2), Detail);

        // Round 0: the statements of one receive, captured from the server's log.
        var serverLog = options.Text("server-log") ?? await ServerLogAsync(connectionString);
        string? capturedCode = null;
        var capture = await StatementCapture.CaptureAsync(connectionString, serverLog, WarmUp, async () =>
        {
            var (status, answer, _) = await client.SendAsync(Receive(), System.Diagnostics.Stopwatch.GetTimestamp());
            if (status != 201)
            {
                throw new InvalidOperationException($"The captured receive answered {status}: {answer}");
            }

            using var json = JsonDocument.Parse(answer);
            capturedCode = json.RootElement.GetProperty("code").GetString();
        });
        var pgbench = await Pgbench.WriteScriptAsync(connectionString, capture, capturedCode!, Path.Combine(output, "receive.pgbench.sql"));
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"one receive: {capture.Statements.Count} statements to PostgreSQL, of which {capture.DiscardAll} DISCARD ALL and {capture.Transactions} BEGIN; "
            + $"{capture.NewIds.Count} rows created with ids (script: {Path.Combine(output, "receive.pgbench.sql")})"));

        // Round 1: receive over HTTP against pgbench, interleaved at each concurrency.
        report.Heading("Round 1: receive over HTTP (POST /api/dossiers) against pgbench replaying its statements");
        await ClosedLoop.RunAsync(client, 4, TimeSpan.FromSeconds(3), Receive);
        foreach (var concurrency in Concurrencies)
        {
            var cpu = await CpuSampler.StartAsync(apiPid, connectionString);
            var (http, elapsed) = await ClosedLoop.RunAsync(client, concurrency, seconds, Receive);
            var httpCpu = await cpu.StopAsync();
            await cpu.DisposeAsync();
            var httpRate = http.Answered / elapsed.TotalSeconds;

            cpu = await CpuSampler.StartAsync(apiPid, connectionString);
            var (tps, failed) = await pgbench.RunAsync(concurrency, seconds);
            var pgCpu = await cpu.StopAsync();
            await cpu.DisposeAsync();

            report.Line(string.Create(CultureInfo.InvariantCulture,
                $"c={concurrency,-2}  HTTP {http.Describe(elapsed)}\n"
                + $"      pgbench {tps,8:F1}/s ({failed} failed)   ratio HTTP/pgbench {httpRate / tps:F2}\n"
                + $"      CPU per receive: HTTP run API {1000 * httpCpu.ApiSeconds / Math.Max(http.Answered, 1):F2} ms + PostgreSQL {1000 * httpCpu.PostgresSeconds / Math.Max(http.Answered, 1):F2} ms; "
                + $"pgbench run PostgreSQL {1000 * pgCpu.PostgresSeconds / Math.Max(tps * pgCpu.Seconds, 1):F2} ms"));
        }

        // Round 2: the read paths, one after the other, closed loop.
        report.Heading($"Round 2: read paths, closed loop at concurrency {readConcurrency}");
        var reads = new (string Name, Func<BenchRequest> Next)[]
        {
            ("work queue (GET /api/dossiers, centre reception)", () => new(HttpMethod.Get, "/api/dossiers", reception)),
            ("dossier detail (GET /api/dossiers/{code})", Detail),
            ("public lookup (GET /api/public/dossiers/{code}?verify=)", sample.PublicLookup),
            ("overdue list (GET /api/supervision/overdue, supervisor)", () => new(HttpMethod.Get, "/api/supervision/overdue", supervisor)),
            ("receipt PDF (GET /api/dossiers/{code}/forms/receipt.pdf)", () => new(HttpMethod.Get, $"/api/dossiers/{sample.Code()}/forms/receipt.pdf", reception)),
        };
        foreach (var (name, next) in reads)
        {
            await ClosedLoop.RunAsync(client, 2, TimeSpan.FromSeconds(1), next);
            var cpu = await CpuSampler.StartAsync(apiPid, connectionString);
            var (stats, elapsed) = await ClosedLoop.RunAsync(client, readConcurrency, seconds, next);
            var use = await cpu.StopAsync();
            await cpu.DisposeAsync();
            report.Line($"{name}\n      {stats.Describe(elapsed)}\n      {use.Describe()}");
        }

        // Round 3: the peak mix at a fixed offered rate.
        var movable = new ConcurrentQueue<string>(await DossierSample.ReceivedAtCentreAsync(connectionString));
        var mix = PeakMix.Kinds(fraction, Receive, () => movable.TryDequeue(out var code) ? new(HttpMethod.Post, $"/api/dossiers/{code}/transfer", reception) : null, reads);
        report.Heading(string.Create(CultureInfo.InvariantCulture,
            $"Round 3: peak mix at {fraction:P0} of 2.5 receipts/s + 30 moves/s + 600 reads/s, open loop, {mixSeconds.TotalSeconds:F0} s ({movable.Count:N0} dossiers at the desk to transfer)"));
        var mixCpu = await CpuSampler.StartAsync(apiPid, connectionString);
        await OpenLoopSchedule.RunAsync(client, mix, mixSeconds);
        var mixUse = await mixCpu.StopAsync();
        await mixCpu.DisposeAsync();
        foreach (var kind in mix)
        {
            report.Line(string.Create(CultureInfo.InvariantCulture,
                $"{kind.Name,-14} offered {kind.PerSecond,7:F2}/s  {kind.Stats.Describe(mixSeconds)}{(kind.Skipped > 0 ? $", {kind.Skipped:N0} not sent: nothing left to move" : string.Empty)}"));
        }

        report.Line(mixUse.Describe());
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"extrapolated to the whole peak hour: {(mixUse.ApiCores + mixUse.PostgresCores) / fraction:F1} cores (API + PostgreSQL)"));
        await report.SaveAsync();
        return 0;
    }

    /// <summary>server.log in the cluster's data folder (deploy/pg.sh starts it with pg_ctl -l there).</summary>
    private static async Task<string> ServerLogAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW data_directory", connection);
        return Path.Combine((string)(await command.ExecuteScalarAsync())!, "server.log");
    }
}
