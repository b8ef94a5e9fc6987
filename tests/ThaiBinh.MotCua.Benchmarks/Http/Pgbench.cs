using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// pgbench replaying a captured receive: one pgbench transaction is the receive's statements in
/// order, as the API sent them (its <c>DISCARD ALL</c> or reset query included), with the rows it
/// created given new ids and the dossier a new code, so every replay inserts afresh. One statement is
/// added at the start, the <c>\gset</c> that draws those ids; pgbench sends each statement in a round
/// trip of its own. <see cref="Mode"/> is pgbench's <c>-M</c>: <c>simple</c> (literals, each
/// statement parsed every time; a simple query of several statements stays one, joined by <c>\;</c>)
/// or <c>prepared</c> (each statement prepared once per client, then bound, as the API does with
/// Npgsql's auto-prepare; a query of several statements, like Npgsql's session reset, is sent as one
/// pipeline, and a <c>DISCARD ALL</c> is written as <c>DISCARD PLANS</c>, which re-plans alike but
/// keeps pgbench's own prepared statements). The INSERTs the API sends in one batch go one by one.
/// </summary>
public sealed partial class Pgbench(string connectionString, string scriptPath, string mode)
{
    public const string SimpleMode = "simple";

    public const string PreparedMode = "prepared";

    public string Mode => mode;

    public string ScriptPath => scriptPath;

    public static async Task<Pgbench> WriteScriptAsync(
        string connectionString, StatementCapture capture, string dossierCode, string scriptPath, string mode)
    {
        if (mode is not (SimpleMode or PreparedMode))
        {
            throw new ArgumentException($"--pgbench-mode is {SimpleMode} or {PreparedMode}, not '{mode}'.");
        }

        var ids = capture.NewIds.Select((id, k) => (Id: id, Variable: $"u{k + 1}")).ToList();
        var script = new StringBuilder();
        script.Append("SELECT ");
        foreach (var (_, variable) in ids)
        {
            script.Append(CultureInfo.InvariantCulture, $"gen_random_uuid() AS {variable}, ");
        }

        script.Append(CultureInfo.InvariantCulture, $"left(md5(random()::text || clock_timestamp()::text), {dossierCode.Length}) AS code \\gset\n");
        foreach (var statement in capture.Statements)
        {
            var parts = statement.Form == StatementForm.Simple ? SqlStatements.Split(statement.Sql) : [statement.Sql];
            parts = [.. parts.Select(part => Variables(part, dossierCode, ids, mode))];
            if (mode == SimpleMode)
            {
                script.Append(string.Join(" \\;\n", parts)).Append(";\n");
            }
            else
            {
                // pgbench takes no compound query here; a pipeline sends the parts in one round trip, as the API's one query does.
                script.Append(parts.Count > 1 ? "\\startpipeline\n" : string.Empty);
                foreach (var part in parts)
                {
                    script.Append(part.Equals("DISCARD ALL", StringComparison.OrdinalIgnoreCase) ? "DISCARD PLANS" : part).Append(";\n");
                }

                script.Append(parts.Count > 1 ? "\\endpipeline\n" : string.Empty);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(scriptPath)!);
        await File.WriteAllTextAsync(scriptPath, script.ToString());
        return new Pgbench(connectionString, scriptPath, mode);
    }

    /// <summary>
    /// The dossier's code and the created rows' ids replaced by the transaction's variables. In simple
    /// mode pgbench writes a variable in as text anywhere, quotes included; in prepared mode it binds
    /// it as a parameter, so a quoted value becomes a bare variable, and a value inside a longer
    /// literal (the outbox payload's JSON) stays as captured.
    /// </summary>
    private static string Variables(string sql, string dossierCode, List<(string Id, string Variable)> ids, string mode)
    {
        var values = ids.Append((Id: dossierCode, Variable: "code"));
        foreach (var (value, variable) in values)
        {
            sql = mode == SimpleMode
                ? sql.Replace(value, ":" + variable, StringComparison.OrdinalIgnoreCase)
                : sql.Replace($"'{value}'", ":" + variable, StringComparison.OrdinalIgnoreCase);
        }

        return sql;
    }

    /// <summary>Runs <paramref name="clients"/> clients for the duration; transactions per second and failed ones.</summary>
    public async Task<(double Tps, long Failed)> RunAsync(int clients, TimeSpan duration)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("pgbench")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "-n", "-M", mode, "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(clients, 2).ToString(CultureInfo.InvariantCulture),
            "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-f", scriptPath,
            "-h", target.Host!, "-p", target.Port.ToString(CultureInfo.InvariantCulture), "-U", target.Username!, target.Database!,
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = target.Password;
        start.Environment["PGAPPNAME"] = "motcua-bench-pgbench";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await errors;
        var tps = Tps().Match(text);
        if (!tps.Success)
        {
            throw new InvalidOperationException($"pgbench gave no tps (exit {process.ExitCode}):\n{text}");
        }

        var failed = Failed().Match(text);
        return (double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
            failed.Success ? long.Parse(failed.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    [GeneratedRegex(@"tps = ([\d.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"number of failed transactions: (\d+)")]
    private static partial Regex Failed();
}
