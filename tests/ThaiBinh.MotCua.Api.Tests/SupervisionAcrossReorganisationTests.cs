using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Persistence;
using static ThaiBinh.MotCua.Api.Tests.Infrastructure.ReorganisedWorld;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// Supervisors and reports across 1 July 2025: a new commune's supervisor sees its predecessors'
/// dossiers, and a commune split between two successors counts once in the province's figures.
/// </summary>
public sealed class SupervisionAcrossReorganisationTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task A_successor_commune_supervisor_sees_the_dossiers_of_the_communes_it_replaced()
    {
        var world = await CreateAsync(api, "61");
        MoveClockTo(NineOn(new DateOnly(2025, 6, 20)));
        var desk = new WorkflowClient(api);
        var atA = (await desk.ReceiveAsync(world.ReceptionA, "1.001193")).Code();
        var atB = (await desk.ReceiveAsync(world.ReceptionB, "1.001193")).Code();

        MoveClockTo(NineOn(new DateOnly(2025, 7, 2)));
        desk = new WorkflowClient(api);
        var n1 = await desk.As(world.SupervisorN1);
        var n2 = await desk.As(world.SupervisorN2);
        var elsewhere = await desk.As("xa.giamsat");

        Assert.Equal(HttpStatusCode.OK, (await n1.GetAsync($"/api/dossiers/{atA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await n1.GetAsync($"/api/dossiers/{atB}")).StatusCode);
        // N2 succeeds only part of B: B's dossiers, not A's.
        Assert.Equal(HttpStatusCode.OK, (await n2.GetAsync($"/api/dossiers/{atB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await n2.GetAsync($"/api/dossiers/{atA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/dossiers/{atA}")).StatusCode);

        // The reused code names today's commune, which the supervisor of N1 may ask about.
        var summary = await n1.GetFromJsonAsync<JsonElement>($"/api/supervision/units/{world.CommuneA}/summary");
        Assert.Equal("Phường Thử 61 Mới", summary.GetProperty("unit").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_report_and_the_dashboard_spanning_1_July_count_a_split_communes_dossier_once()
    {
        var world = await CreateAsync(api, "62");
        MoveClockTo(NineOn(new DateOnly(2025, 6, 20)));
        var desk = new WorkflowClient(api);
        await desk.ReceiveAsync(world.ReceptionA, "1.001193");
        await desk.ReceiveAsync(world.ReceptionB, "1.001193");
        MoveClockTo(NineOn(new DateOnly(2025, 7, 2)));
        desk = new WorkflowClient(api);
        await desk.ReceiveAsync(world.ReceptionN1, "1.001193");

        var province = await desk.As("tinh.giamsat");
        var report = await province.GetFromJsonAsync<JsonElement>("/api/reports/processing?unitCode=34&from=2025-06-01&to=2025-07-31&groupBy=unit");
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        long Received(JsonElement row) => row.GetProperty("received").GetProperty("total").GetInt64();

        // A's, B's and N1's own dossiers all count in N1's row; none in N2's or the closed district's.
        Assert.Equal(3, Received(rows.Single(r => r.GetProperty("key").GetProperty("code").GetString() == world.CommuneA)));
        Assert.DoesNotContain(rows, r => r.GetProperty("key").GetProperty("code").GetString() is { } key && (key == world.CommuneN2 || key == $"9{world.N}"));
        Assert.Equal(Received(report.GetProperty("total")), rows.Sum(Received));
        Assert.Equal(await ReceivedInPeriodAsync(), Received(report.GetProperty("total")));

        // The dashboard: B is reached from the province by three paths (district, N1, N2), counted once.
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            Assert.False((await scope.ServiceProvider.GetRequiredService<IOverdueFlagging>().RunAsync(CancellationToken.None)).Skipped);
        }

        var dashboard = await province.GetFromJsonAsync<JsonElement>("/api/supervision/units/34/summary");
        Assert.Equal(await OpenDossiersAsync(), dashboard.GetProperty("counts").GetProperty("open").GetInt32());
        var n1 = dashboard.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("subject").GetProperty("code").GetString() == world.CommuneA);
        Assert.Equal(3, n1.GetProperty("counts").GetProperty("open").GetInt32());
    }

    private async Task<long> ReceivedInPeriodAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var start = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.FromHours(7));
        var end = new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.FromHours(7));
        return await db.Dossiers.LongCountAsync(d => d.ReceivedAt >= start && d.ReceivedAt < end && d.Status != DossierStatus.NotAccepted);
    }

    private async Task<int> OpenDossiersAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var statuses = DossierStatusExtensions.Open.ToList();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.CountAsync(d => statuses.Contains(d.Status));
    }

    /// <summary>
    /// The scenario's moment; a new client is signed in after it, since a token of the day before
    /// has expired. The clock may go back: every test builds a world of its own.
    /// </summary>
    private void MoveClockTo(DateTimeOffset moment) => api.Factory.Clock.AdjustTime(moment);
}
