using System.Globalization;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>What one kind of request did in one measurement: answers, failures, drops and latency percentiles.</summary>
public sealed class LatencyStats
{
    private readonly Lock _lock = new();
    private readonly List<double> _millis = [];
    private readonly SortedDictionary<int, int> _failures = [];

    public int Answered { get; private set; }

    /// <summary>Answered with a status outside 2xx.</summary>
    public int Failed { get; private set; }

    /// <summary>Answered with a 2xx status.</summary>
    public int Succeeded => Answered - Failed;

    /// <summary>Never answered: not started because the client could not keep up, or timed out.</summary>
    public int Dropped => NotSent + TimedOut;

    /// <summary>Not started: its moment was already a second past, or too many were outstanding.</summary>
    public int NotSent { get; private set; }

    /// <summary>Started, but no answer within the timeout (or the connection broke).</summary>
    public int TimedOut { get; private set; }

    /// <summary>Latency is recorded for every answer, 2xx or not: the server did answer.</summary>
    public void Answer(double millis, int status)
    {
        lock (_lock)
        {
            _millis.Add(millis);
            Answered++;
            if (status is < 200 or >= 300)
            {
                Failed++;
                _failures[status] = _failures.GetValueOrDefault(status) + 1;
            }
        }
    }

    public void Drop(bool sent)
    {
        lock (_lock)
        {
            if (sent)
            {
                TimedOut++;
            }
            else
            {
                NotSent++;
            }
        }
    }

    /// <summary>The latency below which <paramref name="share"/> of the answered requests fell (nearest rank).</summary>
    public double Percentile(double share)
    {
        lock (_lock)
        {
            if (_millis.Count == 0)
            {
                return double.NaN;
            }

            _millis.Sort();
            var rank = (int)Math.Ceiling(share * _millis.Count);
            return _millis[Math.Clamp(rank - 1, 0, _millis.Count - 1)];
        }
    }

    /// <summary>The non-2xx answers by status, e.g. "404×26, 500×1"; empty when there were none.</summary>
    public string Failures()
    {
        lock (_lock)
        {
            return string.Join(", ", _failures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key}×{f.Value:N0}")));
        }
    }

    public string Describe(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"{Answered / elapsed.TotalSeconds,8:F1}/s  p50 {Percentile(0.50),7:F1}  p95 {Percentile(0.95),7:F1}  p99 {Percentile(0.99),7:F1} ms"
        + $"  ({Answered:N0} answered, {Failed:N0} non-2xx{(Failed > 0 ? $" [{Failures()}]" : string.Empty)}, {Dropped:N0} dropped: {TimedOut:N0} timed out, {NotSent:N0} not sent)");
}
