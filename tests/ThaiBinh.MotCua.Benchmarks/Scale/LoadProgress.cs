using System.Diagnostics;
using System.Globalization;

namespace ThaiBinh.MotCua.Benchmarks.Scale;

/// <summary>The load's running totals and its progress lines, shared by the workers.</summary>
public sealed class LoadProgress(long target, Stopwatch total, Stopwatch load)
{
    private readonly Lock _lock = new();
    private long _dossiers;
    private long _handoffs;
    private long _actions;

    public (long Dossiers, long Handoffs, long Actions) Totals
    {
        get
        {
            lock (_lock)
            {
                return (_dossiers, _handoffs, _actions);
            }
        }
    }

    public void Done(string label, int worker, long dossiers, long handoffs, long actions, TimeSpan elapsed, double[] seconds)
    {
        lock (_lock)
        {
            _dossiers += dossiers;
            _handoffs += handoffs;
            _actions += actions;
            var eta = TimeSpan.FromSeconds(load.Elapsed.TotalSeconds / Math.Max(_dossiers, 1) * (target - _dossiers));
            ScaleGenerator.Say(string.Create(CultureInfo.InvariantCulture,
                $"{label} [w{worker}] {dossiers,9:N0} dossiers {elapsed.TotalSeconds,5:F1} s (batch {seconds[0]:F1}, rows {seconds[1]:F1} + {seconds[2]:F1} + {seconds[3]:F1})"
                + $"   total {_dossiers:N0} / {target:N0}, {_handoffs:N0} hand-offs, {_actions:N0} actions"
                + $"   elapsed {ScaleGenerator.Clock(total.Elapsed)}, load eta {ScaleGenerator.Clock(eta)}"));
        }
    }
}
