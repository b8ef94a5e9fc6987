using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>The overdue flagging run (called directly, as the recurring job does) and the supervisors' endpoints.</summary>
public sealed class SupervisionTests(ApiFixture api) : ApiTest
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly string[] DaysOff = ["holiday", "compensatory", "swapped_off"];

    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task A_dossier_goes_on_track_then_due_soon_then_overdue_across_a_weekend_and_a_holiday()
    {
        var (lastBefore, firstAfter, receiptDay) = await NextLongWeekendAsync();
        AdvanceTo(receiptDay, 9, 0);
        // The next long weekend lies in today's world (Phường Thái Bình's centre, 1.001612 at commune level).
        var received = await _desk.ReceiveAsync("phuong.tiepnhan", "1.001612", "commune"); // 3 working days
        var code = received.Code();
        var due = received.DueAt();
        Assert.Equal(At(firstAfter, 9, 0), due);

        Assert.Null(await StateAsync(code, "phuong.giamsat"));
        AdvanceTo(lastBefore, 8, 59);
        Assert.Null(await StateAsync(code, "phuong.giamsat"));
        AdvanceTo(lastBefore, 9, 1);
        Assert.Equal("Sắp đến hạn", (await StateAsync(code, "phuong.giamsat"))?.GetProperty("dueState").GetString());
        AdvanceTo(firstAfter, 8, 59); // a weekend and a holiday later: still not late
        Assert.Equal("Sắp đến hạn", (await StateAsync(code, "phuong.giamsat"))?.GetProperty("dueState").GetString());
        AdvanceTo(firstAfter, 9, 1);
        var overdue = await StateAsync(code, "phuong.giamsat");
        Assert.Equal("Quá hạn", overdue?.GetProperty("dueState").GetString());
        Assert.Equal(due, overdue?.GetProperty("overdueSince").GetDateTimeOffset());
        Assert.True(overdue?.GetProperty("late").GetProperty("late").GetBoolean());

        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            var dossierId = await db.Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
            var supervisor = await db.Officers.Where(o => o.Username == "phuong.giamsat").Select(o => o.Id).SingleAsync();
            var handler = await db.Officers.Where(o => o.Username == "phuong.tiepnhan").Select(o => o.Id).SingleAsync();
            var dueSoon = (await db.OutboxMessages.Where(m => m.Type == OutboxMessageTypes.DueSoon).ToListAsync())
                .Select(m => OutboxContracts.Read<OutboxContracts.DueSoonV1>(m.Payload)).Where(d => d.Dossiers.Any(x => x.DossierId == dossierId));
            Assert.Equal(handler, Assert.Single(dueSoon).HandlerId);
            var digests = (await db.OutboxMessages.Where(m => m.Type == OutboxMessageTypes.OverdueDigest).ToListAsync())
                .Select(m => OutboxContracts.Read<OutboxContracts.OverdueDigestV1>(m.Payload)).Where(d => d.Dossiers.Any(x => x.DossierId == dossierId));
            Assert.Single(digests, d => d.SupervisorId == supervisor);
        }

        var again = await RunFlaggingAsync();
        Assert.Equal(0, again.Changed);
        Assert.Equal(0, again.Alerts);
        Assert.Equal("Quá hạn", (await StateAsync(code, "phuong.giamsat"))?.GetProperty("dueState").GetString());
    }

    [Fact]
    public async Task A_dossier_waiting_for_a_supplement_does_not_become_overdue()
    {
        var received = await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488");
        var code = received.Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        await _desk.DoAsync("tinh.chuyenvien", code, "request-supplement", new { items = "Bản sao giấy khai sinh", reason = "Bản sao chưa được chứng thực" });

        MoveClockTo(received.DueAt().AddDays(3));
        await RunFlaggingAsync();

        using var supervisor = await api.CreateClientSignedInAsAsync("tinh.giamsat");
        var list = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/overdue?dueSoon=true&procedureCode=2.000488&limit=500");
        Assert.DoesNotContain(code, list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_result_waiting_at_the_desk_is_not_overdue_when_the_citizen_comes_late()
    {
        var received = await _desk.ReceiveAsync("xa.tiepnhan", "2.000635");
        var code = received.Code();
        await _desk.DoAsync("xa.tiepnhan", code, "transfer");
        await _desk.DoAsync("xa.chuyenvien", code, "assess", new { decision = "approve" });
        Assert.Equal(9, (await _desk.DoAsync("xa.lanhdao", code, "approve", new { decision = "approve" })).StatusCode());

        MoveClockTo(received.DueAt().AddDays(2));
        await RunFlaggingAsync();

        using var supervisor = await api.CreateClientSignedInAsAsync("xa.giamsat");
        var list = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/overdue?dueSoon=true&procedureCode=2.000635&limit=500");
        Assert.DoesNotContain(code, list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Snapshot_counts_roll_up_from_communes_to_district_to_province()
    {
        await _desk.ReceiveAsync("xa.tiepnhan", "2.000635");
        await _desk.ReceiveAsync("huyen.tiepnhan", "1.001612");
        await RunFlaggingAsync();

        using var province = await api.CreateClientSignedInAsAsync("tinh.giamsat");
        foreach (var unitCode in new[] { "34", "336", "12433" })
        {
            var summary = await province.GetFromJsonAsync<JsonElement>($"/api/supervision/units/{unitCode}/summary");
            var parts = summary.GetProperty("children").EnumerateArray().Concat(summary.GetProperty("offices").EnumerateArray())
                .Select(c => c.GetProperty("counts")).ToList();
            foreach (var count in new[] { "open", "dueSoon", "overdue", "overdueSteps" })
            {
                Assert.Equal(summary.GetProperty("counts").GetProperty(count).GetInt32(), parts.Sum(p => p.GetProperty(count).GetInt32()));
            }

            Assert.True(summary.GetProperty("counts").GetProperty("open").GetInt32() > 0, $"unit {unitCode} shows no open dossier");
            Assert.NotEmpty(summary.GetProperty("trend").EnumerateArray());
        }

        var district = await province.GetFromJsonAsync<JsonElement>("/api/supervision/units/336/summary");
        var commune = await province.GetFromJsonAsync<JsonElement>("/api/supervision/units/12433/summary");
        var communeInDistrict = district.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("subject").GetProperty("code").GetString() == "12433");
        Assert.Equal(commune.GetProperty("counts").GetRawText(), communeInDistrict.GetProperty("counts").GetRawText());
    }

    [Fact]
    public async Task A_commune_supervisor_cannot_read_a_sibling_commune()
    {
        using var anonymous = api.CreateClient();
        var siblings = await anonymous.GetFromJsonAsync<JsonElement>("/api/units?parentCode=336");
        var sibling = siblings.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()).First(c => c != "12433");
        using var commune = await api.CreateClientSignedInAsAsync("xa.giamsat");
        using var reception = await api.CreateClientSignedInAsAsync("xa.tiepnhan");

        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync("/api/supervision/overdue")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync("/api/supervision/units/12433/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.GetAsync($"/api/supervision/overdue?unitCode={sibling}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.GetAsync($"/api/supervision/units/{sibling}/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.GetAsync("/api/supervision/units/336/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reception.GetAsync("/api/supervision/overdue")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync("/api/supervision/units/00000/summary")).StatusCode);
    }

    [Fact]
    public async Task The_overdue_list_exports_to_CSV_with_Vietnamese_intact()
    {
        var received = await _desk.ReceiveAsync("huyen.tiepnhan", "1.001612");
        MoveClockTo(received.DueAt().AddMinutes(1));
        await RunFlaggingAsync();
        using var supervisor = await api.CreateClientSignedInAsAsync("huyen.giamsat");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/supervision/overdue?unitCode=336");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await supervisor.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => l.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.StartsWith("Mã hồ sơ,Thủ tục,Nơi tiếp nhận,Đang ở,Người xử lý,Hạn giải quyết,Tình trạng", lines[0]);
        var row = lines.Single(l => l.Contains(received.Code(), StringComparison.Ordinal));
        Assert.Contains("\"" + received.Summary().GetProperty("procedure").GetProperty("name").GetString() + "\"", row);
        Assert.Contains("\"Quá hạn\"", row);
    }

    private async Task<FlaggingRun> RunFlaggingAsync()
    {
        using var scope = api.Factory.Services.CreateScope();
        var run = await scope.ServiceProvider.GetRequiredService<IOverdueFlagging>().RunAsync(CancellationToken.None);
        Assert.False(run.Skipped);
        return run;
    }

    /// <summary>Runs the flagging, then finds the dossier in the supervisor's (the district's by default) overdue and due-soon list.</summary>
    private async Task<JsonElement?> StateAsync(string code, string supervisorName = "huyen.giamsat")
    {
        await RunFlaggingAsync();
        using var supervisor = await api.CreateClientSignedInAsAsync(supervisorName);
        var list = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/overdue?dueSoon=true&procedureCode=1.001612&limit=500");
        return list.GetProperty("items").EnumerateArray().Cast<JsonElement?>().SingleOrDefault(i => i!.Value.GetProperty("code").GetString() == code);
    }

    private void AdvanceTo(DateOnly day, int hour, int minute) => MoveClockTo(At(day, hour, minute));

    /// <summary>The shared clock only moves forward: other tests' dossiers keep their order in time.</summary>
    private void MoveClockTo(DateTimeOffset moment)
    {
        Assert.True(moment >= api.Factory.Clock.GetUtcNow(), $"the clock is already past {moment:O}");
        api.Factory.Clock.SetUtcNow(moment);
    }

    private static DateTimeOffset At(DateOnly day, int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), Vietnam);

    /// <summary>
    /// The next run of days off that joins a holiday to a weekend, from the calendar the API serves:
    /// its last working day before, its first working day after, and the working day two before the
    /// last (a 3-working-day dossier received there at 09:00 is due on the first day after, at 09:00).
    /// </summary>
    private static readonly DateOnly TodaysWorld = new(2025, 7, 1);

    private async Task<(DateOnly LastBefore, DateOnly FirstAfter, DateOnly ReceiptDay)> NextLongWeekendAsync()
    {
        // Searched from today's world on: the demo desks of the 2018 world close on 30/06/2025.
        var today = DateOnly.FromDateTime(api.Factory.Clock.GetUtcNow().ToOffset(Vietnam).DateTime);
        today = today < TodaysWorld ? TodaysWorld : today;
        using var client = api.CreateClient();
        var entries = new Dictionary<DateOnly, string>();
        for (var year = today.Year; year <= today.Year + 2; year++)
        {
            var calendar = await client.GetFromJsonAsync<JsonElement>($"/api/calendar/{year}");
            foreach (var day in calendar.GetProperty("days").EnumerateArray())
            {
                entries[DateOnly.Parse(day.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)] = day.GetProperty("kind").GetString()!;
            }
        }

        bool Working(DateOnly d) => entries.TryGetValue(d, out var kind)
            ? !DaysOff.Contains(kind)
            : d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday;
        DateOnly Previous(DateOnly d)
        {
            do
            {
                d = d.AddDays(-1);
            }
            while (!Working(d));
            return d;
        }

        var holiday = entries.Where(e => e.Key > today.AddDays(10) && DaysOff.Contains(e.Value)
                && e.Key.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Friday)
            .Select(e => e.Key).Order().First();
        var first = holiday;
        while (!Working(first.AddDays(-1)))
        {
            first = first.AddDays(-1);
        }

        var last = holiday;
        while (!Working(last.AddDays(1)))
        {
            last = last.AddDays(1);
        }

        var lastBefore = first.AddDays(-1);
        return (lastBefore, last.AddDays(1), Previous(Previous(lastBefore)));
    }
}
