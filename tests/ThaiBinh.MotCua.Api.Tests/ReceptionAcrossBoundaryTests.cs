using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Units;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// Decree 118/2025: a commune's desk receives a commune procedure for a citizen of another commune; the
/// competent commune processes it, the receiving desk returns the result, and lists and reports say
/// whose office they count.
/// </summary>
public sealed class ReceptionAcrossBoundaryTests(ApiFixture api) : ApiTest
{
    // Phường Lê Hồng Phong (the xa.* demo accounts) receives for a commune of the test's own.
    private const string ReceivingDesk = "000.01.31.H54";
    private const string ReceivingUnit = "12433";
    private const string CompetentUnit = TestCommune.UnitCode;
    private const string CompetentDesk = TestCommune.DeskCode;
    private const string BirthRegistration = "1.001193";

    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task A_dossier_received_for_another_commune_is_processed_there_and_returned_at_the_receiving_desk()
    {
        var (specialist, leader) = await CompetentCommuneAsync();

        var received = await ReceiveAsync(new { competentUnitCode = CompetentUnit }, applicantUnit: CompetentUnit);
        var code = received.Code();
        var detail = await _desk.GetAsync("xa.tiepnhan", code);
        var summary = detail.Summary();
        Assert.Equal(ReceivingDesk, summary.GetProperty("receivingOffice").GetProperty("code").GetString());
        Assert.Equal(CompetentDesk, summary.GetProperty("competentOffice").GetProperty("code").GetString());
        Assert.Equal(CompetentUnit, summary.GetProperty("applicantUnit").GetProperty("code").GetString());
        Assert.Equal("Phường Thử Nghiệm Ranh Giới", summary.GetProperty("applicantUnit").GetProperty("name").GetString());
        Assert.Equal(ReceivingDesk, code.Split('-')[0]); // the code is the receiving desk's

        var transferred = await _desk.DoAsync("xa.tiepnhan", code, "transfer");
        Assert.Equal(CompetentDesk, transferred.CurrentOffice());
        Assert.DoesNotContain(code, await QueueAsync("xa.chuyenvien"));
        Assert.Contains(code, await QueueAsync(specialist));
        var stranger = await _desk.ActAsync("xa.chuyenvien", code, "assess", new { decision = "approve" });
        Assert.False(stranger.IsSuccessStatusCode);

        await _desk.DoAsync(specialist, code, "assess", new { decision = "approve" });
        var approved = await _desk.DoAsync(leader, code, "approve", new { decision = "approve" });
        Assert.Equal(ReceivingDesk, approved.CurrentOffice());
        var returned = await _desk.DoAsync("xa.tiepnhan", code, "return", new { receivedBy = "Nguyễn Văn Ấn" });

        Assert.Equal(10, returned.StatusCode());
        var handoffs = (await _desk.GetAsync("xa.tiepnhan", code)).GetProperty("handoffs").EnumerateArray()
            .Select(h => h.GetProperty("toOffice").GetProperty("code").GetString()).ToList();
        Assert.Equal([ReceivingDesk, CompetentDesk, CompetentDesk, ReceivingDesk], handoffs);
    }

    [Fact]
    public async Task A_dossier_received_at_its_own_commune_has_that_desk_for_every_fact_and_no_applicant_unit()
    {
        var summary = (await ReceiveAsync(new { }, applicantUnit: null)).Summary();

        Assert.Equal(ReceivingDesk, summary.GetProperty("competentOffice").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("applicantUnit").ValueKind);
    }

    [Fact]
    public async Task The_report_and_the_overdue_list_count_by_the_receiving_desk_unless_asked_for_the_competent_office()
    {
        await CompetentCommuneAsync();
        var supervisor = await _desk.As("tinh.giamsat");
        var day = DateOnly.FromDateTime(api.Factory.Clock.GetUtcNow().AddHours(7).UtcDateTime).ToString("yyyy-MM-dd");
        (string, string?)[] views = [(ReceivingUnit, null), (CompetentUnit, "receiving"), (ReceivingUnit, "competent"), (CompetentUnit, "competent")];

        async Task<List<(string CountedBy, long Received)>> ReportsAsync()
        {
            var reports = new List<(string, long)>();
            foreach (var (unit, countBy) in views)
            {
                var url = $"/api/reports/processing?unitCode={unit}&from={day}&to={day}" + (countBy is null ? "" : $"&countBy={countBy}");
                var report = await supervisor.GetFromJsonAsync<JsonElement>(url);
                reports.Add((report.GetProperty("countedBy").GetString()!, report.GetProperty("total").GetProperty("received").GetProperty("total").GetInt64()));
            }

            return reports;
        }

        // Other tests of the class receive the same day: the receipt's own difference is what is compared.
        var before = await ReportsAsync();
        var code = (await ReceiveAsync(new { competentUnitCode = CompetentUnit }, applicantUnit: null)).Code();
        var after = await ReportsAsync();

        Assert.Equal(["receiving", "receiving", "competent", "competent"], after.Select(r => r.CountedBy));
        Assert.Equal([1L, 0L, 0L, 1L], after.Zip(before, (a, b) => a.Received - b.Received));

        // Overdue by the next day (a same-day procedure), as the flagging job marks it.
        api.Factory.Clock.Advance(TimeSpan.FromDays(1));
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOverdueFlagging>().RunAsync(default);
        }

        supervisor = await api.CreateClientSignedInAsAsync("tinh.giamsat"); // yesterday's token has expired

        async Task<(string CountedBy, List<string> Codes)> OverdueAsync(string unit, string? countBy)
        {
            var url = $"/api/supervision/overdue?unitCode={unit}&limit=500" + (countBy is null ? "" : $"&countBy={countBy}");
            var page = await supervisor.GetFromJsonAsync<JsonElement>(url);
            return (page.GetProperty("countedBy").GetString()!,
                [.. page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()!)]);
        }

        var byDesk = await OverdueAsync(ReceivingUnit, null);
        Assert.Equal("receiving", byDesk.CountedBy);
        Assert.Contains(code, byDesk.Codes);
        Assert.DoesNotContain(code, (await OverdueAsync(CompetentUnit, null)).Codes);
        Assert.DoesNotContain(code, (await OverdueAsync(ReceivingUnit, "competent")).Codes);
        var byCompetent = await OverdueAsync(CompetentUnit, "competent");
        Assert.Equal("competent", byCompetent.CountedBy);
        Assert.Contains(code, byCompetent.Codes);
    }

    [Theory]
    [InlineData("competentUnitCode", "99999", "không có đơn vị hành chính mã 99999")]
    [InlineData("competentUnitCode", "336", "cùng cấp với thủ tục")] // a district for a commune procedure
    [InlineData("competentUnitCode", "97999", "chưa có bộ phận tiếp nhận")] // a commune with no desk
    [InlineData("applicant.unitCode", "99999", "không có đơn vị hành chính mã 99999")]
    public async Task A_bad_unit_is_a_field_error_in_vietnamese_and_nothing_is_written(string field, string unitCode, string message)
    {
        await CompetentCommuneAsync();
        var before = await api.CountDossiersAsync();
        var body = await _desk.ReceiptBodyAsync(BirthRegistration);
        if (field == "competentUnitCode")
        {
            body["competentUnitCode"] = unitCode;
        }
        else
        {
            body["applicant"] = Applicant(unitCode);
        }

        var response = await (await _desk.As("xa.tiepnhan")).PostAsJsonAsync("/api/dossiers", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Contains(message, problem.Errors![field][0], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await api.CountDossiersAsync());
    }

    [Fact]
    public async Task A_competent_unit_of_another_province_is_refused()
    {
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            if (!await db.AdministrativeUnits.AnyAsync(u => u.Code == "97"))
            {
                var province = new AdministrativeUnit("97", "Tỉnh Thử Nghiệm", "Tỉnh", "province", null, null);
                db.AdministrativeUnits.Add(province);
                db.AdministrativeUnits.Add(new AdministrativeUnit("97001", "Xã Ngoại Tỉnh", "Xã", "commune", province.Id, null));
                await db.SaveChangesAsync();
            }
        }

        var body = await _desk.ReceiptBodyAsync(BirthRegistration);
        body["competentUnitCode"] = "97001";
        var response = await (await _desk.As("xa.tiepnhan")).PostAsJsonAsync("/api/dossiers", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("trong phạm vi tỉnh", (await Problem.ReadAsync(response)).Errors!["competentUnitCode"][0]);
    }

    private async Task<(string Specialist, string Leader)> CompetentCommuneAsync()
    {
        await TestCommune.EnsureAsync(api);
        return (await TestOfficers.AddAtAsync(api, CompetentDesk, "rg.chuyenvien", Role.Specialist),
            await TestOfficers.AddAtAsync(api, CompetentDesk, "rg.lanhdao", Role.Leader));
    }

    private async Task<JsonElement> ReceiveAsync(object extra, string? applicantUnit)
    {
        var body = await _desk.ReceiptBodyAsync(BirthRegistration);
        body["applicant"] = Applicant(applicantUnit);
        foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject())
        {
            body[property.Name] = property.Value;
        }

        var response = await (await _desk.As("xa.tiepnhan")).PostAsJsonAsync("/api/dossiers", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static object Applicant(string? unitCode) => new
    {
        fullName = "Nguyễn Văn Ấn",
        citizenId = WorkflowClient.CitizenId,
        birthDate = "1990-05-01",
        phone = WorkflowClient.Phone,
        address = "Phường Thử Nghiệm Ranh Giới, TP Thái Bình",
        unitCode,
    };

    private async Task<List<string>> QueueAsync(string username)
    {
        var page = await (await _desk.As(username)).GetFromJsonAsync<JsonElement>("/api/dossiers?limit=200");
        return [.. page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()!)];
    }
}
