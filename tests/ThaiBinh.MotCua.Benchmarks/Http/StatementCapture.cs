using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>How a captured statement reached the server, from its log line.</summary>
public enum StatementForm
{
    /// <summary><c>statement: …</c>: a simple-protocol query, possibly several statements separated by semicolons.</summary>
    Simple,

    /// <summary><c>execute &lt;unnamed&gt;: …</c>: extended protocol, parsed for this execution only.</summary>
    Unnamed,

    /// <summary><c>execute _auto0: …</c>: extended protocol, a statement prepared on the session earlier (Npgsql's auto-prepare) or now.</summary>
    Prepared,
}

/// <summary>One statement as the server log showed it, its parameters written in as literals.</summary>
public sealed record CapturedStatement(string Sql, StatementForm Form);

/// <summary>
/// The statements one receive executes, as PostgreSQL saw them: <c>log_statement = all</c> is set for
/// the bench database only (<c>ALTER DATABASE … SET</c>, which new sessions take), the API's pooled
/// sessions are ended so it opens new ones, the warm-up runs on them (receives included, so statements
/// the API prepares after a few uses are prepared by then, as in steady state), one receive is sent,
/// and the server log's lines of that moment are read back with their parameters. Both forms of an
/// extended-protocol execute are read, unnamed and prepared (<c>execute _auto0:</c>), and simple
/// queries (<c>statement:</c>). The setting is reset and the sessions ended again afterwards, so the
/// rest of the run logs nothing.
/// </summary>
public sealed partial class StatementCapture
{
    private StatementCapture(IReadOnlyList<CapturedStatement> statements, IReadOnlySet<string> newIds)
    {
        Statements = statements;
        NewIds = newIds;
    }

    /// <summary>Each statement with its parameters written in as literals, in execution order.</summary>
    public IReadOnlyList<CapturedStatement> Statements { get; }

    /// <summary>The values the receive's INSERTs gave their <c>id</c> columns: rows it created, which a replay must not repeat.</summary>
    public IReadOnlySet<string> NewIds { get; }

    public int DiscardAll => Statements.Count(s => s.Sql.Equals("DISCARD ALL", StringComparison.OrdinalIgnoreCase));

    public int Transactions => Statements.Count(s => s.Sql.StartsWith("BEGIN", StringComparison.OrdinalIgnoreCase));

    /// <summary>Executions of statements prepared on the session: the API prepares (Npgsql's Max Auto Prepare is on).</summary>
    public int Prepared => Statements.Count(s => s.Form == StatementForm.Prepared);

    public int Unnamed => Statements.Count(s => s.Form == StatementForm.Unnamed);

    public int Simple => Statements.Count(s => s.Form == StatementForm.Simple);

    /// <summary>The statements inside the simple queries (Npgsql's session reset, when prepared statements live on a session, is one query of seven).</summary>
    public int InSimple => Statements.Where(s => s.Form == StatementForm.Simple).Sum(s => SqlStatements.Split(s.Sql).Count);

    public static async Task<StatementCapture> CaptureAsync(string connectionString, string serverLog, Func<Task> warmUp, Func<Task> receiveOnce)
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "motcua-bench-capture" }.ConnectionString);
        await admin.OpenAsync();
        var database = new NpgsqlCommandBuilder().QuoteIdentifier(admin.Database);
        string text;
        try
        {
            await ExecuteAsync(admin, $"ALTER DATABASE {database} SET log_statement = 'all'");
            await EndOtherSessionsAsync(admin);
            await warmUp();
            var offset = new FileInfo(serverLog).Length;
            await receiveOnce();
            await Task.Delay(500); // the server writes its log lines asynchronously to the request's answer
            text = await ReadFromAsync(serverLog, offset);
        }
        finally
        {
            await ExecuteAsync(admin, $"ALTER DATABASE {database} RESET log_statement");
            await EndOtherSessionsAsync(admin);
        }

        await warmUp();
        var newIds = new HashSet<string>(StringComparer.Ordinal);
        return new StatementCapture(Parse(text, newIds), newIds);
    }

    /// <summary>Ends the bench database's other sessions; the API's pool replaces them (its retries absorb the first failures).</summary>
    private static Task EndOtherSessionsAsync(NpgsqlConnection admin) => ExecuteAsync(admin,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ReadFromAsync(string path, long offset)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    /// <summary>
    /// Log entries start with the cluster's prefix (<c>%m [%p] </c>); a statement spans the lines up to
    /// the next entry; an extended-protocol execute is followed by a DETAIL line of its parameters.
    /// </summary>
    private static List<CapturedStatement> Parse(string log, HashSet<string> newIds)
    {
        var entries = new List<(string Level, string Text)>();
        foreach (var line in log.Split('\n'))
        {
            var match = EntryStart().Match(line);
            if (match.Success)
            {
                entries.Add((match.Groups["level"].Value, match.Groups["text"].Value));
            }
            else if (entries.Count > 0)
            {
                entries[^1] = (entries[^1].Level, entries[^1].Text + "\n" + line);
            }
        }

        var statements = new List<CapturedStatement>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (level, entry) = entries[i];
            var statement = level == "LOG" ? StatementText().Match(entry) : Match.Empty;
            if (!statement.Success)
            {
                continue;
            }

            var sql = statement.Groups["sql"].Value.Trim();
            var form = statement.Groups["name"] switch
            {
                { Success: false } => StatementForm.Simple,
                { Value: "<unnamed>" } => StatementForm.Unnamed,
                _ => StatementForm.Prepared,
            };
            if (i + 1 < entries.Count && entries[i + 1].Level == "DETAIL" && entries[i + 1].Text.StartsWith("parameters: ", StringComparison.Ordinal))
            {
                var values = Parameters(entries[i + 1].Text["parameters: ".Length..]);
                CollectNewIds(sql, values, newIds);
                sql = Substitute(sql, values);
            }

            statements.Add(new CapturedStatement(sql, form));
        }

        return statements;
    }

    /// <summary><c>$1 = 'text', $2 = NULL</c>: the values as SQL literals, quotes kept.</summary>
    private static Dictionary<int, string> Parameters(string detail)
    {
        var values = new Dictionary<int, string>();
        var position = 0;
        while (position < detail.Length)
        {
            var name = ParameterName().Match(detail, position);
            if (!name.Success)
            {
                break;
            }

            position = name.Index + name.Length;
            string value;
            if (detail[position] == '\'')
            {
                var end = position + 1;
                while (end < detail.Length && !(detail[end] == '\'' && (end + 1 >= detail.Length || detail[end + 1] != '\'')))
                {
                    end += detail[end] == '\'' ? 2 : 1;
                }

                value = detail[position..(end + 1)];
                position = end + 1;
            }
            else
            {
                var end = detail.IndexOf(", $", position, StringComparison.Ordinal);
                end = end < 0 ? detail.Length : end;
                value = detail[position..end].Trim();
                position = end;
            }

            values[int.Parse(name.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)] = value;
        }

        return values;
    }

    /// <summary>In <c>INSERT INTO t (id, …) VALUES ($1, …), (…)</c>, the values bound to the <c>id</c> column.</summary>
    private static void CollectNewIds(string sql, Dictionary<int, string> values, HashSet<string> newIds)
    {
        var insert = InsertColumns().Match(sql);
        if (!insert.Success)
        {
            return;
        }

        var columns = insert.Groups["columns"].Value.Split(',').Select(c => c.Trim().Trim('"')).ToList();
        var id = columns.IndexOf("id");
        if (id < 0)
        {
            return;
        }

        var placeholders = Placeholder().Matches(insert.Groups["values"].Value).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (var k = id; k < placeholders.Count; k += columns.Count)
        {
            if (values.TryGetValue(placeholders[k], out var value) && value.Length > 2)
            {
                newIds.Add(value.Trim('\''));
            }
        }
    }

    private static string Substitute(string sql, Dictionary<int, string> values) =>
        Placeholder().Replace(sql, m => values.TryGetValue(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), out var v) ? v : m.Value);

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \S+ \[\d+\] (?<level>[A-Z]+):  (?<text>.*)$")]
    private static partial Regex EntryStart();

    /// <summary><c>statement: …</c>, or <c>execute NAME: …</c> / <c>execute NAME/PORTAL: …</c> where NAME is <c>&lt;unnamed&gt;</c> or a prepared statement's.</summary>
    [GeneratedRegex(@"^(statement|execute (?<name>[^:/]*)(/[^:]*)?): (?<sql>.*)$", RegexOptions.Singleline)]
    private static partial Regex StatementText();

    [GeneratedRegex(@"^INSERT INTO \S+ \((?<columns>[^)]*)\)\s*VALUES\s*(?<values>.*?)(\s+RETURNING .*)?$", RegexOptions.Singleline)]
    private static partial Regex InsertColumns();

    [GeneratedRegex(@"\$(\d+) = ")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"\$(\d+)(?!\d)")]
    private static partial Regex Placeholder();
}
