using System.Net;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests.Evaluations;

/// <summary>Whose evaluations a supervisor's report counts, and a period without any (a class of its own: the database is reset per class).</summary>
public sealed class EvaluationReportScopeTests(ApiFixture api) : ApiTest
{
    private readonly EvaluationDesk _desk = new(api);

    [Fact]
    public async Task A_supervisor_sees_their_subtree_only_and_a_quarter_without_evaluations_has_no_scores()
    {
        var commune = await _desk.ReturnedAsync();
        var district = await _desk.ReturnedAsync(EvaluationDesk.DistrictDesk);
        await _desk.RateAtDeskAsync(EvaluationDesk.CommuneDesk, commune, EvaluationDesk.Body("aaaaaaaaa"));
        await _desk.RateAtDeskAsync(EvaluationDesk.DistrictDesk, district, EvaluationDesk.Body("ccccccccc"));
        var quarter = _desk.Quarter();

        var communeOnly = await _desk.ReportAsync("xa.giamsat", $"year={quarter.Year}&quarter={quarter.Number}&by=office");
        var wholeYear = await _desk.ReportAsync("tinh.giamsat", $"year={quarter.Year}&by=unit&unitCode=12433");
        var otherQuarter = await _desk.ReportAsync("huyen.giamsat", $"year={quarter.Year - 1}&quarter={quarter.Number}");
        var outside = await (await _desk.Workflow.As("xa.giamsat")).GetAsync($"/api/reports/evaluations?year={quarter.Year}&unitCode=336");
        var notSupervisor = await (await _desk.Workflow.As(EvaluationDesk.CommuneDesk)).GetAsync($"/api/reports/evaluations?year={quarter.Year}");

        Assert.Equal(["000.01.31.H54"], communeOnly.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetProperty("code").GetString()));
        Assert.Equal(18m, communeOnly.GetProperty("total").GetProperty("total").GetDecimal());
        Assert.Equal("Xuất sắc", communeOnly.GetProperty("total").GetProperty("grade").GetString());
        Assert.Equal(1, wholeYear.GetProperty("total").GetProperty("evaluations").GetInt32());
        Assert.Null(wholeYear.GetProperty("quarter").GetString());
        Assert.Equal(0, otherQuarter.GetProperty("total").GetProperty("evaluations").GetInt32());
        Assert.Equal(JsonValueKind.Null, otherQuarter.GetProperty("total").GetProperty("total").ValueKind);
        Assert.Empty(otherQuarter.GetProperty("rows").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notSupervisor.StatusCode);
    }
}
