using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Reports.Processing;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Application.Supervision.Overdue;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Benchmarks.Scale;

/// <summary>
/// <c>scale measure</c>: the issue 6 figures on the generated data set. The flagging job and the
/// query handlers are the product's own, resolved from its services over the scale database; the
/// clock is fixed at the data set's anchor and moved only where a measurement says so.
/// </summary>
public static class ScaleMeasurements
{
    private const int Warmup = 3;

    public static async Task<int> RunAsync(ScaleArguments options)
    {
        var connectionString = options.ConnectionString();
        var clock = new SettableClock(options.Moment("anchor", ScaleDefaults.Anchor));
        var officer = new SwitchableOfficer();
        using var host = ScaleDatabase.BuildHost(connectionString, demoUsersFile: null, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<ICurrentOfficer>(officer);
            services.AddApplication();
            services.AddScoped<ListOverdueQueryHandler>();
            services.AddScoped<GetProcessingReportQueryHandler>();
        });
        var runs = (int)options.Number("runs", 30);

        Console.WriteLine($"# Scale measurements, {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}, anchor {clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)):yyyy-MM-dd HH:mm zzz}");
        // --only report: the processing report alone (no sizes, which count every dossier; it reads
        // neither the flags nor the lists' indexes).
        if (options.Text("only") == "report")
        {
            await ReportsAsync(host, officer, clock, (int)options.Number("report-runs", 10));
            return 0;
        }

        var open = await SizesAsync(connectionString);
        await FlaggingAsync(host, connectionString, clock, open);

        // What autovacuum does within a minute of the first run: the migration sets dossiers to be
        // analysed after 10,000 changed rows and vacuumed after 50,000 (the first run and the rolled
        // back UPDATE leave more). Done here so the figures below do not depend on its timing.
        await ExecuteAsync(connectionString, "VACUUM (ANALYZE) dossiers");
        await OverdueListsAsync(host, officer, runs);
        await ReportsAsync(host, officer, clock, (int)options.Number("report-runs", 10));
        return 0;
    }

    /// <returns>The number of open dossiers.</returns>
    private static async Task<long> SizesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM dossiers),
                   (SELECT count(*) FROM dossiers WHERE status IN (2, 4, 5, 6, 9)),
                   pg_total_relation_size('dossiers'), pg_relation_size('dossiers'),
                   pg_total_relation_size('dossier_handoffs'), pg_total_relation_size('dossier_actions'),
                   pg_database_size(current_database()),
                   pg_total_relation_size('report_daily_flows') + pg_total_relation_size('report_daily_open'),
                   (SELECT count(*) FROM report_daily_flows), (SELECT count(*) FROM report_daily_open)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var dossiers = reader.GetInt64(0);
        var millions = dossiers / 1_000_000d;
        Console.WriteLine($"## Data: {dossiers:N0} dossiers, {reader.GetInt64(1):N0} open");
        Console.WriteLine("| relation | size | per million dossiers |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, bytes) in new[]
        {
            ("dossiers (table + indexes + TOAST)", reader.GetInt64(2)),
            ("dossiers (table only)", reader.GetInt64(3)),
            ("dossier_handoffs", reader.GetInt64(4)),
            ("dossier_actions", reader.GetInt64(5)),
            ("whole database", reader.GetInt64(6)),
            ($"processing report facts ({reader.GetInt64(8):N0} flow rows, {reader.GetInt64(9):N0} open rows)", reader.GetInt64(7)),
        })
        {
            Console.WriteLine($"| {name} | {Gib(bytes)} | {Gib((long)(bytes / millions))} |");
        }

        return reader.GetInt64(1);
    }

    /// <summary>
    /// First run: every open dossier unflagged, the equivalent hand-written UPDATE timed first (rolled
    /// back), then the job. Steady state: the clock moved so that about 1 % of open dossiers change.
    /// </summary>
    private static async Task FlaggingAsync(IHost host, string connectionString, SettableClock clock, long open)
    {
        Console.WriteLine("## Overdue flagging");
        await ExecuteAsync(connectionString, "UPDATE dossiers SET due_state = 0, step_due_state = 0, overdue_since = NULL, step_overdue_since = NULL WHERE status IN (2, 4, 5, 6, 9) AND (due_state <> 0 OR step_due_state <> 0 OR overdue_since IS NOT NULL)");
        await ExecuteAsync(connectionString, "DELETE FROM outbox_messages WHERE type IN ('supervision.overdue-digest', 'supervision.due-soon')");
        await ExecuteAsync(connectionString, "VACUUM (ANALYZE) dossiers");

        var (handWritten, handRows) = await HandWrittenUpdateAsync(host, connectionString, clock.GetUtcNow());
        Console.WriteLine($"- hand-written single UPDATE (rolled back): {handWritten.TotalMilliseconds:N0} ms, {handRows:N0} rows");
        await ExecuteAsync(connectionString, "VACUUM (ANALYZE) dossiers");
        var first = await FlagAsync(host);
        Console.WriteLine($"- job, first run: {first.Elapsed.TotalMilliseconds:N0} ms, {first.Run.Changed:N0} changed, {first.Run.Alerts:N0} alerts, {first.Run.SnapshotRows:N0} snapshot rows ({first.Elapsed / handWritten:0.00}× the hand-written UPDATE)");
        var again = await FlagAsync(host);
        Console.WriteLine($"- job, nothing changed: {again.Elapsed.TotalMilliseconds:N0} ms, {again.Run.Changed:N0} changed");

        foreach (var minutes in new[] { 5, 60, 240 })
        {
            clock.Advance(TimeSpan.FromMinutes(minutes));
            var steady = await FlagAsync(host);
            Console.WriteLine($"- job, steady state {minutes} minutes later: {steady.Elapsed.TotalMilliseconds:N0} ms, {steady.Run.Changed:N0} changed ({100d * steady.Run.Changed / open:0.00} % of open), {steady.Run.Alerts:N0} alerts");
        }
    }

    private static async Task<(TimeSpan Elapsed, long Rows)> HandWrittenUpdateAsync(IHost host, string connectionString, DateTimeOffset now)
    {
        await using var scope = host.Scope();
        var calendar = await scope.ServiceProvider.GetRequiredService<ICalendarProvider>().GetAsync(CancellationToken.None);
        var soon = calendar.AddWorkingTime(now, calendar.Hours.WorkingDayLength);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(HandWrittenUpdate, connection, transaction);
        command.Parameters.AddWithValue("now", now.UtcDateTime);
        command.Parameters.AddWithValue("soon", soon.UtcDateTime);
        var watch = Stopwatch.StartNew();
        var rows = await command.ExecuteNonQueryAsync();
        watch.Stop();
        await transaction.RollbackAsync();
        return (watch.Elapsed, rows);
    }

    /// <summary>
    /// What a developer would write by hand for the same states: one UPDATE of the open dossiers whose
    /// state differs, no alerts, no snapshot.
    /// </summary>
    private const string HandWrittenUpdate = $"""
        UPDATE dossiers SET
            due_state = {NewState}, step_due_state = {NewStepState},
            overdue_since = CASE WHEN {NewState} = 2 THEN coalesce(overdue_since, due_at) END,
            step_overdue_since = CASE WHEN {NewStepState} = 2 THEN coalesce(step_overdue_since, current_step_due_at) END
        WHERE status IN (2, 4, 5, 6, 9) AND ({NewState} <> due_state OR {NewStepState} <> step_due_state)
        """;

    private const string NewState =
        "(CASE WHEN status = 9 THEN 0 WHEN paused_at IS NOT NULL THEN 3 WHEN due_at IS NULL OR due_at > @soon THEN 0 WHEN due_at > @now THEN 1 ELSE 2 END)::smallint";

    private const string NewStepState =
        "(CASE WHEN status = 9 THEN 0 WHEN paused_at IS NOT NULL THEN 3 WHEN current_step_due_at IS NULL OR current_step_due_at > @soon THEN 0 WHEN current_step_due_at > @now THEN 1 ELSE 2 END)::smallint";

    private static async Task<(TimeSpan Elapsed, FlaggingRun Run)> FlagAsync(IHost host)
    {
        await using var scope = host.Scope();
        var flagging = scope.ServiceProvider.GetRequiredService<IOverdueFlagging>();
        var watch = Stopwatch.StartNew();
        var run = await flagging.RunAsync(CancellationToken.None);
        return (watch.Elapsed, run);
    }

    /// <summary>First page and a deep page (keyset cursor) for the province, a district and a commune.</summary>
    private static async Task OverdueListsAsync(IHost host, SwitchableOfficer officer, int runs)
    {
        Console.WriteLine($"## Overdue list (50 per page, {runs} timed runs after {Warmup} warm-up runs; query handler, no HTTP)");
        Console.WriteLine("| scope | overdue dossiers | page | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|");
        foreach (var (label, username) in new[] { ("province (whole tree)", "tinh.giamsat"), ("district", "huyen.giamsat"), ("commune", "xa.giamsat") })
        {
            await officer.SignInAsync(host, username);
            var cursors = new List<string?> { null };
            var total = 0;
            string? next = null;
            do
            {
                var page = await ListAsync(host, next);
                total += page.Items.Count;
                next = page.Next;
                if (next is not null)
                {
                    cursors.Add(next);
                }
            }
            while (next is not null && cursors.Count <= 200);

            var deep = cursors[^1];
            foreach (var (name, cursor) in new[] { ("first", (string?)null), ($"deep (page {cursors.Count})", deep) })
            {
                var times = await TimeAsync(runs, () => ListAsync(host, cursor));
                Console.WriteLine($"| {label} | {(cursors.Count > 200 ? "> " + total.ToString("N0", CultureInfo.InvariantCulture) : total.ToString("N0", CultureInfo.InvariantCulture))} | {name} | {Percentile(times, 50):0.0} | {Percentile(times, 95):0.0} | {times.Max():0.0} |");
            }
        }
    }

    private static async Task<OverduePageDto> ListAsync(IHost host, string? after)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<ListOverdueQueryHandler>()
            .Handle(new ListOverdueQuery(null, null, null, null, null, null, after, 50), CancellationToken.None);
    }

    /// <summary>The processing report at province level for the last full month and the last twelve months.</summary>
    private static async Task ReportsAsync(IHost host, SwitchableOfficer officer, SettableClock clock, int runs)
    {
        Console.WriteLine($"## Processing report, province (whole tree) ({runs} timed runs after {Warmup} warm-up runs; query handler, no HTTP)");
        Console.WriteLine("| period | group by | rows | received | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        await officer.SignInAsync(host, "tinh.giamsat");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        var monthStart = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        foreach (var (label, from, to) in new[]
        {
            ($"month {monthStart:yyyy-MM}", monthStart, monthStart.AddMonths(1).AddDays(-1)),
            ($"year {today.AddYears(-1):yyyy-MM-dd} – {today.AddDays(-1):yyyy-MM-dd}", today.AddYears(-1), today.AddDays(-1)),
        })
        {
            foreach (var groupBy in new[] { "office", "procedure", "level" })
            {
                ProcessingReportDto? report = null;
                var times = await TimeAsync(runs, async () =>
                {
                    await using var scope = host.Scope();
                    report = await scope.ServiceProvider.GetRequiredService<GetProcessingReportQueryHandler>()
                        .Handle(new GetProcessingReportQuery(null, from, to, groupBy), CancellationToken.None);
                });
                Console.WriteLine($"| {label} | {groupBy} | {report!.Rows.Count} | {report.Total.Received.Total:N0} | {Percentile(times, 50):0} | {Percentile(times, 95):0} | {times.Max():0} |");
            }
        }
    }

    private static async Task<List<double>> TimeAsync<T>(int runs, Func<Task<T>> action) =>
        await TimeAsync(runs, async () => { await action(); });

    private static async Task<List<double>> TimeAsync(int runs, Func<Task> action)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await action();
        }

        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100d * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static string Gib(long bytes) => bytes >= 1L << 30
        ? $"{bytes / (double)(1L << 30):0.00} GiB"
        : $"{bytes / (double)(1L << 20):0} MiB";

    /// <summary>A clock the measurements set: the data set's "now".</summary>
    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>The supervisor the query handlers act for.</summary>
    private sealed class SwitchableOfficer : ICurrentOfficer
    {
        public Guid? OfficerId { get; private set; }

        public string? Username { get; private set; }

        public string? IpAddress => "127.0.0.1";

        public async Task SignInAsync(IHost host, string username)
        {
            await using var scope = host.Scope();
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            OfficerId = await db.Officers.Where(o => o.Username == username).Select(o => o.Id).SingleAsync();
            Username = username;
        }
    }
}
