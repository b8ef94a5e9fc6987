using System.Globalization;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>The median and range of one figure over the rounds of a run.</summary>
public static class RoundSummary
{
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>"median 0.42 (0.39–0.47)" with the given format.</summary>
    public static string Describe(IReadOnlyCollection<double> values, string format)
    {
        var valid = values.Where(v => !double.IsNaN(v)).ToList();
        if (valid.Count == 0)
        {
            return "n/a";
        }

        var median = Median(valid).ToString(format, CultureInfo.InvariantCulture);
        return valid.Count == 1
            ? median
            : $"median {median} ({valid.Min().ToString(format, CultureInfo.InvariantCulture)}–{valid.Max().ToString(format, CultureInfo.InvariantCulture)})";
    }
}
