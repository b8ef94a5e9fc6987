using System.Globalization;
using Npgsql;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// CPU time of the API process and of the PostgreSQL backends serving the bench database, from
/// /proc/&lt;pid&gt;/stat (utime + stime). Backends are found in pg_stat_activity at every tick, so
/// pgbench's short-lived sessions are counted from their birth; the cluster's shared background
/// processes (WAL writer, checkpointer) and other databases' backends are not counted: the cluster
/// is shared with other work.
/// </summary>
public sealed class CpuSampler : IAsyncDisposable
{
    /// <summary>Linux reports /proc times in clock ticks of USER_HZ, 100 on every mainstream kernel.</summary>
    private const double TicksPerSecond = 100;

    private readonly int _apiPid;
    private readonly NpgsqlConnection _connection;
    private readonly string _database;
    private readonly Dictionary<int, long> _baseline = [];
    private readonly Dictionary<int, long> _last = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly long _apiStart;
    private readonly Task _loop;
    private readonly DateTime _started = DateTime.UtcNow;

    private CpuSampler(int apiPid, NpgsqlConnection connection, string database, IEnumerable<int> existing)
    {
        _apiPid = apiPid;
        _connection = connection;
        _database = database;
        _apiStart = Ticks(apiPid) ?? 0;
        foreach (var pid in existing)
        {
            if (Ticks(pid) is { } ticks)
            {
                _baseline[pid] = ticks;
                _last[pid] = ticks;
            }
        }

        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Starts sampling every half second until <see cref="StopAsync"/>.</summary>
    public static async Task<CpuSampler> StartAsync(int apiPid, string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "motcua-bench-cpu" }.ConnectionString);
        await connection.OpenAsync();
        var database = connection.Database;
        var sampler = new CpuSampler(apiPid, connection, database, await BackendsAsync(connection, database));
        return sampler;
    }

    /// <summary>Stops and returns the cores used on average by the API and by PostgreSQL, and their CPU seconds.</summary>
    public async Task<CpuUse> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        await SampleAsync();
        var seconds = (DateTime.UtcNow - _started).TotalSeconds;
        var api = ((Ticks(_apiPid) ?? _apiStart) - _apiStart) / TicksPerSecond;
        var postgres = _last.Sum(p => p.Value - _baseline.GetValueOrDefault(p.Key)) / TicksPerSecond;
        return new CpuUse(api, postgres, seconds);
    }

    /// <summary>Samples around <paramref name="work"/>: its result and the CPU used while it ran.</summary>
    public static async Task<(T Result, CpuUse Cpu)> MeasureAsync<T>(int apiPid, string connectionString, Func<Task<T>> work)
    {
        await using var sampler = await StartAsync(apiPid, connectionString);
        var result = await work();
        return (result, await sampler.StopAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
            await _loop;
        }

        _stop.Dispose();
        await _connection.DisposeAsync();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            await SampleAsync();
            try
            {
                await Task.Delay(500, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SampleAsync()
    {
        foreach (var pid in await BackendsAsync(_connection, _database))
        {
            if (Ticks(pid) is { } ticks)
            {
                _last[pid] = ticks;
            }
        }
    }

    private static async Task<List<int>> BackendsAsync(NpgsqlConnection connection, string database)
    {
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", connection);
        command.Parameters.AddWithValue("db", database);
        var pids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pids.Add(reader.GetInt32(0));
        }

        return pids;
    }

    /// <summary>utime + stime of a process, or null once it has gone.</summary>
    private static long? Ticks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>CPU seconds used by the API and by PostgreSQL over a measurement lasting <c>Seconds</c>.</summary>
public sealed record CpuUse(double ApiSeconds, double PostgresSeconds, double Seconds)
{
    public double ApiCores => ApiSeconds / Seconds;

    public double PostgresCores => PostgresSeconds / Seconds;

    /// <summary>Cores used and their share of the machine's (the driver's and pgbench's own CPU are not counted).</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"CPU: API {ApiCores:F2} cores ({ApiCores / Environment.ProcessorCount:P0}), PostgreSQL {PostgresCores:F2} cores ({PostgresCores / Environment.ProcessorCount:P0}), "
        + $"together {(ApiCores + PostgresCores) / Environment.ProcessorCount:P0} of the machine's {Environment.ProcessorCount} cores");

    /// <summary>CPU milliseconds of the API and of PostgreSQL per request, over <paramref name="requests"/> requests answered.</summary>
    public (double ApiMillis, double PostgresMillis) PerRequest(double requests) =>
        requests > 0 ? (1000 * ApiSeconds / requests, 1000 * PostgresSeconds / requests) : (double.NaN, double.NaN);
}
