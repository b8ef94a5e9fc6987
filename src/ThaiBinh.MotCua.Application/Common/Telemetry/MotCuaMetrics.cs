using System.Diagnostics.Metrics;
using ThaiBinh.MotCua.Application.Supervision;

namespace ThaiBinh.MotCua.Application.Common.Telemetry;

/// <summary>
/// The counters the province watches, on the meter <see cref="MeterName"/>: dossiers received, moves
/// by action, and what each overdue flagging run changed. Counted once the work is saved, so a retried
/// or refused attempt counts nothing.
/// </summary>
public sealed class MotCuaMetrics
{
    public const string MeterName = "ThaiBinh.MotCua";

    private readonly Counter<long> _received;
    private readonly Counter<long> _moves;
    private readonly Counter<long> _flagged;
    private readonly Counter<long> _alerts;

    public MotCuaMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _received = meter.CreateCounter<long>("motcua.dossiers.received", "{dossier}", "Dossiers received at a desk");
        _moves = meter.CreateCounter<long>("motcua.dossiers.moves", "{move}", "Moves made on dossiers, by action");
        _flagged = meter.CreateCounter<long>("motcua.flagging.changed", "{dossier}", "Dossiers whose due state the overdue flagging changed");
        _alerts = meter.CreateCounter<long>("motcua.flagging.alerts", "{alert}", "Overdue and due-soon alerts the overdue flagging wrote");
    }

    public void Received(string officeCode) => _received.Add(1, new KeyValuePair<string, object?>("office", officeCode));

    public void Moved(string action) => _moves.Add(1, new KeyValuePair<string, object?>("action", action));

    public void Flagged(FlaggingRun run)
    {
        if (run.Skipped)
        {
            return;
        }

        _flagged.Add(run.Changed);
        _alerts.Add(run.Alerts);
    }
}
