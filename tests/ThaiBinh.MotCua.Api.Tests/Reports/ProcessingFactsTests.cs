using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Application.Reports.Processing;
using ThaiBinh.MotCua.Application.Supervision;

namespace ThaiBinh.MotCua.Api.Tests.Reports;

/// <summary>
/// The processing report reads daily facts that a trigger on dossiers keeps (issue 12). Its figures
/// must be those of counting the dossiers one by one (<see cref="DossierCountingFactsSource"/>), and
/// the facts must change in the transaction of the write that changes them, or not at all.
/// </summary>
public sealed class ProcessingFactsTests(ApiFixture api) : ApiTest
{
    private static readonly string[] Groupings = ["office", "procedure", "level"];

    [Fact]
    public async Task The_report_from_the_facts_equals_the_count_of_the_dossiers_for_every_period_unit_and_grouping()
    {
        var start = api.Factory.Clock.GetUtcNow();
        var day0 = VietnamDay(start);
        var desk = new WorkflowClient(api);

        // Day 0: one of each ending is set going; a refusal at reception is logged.
        var centreEarly = await ReceiveAsync(desk, "tinh.tiepnhan", "2.000488", "direct");
        await desk.DoAsync("tinh.tiepnhan", centreEarly, "transfer");
        await desk.DoAsync("tinh.lanhdao", centreEarly, "assign", new { assignee = "tinh.chuyenvien" });
        var communeOnTime = await ReceiveAsync(desk, "xa.tiepnhan", "1.001193", "online");
        await desk.DoAsync("xa.tiepnhan", communeOnTime, "transfer");
        await desk.DoAsync("xa.chuyenvien", communeOnTime, "assess", new { decision = "approve" });
        await desk.DoAsync("xa.lanhdao", communeOnTime, "approve", new { decision = "approve" });
        var districtWithdrawn = await ReceiveAsync(desk, "huyen.tiepnhan", "1.001612", "postal");
        var centreWaiting = await ReceiveAsync(desk, "tinh.tiepnhan", "2.000488", "direct");
        await desk.DoAsync("tinh.tiepnhan", centreWaiting, "transfer");
        var communeLate = await ReceiveAsync(desk, "xa.tiepnhan", "2.000635", "direct");
        await desk.DoAsync("xa.tiepnhan", communeLate, "transfer");
        await new DossierDesk(api).ReceiveJudicialRecordAsync(api.Factory.Clock.GetUtcNow(), refusal: "Hồ sơ không thuộc thẩm quyền giải quyết");

        // Day 1: a district dossier that will stay open past its due moment; a refusal after appraisal.
        desk = At(start, days: 1, hours: 1);
        await desk.DoAsync("xa.tiepnhan", communeOnTime, "return", new { receivedBy = "Nguyễn Văn Ấn" });
        await desk.DoAsync("tinh.chuyenvien", centreWaiting, "request-supplement", new { items = "Bản sao giấy khai sinh", reason = "Bản sao chưa được chứng thực" });
        await ReceiveAsync(desk, "huyen.tiepnhan", "1.001612", "direct");
        var centreRefused = await ReceiveAsync(desk, "tinh.tiepnhan", "2.000488", "online");
        await desk.DoAsync("tinh.tiepnhan", centreRefused, "transfer");
        var communeSupplemented = await ReceiveAsync(desk, "xa.tiepnhan", "2.000635", "direct");
        await desk.DoAsync("xa.tiepnhan", communeSupplemented, "transfer");
        await desk.DoAsync("xa.chuyenvien", communeSupplemented, "request-supplement", new { items = "Bản sao giấy khai sinh", reason = "Bản sao chưa được chứng thực" });

        // Day 2: across the centre, its department and the police; a withdrawal; a stop.
        desk = At(start, days: 2, hours: 2);
        await desk.DoAsync("tinh.chuyenvien", centreEarly, "assess", new { decision = "approve" });
        await desk.DoAsync("huyen.tiepnhan", districtWithdrawn, "withdraw", new { reason = "Công dân xin rút hồ sơ" });
        await desk.DoAsync("tinh.lanhdao", centreRefused, "refuse", new { reason = "Người yêu cầu không thuộc diện được cấp Phiếu" });
        var centreStopped = await ReceiveAsync(desk, "tinh.tiepnhan", "2.000488", "direct");
        await desk.DoAsync("tinh.tiepnhan", centreStopped, "transfer");

        // Day 3: the supplement comes; the police verify.
        desk = At(start, days: 3, hours: 1);
        await desk.DoAsync("xa.tiepnhan", communeSupplemented, "supplement", new { note = "Đã nộp" });
        await desk.DoAsync("congan.chuyenvien", centreEarly, "verify", new { note = "Không có án tích" });
        await desk.DoAsync("tinh.lanhdao", centreStopped, "stop", new { reason = "Công dân không bổ sung hồ sơ" });

        // Day 4: ends early, late and after a supplement; a refusal handed over.
        desk = At(start, days: 4, hours: 3);
        await desk.DoAsync("tinh.lanhdao", centreEarly, "approve", new { decision = "approve" });
        await desk.DoAsync("xa.chuyenvien", communeLate, "assess", new { decision = "approve" });
        await desk.DoAsync("xa.lanhdao", communeLate, "approve", new { decision = "approve" });
        await desk.DoAsync("xa.chuyenvien", communeSupplemented, "assess", new { decision = "approve" });
        await desk.DoAsync("xa.lanhdao", communeSupplemented, "approve", new { decision = "approve" });
        await desk.DoAsync("tinh.tiepnhan", centreRefused, "return", new { receivedBy = "Nguyễn Văn Ấn" });

        // Day 8: the centre's early result is collected; everything else stays as it is.
        desk = At(start, days: 8, hours: 2);
        await desk.DoAsync("tinh.tiepnhan", centreEarly, "return", new { receivedBy = "Nguyễn Văn Ấn" });

        (DateOnly From, DateOnly To)[] periods =
        [
            (day0, day0),
            (day0.AddDays(1), day0.AddDays(1)),
            (day0.AddDays(1), day0.AddDays(3)),
            (day0.AddDays(2), day0.AddDays(4)),
            (day0.AddDays(3), day0.AddDays(6)),
            (day0.AddDays(-30), day0.AddDays(2)),
            (day0, day0.AddDays(29)),
            (day0.AddDays(5), day0.AddDays(8)),
            (day0.AddDays(9), day0.AddDays(20)),
        ];
        var seen = ProcessingCountsOf(null);
        foreach (var (from, to) in periods)
        {
            foreach (var unit in new string?[] { null, "336", "12433" })
            {
                foreach (var (groupBy, countBy) in Groupings.SelectMany(g => new[] { (g, "receiving"), (g, "competent") }))
                {
                    var (fromFacts, counted) = await BothReportsAsync(new GetProcessingReportQuery(unit, from, to, groupBy, countBy));
                    Assert.Equal(JsonSerializer.Serialize(counted), JsonSerializer.Serialize(fromFacts));
                    seen = seen.Add(ProcessingCountsOf(fromFacts.Total));
                }
            }
        }

        // Every figure was non-zero somewhere, so none was compared only as zero against zero. The portal's
        // share is no figure of the facts (both sources add it by the same query; NationalPortalSyncTests checks it).
        Assert.All(
            typeof(ProcessingCounts).GetProperties()
                .Where(p => p.PropertyType == typeof(long) && p.Name is not (nameof(ProcessingCounts.PortalTotal) or nameof(ProcessingCounts.PortalSynced))),
            p => Assert.True((long)p.GetValue(seen)! > 0, $"{p.Name} was zero in every report compared"));
    }

    [Fact]
    public async Task A_receipt_or_an_end_that_fails_leaves_the_facts_as_they_were_and_one_that_succeeds_changes_them()
    {
        var start = api.Factory.Clock.GetUtcNow();
        var desk = new WorkflowClient(api);
        var before = await FactTotalsAsync();

        await using (await FailingDossierWritesAsync())
        {
            var refused = await (await desk.As("tinh.tiepnhan")).PostAsJsonAsync("/api/dossiers", await desk.ReceiptBodyAsync("2.000488"));
            Assert.False(refused.IsSuccessStatusCode);
        }

        Assert.Empty(Changes(before, await FactTotalsAsync()));

        var code = await ReceiveAsync(desk, "tinh.tiepnhan", "2.000488", "direct");
        var received = await FactTotalsAsync();
        Assert.Equal(new Dictionary<string, long> { ["flows.received_direct"] = 1 }, Changes(before, received));

        await desk.DoAsync("tinh.tiepnhan", code, "transfer");
        await desk.DoAsync("tinh.chuyenvien", code, "assess", new { decision = "approve" });
        await desk.DoAsync("congan.chuyenvien", code, "verify", new { note = "Không có án tích" });
        desk = At(start, days: 1, hours: 1);
        await using (await FailingDossierWritesAsync())
        {
            Assert.False((await desk.ActAsync("tinh.lanhdao", code, "approve", new { decision = "approve" })).IsSuccessStatusCode);
        }

        Assert.Empty(Changes(received, await FactTotalsAsync()));

        // The result is ready: an early end, and the dossier was open as the next day began.
        await desk.DoAsync("tinh.lanhdao", code, "approve", new { decision = "approve" });
        var ended = await FactTotalsAsync();
        Assert.Equal(
            new Dictionary<string, long>
            {
                ["flows.resolved_early"] = 1,
                ["flows.index_on_time"] = 1,
                ["open.open_dossiers"] = 1,
                ["open.index_on_time"] = 1,
            },
            Changes(received, ended));

        // Handing the result over changes no figure: the dossier ended when its result was ready.
        await desk.DoAsync("tinh.tiepnhan", code, "return", new { receivedBy = "Nguyễn Văn Ấn" });
        Assert.Empty(Changes(ended, await FactTotalsAsync()));
    }

    /// <summary>The clock moved to a later moment of the test's timeline, and desks signed in anew.</summary>
    private WorkflowClient At(DateTimeOffset start, int days, int hours)
    {
        api.Factory.Clock.SetUtcNow(start.AddDays(days).AddHours(hours));
        return new WorkflowClient(api);
    }

    private static async Task<string> ReceiveAsync(WorkflowClient desk, string username, string procedureCode, string channel)
    {
        var body = await desk.ReceiptBodyAsync(procedureCode);
        body["channel"] = channel;
        var response = await (await desk.As(username)).PostAsJsonAsync("/api/dossiers", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Code();
    }

    /// <summary>The report of the same query from the facts (the product's source) and from counting dossiers.</summary>
    private async Task<(ProcessingReportDto FromFacts, ProcessingReportDto Counted)> BothReportsAsync(GetProcessingReportQuery query)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<IMotCuaDbContext>();
        var supervisor = new ProvinceSupervisor(await db.Officers.Where(o => o.Username == ProvinceSupervisor.Username).Select(o => o.Id).SingleAsync());
        var scopeOfSupervision = new SupervisionScope(db, supervisor, services.GetRequiredService<IReferenceData>(), services.GetRequiredService<DossierAccess>(), api.Factory.Clock);
        var reportingDb = services.GetRequiredService<IReportingDb>();
        var fromFacts = await new GetProcessingReportQueryHandler(reportingDb, scopeOfSupervision, services.GetRequiredService<IProcessingFactsSource>(), services.GetRequiredService<IRegimes>(), api.Factory.Clock)
            .Handle(query, CancellationToken.None);
        var counted = await new GetProcessingReportQueryHandler(reportingDb, scopeOfSupervision, new DossierCountingFactsSource(api.ConnectionString), services.GetRequiredService<IRegimes>(), api.Factory.Clock)
            .Handle(query, CancellationToken.None);
        return (fromFacts, counted);
    }

    private static ProcessingCounts ProcessingCountsOf(ProcessingRowDto? row) => row is null
        ? ProcessingCounts.Zero
        : new ProcessingCounts(
            row.Received.Direct, row.Received.Online, row.Received.Postal, row.CarriedOver, row.Resolved.Early, row.Resolved.OnTime,
            row.Resolved.Late, row.Refused.AfterAppraisal, row.Refused.AtReception, row.Withdrawn, row.Stopped, row.InProgress,
            row.Overdue, row.OnTimeRates.IndexHandled, row.OnTimeRates.IndexOnTime);

    /// <summary>Every column of both fact tables added up over all rows, as "table.column".</summary>
    private async Task<Dictionary<string, long>> FactTotalsAsync()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        var totals = new Dictionary<string, long>();
        foreach (var (table, prefix) in new[] { ("report_daily_flows", "flows"), ("report_daily_open", "open") })
        {
            await using var columns = new NpgsqlCommand(
                "SELECT column_name FROM information_schema.columns WHERE table_name = @table AND data_type = 'integer' ORDER BY ordinal_position", connection);
            columns.Parameters.AddWithValue("table", table);
            var names = new List<string>();
            await using (var reader = await columns.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    names.Add(reader.GetString(0));
                }
            }

            await using var sums = new NpgsqlCommand($"SELECT {string.Join(", ", names.Select(n => $"coalesce(sum({n}), 0)::bigint"))} FROM {table}", connection);
            await using var row = await sums.ExecuteReaderAsync();
            await row.ReadAsync();
            for (var i = 0; i < names.Count; i++)
            {
                totals[$"{prefix}.{names[i]}"] = row.GetInt64(i);
            }
        }

        return totals;
    }

    private static Dictionary<string, long> Changes(Dictionary<string, long> before, Dictionary<string, long> after) =>
        after.Where(a => a.Value != before[a.Key]).ToDictionary(a => a.Key, a => a.Value - before[a.Key]);

    /// <summary>
    /// Until disposed, every insert or update of a dossier fails after the facts trigger has run in
    /// the same statement: PostgreSQL fires a row's AFTER triggers in the order of their names, and
    /// "zz_" comes after "keep_report_facts".
    /// </summary>
    private async Task<IAsyncDisposable> FailingDossierWritesAsync()
    {
        await ExecuteAsync("""
            CREATE FUNCTION test_fail_dossier_writes() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'test: the write fails after the facts were kept'; END $$;
            CREATE TRIGGER zz_test_fail_dossier_writes AFTER INSERT OR UPDATE ON dossiers
            FOR EACH ROW EXECUTE FUNCTION test_fail_dossier_writes();
            """);
        return new Undo(() => ExecuteAsync("DROP TRIGGER zz_test_fail_dossier_writes ON dossiers; DROP FUNCTION test_fail_dossier_writes();"));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static DateOnly VietnamDay(DateTimeOffset instant) =>
        DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(7)).DateTime);

    private sealed class Undo(Func<Task> undo) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await undo();
    }

    /// <summary>The province's demo supervisor, as the report's scope sees the signed-in officer.</summary>
    private sealed class ProvinceSupervisor(Guid id) : ICurrentOfficer
    {
        public const string Username = "tinh.giamsat";

        public Guid? OfficerId => id;

        string? ICurrentOfficer.Username => Username;

        public string? IpAddress => null;
    }
}
