using System.Globalization;

namespace ThaiBinh.MotCua.Benchmarks.Files;

/// <summary>
/// The resident memory of a process as Linux counts it (/proc/&lt;pid&gt;/status): VmRSS now and VmHWM,
/// the peak since the process started, in KiB. Sampled while uploads run, so a peak between two
/// uploads' reports is not missed (VmHWM keeps it anyway).
/// </summary>
public sealed class ProcessMemory(int pid)
{
    public (long RssKib, long PeakKib) Read()
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kib(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kib(line);
            }
        }

        return (rss, peak);
    }

    /// <summary>The highest VmRSS seen by <see cref="SampleWhile"/>.</summary>
    public long MaxSampledKib { get; private set; }

    /// <summary>Samples VmRSS every 50 ms until <paramref name="work"/> completes.</summary>
    public async Task<T> SampleWhile<T>(Task<T> work)
    {
        while (!work.IsCompleted)
        {
            MaxSampledKib = Math.Max(MaxSampledKib, Read().RssKib);
            await Task.WhenAny(work, Task.Delay(50));
        }

        return await work;
    }

    private static long Kib(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
