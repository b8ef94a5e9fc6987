using System.Globalization;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// The whole mix, every kind together, in windows of its schedule (a minute each over a long run, ten
/// seconds over a short one): whether the offered rate was sustained to the end, or answered at first
/// and fell behind later. A request belongs to the window of its scheduled start.
/// </summary>
public sealed class MixTimeline
{
    private readonly TimeSpan _window;
    private readonly LatencyStats[] _windows;

    public MixTimeline(TimeSpan duration)
    {
        _window = duration >= TimeSpan.FromMinutes(2) ? TimeSpan.FromMinutes(1) : TimeSpan.FromSeconds(10);
        _windows = [.. Enumerable.Range(0, Math.Max(1, (int)Math.Ceiling(duration / _window))).Select(_ => new LatencyStats())];
    }

    public LatencyStats At(TimeSpan due) => _windows[Math.Clamp((int)(due / _window), 0, _windows.Length - 1)];

    public IEnumerable<string> Describe() => _windows.Select((stats, i) => string.Create(CultureInfo.InvariantCulture,
        $"{(i * _window).TotalSeconds,5:F0}–{((i + 1) * _window).TotalSeconds,-5:F0} s  {stats.Succeeded,8:N0} answered 2xx, {stats.Dropped + stats.Failed,7:N0} dropped "
        + $"({stats.NotSent:N0} not sent, {stats.TimedOut:N0} timed out, {stats.Failed:N0} non-2xx)   p50 {stats.Percentile(0.50),7:F1}  p95 {stats.Percentile(0.95),7:F1}  p99 {stats.Percentile(0.99),7:F1} ms"));
}
