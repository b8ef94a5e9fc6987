using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The real host listening on a loopback port (Kestrel, not the test server: a browser needs a
/// socket) over a database of this run's own, and one headless Debian Chromium driven by
/// Playwright. Each test class starts from the database as seeded and the clock at
/// <see cref="TestStart"/> (see <see cref="WebTest"/>).
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    /// <summary>Debian's package; a tool's own browser download does not work here (docs/stack.md).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private TestDatabase? _database;
    private DatabaseBaseline? _baseline;
    private IPlaywright? _playwright;
    private TestSimulators? _simulators;

    public MotCuaApiFactory Factory { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Where the host listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: deploy/test.sh installs Debian's chromium package.");
        }

        _database = await TestDatabase.CreateAsync();
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        // The outside systems' simulators: the desk's population database lookup calls one while the page waits.
        _simulators = await TestSimulators.StartAsync();
        Factory = new MotCuaApiFactory(_database.ConnectionString, BaseAddress.ToString().TrimEnd('/'), settings: _simulators.Settings);
        Factory.UseKestrel(BaseAddress.Port);
        Factory.StartServer(); // migrations and seed data run here
        _baseline = await DatabaseBaseline.CaptureAsync(_database.ConnectionString);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root needs --no-sandbox; the rest keep Chromium from calling out of a closed network.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>The database back as seeded, the clock back at <see cref="TestStart"/>, the reference data reread.</summary>
    public async Task StartClassAsync()
    {
        await _baseline!.RestoreAsync();
        Factory.Clock.AdjustTime(TestStart.Value);
        Factory.Services.GetRequiredService<IReferenceData>().Invalidate();
    }

    /// <summary>A browser window of a desk monitor (1366×768), in Vietnamese, with cookies of its own.</summary>
    public async Task<IPage> OpenPageAsync(int width = 1366, int height = 768)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_simulators is not null)
        {
            await _simulators.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
