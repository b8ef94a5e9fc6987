using System.Globalization;

namespace ThaiBinh.MotCua.Benchmarks.Outbox;

/// <summary>The `outbox` command's arguments.</summary>
public sealed record OutboxBenchOptions(string Connection, string ApiDll, string Out, int Backlog, int Rate, int Seconds)
{
    public static OutboxBenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        return new OutboxBenchOptions(
            Value("--connection") ?? throw new ArgumentException("--connection is required"),
            Value("--api-dll") ?? throw new ArgumentException("--api-dll is required"),
            Value("--out") ?? ".local/bench-outbox",
            Number("--backlog", 1000),
            Number("--rate", 10),
            Number("--seconds", 30));
    }
}
