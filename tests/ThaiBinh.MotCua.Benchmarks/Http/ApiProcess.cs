using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// A second API process for a measurement of its own (the round trips through the relay): the same
/// build, started with the driver's environment (deploy/bench-http.sh gives the driver the main API's
/// settings: Production, signing key, Hangfire off…) and only its address and connection string
/// changed. Its console goes to a log file; it is stopped (the process this class started, and its
/// children) on dispose.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Task _copying;

    private ApiProcess(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
        _copying = Task.WhenAll(CopyAsync(process.StandardOutput), CopyAsync(process.StandardError));
    }

    public Uri Address { get; }

    public int Pid => _process.Id;

    public static async Task<ApiProcess> StartAsync(string dll, string connectionString, string logPath)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(dll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.GetFullPath(dll));
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment["ConnectionStrings__MotCua"] = connectionString;
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var api = new ApiProcess(Process.Start(start)!, log, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (api._process.HasExited)
            {
                break;
            }

            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return api;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(1000);
        }

        await api.DisposeAsync();
        throw new InvalidOperationException($"The second API did not become ready; see {logPath}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await _copying;
        await _log.DisposeAsync();
        _process.Dispose();
    }

    /// <summary>A port free on loopback at this moment (the listener is closed again at once).</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private async Task CopyAsync(StreamReader from)
    {
        while (await from.ReadLineAsync() is { } line)
        {
            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }
}
