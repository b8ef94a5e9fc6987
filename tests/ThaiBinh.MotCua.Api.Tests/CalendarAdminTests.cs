using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>An admin corrects the calendar; open dossiers get new due moments with the reason recorded.</summary>
public sealed class CalendarAdminTests(ApiFixture api) : ApiTest
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    [Fact]
    public async Task A_new_day_off_moves_the_due_moment_of_open_dossiers_and_is_recorded()
    {
        var dossier = await new DossierDesk(api).ReceiveJudicialRecordAsync(new DateTimeOffset(2031, 3, 7, 9, 0, 0, Vn)); // Friday
        using var admin = await api.CreateClientSignedInAsAsync("admin");

        var response = await admin.PutAsJsonAsync("/api/calendar/days/2031-03-10", new
        {
            kind = "holiday",
            name = "Nghỉ đột xuất do bão",
            reason = "Công văn khẩn của UBND tỉnh",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(change.GetProperty("recomputedDossiers").GetInt32() >= 1);

        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var stored = await db.Dossiers.SingleAsync(d => d.Id == dossier.Id);
        Assert.Equal(new DateTimeOffset(2031, 3, 21, 9, 0, 0, Vn), dossier.DueAt);
        Assert.Equal(new DateTimeOffset(2031, 3, 24, 9, 0, 0, Vn), stored.DueAt);
        Assert.Contains("Công văn khẩn của UBND tỉnh", stored.Actions[^1].Note);
        var record = await db.CalendarChanges.SingleAsync(c => c.Date == new DateOnly(2031, 3, 10));
        Assert.Equal(("admin", "Công văn khẩn của UBND tỉnh"), (record.ChangedBy, record.Reason));

        var deadline = await api.CreateClient().GetFromJsonAsync<JsonElement>("/api/calendar/deadline?from=2031-03-07T09:00:00%2B07:00&workingDays=1");
        Assert.Equal("2031-03-11T09:00:00+07:00", deadline.GetProperty("dueAt").GetString());
    }

    [Fact]
    public async Task Only_an_admin_changes_the_calendar()
    {
        using var reception = await api.CreateClientSignedInAsAsync("tinh.tiepnhan");
        using var anonymous = api.CreateClient();
        var body = new { kind = "holiday", name = "Nghỉ", reason = "Thử" };

        Assert.Equal(HttpStatusCode.Forbidden, (await reception.PutAsJsonAsync("/api/calendar/days/2031-04-01", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync("/api/calendar/days/2031-04-01", body)).StatusCode);
    }

    [Fact]
    public async Task A_malformed_change_is_refused_field_by_field_and_changes_nothing()
    {
        using var admin = await api.CreateClientSignedInAsAsync("admin");

        var response = await admin.PutAsJsonAsync("/api/calendar/days/2031-04-02", new { kind = "nghi", name = "", reason = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(["kind", "name", "reason"], problem.Errors!.Keys.Order());
        var saturday = await admin.PutAsJsonAsync("/api/calendar/days/2031-04-02", new { kind = "working_saturday", name = "Làm bù", reason = "Thử" });
        Assert.Contains("thứ Bảy", (await Problem.ReadAsync(saturday)).Errors!["kind"][0]);

        await using var scope = api.Factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().CalendarDays.AnyAsync(d => d.Date == new DateOnly(2031, 4, 2)));
    }
}
