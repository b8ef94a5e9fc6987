using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Telemetry;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>What an operator's collector would receive from the host: the province's counters and the request traces.</summary>
public sealed class TelemetryTests(ApiFixture api) : ApiTest, IDisposable
{
    private const string Desk = "xa.tiepnhan";
    private const string DeskOffice = "000.01.31.H54";

    private readonly WorkflowClient _workflow = new(api);
    private readonly ConcurrentQueue<(string Name, long Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ConcurrentQueue<Activity> _spans = new();
    private MeterListener? _meters;
    private ActivityListener? _activities;

    [Fact]
    public async Task A_receipt_and_a_move_are_counted_on_the_province_s_meter()
    {
        ListenToMeters();

        var dossier = await _workflow.ReceiveAsync(Desk, "1.001193");
        await _workflow.DoAsync(Desk, dossier.Code(), "transfer");

        Assert.Single(_measurements, m => m is { Name: "motcua.dossiers.received", Value: 1 } && Equals(m.Tags["office"], DeskOffice));
        Assert.Single(_measurements, m => m is { Name: "motcua.dossiers.moves", Value: 1 } && Equals(m.Tags["action"], "transfer"));
    }

    [Fact]
    public async Task A_request_is_a_server_span_with_its_database_calls_as_children()
    {
        ListenToActivities();

        var dossier = await _workflow.ReceiveAsync(Desk, "1.001193");

        var server = Assert.Single(_spans, s => s.Kind == ActivityKind.Server
            && (string?)s.GetTagItem("http.request.method") == "POST" && (string?)s.GetTagItem("url.path") == "/api/dossiers");
        Assert.Contains(_spans, s => s.Source.Name == "Npgsql" && s.ParentSpanId == server.SpanId && s.TraceId == server.TraceId);
        Assert.NotNull(dossier.Code());
    }

    private void ListenToMeters()
    {
        var hostMeters = api.Factory.Services.GetRequiredService<IMeterFactory>();
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == MotCuaMetrics.MeterName && instrument.Meter.Scope == hostMeters)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _meters.Start();
    }

    private void ListenToActivities()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);
    }

    public void Dispose()
    {
        _meters?.Dispose();
        _activities?.Dispose();
    }
}
