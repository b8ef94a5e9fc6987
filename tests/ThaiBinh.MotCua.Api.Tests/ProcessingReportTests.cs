using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// The processing report over HTTP. Other tests leave dossiers behind, so each test reads the report
/// before and after its own dossiers and checks the difference; the shared clock only moves forward.
/// </summary>
public sealed class ProcessingReportTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task The_report_counts_a_days_dossiers_by_channel_and_by_how_they_ended()
    {
        using var supervisor = await api.CreateClientSignedInAsAsync("xa.giamsat");
        var before = await ProcedureRowAsync(supervisor, "12433", "2.000635");

        var online = await ReceiveAsync("xa.tiepnhan", "2.000635", "online");
        await _desk.DoAsync("xa.tiepnhan", online, "transfer");
        await _desk.DoAsync("xa.chuyenvien", online, "assess", new { decision = "approve" });
        await _desk.DoAsync("xa.lanhdao", online, "approve", new { decision = "approve" });
        var withdrawn = await ReceiveAsync("xa.tiepnhan", "2.000635", "direct");
        await _desk.DoAsync("xa.tiepnhan", withdrawn, "withdraw", new { reason = "Công dân xin rút hồ sơ" });
        await ReceiveAsync("xa.tiepnhan", "2.000635", "postal");

        var after = await ProcedureRowAsync(supervisor, "12433", "2.000635");
        Assert.Equal(1, Delta(before, after, "received", "online"));
        Assert.Equal(1, Delta(before, after, "received", "direct"));
        Assert.Equal(1, Delta(before, after, "received", "postal"));
        Assert.Equal(3, Delta(before, after, "received", "total"));
        Assert.Equal(1, Delta(before, after, "resolved", "early") + Delta(before, after, "resolved", "onTime"));
        Assert.Equal(0, Delta(before, after, "resolved", "late"));
        Assert.Equal(1, Delta(before, after, "withdrawn"));
        Assert.Equal(1, Delta(before, after, "inProgress"));
        Assert.Equal(0, Delta(before, after, "carriedOver"));
        Assert.Equal(3, Delta(before, after, "onTimeRates", "indexHandled"));
        Assert.Equal(3, Delta(before, after, "onTimeRates", "indexOnTime"));

        var rates = after.GetProperty("onTimeRates");
        var resolvedOnTime = after.GetProperty("resolved").GetProperty("early").GetInt64() + after.GetProperty("resolved").GetProperty("onTime").GetInt64();
        Assert.Equal(Math.Round(100m * resolvedOnTime / after.GetProperty("received").GetProperty("total").GetInt64(), 1), rates.GetProperty("decree61").GetDecimal());
    }

    [Fact]
    public async Task A_dossier_asked_once_for_a_supplement_and_a_waiting_one_count_on_time_in_the_national_index()
    {
        using var supervisor = await api.CreateClientSignedInAsAsync("tinh.giamsat");
        var before = await ProcedureRowAsync(supervisor, "34", "2.000488");

        // The index counts a second request as late; the workflow no longer lets one be made (Art. 15(3)).
        var once = await ReceiveAsync("tinh.tiepnhan", "2.000488", "direct");
        await _desk.DoAsync("tinh.tiepnhan", once, "transfer");
        await _desk.DoAsync("tinh.chuyenvien", once, "request-supplement", new { items = "Bản sao giấy khai sinh", reason = "Bản sao chưa được chứng thực" });
        await _desk.DoAsync("tinh.tiepnhan", once, "supplement", new { note = "Đã nộp" });
        var second = await _desk.ActAsync("tinh.chuyenvien", once, "request-supplement", new { items = "Bản sao sổ hộ khẩu", reason = "Thiếu" });
        Assert.Equal((HttpStatusCode.Conflict, "dossier.supplement.once"), (second.StatusCode, (await Problem.ReadAsync(second)).Code));

        var waiting = await ReceiveAsync("tinh.tiepnhan", "2.000488", "direct");
        await _desk.DoAsync("tinh.tiepnhan", waiting, "transfer");
        await _desk.DoAsync("tinh.chuyenvien", waiting, "request-supplement", new { items = "Bản sao giấy khai sinh", reason = "Bản sao chưa được chứng thực" });

        var after = await ProcedureRowAsync(supervisor, "34", "2.000488");
        Assert.Equal(2, Delta(before, after, "onTimeRates", "indexHandled"));
        Assert.Equal(2, Delta(before, after, "onTimeRates", "indexOnTime"));
        Assert.Equal(2, Delta(before, after, "inProgress"));
        Assert.Equal(0, Delta(before, after, "overdue"));
    }

    [Fact]
    public async Task A_dossier_received_long_before_the_period_and_still_open_is_carried_into_it()
    {
        var old = await ReceiveAsync("tinh.tiepnhan", "2.000488", "direct");
        // Long before the period (the report reads it among the dossiers not ended), and still in the
        // 2018 world of the class's other tests, whose desks close on 30/06/2025.
        var later = api.Factory.Clock.GetUtcNow().AddDays(20);
        api.Factory.Clock.SetUtcNow(later);
        using var supervisor = await api.CreateClientSignedInAsAsync("tinh.giamsat");
        var before = await ProcedureRowAsync(supervisor, "34", "2.000488");
        Assert.True(before.GetProperty("carriedOver").GetInt64() >= 1);

        // Signed in anew: twenty days later the first sign-in has long expired.
        await new WorkflowClient(api).DoAsync("tinh.tiepnhan", old, "withdraw", new { reason = "Công dân xin rút hồ sơ" });

        var after = await ProcedureRowAsync(supervisor, "34", "2.000488");
        Assert.Equal(0, Delta(before, after, "carriedOver"));
        Assert.Equal(1, Delta(before, after, "withdrawn"));
        Assert.Equal(-1, Delta(before, after, "inProgress"));
    }

    [Fact]
    public async Task Rows_by_office_procedure_level_and_child_unit_add_up_to_the_total_and_each_level_has_its_desk_target()
    {
        // A day of the 2018 plan, whose targets are asserted, whatever day the suite starts on (RegimeFormTests has the later periods').
        api.Factory.Clock.AdjustTime(new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.FromHours(7)));
        await ReceiveAsync("tinh.tiepnhan", "2.001610", "direct");
        await ReceiveAsync("huyen.tiepnhan", "1.001612", "direct");
        await ReceiveAsync("xa.tiepnhan", "2.000635", "direct");
        using var supervisor = await api.CreateClientSignedInAsAsync("tinh.giamsat");
        var today = Today();

        foreach (var groupBy in new[] { "office", "procedure", "level", "unit" })
        {
            var report = await supervisor.GetFromJsonAsync<JsonElement>($"/api/reports/processing?from={today.AddDays(-30):yyyy-MM-dd}&to={today:yyyy-MM-dd}&groupBy={groupBy}");
            var rows = report.GetProperty("rows").EnumerateArray().ToList();
            Assert.NotEmpty(rows);
            foreach (var field in new[] { "carriedOver", "withdrawn", "inProgress", "overdue" })
            {
                Assert.Equal(report.GetProperty("total").GetProperty(field).GetInt64(), rows.Sum(r => r.GetProperty(field).GetInt64()));
            }

            Assert.Equal(report.GetProperty("total").GetProperty("received").GetProperty("total").GetInt64(), rows.Sum(r => r.GetProperty("received").GetProperty("total").GetInt64()));
            Assert.Equal("34", report.GetProperty("unit").GetProperty("code").GetString());
        }

        // By child unit: the province's own offices under the province, the district's and its commune's under the district.
        var units = await supervisor.GetFromJsonAsync<JsonElement>($"/api/reports/processing?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}&groupBy=unit");
        var unitRows = units.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetProperty("code").GetString()!);
        Assert.Equal("province", unitRows["34"].GetProperty("level").GetString());
        Assert.Equal("district", unitRows["336"].GetProperty("level").GetString());
        Assert.True(unitRows["336"].GetProperty("received").GetProperty("total").GetInt64() >= 2);
        Assert.DoesNotContain("12433", unitRows.Keys);

        var levels = await supervisor.GetFromJsonAsync<JsonElement>($"/api/reports/processing?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}&groupBy=level");
        string[] expectedLevels = ["commune", "district", "province"];
        Assert.Equal(expectedLevels, levels.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetProperty("code").GetString()!).Order(StringComparer.Ordinal));
        var desk = levels.GetProperty("deskHandled").EnumerateArray().ToDictionary(d => d.GetProperty("level").GetProperty("code").GetString()!);
        Assert.Equal(20, desk["province"].GetProperty("target").GetInt32());
        Assert.Equal(50, desk["district"].GetProperty("target").GetInt32());
        Assert.Equal(JsonValueKind.Null, desk["commune"].GetProperty("target").ValueKind);
        Assert.Equal("nd61-tt01", desk["province"].GetProperty("targetPeriod").GetProperty("code").GetString());
        Assert.True(desk["province"].GetProperty("procedures").GetInt32() > 0);
        var share = desk["province"].GetProperty("share").GetDecimal();
        Assert.Equal(share >= 20, desk["province"].GetProperty("met").GetBoolean());
    }

    [Fact]
    public async Task Only_supervisors_read_the_report_of_their_own_subtree_and_bad_parameters_are_explained()
    {
        var today = Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var commune = await api.CreateClientSignedInAsAsync("xa.giamsat");
        using var reception = await api.CreateClientSignedInAsAsync("xa.tiepnhan");

        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync($"/api/reports/processing?from={today}&to={today}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.GetAsync($"/api/reports/processing?unitCode=336&from={today}&to={today}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reception.GetAsync($"/api/reports/processing?from={today}&to={today}")).StatusCode);

        var bad = await commune.GetAsync($"/api/reports/processing?from={today}&to=2020-01-01&groupBy=commune");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Contains("Ngày kết thúc", errors.GetProperty("to")[0].GetString());
        Assert.Contains("groupBy", errors.GetProperty("groupBy")[0].GetString());
    }

    private async Task<string> ReceiveAsync(string username, string procedureCode, string channel)
    {
        var body = await _desk.ReceiptBodyAsync(procedureCode);
        body["channel"] = channel;
        var response = await (await _desk.As(username)).PostAsJsonAsync("/api/dossiers", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Code();
    }

    /// <summary>Today's row of one procedure, or zeros when the unit has none yet.</summary>
    private async Task<JsonElement> ProcedureRowAsync(HttpClient supervisor, string unitCode, string procedureCode)
    {
        var today = Today();
        var report = await supervisor.GetFromJsonAsync<JsonElement>($"/api/reports/processing?unitCode={unitCode}&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}&groupBy=procedure");
        return report.GetProperty("rows").EnumerateArray()
            .Cast<JsonElement?>().SingleOrDefault(r => r!.Value.GetProperty("key").GetProperty("code").GetString() == procedureCode)
            ?? JsonDocument.Parse("""{"received":{"direct":0,"online":0,"postal":0,"total":0},"carriedOver":0,"resolved":{"early":0,"onTime":0,"late":0,"total":0},"withdrawn":0,"inProgress":0,"overdue":0,"onTimeRates":{"indexHandled":0,"indexOnTime":0}}""").RootElement;
    }

    private static long Delta(JsonElement before, JsonElement after, string field, string? part = null)
    {
        static long Read(JsonElement row, string field, string? part) =>
            part is null ? row.GetProperty(field).GetInt64() : row.GetProperty(field).GetProperty(part).GetInt64();
        return Read(after, field, part) - Read(before, field, part);
    }

    private DateOnly Today() => DateOnly.FromDateTime(api.Factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

}
