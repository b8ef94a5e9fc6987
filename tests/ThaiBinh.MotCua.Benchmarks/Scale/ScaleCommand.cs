using System.Globalization;

namespace ThaiBinh.MotCua.Benchmarks.Scale;

/// <summary>
/// <c>scale &lt;subcommand&gt; [--name value]…</c>: the province-sized data set for scale benchmarks
/// (deploy/bench-scale.sh). Not a test and not part of CI.
/// </summary>
public static class ScaleCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage();
        }

        var options = ScaleArguments.Parse(args[1..]);
        return args[0] switch
        {
            "generate" => await ScaleGenerator.RunAsync(options),
            "verify" => await ScaleVerifier.RunAsync(options),
            "measure" => await ScaleMeasurements.RunAsync(options),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage: scale <subcommand> [options]
              generate  drop and recreate the database, migrate and seed it, load the history
                        --connection <npgsql string>  (or MOTCUA_SCALE_DB)   --dossiers 10000000
                        --open 300000   --anchor 2026-11-26T10:00:00+07:00   --years 10   --seed 20261126
                        --workers 2 (months loaded at once)   --demo-users deploy/demo-users.json
              verify    read generated dossiers of every status through EF and act on open ones
                        --connection <npgsql string>  --per-status 5  --sample 500
              measure   time the flagging, the supervision lists and the processing report at the anchor
                        --connection <npgsql string>  --runs 30  --report-runs 10  --only report
            """);
        return 2;
    }
}

/// <summary>The <c>--name value</c> pairs after the subcommand.</summary>
public sealed class ScaleArguments
{
    private readonly Dictionary<string, string> _values;

    private ScaleArguments(Dictionary<string, string> values) => _values = values;

    public static ScaleArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected --name value, got '{name}'.");
            }

            values[name[2..]] = args[++i];
        }

        return new ScaleArguments(values);
    }

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public string Text(string name, string fallback) => _values.GetValueOrDefault(name) ?? fallback;

    public long Number(string name, long fallback) =>
        _values.TryGetValue(name, out var text) ? long.Parse(text.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public DateTimeOffset Moment(string name, DateTimeOffset fallback) =>
        _values.TryGetValue(name, out var text) ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The target database: --connection, else MOTCUA_SCALE_DB.</summary>
    public string ConnectionString() =>
        Text("connection") ?? Environment.GetEnvironmentVariable("MOTCUA_SCALE_DB")
        ?? throw new ArgumentException("No database: pass --connection or set MOTCUA_SCALE_DB (deploy/bench-scale.sh does).");
}
