using System.Diagnostics;
using Npgsql;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>Runs a script of deploy/ as its own process from the repository root, as an operator would.</summary>
public static class DeployScript
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    /// <summary>libpq's variables naming the server of an Npgsql connection string, for pg_dump and friends.</summary>
    public static Dictionary<string, string> ServerOf(string connectionString)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        return new()
        {
            ["PGHOST"] = connection.Host ?? "127.0.0.1",
            ["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGUSER"] = connection.Username ?? "",
            ["PGPASSWORD"] = connection.Password ?? "",
        };
    }

    /// <summary>Runs <c>deploy/{script}</c> to its end.</summary>
    public static async Task<ScriptRun> RunAsync(string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine("deploy", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"deploy/{script} still ran after {HangGuard}:\n{await errors}");
        }

        return new ScriptRun($"deploy/{script} {string.Join(' ', arguments)}", process.ExitCode, await output, await errors);
    }
}

public sealed record ScriptRun(string Command, int ExitCode, string Out, string Err)
{
    /// <summary>Fails the test, with everything the script said, unless it exited with 0.</summary>
    public ScriptRun Succeeded()
    {
        Assert.True(ExitCode == 0, $"{Command} exited with {ExitCode}:\n{Err}{Out}");
        return this;
    }
}
