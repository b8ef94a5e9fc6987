using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Simulators;
using ThaiBinh.MotCua.Simulators.Population;
using ThaiBinh.MotCua.Simulators.Sms;
using ThaiBinh.MotCua.Simulators.Zalo;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// The outside systems' simulators (tests/ThaiBinh.MotCua.Simulators) on free loopback ports, real
/// HTTP and SMTP, for the test run's host and for API processes a test starts. <see cref="Settings"/>
/// are the API's configuration keys that point every adapter at them.
/// </summary>
public sealed class TestSimulators : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestSimulators(WebApplication app, Uri httpBase, int smtpPort, int inboundPort)
    {
        _app = app;
        HttpBase = httpBase;
        SmtpPort = smtpPort;
        InboundPort = inboundPort;
    }

    /// <summary>
    /// The loopback port the portal simulator hands online dossiers in to (HostRelay listens
    /// there and passes them to the in-process host), and the shared token it sends.
    /// </summary>
    public int InboundPort { get; }

    public const string InboundToken = "portal-inbound-test-token";

    /// <summary>The simulators' HTTP address, ending in '/'.</summary>
    public Uri HttpBase { get; }

    public int SmtpPort { get; }

    /// <summary>Where the payment platform simulator posts its callbacks: a relay to the in-process API (HostRelay).</summary>
    public int PayGovCallbackPort { get; } = FreePort();

    /// <summary>The simulators' own services (their stores and fault switches), for assertions.</summary>
    public IServiceProvider Services => _app.Services;

    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["OutsideSystems:Portal:BaseUrl"] = new Uri(HttpBase, "dvcqg/").ToString(),
        ["Files:Root"] = Files.FileTestSettings.Root,
        ["Files:MaxFileBytes"] = Files.FileTestSettings.MaxFile,
        ["Files:MaxDossierBytes"] = Files.FileTestSettings.MaxDossier,
        // One short attempt: the portal's timeout fault must fail a delivery, not wait for retries.
        ["OutsideSystems:Portal:AttemptTimeoutSeconds"] = "2",
        ["OutsideSystems:Portal:Retries"] = "0",
        ["NationalPortal:Enabled"] = "true",
        ["NationalPortal:Username"] = "motcua-thaibinh",
        ["NationalPortal:Password"] = "motcua-dev",
        ["NationalPortal:DstCode"] = "THAIBINH",
        ["NationalPortal:UnitCode"] = "000.00.00.H54",
        ["OutsideSystems:SmsBrandname:BaseUrl"] = new Uri(HttpBase, "sms/").ToString(),
        ["OutsideSystems:Zalo:BaseUrl"] = new Uri(HttpBase, "zalo/").ToString(),
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Smtp:FromAddress"] = "motcua@thaibinh.gov.vn",
        ["Notifications:Smtp:FromName"] = "Bộ phận Một cửa tỉnh Thái Bình",
        ["Notifications:Sms:Token"] = SmsSimulator.DefaultToken,
        ["Notifications:Sms:Brandname"] = SmsSimulator.DefaultBrandname,
        ["Notifications:Sms:TemplateId"] = "dvc-thong-bao",
        ["Notifications:Zalo:AppId"] = ZaloSimulator.DefaultAppId,
        ["Notifications:Zalo:SecretKey"] = ZaloSimulator.DefaultSecretKey,
        ["Notifications:Zalo:RefreshToken"] = ZaloSimulator.DefaultRefreshToken,
        ["Notifications:Zalo:TemplateId"] = "dvc-trang-thai-ho-so",
        // A hung hub must fail a test's call in seconds, not the production default.
        ["OutsideSystems:SmsBrandname:AttemptTimeoutSeconds"] = "2",
        ["OutsideSystems:Zalo:AttemptTimeoutSeconds"] = "2",
        // One test class's failures must not open a breaker the next class's calls run into: the test
        // run shares one host (one breaker per outside system) across classes that fail on purpose.
        ["OutsideSystems:Portal:BreakerMinimumCalls"] = "50",
        ["OutsideSystems:SmsBrandname:BreakerMinimumCalls"] = "50",
        ["OutsideSystems:Zalo:BreakerMinimumCalls"] = "50",
        ["OutsideSystems:Portal:BreakSeconds"] = "1",
        ["OutsideSystems:PayGov:BaseUrl"] = new Uri(HttpBase, "paygov/").ToString(),
        ["OutsideSystems:PayGov:AttemptTimeoutSeconds"] = "2",
        ["OutsideSystems:PayGov:Retries"] = "0",
        ["OutsideSystems:PayGov:BreakerMinimumCalls"] = "50",
        ["Payments:PayGov:PartnerCode"] = ThaiBinh.MotCua.Simulators.Payments.PayGovSimulator.DefaultPartnerCode,
        ["Payments:PayGov:SecretKey"] = ThaiBinh.MotCua.Simulators.Payments.PayGovSimulator.DefaultSecretKey,
        ["Payments:PayGov:AccessToken"] = ThaiBinh.MotCua.Simulators.Payments.PayGovSimulator.DefaultAccessToken,
        ["Payments:PayGov:CallbackUrl"] = $"http://127.0.0.1:{PayGovCallbackPort}/api/payments/paygov/callback",
        ["Payments:PayGov:ReconcileCron"] = Hangfire.Cron.Never(), // tests run the reconciliation themselves
        ["OutsideSystems:SmsBrandname:BreakSeconds"] = "1",
        ["OutsideSystems:Zalo:BreakSeconds"] = "1",
        ["NationalPortal:Inbound:Token"] = InboundToken,
        ["NationalPortal:Inbound:FileSources:0"] = new Uri(HttpBase, "dvcqg/_sim/files/").ToString(),
        ["OutsideSystems:PortalFiles:AttemptTimeoutSeconds"] = "5",
        ["OutsideSystems:PortalFiles:BreakerMinimumCalls"] = "50",
        ["OutsideSystems:PortalFiles:BreakSeconds"] = "1",
        // The population database: the desk waits on it, so a slow registry must fail a lookup in a second.
        ["OutsideSystems:PopulationDb:BaseUrl"] = new Uri(HttpBase, "csdldc/").ToString(),
        ["OutsideSystems:PopulationDb:AttemptTimeoutSeconds"] = "1",
        ["OutsideSystems:PopulationDb:TotalTimeoutSeconds"] = "2",
        ["OutsideSystems:PopulationDb:Retries"] = "0",
        ["OutsideSystems:PopulationDb:BreakerMinimumCalls"] = "50",
        ["OutsideSystems:PopulationDb:BreakSeconds"] = "1",
        ["PopulationDb:MaTichHop"] = PopulationSimulator.DefaultMaTichHop,
        ["PopulationDb:MaDVC"] = PopulationSimulator.DefaultMaDvc,
        ["PopulationDb:RequestIdPrefix"] = "THB_DVC_",
    };

    public static async Task<TestSimulators> StartAsync()
    {
        var smtpPort = FreePort();
        var inboundPort = FreePort();
        var app = SimulatorApp.Create(["--urls", "http://127.0.0.1:0", $"--Simulators:SmtpPort={smtpPort}", "--environment", "Testing",
            $"--Simulators:Portal:InboundUrl=http://127.0.0.1:{inboundPort}/api/portal/inbound/dossiers", $"--Simulators:Portal:InboundToken={InboundToken}"]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new TestSimulators(app, new Uri(address.TrimEnd('/') + "/"), smtpPort, inboundPort);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
