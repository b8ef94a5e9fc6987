using System.Globalization;

namespace ThaiBinh.MotCua.Benchmarks.Files;

/// <summary>The `upload` command's arguments: sizes in MB (10^6 bytes), the GC heap cap in MiB (0: none).</summary>
public sealed record UploadBenchOptions(string Connection, string ApiDll, string Out, int Count, int SizeMb, int LargeMb, int HeapLimitMib)
{
    public static UploadBenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        return new UploadBenchOptions(
            Value("--connection") ?? throw new ArgumentException("--connection is required"),
            Value("--api-dll") ?? throw new ArgumentException("--api-dll is required"),
            Value("--out") ?? ".local/bench-upload",
            Number("--count", 20),
            Number("--size-mb", 50),
            Number("--large-mb", 500),
            Number("--heap-limit-mib", 192));
    }
}
