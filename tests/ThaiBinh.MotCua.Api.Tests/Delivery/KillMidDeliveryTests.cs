using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Simulators.Portal;

namespace ThaiBinh.MotCua.Api.Tests.Delivery;

/// <summary>
/// A real API process with its delivery worker, killed while its call to the portal is in flight;
/// a second process on the same database takes the delivery over when the claim's lease runs out.
/// </summary>
public sealed class KillMidDeliveryTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    private TestDatabase _database = null!;
    private TestSimulators _simulators = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _simulators = await TestSimulators.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _simulators.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Killing_the_process_mid_delivery_loses_nothing_and_sends_nothing_twice()
    {
        var portal = _simulators.Services.GetRequiredService<PortalSimulatorStore>();
        var first = await StartAsync();
        using var desk = await first.SignedInAsAsync("phuong.tiepnhan");
        var calls = portal.Calls;
        portal.Inject(new PortalFault { Kind = "timeout", Count = 1, DelaySeconds = 120 }); // holds the first call open

        var receipt = await desk.PostAsJsonAsync("/api/dossiers", await WorkflowClient.ReceiptBodyAsync(desk, "1.001193"));
        Assert.Equal(HttpStatusCode.Created, receipt.StatusCode);
        var code = (await receipt.Content.ReadFromJsonAsync<JsonElement>()).Code();
        await UntilAsync(() => portal.Calls > calls, "the worker's call to reach the portal");
        await first.DisposeAsync(); // killed while its call waits for an answer

        await using var second = await StartAsync();
        await UntilAsync(() => portal.Progress(code).Count > 0, "the second process to deliver");

        Assert.Equal(1, portal.Creates(code)); // the killed call never reached the portal's store
        Assert.Single(portal.Progress(code));
        Assert.Equal("2", (string?)portal.Versions(code)[^1]["TrangThaiHoSo"]);
    }

    private Task<ApiProcess> StartAsync() => ApiProcess.StartAsync(_database.ConnectionString, new Dictionary<string, string>(_simulators.Settings)
    {
        ["Hangfire:ServerEnabled"] = "false",
        ["Outbox:WorkerEnabled"] = "true",
        ["Outbox:Workers"] = "1",
        ["Outbox:PollIntervalMilliseconds"] = "200",
        // The lease outlives no call here: a killed worker's claim is free again after three seconds.
        ["Outbox:LeaseSeconds"] = "3",
        ["OutsideSystems:Portal:AttemptTimeoutSeconds"] = "300",
        ["OutsideSystems:Portal:TotalTimeoutSeconds"] = "300",
    });

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Wait, $"Waited {Wait.TotalSeconds:0} s for {what}.");
            await Task.Delay(200);
        }
    }
}
