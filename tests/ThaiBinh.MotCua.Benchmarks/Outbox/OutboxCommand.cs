using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Benchmarks.Http;
using ThaiBinh.MotCua.Simulators;
using ThaiBinh.MotCua.Simulators.Portal;

namespace ThaiBinh.MotCua.Benchmarks.Outbox;

/// <summary>
/// `outbox`: the delivery worker measured through the national portal's simulator over real HTTP
/// (deploy/bench-outbox.sh). Throughput: a backlog of receipts written while no worker runs, then
/// one API process with the worker started: portal records accepted per second from the first to the
/// last. Lag: receipts at a steady rate with the worker running: from the receipt's answer (its
/// transaction committed before the answer left) to the portal simulator accepting the dossier's
/// record, p50 / p95 / max.
/// </summary>
public static class OutboxCommand
{
    private const string Desk = "phuong.tiepnhan";
    private const string Password = "MotCua@2026";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = OutboxBenchOptions.Parse(args);
        Directory.CreateDirectory(options.Out);
        var smtpPort = FreePort();
        await using var simulators = SimulatorApp.Create(["--urls", "http://127.0.0.1:0", $"--Simulators:SmtpPort={smtpPort}"]);
        await simulators.StartAsync();
        var simulatorBase = simulators.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        var store = simulators.Services.GetRequiredService<PortalSimulatorStore>();
        Environment.SetEnvironmentVariable("OutsideSystems__Portal__BaseUrl", $"{simulatorBase}/dvcqg/");
        Environment.SetEnvironmentVariable("OutsideSystems__SmsBrandname__BaseUrl", $"{simulatorBase}/sms/");
        Environment.SetEnvironmentVariable("OutsideSystems__Zalo__BaseUrl", $"{simulatorBase}/zalo/");
        Environment.SetEnvironmentVariable("Notifications__Smtp__Port", smtpPort.ToString(CultureInfo.InvariantCulture));

        var report = new StringBuilder();
        void Say(string line)
        {
            Console.WriteLine(line);
            report.AppendLine(line);
        }

        Say($"outbox benchmark {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; backlog {options.Backlog}, lag {options.Rate}/s for {options.Seconds} s");

        // The backlog, written with no worker running.
        Environment.SetEnvironmentVariable("Outbox__WorkerEnabled", "false");
        await using (var writer = await ApiProcess.StartAsync(options.ApiDll, options.Connection, Path.Combine(options.Out, "api-backlog.log")))
        {
            using var client = new BenchClient(writer.Address, TimeSpan.FromSeconds(30));
            var token = await client.SignInAsync(Desk, Password);
            var receipt = await CommuneReceipt.LoadAsync(client);
            var written = 0;
            await Parallel.ForEachAsync(Enumerable.Range(0, options.Backlog), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (_, _) =>
            {
                await receipt.ReceiveAsync(client, token);
                Interlocked.Increment(ref written);
            });
            Say($"backlog: {written} receipts written, worker off");
        }

        // The worker drains it.
        Environment.SetEnvironmentVariable("Outbox__WorkerEnabled", "true");
        await using var worker = await ApiProcess.StartAsync(options.ApiDll, options.Connection, Path.Combine(options.Out, "api-worker.log"));
        var drainDeadline = Stopwatch.StartNew();
        while (store.DossierCodes().Count < options.Backlog && drainDeadline.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(100);
        }

        var accepted = store.AcceptedTimes();
        var span = (accepted[^1] - accepted[0]).TotalSeconds;
        Say($"throughput: {store.DossierCodes().Count} dossier records and {accepted.Count} accepted portal calls (records + progress) "
            + $"in {span:0.0} s from the first to the last: {accepted.Count / Math.Max(span, 0.001):0.0} calls/s, "
            + $"{store.DossierCodes().Count / Math.Max(span, 0.001):0.0} dossiers/s (each a create and its progress row)");

        // Lag from commit to delivery, the worker running and idle between receipts.
        using (var client = new BenchClient(worker.Address, TimeSpan.FromSeconds(30)))
        {
            var token = await client.SignInAsync(Desk, Password);
            var receipt = await CommuneReceipt.LoadAsync(client);
            var committed = new List<(string Code, DateTimeOffset At)>();
            var interval = TimeSpan.FromSeconds(1.0 / options.Rate);
            var clock = Stopwatch.StartNew();
            var sends = new List<Task>();
            for (var i = 0; i < options.Rate * options.Seconds; i++)
            {
                var due = interval * i;
                if (clock.Elapsed < due)
                {
                    await Task.Delay(due - clock.Elapsed);
                }

                sends.Add(Task.Run(async () =>
                {
                    var code = await receipt.ReceiveAsync(client, token);
                    var at = DateTimeOffset.UtcNow;
                    lock (committed)
                    {
                        committed.Add((code, at));
                    }
                }));
            }

            await Task.WhenAll(sends);
            var waitDeadline = Stopwatch.StartNew();
            while (committed.Any(c => store.FirstStoredAt(c.Code) is null) && waitDeadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(100);
            }

            var lags = committed.Select(c => store.FirstStoredAt(c.Code) is { } seen ? (seen - c.At).TotalMilliseconds : double.NaN).ToList();
            var delivered = lags.Where(l => !double.IsNaN(l)).Order().ToList();
            Say($"lag: {delivered.Count} of {committed.Count} delivered; commit→portal record p50 {Rank(delivered, 0.50):0} ms, "
                + $"p95 {Rank(delivered, 0.95):0} ms, max {(delivered.Count > 0 ? delivered[^1] : double.NaN):0} ms");
        }

        await File.WriteAllTextAsync(Path.Combine(options.Out, "summary.txt"), report.ToString());
        return 0;
    }

    /// <summary>Nearest rank.</summary>
    private static double Rank(IReadOnlyList<double> sorted, double share) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
