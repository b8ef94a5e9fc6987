using System.Net;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests.Evaluations;

/// <summary>
/// The quarterly results of TT 01/2018 Art. 15 over a handful of evaluations whose arithmetic is done
/// here by hand: per officer, office and unit, the total, the grades and the overall levels.
/// </summary>
public sealed class EvaluationReportTests(ApiFixture api) : ApiTest
{
    private readonly EvaluationDesk _desk = new(api);

    [Fact]
    public async Task The_quarter_scores_each_indicator_totals_and_grades_per_officer_office_and_unit()
    {
        // Two commune dossiers (xa.tiepnhan) and one of the district desk (huyen.tiepnhan).
        var first = await _desk.ReturnedAsync();
        var second = await _desk.ReturnedAsync();
        var district = await _desk.ReturnedAsync(EvaluationDesk.DistrictDesk);
        Assert.Equal(HttpStatusCode.Created, (await _desk.RateAtDeskAsync(EvaluationDesk.CommuneDesk, first, EvaluationDesk.Body("aaaaaaaaa", "very-satisfied"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _desk.RateThroughLinkAsync(await _desk.TokenFromNoticeAsync(second), EvaluationDesk.Body("abcabcabc", "satisfied"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _desk.RateThroughLinkAsync(await _desk.TokenFromNoticeAsync(district), EvaluationDesk.Body("abccccccc", "dissatisfied"))).StatusCode);
        var quarter = _desk.Quarter();

        var byOfficer = await _desk.ReportAsync("huyen.giamsat", $"year={quarter.Year}&quarter={quarter.Number}&by=officer");
        var byOffice = await _desk.ReportAsync("huyen.giamsat", $"year={quarter.Year}&quarter={quarter.Number}&by=office");
        var byUnit = await _desk.ReportAsync("huyen.giamsat", $"year={quarter.Year}&quarter={quarter.Number}&by=unit");

        // xa.tiepnhan: (2+2)/2, (2+1)/2, (2+0)/2 three times = 2.0, 1.5, 1.0 ×3 → 13.5; huyen.tiepnhan: 2, 1, then 0 → 3.0.
        decimal[] commune = [2.0m, 1.5m, 1.0m, 2.0m, 1.5m, 1.0m, 2.0m, 1.5m, 1.0m];
        decimal[] districtScores = [2.0m, 1.0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m];
        AssertRow(Row(byOfficer, "xa.tiepnhan"), 2, commune, 13.5m, "Hoàn thành 100% nhiệm vụ", (1, 1, 0));
        AssertRow(Row(byOfficer, "huyen.tiepnhan"), 1, districtScores, 3.0m, "Hoàn thành dưới 70% nhiệm vụ", (0, 0, 1));
        Assert.Equal("000.01.31.H54", Row(byOfficer, "xa.tiepnhan").GetProperty("office").GetProperty("code").GetString());
        Assert.Equal(2, byOfficer.GetProperty("rows").GetArrayLength());
        AssertRow(Row(byOffice, "000.01.31.H54"), 2, commune, 13.5m, "Tốt", (1, 1, 0));
        AssertRow(Row(byOffice, "000.00.31.H54"), 1, districtScores, 3.0m, "Yếu", (0, 0, 1));
        AssertRow(Row(byUnit, "12433"), 2, commune, 13.5m, "Tốt", (1, 1, 0));
        AssertRow(Row(byUnit, "336"), 1, districtScores, 3.0m, "Yếu", (0, 0, 1));

        // All three: (2+2+2)/3, (2+1+1)/3 = 1.33 → 1.3, (2+0+0)/3 = 0.67 → 0.7, (2+2+0)/3 → 1.3, (2+1+0)/3 = 1.0,
        // (2+0+0)/3 → 0.7, (2+2+0)/3 → 1.3, (2+1+0)/3 → 1.0, (2+0+0)/3 → 0.7: 10.0, khá.
        AssertRow(byUnit.GetProperty("total"), 3, [2.0m, 1.3m, 0.7m, 1.3m, 1.0m, 0.7m, 1.3m, 1.0m, 0.7m], 10.0m, "Khá", (1, 1, 1));
        Assert.Equal(quarter.From, byUnit.GetProperty("from").GetString());
    }

    private static void AssertRow(JsonElement row, int count, decimal[] indicators, decimal total, string grade, (int Very, int Satisfied, int Dissatisfied) overall)
    {
        Assert.Equal(count, row.GetProperty("evaluations").GetInt32());
        Assert.Equal(indicators, row.GetProperty("indicators").EnumerateArray().Select(i => i.GetDecimal()));
        Assert.Equal(total, row.GetProperty("total").GetDecimal());
        Assert.Equal(grade, row.GetProperty("grade").GetString());
        var levels = row.GetProperty("overall");
        Assert.Equal(overall, (levels.GetProperty("verySatisfied").GetInt32(), levels.GetProperty("satisfied").GetInt32(), levels.GetProperty("dissatisfied").GetInt32()));
    }

    private static JsonElement Row(JsonElement report, string code) =>
        report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetProperty("code").GetString() == code);
}
