using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// The built API run as a real process (<c>dotnet ThaiBinh.MotCua.Api.dll</c>) on a free loopback
/// port: for what one in-process host cannot show (two servers on one database, a database cut away,
/// a restored copy; Hangfire keeps process-wide state). Killed at dispose; its console output is kept
/// for failure messages.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ApiProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The last lines the process wrote, for failure messages.</summary>
    public string Output => string.Join('\n', _output.TakeLast(60));

    /// <summary>Every line the process wrote so far.</summary>
    public IReadOnlyList<string> Lines => [.. _output];

    /// <summary>
    /// Starts the API over <paramref name="connectionString"/> (migrating it and loading the demo
    /// accounts) and returns once /health/live answers. <paramref name="settings"/> are configuration
    /// keys (<c>Hangfire:ServerEnabled</c>…) on top of the test defaults.
    /// </summary>
    public static Task<ApiProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings:MotCua"] = connectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Database:DemoUsersFile"] = RepositoryFiles.DemoUsersPath,
            ["Auth:SigningKey"] = MotCuaApiFactory.SigningKey,
            ["Hangfire:QueuePollIntervalSeconds"] = "1",
            ["Supervision:FlaggingCron"] = Hangfire.Cron.Never(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return LaunchAsync(environment);
    }

    /// <summary>
    /// The API in Production over a database as it stands (a restored copy): no migrations, no demo
    /// accounts loaded, no job server; it serves what the database holds.
    /// </summary>
    public static Task<ApiProcess> StartServingAsync(string connectionString) => LaunchAsync(new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings:MotCua"] = connectionString,
        ["Database:MigrateOnStartup"] = "false",
        ["Auth:SigningKey"] = MotCuaApiFactory.SigningKey,
        ["Evaluations:LinkKey"] = "the-evaluation-link-key-of-the-restored-copy-tests",
        ["Hangfire:ServerEnabled"] = "false",
    });

    private static async Task<ApiProcess> LaunchAsync(Dictionary<string, string> environment)
    {
        var apiDll = typeof(Program).Assembly.Location;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { apiDll },
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var api = new ApiProcess(process, baseAddress);
        process.OutputDataReceived += (_, line) => api.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => api.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await api.WaitUntilLiveAsync();
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }

        return api;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>A client carrying the bearer token of a demo user, signed in on this process.</summary>
    public async Task<HttpClient> SignedInAsAsync(string username)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = ApiFixture.DemoPassword });
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {username}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var token = (await response.Content.ReadFromJsonAsync<ApiFixture.TokenBody>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
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

    private void Keep(string? line)
    {
        if (line is not null && _output.Count < 20_000)
        {
            _output.Enqueue(line);
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = CreateClient();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with {_process.ExitCode} while starting:\n{Output}");
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

            await Task.Delay(200);
        }

        throw new TimeoutException($"The API did not answer /health/live within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
