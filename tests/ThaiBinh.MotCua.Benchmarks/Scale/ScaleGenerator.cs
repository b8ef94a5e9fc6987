using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Infrastructure.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Reports;

namespace ThaiBinh.MotCua.Benchmarks.Scale;

/// <summary>
/// <c>scale generate</c>: a province's ten-year history loaded straight into PostgreSQL, a month per
/// chunk, with set-based SQL (generate.sql). The database is recreated through the product's own
/// migrations and seeders first; the secondary indexes of the dossier tables are dropped during the
/// load and rebuilt after it, then the tables are vacuumed and analysed.
/// </summary>
public static class ScaleGenerator
{
    private static readonly string[] LoadedTables = ["dossiers", "dossier_handoffs", "dossier_actions"];

    public static async Task<int> RunAsync(ScaleArguments options)
    {
        var model = ScaleModel.From(options);
        var connectionString = options.ConnectionString();
        var demoUsers = options.Text("demo-users") ?? ScaleDatabase.FindDemoUsersFile();
        var total = Stopwatch.StartNew();
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Say($"scale generate: {model.Dossiers:N0} dossiers, about {model.Open:N0} open at {model.Anchor:yyyy-MM-dd HH:mm zzz}, "
            + $"{model.Years} years, seed {model.Seed}, database {database}");

        using var host = await ScaleDatabase.CreateAsync(connectionString, demoUsers);
        Say($"database recreated, migrated and seeded by the product ({total.Elapsed.TotalSeconds:F1} s)");

        var start = model.Anchor.AddYears(-model.Years);
        var calendar = new ScaleCalendar(
            await host.Services.GetRequiredService<ICalendarProvider>().GetAsync(CancellationToken.None),
            DateOnly.FromDateTime(start.UtcDateTime).AddDays(-10),
            DateOnly.FromDateTime(model.Anchor.UtcDateTime).AddYears(3));
        var passwordHash = host.Services.GetRequiredService<IPasswordHasher>().Hash(DemoPassword(demoUsers));

        await using var connection = await OpenSessionAsync(connectionString);
        var sql = ScaleSql.Load();
        var parameters = CommonParameters(model, calendar, passwordHash);
        await ScaleSql.ExecuteAsync(connection, sql["setup"]);
        var officers = await ScaleSql.ExecuteAsync(connection, sql["officers"], parameters);
        await ScaleSql.ExecuteAsync(connection, sql["plan"]);
        var plans = await ScalePlans.LoadAsync(connection, calendar, new Random(model.Seed));
        Say($"{officers:N0} officers added to the offices' desks and departments; {plans.Count:N0} office × procedure routes");

        var chunks = ScalePlans.Chunks(model, calendar, start);
        var calibration = ScalePlans.Calibrate(model, calendar, chunks);
        Say(calibration.Describe());
        parameters["anchor"] = calibration.Anchor;
        parameters["backlog"] = calibration.Backlog;
        parameters["backlogSpan"] = (double)(model.BacklogSpanDays * ScaleCalendar.Day);
        parameters["pStuck"] = calibration.Stuck;
        parameters["stuckFrom"] = calibration.Anchor - (model.StuckSpanDays * ScaleCalendar.Day);
        parameters["stuckTo"] = calibration.Anchor - (model.StuckMinAgeDays * ScaleCalendar.Day);

        var indexes = await DropIndexesAsync(connection);
        Say($"dropped {indexes.Count} secondary indexes of {string.Join(", ", LoadedTables)} for the load");

        // Counts are drawn up front, in order, so the data does not depend on which worker takes which month.
        var rng = new Random(model.Seed + 1);
        var work = chunks.Select((chunk, index) => (Index: index, Chunk: chunk, Counts: plans.Counts(model, chunk, rng))).ToList();
        var workers = (int)Math.Clamp(options.Number("workers", 2), 1, 8);
        var load = Stopwatch.StartNew();
        var progress = new LoadProgress(model.Dossiers, total, load);
        var queue = new ConcurrentQueue<(int Index, ScaleChunk Chunk, List<ScaleCount> Counts)>(work);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => LoadAsync(connectionString, sql, parameters, model, w, queue, progress))));
        var (dossiers, handoffs, actions) = progress.Totals;

        await ScaleSql.ExecuteAsync(connection, sql["finish"]);
        Say($"loaded in {Clock(load.Elapsed)}: {dossiers:N0} dossiers, {handoffs:N0} hand-offs, {actions:N0} actions");

        // Ledger entries run through an office's year across the months the workers loaded apart.
        var ledger = Stopwatch.StartNew();
        await ScaleSql.ExecuteAsync(connection, DossierLedgerBackfill.Sql);
        Say($"ledger numbers: {ledger.Elapsed.TotalSeconds:F1} s");

        // The processing report's daily facts: their trigger does not fire in replica mode.
        var facts = Stopwatch.StartNew();
        await ScaleSql.ExecuteAsync(connection, ReportFactsBackfill.Sql);
        Say($"report facts: {facts.Elapsed.TotalSeconds:F1} s");

        await RecreateIndexesAsync(connection, indexes);
        foreach (var table in LoadedTables.Append("dossier_code_counters").Append("dossier_ledger_counters").Append("officers")
            .Append("report_daily_flows").Append("report_daily_open"))
        {
            var watch = Stopwatch.StartNew();
            await ScaleSql.ExecuteAsync(connection, $"ALTER TABLE {table} RESET (autovacuum_enabled)");
            await ScaleSql.ExecuteAsync(connection, $"VACUUM (ANALYZE) {table}");
            Say($"VACUUM (ANALYZE) {table}: {watch.Elapsed.TotalSeconds:F1} s");
        }

        await ScaleReport.PrintAsync(connection, model, handoffs, actions);
        Say($"done in {Clock(total.Elapsed)}");
        return 0;
    }

    /// <summary>One worker: takes months off the queue and loads each with its own staging tables.</summary>
    private static async Task LoadAsync(
        string connectionString, ScaleSql sql, Dictionary<string, object> shared, ScaleModel model, int worker,
        ConcurrentQueue<(int Index, ScaleChunk Chunk, List<ScaleCount> Counts)> queue, LoadProgress progress)
    {
        await using var connection = await OpenSessionAsync(connectionString);
        var parameters = new Dictionary<string, object>(shared);
        var counts = $"scale.counts_{worker}";
        await ScaleSql.ExecuteAsync(connection, $"CREATE TABLE {counts} (LIKE scale.counts)");
        string Own(string section) => sql[section].Replace("scale.batch", $"scale.batch_{worker}", StringComparison.Ordinal)
            .Replace("scale.counts", counts, StringComparison.Ordinal);

        while (queue.TryDequeue(out var item))
        {
            var watch = Stopwatch.StartNew();
            await ScaleSql.ExecuteAsync(connection, $"TRUNCATE {counts}");
            await ScaleSql.ExecuteAsync(connection, $"INSERT INTO {counts} (plan_id, n, w_from, w_to) SELECT * FROM unnest(@plan, @n, @from, @to)",
                new Dictionary<string, object>
                {
                    ["plan"] = item.Counts.Select(x => x.PlanId).ToArray(),
                    ["n"] = item.Counts.Select(x => x.Count).ToArray(),
                    ["from"] = item.Counts.Select(x => x.From).ToArray(),
                    ["to"] = item.Counts.Select(x => x.To).ToArray(),
                });
            // Each month's draws are seeded by the month, whichever worker makes them.
            await ScaleSql.ExecuteAsync(connection, "SELECT setseed(@s)", new Dictionary<string, object>
            {
                ["s"] = (((model.Seed * 7919L) + (item.Index * 104729L)) % 2_000_001 / 1_000_000.0) - 1,
            });
            parameters["chunk"] = item.Index;
            parameters["online"] = item.Chunk.OnlineShare;
            var seconds = new double[5];
            var rows = new long[5];
            string[] sections = ["batch", "dossiers", "handoffs", "actions", "counters"];
            for (var s = 0; s < sections.Length; s++)
            {
                var step = Stopwatch.StartNew();
                rows[s] = await ScaleSql.ExecuteAsync(connection, Own(sections[s]), parameters);
                seconds[s] = step.Elapsed.TotalSeconds;
            }

            progress.Done(item.Chunk.Label, worker, rows[1], rows[2], rows[3], watch.Elapsed, seconds);
        }

        await ScaleSql.ExecuteAsync(connection, $"DROP TABLE IF EXISTS scale.batch_{worker}, {counts}");
    }

    /// <summary>
    /// A session for the load. The rows are consistent by construction, so foreign-key triggers are
    /// skipped (the user owns the cluster); commits do not wait for the disk; no parallel plan
    /// reorders the seeded draws.
    /// </summary>
    private static async Task<NpgsqlConnection> OpenSessionAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = "motcua-scale-generate",
        }.ConnectionString);
        await connection.OpenAsync();
        await ScaleSql.ExecuteAsync(connection, """
            SET session_replication_role = replica;
            SET synchronous_commit = off;
            SET jit = off;
            SET max_parallel_workers_per_gather = 0;
            SET work_mem = '256MB';
            SET maintenance_work_mem = '1GB';
            SET max_parallel_maintenance_workers = 2;
            """);
        return connection;
    }

    public static void Say(string line) =>
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");

    public static string Clock(TimeSpan span) =>
        span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    private static Dictionary<string, object> CommonParameters(ScaleModel model, ScaleCalendar calendar, string passwordHash) => new()
    {
        ["days"] = calendar.EpochSeconds(),
        ["dayDates"] = calendar.Days.ToArray(),
        ["passwordHash"] = passwordHash,
        ["families"] = ScaleNames.Families,
        ["middlesM"] = ScaleNames.MiddlesMale,
        ["middlesF"] = ScaleNames.MiddlesFemale,
        ["givensM"] = ScaleNames.GivenMale,
        ["givensF"] = ScaleNames.GivenFemale,
        ["anyMiddles"] = ScaleNames.MiddlesMale.Concat(ScaleNames.MiddlesFemale).ToArray(),
        ["anyGivens"] = ScaleNames.GivenMale.Concat(ScaleNames.GivenFemale).ToArray(),
        ["otherProvinces"] = ScaleNames.OtherProvinces,
        ["items"] = ScaleNames.SupplementItems,
        ["refuseReasons"] = ScaleNames.RefusalReasons,
        ["naReasons"] = ScaleNames.NotAcceptedReasons,
        ["withdrawReasons"] = ScaleNames.WithdrawalReasons,
        ["opinions"] = ScaleNames.Opinions,
        ["pNa"] = model.NotAccepted,
        ["pWithdraw"] = model.Withdrawn,
        ["pReq1"] = model.OneSupplementRequest,
        ["pReq2"] = model.TwoSupplementRequests,
        ["pStop"] = model.StoppedAfterRequest,
        ["pRefuse"] = model.Refused,
        ["pLate"] = model.Late,
        ["pEarly"] = model.EarlyWhenPossible,
        ["waitMean"] = model.SupplementWaitDays * ScaleCalendar.Day,
        ["collectMean"] = model.CollectDays * ScaleCalendar.Day,
        ["postal"] = model.Postal,
    };

    /// <summary>The password of the demo users, given to the generated officers too.</summary>
    private static string DemoPassword(string demoUsersFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(demoUsersFile));
        return json.RootElement[0].GetProperty("password").GetString()
            ?? throw new InvalidDataException($"{demoUsersFile}: the first user has no password.");
    }

    private static async Task<List<(string Table, string Name, string Definition)>> DropIndexesAsync(NpgsqlConnection connection)
    {
        var rows = await ScaleSql.QueryAsync(connection, """
            SELECT i.tablename, i.indexname, i.indexdef
            FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = ANY (@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
            ORDER BY i.tablename, i.indexname
            """, new Dictionary<string, object> { ["tables"] = LoadedTables });
        var indexes = rows.Select(r => ((string)r[0]!, (string)r[1]!, (string)r[2]!)).ToList();
        foreach (var (_, name, _) in indexes)
        {
            await ScaleSql.ExecuteAsync(connection, $"DROP INDEX {name}");
        }

        foreach (var table in LoadedTables)
        {
            await ScaleSql.ExecuteAsync(connection, $"ALTER TABLE {table} SET (autovacuum_enabled = false)");
        }

        return indexes;
    }

    private static async Task RecreateIndexesAsync(NpgsqlConnection connection, List<(string Table, string Name, string Definition)> indexes)
    {
        // The unique code index first: a duplicate code would fail it before the slow ones are built.
        foreach (var (table, name, definition) in indexes.OrderBy(i => i.Name != "ix_dossiers_code").ThenBy(i => i.Table).ThenBy(i => i.Name))
        {
            var watch = Stopwatch.StartNew();
            await ScaleSql.ExecuteAsync(connection, definition);
            Say($"index {name} on {table}: {watch.Elapsed.TotalSeconds:F1} s");
        }
    }
}
