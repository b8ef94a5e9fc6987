using System.Globalization;
using Npgsql;
using ThaiBinh.MotCua.Benchmarks.Scale;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>The options of <c>http</c>, with their defaults (deploy/bench-http.sh passes its own through).</summary>
public sealed record HttpOptions
{
    public static readonly string[] Parts = ["receive", "reads", "pages", "mix", "roundtrips"];

    /// <summary>The driver's own sessions, unpooled: the capture ends every other session of the database.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>The API's own connection string (its environment's ConnectionStrings__MotCua, else the driver's), which the second API's goes through the relay from.</summary>
    public required string ApiConnectionString { get; init; }

    public required Uri Url { get; init; }

    public required int ApiPid { get; init; }

    public required string? ApiDll { get; init; }

    public required TimeSpan Seconds { get; init; }

    public required TimeSpan MixSeconds { get; init; }

    public required double Fraction { get; init; }

    public required int ReadConcurrency { get; init; }

    public required int Rounds { get; init; }

    public required int RoundTripRequests { get; init; }

    public required IReadOnlySet<string> Only { get; init; }

    /// <summary>simple or prepared; null: as the API, prepared when the capture saw prepared statements.</summary>
    public required string? PgbenchMode { get; init; }

    public required string Password { get; init; }

    public required string Output { get; init; }

    public required string? ServerLog { get; init; }

    public required TimeSpan Timeout { get; init; }

    public bool Runs(string part) => Only.Contains(part);

    public static HttpOptions Parse(string[] args)
    {
        var options = ScaleArguments.Parse(args);
        var connection = options.Text("connection") ?? Environment.GetEnvironmentVariable("MOTCUA_BENCH_HTTP_DB")
            ?? throw new ArgumentException("No database: pass --connection or set MOTCUA_BENCH_HTTP_DB (deploy/bench-http.sh does).");
        var only = options.Text("only", string.Join(',', Parts)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        if (only.Count == 0 || only.Except(Parts).Any())
        {
            throw new ArgumentException($"--only takes a comma list of {string.Join(", ", Parts)}, not '{string.Join(',', only)}'.");
        }

        var rounds = (int)options.Number("rounds", 3);
        return new HttpOptions
        {
            ConnectionString = new NpgsqlConnectionStringBuilder(connection) { Pooling = false }.ConnectionString,
            ApiConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__MotCua") is { Length: > 0 } api ? api : connection,
            Url = new Uri(options.Text("url", "http://127.0.0.1:5180")),
            ApiPid = (int)options.Number("api-pid", 0),
            ApiDll = options.Text("api-dll"),
            Seconds = TimeSpan.FromSeconds(options.Number("seconds", 10)),
            MixSeconds = TimeSpan.FromSeconds(options.Number("mix-seconds", 60)),
            Fraction = double.Parse(options.Text("fraction", "0.1"), CultureInfo.InvariantCulture),
            ReadConcurrency = (int)options.Number("read-concurrency", 8),
            Rounds = rounds >= 1 ? rounds : throw new ArgumentException("--rounds is at least 1."),
            RoundTripRequests = (int)options.Number("roundtrip-requests", 50),
            Only = only,
            PgbenchMode = options.Text("pgbench-mode"),
            Password = options.Text("password", "MotCua@2026"),
            Output = options.Text("out", Path.Combine(".local", "bench-http")),
            ServerLog = options.Text("server-log"),
            Timeout = TimeSpan.FromSeconds(options.Number("timeout", 5)),
        };
    }
}
