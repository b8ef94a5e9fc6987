using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// Round trips to PostgreSQL per request, which the server log does not show: a second API process
/// (same build and settings, <see cref="ApiProcess"/>) talks to PostgreSQL through a
/// <see cref="CountingRelay"/>, and after a warm-up each kind of request is sent
/// <c>--roundtrip-requests</c> times one after the other; the relay's counts over them, divided by
/// their number, are the round trips, statements and bytes of one request. The main API, the one
/// measured for throughput, stays direct, so the relay adds nothing to those figures. Each kind's
/// CPU per request, sequential (concurrency 1), is sampled on the second process too.
/// </summary>
public static class RoundTrips
{
    /// <summary>Enough for the JIT to have compiled the hot paths at its higher tier and for auto-prepare (when on) to have prepared.</summary>
    private const int WarmUpRequests = 50;

    private static readonly TimeSpan IdleTime = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(HttpRun run)
    {
        var (options, _, _, body, sample, report) = run;
        var dll = options.ApiDll ?? throw new ArgumentException("--api-dll: the API's build, for the second process of the round trips (deploy/bench-http.sh passes it).");
        var target = new NpgsqlConnectionStringBuilder(options.ApiConnectionString);
        await using var relay = new CountingRelay(target.Host!, target.Port);
        report.Heading($"Round trips to PostgreSQL per request: a second API process through a counting relay, {options.RoundTripRequests} sequential requests of each kind after {WarmUpRequests} of warm-up");
        CheckCounter();
        report.Line(await CheckRelayAsync(relay, options.ConnectionString));

        // The relay reads the protocol in clear: no TLS between the second API and the relay (pg.sh's cluster has none anyway).
        var relayed = new NpgsqlConnectionStringBuilder(options.ApiConnectionString) { Host = "127.0.0.1", Port = relay.Port, SslMode = SslMode.Disable };
        var log = Path.Combine(options.Output, "api-relayed.log");
        await using var api = await ApiProcess.StartAsync(dll, relayed.ConnectionString, log);
        using var client = new BenchClient(api.Address, options.Timeout);
        var paths = await BenchPaths.SignInAsync(client, options.Password, body, sample);
        var kinds = new List<(string Name, Func<BenchRequest> Next)> { ("receive", paths.Receive) };
        kinds.AddRange(paths.Reads.Select(r => (r.Short, r.Next)));
        foreach (var (_, next) in kinds)
        {
            await SequentialAsync(client, next, WarmUpRequests);
        }

        // Idle for a while: the JIT's background recompilations of the warm-up settle here rather than in the first kind measured.
        var idleStart = relay.Snapshot();
        var (_, idleCpu) = await CpuSampler.MeasureAsync(api.Pid, options.ConnectionString, async () =>
        {
            await Task.Delay(IdleTime);
            return 0;
        });
        var idle = relay.Snapshot() - idleStart;
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"second API on {api.Address} (log {log}); idle for {IdleTime.TotalSeconds:F0} s: {idle.RoundTrips} round trips, API {idleCpu.ApiCores:F3} cores (background work, not counted below)"));
        report.Line("kind            2xx  round trips  statements  prepared  prepares  connections   bytes to  bytes from  CPU ms: API + PostgreSQL");
        foreach (var (name, next) in kinds)
        {
            var before = relay.Snapshot();
            var (succeeded, cpu) = await CpuSampler.MeasureAsync(api.Pid, options.ConnectionString, () => SequentialAsync(client, next, options.RoundTripRequests));
            var counts = relay.Snapshot() - before;
            double n = options.RoundTripRequests;
            var (apiMillis, postgresMillis) = cpu.PerRequest(n);
            report.Line(string.Create(CultureInfo.InvariantCulture,
                $"{name,-14} {succeeded,4}  {counts.RoundTrips / n,11:F2}  {counts.Statements / n,10:F2}  {counts.PreparedExecutions / n,8:F2}  {counts.Prepares / n,8:F2}"
                + $"  {counts.Connections / n,11:F2}  {counts.ClientBytes / n,9:N0}  {counts.ServerBytes / n,10:N0}  {apiMillis,6:F2} + {postgresMillis:F2}"));
        }

        report.Line("(per request; prepared = executions of a statement prepared on the session, prepares = statements prepared anew)");
    }

    /// <summary>The relay's own check on a plain session: one query is one round trip, a batch of three is one round trip of three statements.</summary>
    private static async Task<string> CheckRelayAsync(CountingRelay relay, string connectionString)
    {
        var through = new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = relay.Port, SslMode = SslMode.Disable, ApplicationName = "motcua-bench-relay-check" };
        await using var connection = new NpgsqlConnection(through.ConnectionString);
        await connection.OpenAsync();
        var start = relay.Snapshot();
        await using (var one = new NpgsqlCommand("SELECT 1", connection))
        {
            await one.ExecuteScalarAsync();
        }

        var single = relay.Snapshot() - start;
        await using (var batch = new NpgsqlBatch(connection) { BatchCommands = { new("SELECT 1"), new("SELECT 2"), new("SELECT 3") } })
        {
            await batch.ExecuteNonQueryAsync();
        }

        var batched = relay.Snapshot() - start - single;
        if (single is not { RoundTrips: 1, Statements: 1 } || batched is not { RoundTrips: 1, Statements: 3 })
        {
            throw new InvalidOperationException($"The relay miscounts: one query gave {single}, a batch of three {batched}.");
        }

        return "relay check: one query = 1 round trip of 1 statement, a batch of three = 1 round trip of 3 statements; protocol reader right on a stream split at every byte";
    }

    /// <summary>
    /// The protocol reader on a made-up stream (SSL request, startup, a named Parse, its Bind and
    /// Execute, a Sync, a simple Query, an unnamed Parse/Bind/Execute), whole and then one byte at a
    /// time, since the relay's reads may split a message anywhere: 3 statements, 1 prepare, 1 prepared execution.
    /// </summary>
    private static void CheckCounter()
    {
        static byte[] Text(string value) => [.. Encoding.UTF8.GetBytes(value), 0];
        static byte[] Int(int value)
        {
            var bytes = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(bytes, value);
            return bytes;
        }

        static byte[] Untyped(params byte[][] parts) => [.. Int(4 + parts.Sum(p => p.Length)), .. parts.SelectMany(p => p)];
        static byte[] Typed(char type, params byte[][] parts) => [(byte)type, .. Untyped(parts)];
        byte[] noParameters = [0, 0, 0, 0, 0, 0];
        byte[] stream =
        [
            .. Untyped(Int(80877103)), .. Untyped(Int(196608), Text("user"), Text("motcua"), [0]),
            .. Typed('P', Text("_auto0"), Text("SELECT 1"), [0, 0]), .. Typed('B', Text(""), Text("_auto0"), noParameters), .. Typed('E', Text(""), Int(0)),
            .. Typed('S'), .. Typed('Q', Text("SELECT 2")),
            .. Typed('P', Text(""), Text("SELECT 3"), [0, 0]), .. Typed('B', Text(""), Text(""), noParameters), .. Typed('E', Text(""), Int(0)), .. Typed('S'),
        ];
        var whole = new FrontendMessageCounter();
        whole.Feed(stream);
        var split = new FrontendMessageCounter();
        foreach (var b in stream)
        {
            split.Feed([b]);
        }

        foreach (var counter in new[] { whole, split })
        {
            if (counter is not { Statements: 3, Prepares: 1, PreparedExecutions: 1 })
            {
                throw new InvalidOperationException(
                    $"The protocol reader miscounts: {counter.Statements} statements, {counter.Prepares} prepares, {counter.PreparedExecutions} prepared executions.");
            }
        }
    }

    /// <summary>Sends <paramref name="count"/> requests one after the other; how many answered 2xx.</summary>
    private static async Task<int> SequentialAsync(BenchClient client, Func<BenchRequest> next, int count)
    {
        var succeeded = 0;
        for (var i = 0; i < count; i++)
        {
            var (status, _, _) = await client.SendAsync(next(), Stopwatch.GetTimestamp());
            succeeded += status is >= 200 and < 300 ? 1 : 0;
        }

        return succeeded;
    }
}
