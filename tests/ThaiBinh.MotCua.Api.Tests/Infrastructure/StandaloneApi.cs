using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// The API as built for these tests (<c>dotnet ThaiBinh.MotCua.Api.dll</c>), run as a process of its
/// own in Production on a free loopback port, over a database of the caller's choosing. For what the
/// shared in-process host cannot do: serve a second database (only one host per test process, see
/// <see cref="MotCuaApiFactory"/>). No migrations, no job server: it serves what the database holds.
/// </summary>
public sealed class StandaloneApi : IAsyncDisposable
{
    private static readonly TimeSpan StartGuard = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _output;

    private StandaloneApi(Process process, StringBuilder output, Uri address)
    {
        _process = process;
        _output = output;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    public static async Task<StandaloneApi> StartAsync(string connectionString)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory, // the content root: the API's appsettings.json is copied here
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ThaiBinh.MotCua.Api.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ConnectionStrings__MotCua"] = connectionString;
        start.Environment["Auth__SigningKey"] = MotCuaApiFactory.SigningKey;
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Hangfire__ServerEnabled"] = "false";

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var api = new StandaloneApi(process, output, address);
        try
        {
            await api.WaitUntilLiveAsync();
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    // A guard against a host that never comes up, not a measure of how fast it starts.
    private async Task WaitUntilLiveAsync()
    {
        using var client = CreateClient();
        var giveUp = DateTime.UtcNow + StartGuard;
        while (DateTime.UtcNow < giveUp)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with {_process.ExitCode} before serving:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException($"The API did not answer /health/live within {StartGuard}:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
